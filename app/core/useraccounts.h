#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
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

    explicit UserAccounts(Database &db);

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

private:
    Result fail(const QString &message) const;
    bool writeRoles(qint64 userId, const QStringList &roleKeys, QString *error);
    Result storePassword(qint64 userId, const QString &password, bool temporary);

    Database &m_db;
};

} // namespace Backroom
