#pragma once

#include "coreglobal.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Backroom {

class Roles;

// Copies a role under a new key and name, to change the copy: shipped
// roles stay as shipped. The refusal of Roles::copy (a taken key, no
// permission) is shown in the dialog, which stays open.
class BACKROOM_CORE_EXPORT CopyRoleDialog : public QDialog
{
    Q_OBJECT

public:
    CopyRoleDialog(Roles &roles, const QString &sourceKey, const QString &sourceName, QWidget *parent = nullptr);

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }
    QString message() const;
    QString createdKey() const { return m_created; }

public slots:
    void accept() override;

private:
    Roles &m_roles;
    QString m_sourceKey;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QLabel *m_message;
    QString m_created;
};

} // namespace Backroom
