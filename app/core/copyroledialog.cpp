#include "copyroledialog.h"

#include "roles.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom {

CopyRoleDialog::CopyRoleDialog(Roles &roles, const QString &sourceKey, const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_sourceKey(sourceKey)
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("copyRoleDialog"));
    setWindowTitle(tr("Copy Role %1").arg(sourceName));
    m_key->setObjectName(QStringLiteral("key"));
    m_name->setObjectName(QStringLiteral("name"));
    // A free key suggested, so that OK alone works.
    QString key = sourceKey + QStringLiteral("_copy");
    for (int n = 2; roles.role(key); ++n)
        key = sourceKey + QStringLiteral("_copy%1").arg(n);
    m_key->setText(key);
    m_name->setText(tr("%1 (copy)").arg(sourceName));
    auto *intro = new QLabel(tr("The copy starts with the permissions of %1 and can then be changed.").arg(sourceName), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CopyRoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CopyRoleDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString CopyRoleDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CopyRoleDialog::accept()
{
    QString error;
    const QString key = m_key->text().trimmed();
    if (!m_roles.copy(m_sourceKey, key, m_name->text(), &error)) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_created = key;
    QDialog::accept();
}

} // namespace Backroom
