#include "servercompanydialog.h"

#include "serverpasswordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Backroom::Internal {

namespace {
constexpr int DefaultPort = 5432;
}

ServerCompanyDialog::ServerCompanyDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Re&member password in the system keychain"), this))
    , m_notice(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Server Company"));
    m_host->setPlaceholderText(tr("e.g. db.office.lan"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_database->setPlaceholderText(tr("e.g. books"));
    m_schema->setPlaceholderText(tr("optional: one company per schema"));
    m_schema->setToolTip(tr("Several companies can share one database, each in a schema of its own."));
    m_user->setText(qEnvironmentVariable("PGUSER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypted, server certificate verified"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Not encrypted (this computer only)"), QStringLiteral("disable"));
    m_service->setPlaceholderText(tr("optional: a name from pg_service.conf"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Sc&hema:"), m_schema);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_tls);
    form->addRow(tr("Ser&vice name:"), m_service);

    const ServerPasswordStore keychain;
    const bool keychainAvailable = keychain.isAvailable();
    m_remember->setEnabled(keychainAvailable);
    m_remember->setToolTip(keychainAvailable
                               ? tr("The password is kept in the system keychain (GNOME Keyring, KWallet or the "
                                    "Windows Credential Manager) and this company opens without asking next time. "
                                    "Untick it to forget the password.")
                               : keychain.unavailableReason());
    auto *note = new QLabel(keychainAvailable
                                ? tr("Ask the office's administrator for these. The password is kept only while the "
                                     "company is open, unless the system keychain remembers it; PGPASSWORD or "
                                     "~/.pgpass can give it instead.")
                                : tr("Ask the office's administrator for these. The password is kept only while the "
                                     "company is open; PGPASSWORD or ~/.pgpass can give it instead."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_notice->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_schema, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &ServerCompanyDialog::validate);
    connect(m_remember, &QCheckBox::toggled, this, &ServerCompanyDialog::updatePasswordHint);
    updatePasswordHint();
    validate();
    resize(520, sizeHint().height());
}

void ServerCompanyDialog::setForNewCompany()
{
    setWindowTitle(tr("New Company on a Server"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Server"));
    m_schema->setPlaceholderText(tr("optional: a new schema for this company"));
}

QString ServerCompanyDialog::problem() const
{
    const bool service = !m_service->text().trimmed().isEmpty();
    if (!service && m_host->text().trimmed().isEmpty())
        return tr("Name the server (or a service).");
    if (!service && m_database->text().trimmed().isEmpty())
        return tr("Name the database (or a service).");
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QString schema = m_schema->text().trimmed();
    if (!schema.isEmpty() && !identifier.match(schema).hasMatch())
        return tr("A schema name is made of lower-case letters, digits and underscores.");
    return QString();
}

void ServerCompanyDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

QString ServerCompanyDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    if (m_port->value() != DefaultPort)
        url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    QUrlQuery query;
    const QString tls = m_tls->currentData().toString();
    if (tls != QLatin1String("prefer"))
        query.addQueryItem(QStringLiteral("sslmode"), tls);
    if (!m_schema->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("schema"), m_schema->text().trimmed());
    if (!m_service->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("service"), m_service->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

void ServerCompanyDialog::setUrl(const QString &text)
{
    const QUrl url(text);
    const QUrlQuery query(url);
    m_host->setText(url.host());
    m_port->setValue(url.port(DefaultPort));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_schema->setText(query.queryItemValue(QStringLiteral("schema")));
    m_service->setText(query.queryItemValue(QStringLiteral("service")));
    const int tls = m_tls->findData(query.hasQueryItem(QStringLiteral("sslmode"))
                                        ? query.queryItemValue(QStringLiteral("sslmode"))
                                        : QStringLiteral("prefer"));
    m_tls->setCurrentIndex(std::max(0, tls));
    m_password->setFocus();
    validate();
}

QString ServerCompanyDialog::password() const
{
    return m_password->text();
}

bool ServerCompanyDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerCompanyDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember && m_remember->isEnabled());
}

void ServerCompanyDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void ServerCompanyDialog::updatePasswordHint()
{
    m_password->setPlaceholderText(m_remember->isChecked() ? tr("kept in the system keychain once connected")
                                                           : tr("not stored; asked again next time"));
}

} // namespace Backroom::Internal
