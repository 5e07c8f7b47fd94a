#pragma once

#include <QDialog>

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
// time (unless PGPASSWORD or ~/.pgpass has it).
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

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *schemaEdit() const { return m_schema; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsCombo() const { return m_tls; }

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLineEdit *m_service;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Backroom::Internal
