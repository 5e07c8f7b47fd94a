#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Backroom::Internal {

// File → Open Server Company: where a company on a PostgreSQL server lives
// (server, port, database, schema, user, TLS, or a libpq service name) and
// the password. The address it makes never holds the password, which is
// kept only in memory while the company is open and asked for again next
// time (unless PGPASSWORD or ~/.pgpass has it), or, when the clerk ticks
// "Remember password", kept in the system keychain (ServerPasswordStore;
// MainWindow saves it once the company opened). Without a keychain the box
// is disabled and says why.
class ServerCompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerCompanyDialog(QWidget *parent = nullptr);

    // postgresql://user@host:port/database?sslmode=…&schema=…&service=…
    // For File → New Company: the same form, naming where a new company
    // goes (an empty database, or a schema that does not exist yet).
    void setForNewCompany();
    QString url() const;
    void setUrl(const QString &url);
    QString password() const;
    QString problem() const;
    // Whether the clerk wants the password kept in the system keychain (never
    // while no keychain is available).
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // Why the form is shown again (the saved password was refused, …).
    void setNotice(const QString &text);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *schemaEdit() const { return m_schema; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsCombo() const { return m_tls; }
    QLineEdit *serviceEdit() const { return m_service; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *noticeLabel() const { return m_notice; }

private:
    void validate();
    void updatePasswordHint();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLineEdit *m_service;
    QCheckBox *m_remember;
    QLabel *m_notice;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Backroom::Internal
