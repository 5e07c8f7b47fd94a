#include "voucherlinedelegate.h"

#include "accountedit.h"
#include "foreigncurrency.h"
#include "moneyedit.h"
#include "referencepicker.h"
#include "voucherlinesmodel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace Backroom::Finance {

namespace {
const char *const kCellProperty = "voucherCell";
} // namespace

VoucherLineDelegate::VoucherLineDelegate(Records &records, AccountDirectory &accounts, VoucherLinesModel &model,
                                         QObject *parent)
    : QStyledItemDelegate(parent)
    , m_records(records)
    , m_accounts(accounts)
    , m_model(model)
{
}

QModelIndex VoucherLineDelegate::cellOf(QWidget *editor)
{
    return editor ? QModelIndex(editor->property(kCellProperty).value<QPersistentModelIndex>()) : QModelIndex();
}

QWidget *VoucherLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    // Commits and signals are the delegate's own doing; only const because
    // Qt's interface says so.
    auto *self = const_cast<VoucherLineDelegate *>(this);
    QLineEdit *editor = nullptr;
    switch (index.column()) {
    case VoucherLinesModel::Summary:
        editor = new QLineEdit(parent);
        editor->setMaxLength(200);
        break;
    case VoucherLinesModel::Account: {
        auto *account = new AccountEdit(m_accounts, parent);
        // Choosing from the popup is the clerk's Enter: take it and move on.
        // Queued, because the completer is still handling that key.
        connect(account, &AccountEdit::picked, self, [self, account] {
            QTimer::singleShot(0, account, [self, account] {
                const QModelIndex cell = cellOf(account);
                if (self->finish(account))
                    emit self->advanceRequested(cell);
            });
        });
        editor = account;
        break;
    }
    case VoucherLinesModel::Debit:
    case VoucherLinesModel::Credit:
        editor = new MoneyEdit(2, parent);
        // MoneyEdit asks for room for 999,999,999.999; the cell decides here.
        editor->setMinimumWidth(0);
        break;
    case VoucherLinesModel::Foreign:
        editor = new MoneyEdit(m_model.currencyDecimals(m_model.line(index.row())), parent);
        editor->setMinimumWidth(0);
        break;
    case VoucherLinesModel::Rate:
        editor = new MoneyEdit(ForeignCurrency::RateScale, parent);
        editor->setMinimumWidth(0);
        break;
    default:
        editor = new ReferencePicker(m_records, VoucherLinesModel::dimensionEntity(index.column()), parent);
        static_cast<ReferencePicker *>(editor)->setClearButtonEnabled(false);
        editor->setPlaceholderText(QString());
        break;
    }
    editor->setFrame(false);
    editor->setProperty(kCellProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

void VoucherLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *account = qobject_cast<AccountEdit *>(editor)) {
        account->setAccountId(value.toLongLong());
    } else if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        money->setValue(value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong()));
    } else if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        picker->setRecordId(value.toLongLong());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // 摘要 repeats: a new line starts with the summary above, selected,
        // so Enter keeps it and typing replaces it.
        QString text = value.toString();
        if (text.isEmpty() && index.column() == VoucherLinesModel::Summary)
            text = m_model.summaryAbove(index.row());
        line->setText(text);
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
}

bool VoucherLineDelegate::readEditor(QWidget *editor, QString *problem) const
{
    QString why;
    if (auto *account = qobject_cast<AccountEdit *>(editor)) {
        if (!account->resolve())
            why = account->inputError();
    } else if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        why = money->inputError();
    } else if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        // The picker resolves typed text when editing finishes.
        emit picker->editingFinished();
        why = picker->inputError();
    }
    if (problem)
        *problem = why;
    return why.isEmpty();
}

void VoucherLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // A cell whose text cannot be read keeps its old value: nothing typed
    // is ever turned into a different amount or account.
    if (!readEditor(editor, nullptr))
        return;
    if (auto *account = qobject_cast<AccountEdit *>(editor)) {
        model->setData(index, account->accountId());
    } else if (auto *money = qobject_cast<MoneyEdit *>(editor)) {
        const std::optional<qint64> value = money->value();
        model->setData(index, value ? QVariant(*value) : QVariant());
    } else if (auto *picker = qobject_cast<ReferencePicker *>(editor)) {
        model->setData(index, picker->recordId());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
    }
}

void VoucherLineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

bool VoucherLineDelegate::finish(QWidget *editor)
{
    QString problem;
    if (!readEditor(editor, &problem)) {
        emit inputProblem(problem);
        return false;
    }
    emit inputProblem(QString());
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    return true;
}

void VoucherLineDelegate::discard(QWidget *editor)
{
    emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
}

bool VoucherLineDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex cell = cellOf(editor);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        const bool amount = VoucherLinesModel::isAmountColumn(cell.column());
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            const QPersistentModelIndex from(cell);
            if (finish(editor))
                emit advanceRequested(from);
            return true;
        }
        if (amount && key->text() == QLatin1String("=")) {
            discard(editor);
            emit balanceRequested(cell);
            return true;
        }
        if (amount && key->key() == Qt::Key_Space && modifiers == Qt::NoModifier) {
            auto *money = static_cast<MoneyEdit *>(editor);
            if (!money->inputError().isEmpty()) {
                emit inputProblem(money->inputError());
                return true;
            }
            const std::optional<qint64> typed = money->isEmpty() ? std::nullopt : money->value();
            discard(editor);
            emit amountMoved(m_model.moveToOtherSide(cell.row(), cell.column(), typed));
            return true;
        }
        if (key->key() == Qt::Key_Delete && modifiers == Qt::ControlModifier) {
            discard(editor);
            emit removeLineRequested(cell.row());
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Backroom::Finance
