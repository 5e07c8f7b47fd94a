#include "invoicelinedelegate.h"

#include "database.h"
#include "invoicelinesmodel.h"
#include "records.h"
#include "referencepicker.h"
#include "vatsplit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace Backroom::Finance {

InvoiceLineDelegate::InvoiceLineDelegate(Records &records, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_records(records)
{
}

QWidget *InvoiceLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (index.column() == InvoiceLinesModel::Rate) {
        auto *box = new QComboBox(parent);
        for (const VatSplit::Rate &rate : VatSplit::rates())
            box->addItem(VatSplit::label(rate.key), rate.key);
        return box;
    }
    if (index.column() == InvoiceLinesModel::Account)
        return new ReferencePicker(m_records, QStringLiteral("finance.account"), parent);
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void InvoiceLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::UserRole))));
        return;
    }
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        picker->setRecordId(index.data(Qt::UserRole).toLongLong());
        picker->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void InvoiceLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        qint64 id = picker->recordId();
        // A code typed and Enter pressed before the suggestions came: the
        // account with that code.
        const QString typed = picker->text().trimmed().section(QLatin1Char(' '), 0, 0);
        if (!typed.isEmpty() && (id == 0 || !picker->text().startsWith(typed + QLatin1Char(' ')))) {
            const auto found = m_records.database().scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"),
                                                           {typed});
            if (found && !found->isNull())
                id = found->toLongLong();
        }
        if (id > 0)
            model->setData(index, id);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool InvoiceLineDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // The account picker's suggestions take Enter while they show.
            if (auto *picker = qobject_cast<ReferencePicker *>(editor); picker && !picker->suggestions().isEmpty()
                                                                         && picker->recordId() == 0)
                picker->searchNow();
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::EditNextItem);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Backroom::Finance
