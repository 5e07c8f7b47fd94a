#pragma once

#include "coreglobal.h"
#include "roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom {

class Database;

// The company's local user accounts (backroom_user): Argon2id password
// hashes, lockout with a growing delay after repeated failures, disabled
// users kept (they appear in history), temporary passwords that must be
// changed at the next login.
//
// The administrative operations (creating users, resetting passwords,
// disabling, changing roles) need "administer" on "security" of the acting
// user; a refusal is audited as "denied". Every change, login, failed login
// and password change writes its audit entry in the transaction of the
// change itself, so the log and the accounts never disagree.
class BACKROOM_CORE_EXPORT UserAccounts
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::UserAccounts)

public:
    struct User
    {
        qint64 id = 0;
        QString login;
        QString displayName;
        bool disabled = false;
        bool mustChangePassword = false;
        int failedLogins = 0;
        QDateTime lockedUntil;     // UTC; invalid when not locked
        QDateTime lastLogin;       // UTC
        QStringList roles;         // role keys
    };

    struct Result
    {
        bool ok = false;
        QString message;           // translated, for the clerk
        qint64 userId = 0;
        int retryAfterSeconds = 0; // locked out: wait this long
        bool mustChangePassword = false;
    };

    // Failures allowed before the first delay, and the first delay; each
    // further failure doubles it, up to an hour.
    static constexpr int FreeAttempts = 4;
    static constexpr int FirstDelaySeconds = 30;
    static constexpr int MaxDelaySeconds = 3600;

    // The scope and action that administering users and roles needs.
    static QString securityScope() { return QStringLiteral("security"); }
    static QString administerAction() { return QStringLiteral("administer"); }

    // `actor` is who asks: the signed-in user's permissions. The default is
    // the company's own work (creating the first user, tests).
    explicit UserAccounts(Database &db, const AccessControl &actor = AccessControl::unrestricted(QStringLiteral("system")));

    const AccessControl &actor() const { return m_actor; }
    bool mayAdminister() const;

    bool hasUsers() const;
    // Empty when acceptable; otherwise why not.
    static QString passwordProblem(const QString &password, const QString &login = {});
    static QString loginProblem(const QString &login);

    Result createUser(const QString &login, const QString &displayName, const QString &password,
                      const QStringList &roleKeys, bool mustChangePassword = false);
    // Checks the password, counts failures and locks out; rehashes the
    // stored hash when the limits changed. `now` is for tests.
    Result authenticate(const QString &login, const QString &password, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result changePassword(const QString &login, const QString &oldPassword, const QString &newPassword);
    // An administrator sets a temporary password; the user must change it.
    Result resetPassword(const QString &login, const QString &temporaryPassword);
    Result setDisabled(const QString &login, bool disabled);
    Result setRoles(const QString &login, const QStringList &roleKeys);

    QList<User> users() const;
    std::optional<User> user(const QString &login) const;

    static int delayAfter(int failures);
    // Enabled users who may administer users and roles (through any role).
    static int administratorCount(Database &db);

private:
    Result fail(const QString &message) const;
    static Result succeeded(qint64 userId);
    // Refuses and audits when the actor may not administer; empty when allowed.
    QString refusal();
    bool audit(const QString &user, const char *action, qint64 userId, const QJsonObject &detail, QString *error);
    // Audits a refused login (and stores the failure count, when given) in
    // one transaction, then gives `result`.
    Result loginFailed(const QString &login, const QString &reason, Result result, qint64 userId = 0,
                       const QString &counterSql = {}, const QVariantList &counterValues = {});
    bool writeRoles(qint64 userId, const QStringList &roleKeys, QString *error);
    bool storePassword(qint64 userId, const QString &password, bool temporary, QString *error);

    Database &m_db;
    AccessControl m_actor;
};

} // namespace Backroom
