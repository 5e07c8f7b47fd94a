#include "vouchertemplatedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Backroom::Finance {

VoucherTemplateDialog::VoucherTemplateDialog(const QString &suggestedName, const QStringList &categories,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("voucherTemplateDialog"));
    setWindowTitle(tr("Save as Template"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(suggestedName, this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setMaxLength(100);
    m_name->selectAll();
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->setEditable(true);
    m_category->addItem(QString());
    m_category->addItems(categories);
    m_category->setCurrentIndex(0);
    m_amounts = new QCheckBox(tr("Keep the amounts"), this);
    m_amounts->setObjectName(QStringLiteral("templateAmounts"));
    m_amounts->setChecked(true);
    m_amounts->setToolTip(tr("Off: a voucher made from the template has the accounts and summaries, and the "
                             "amounts are typed each time."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_amounts);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto enable = [this, save] { save->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, enable);
    enable();
    resize(420, sizeHint().height());
}

QString VoucherTemplateDialog::name() const
{
    return m_name->text().trimmed();
}

QString VoucherTemplateDialog::category() const
{
    return m_category->currentText().trimmed();
}

bool VoucherTemplateDialog::keepsAmounts() const
{
    return m_amounts->isChecked();
}

} // namespace Backroom::Finance
