#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Backroom {

class Database;

// One user's permissions, read once at login: the union of their roles'.
class BACKROOM_CORE_EXPORT AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::AccessControl)

public:
    AccessControl() = default;   // allows nothing
    static AccessControl forUser(Database &db, qint64 userId, const QString &userName);
    // For the company's own work before any user exists (creating it,
    // upgrades) and for tests: everything is allowed.
    static AccessControl unrestricted(const QString &userName);

    QString userName() const { return m_user; }
    bool allows(const QString &action, const QString &entityOrModuleId) const;
    bool isUnrestricted() const { return m_unrestricted; }
    // "wang may not export Employees; an administrator can grant it with a
    // role." `what` is translated (an entity's plural label, a report).
    QString refusal(const QString &action, const QString &what) const;

private:
    QString m_user;
    bool m_unrestricted = false;
    QSet<QString> m_grants;   // "scope|action"
};

// What a role may do: per scope ("*" for everything, a module id such as
// "finance", or an entity id such as "hr.employee"), a set of actions.
// Roles are stored in the company (backroom_role, backroom_role_permission).
// The shipped roles of each department are kept as shipped on every open;
// an administrator changes a copy, never the original.
class BACKROOM_CORE_EXPORT Roles
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Roles)

public:
    // The actions the core knows; modules may check their own, too.
    static QStringList actions();
    static QString actionLabel(const QString &action);

    struct Grant
    {
        QString scope;
        QStringList actions;
    };
    struct Definition
    {
        QString key;
        std::function<QString()> name;
        std::function<QString()> description;
        QList<Grant> grants;
    };
    static QList<Definition> shipped();
    static const Definition *findShipped(const QString &key);

    struct Role
    {
        QString key;
        QString name;          // translated for shipped roles
        QString description;
        QString copiedFrom;
        bool shipped = false;
        QList<Grant> grants;
    };

    // `actor` is who asks; copy() and setGrants() need "administer" on
    // "security", and each change is audited in its own transaction.
    explicit Roles(Database &db, const AccessControl &actor = AccessControl::unrestricted(QStringLiteral("system")));

    // Adds missing shipped roles and puts changed ones back as shipped.
    bool ensureShipped(QString *error);
    QList<Role> roles() const;
    std::optional<Role> role(const QString &key) const;
    // A new editable role with the permissions of `sourceKey`.
    bool copy(const QString &sourceKey, const QString &newKey, const QString &name, QString *error);
    bool setGrants(const QString &key, const QList<Grant> &grants, QString *error);

private:
    bool writeGrants(qint64 roleId, const QList<Grant> &grants, QString *error);
    bool refused(QString *error) const;

    Database &m_db;
    AccessControl m_actor;
};

} // namespace Backroom
