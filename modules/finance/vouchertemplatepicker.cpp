#include "vouchertemplatepicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom::Finance {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

VoucherTemplatePicker::VoucherTemplatePicker(const QList<VoucherTemplate> &templates, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("voucherTemplatePicker"));
    setWindowTitle(tr("New Voucher from Template"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Type part of a template's name, then press Enter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Template name or category"));
    m_filter->setClearButtonEnabled(true);
    prompt->setBuddy(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setUniformItemSizes(true);
    for (const VoucherTemplate &kept : templates) {
        QString text = kept.name;
        QStringList notes;
        if (!kept.category.isEmpty())
            notes.append(kept.category);
        notes.append(kept.word);
        notes.append(kept.withAmounts ? tr("with amounts") : tr("accounts only"));
        text += QStringLiteral("    ") + notes.join(QStringLiteral(" · "));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, kept.id);
        item->setData(NameRole, kept.name + QLatin1Char('\n') + kept.category);
    }
    m_empty = new QLabel(templates.isEmpty() ? tr("No templates yet. On a voucher, use “Save as Template” to keep one.")
                                             : tr("No template matches."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(templates.isEmpty());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use Template"));
    layout->addWidget(prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    resize(460, 360);

    connect(m_filter, &QLineEdit::textChanged, this, &VoucherTemplatePicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, [this] { take(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { take(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_filter->installEventFilter(this);
    applyFilter(QString());
    m_filter->setFocus(Qt::OtherFocusReason);
}

QStringList VoucherTemplatePicker::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        if (!m_list->item(row)->isHidden())
            names.append(m_list->item(row)->data(NameRole).toString().section(QLatin1Char('\n'), 0, 0));
    return names;
}

void VoucherTemplatePicker::applyFilter(const QString &typed)
{
    const QString needle = typed.trimmed();
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = needle.isEmpty() || item->data(NameRole).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    // The first match is highlighted, so Enter takes it straight away.
    m_list->setCurrentItem(first);
    m_empty->setVisible(!first);
}

void VoucherTemplatePicker::moveSelection(int step)
{
    int row = m_list->currentRow();
    for (int next = row + step; next >= 0 && next < m_list->count(); next += step)
        if (!m_list->item(next)->isHidden()) {
            m_list->setCurrentRow(next);
            return;
        }
}

void VoucherTemplatePicker::take()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    m_chosen = item->data(IdRole).toLongLong();
    accept();
}

bool VoucherTemplatePicker::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            take();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(object, event);
}

} // namespace Backroom::Finance
