#include "useraccounts.h"

#include "auditlog.h"
#include "database.h"
#include "passwordhasher.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Backroom {

namespace {

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

} // namespace

UserAccounts::UserAccounts(Database &db, const AccessControl &actor) : m_db(db), m_actor(actor) {}

bool UserAccounts::mayAdminister() const
{
    return m_actor.allows(administerAction(), securityScope());
}

QString UserAccounts::refusal()
{
    if (mayAdminister())
        return QString();
    // The refusal is on record even though nothing changed: someone tried.
    AuditLog(m_db).appendRefusal(m_actor.userName(), administerAction(), securityScope());
    return m_actor.refusal(administerAction(), tr("users and roles"));
}

bool UserAccounts::audit(const QString &user, const char *action, qint64 userId, const QJsonObject &detail,
                         QString *error)
{
    AuditLog::Entry entry;
    entry.user = user;
    entry.action = QString::fromLatin1(action);
    // Changes to users are about a record of "security"; logins and
    // password changes are about no entity, as the log has them elsewhere.
    if (qstrcmp(action, AuditLog::Action::PermissionChange) == 0) {
        entry.entity = securityScope();
        entry.recordId = userId;
    }
    entry.detail = detail;
    QString why;
    if (AuditLog(m_db).append(entry, &why).id != 0)
        return true;
    *error = tr("The audit log could not be written, so nothing was done: %1").arg(why);
    return false;
}

int UserAccounts::administratorCount(Database &db)
{
    const std::optional<QVariant> count = db.scalar(
        QStringLiteral("SELECT count(DISTINCT u.id) FROM backroom_user u JOIN backroom_user_role ur ON ur.user_id = u.id "
                       "JOIN backroom_role_permission p ON p.role_id = ur.role_id "
                       "WHERE u.disabled = 0 AND p.action = 'administer' AND p.scope IN ('*', 'security')"));
    return count ? int(count->toLongLong()) : 0;
}

UserAccounts::Result UserAccounts::succeeded(qint64 userId)
{
    Result result;
    result.ok = true;
    result.userId = userId;
    return result;
}

UserAccounts::Result UserAccounts::fail(const QString &message) const
{
    Result result;
    result.message = message;
    return result;
}

bool UserAccounts::hasUsers() const
{
    const std::optional<QVariant> count = m_db.scalar(QStringLiteral("SELECT count(*) FROM backroom_user"));
    return count && count->toLongLong() > 0;
}

QString UserAccounts::loginProblem(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!valid.match(login).hasMatch())
        return tr("A user name has 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.");
    return QString();
}

QString UserAccounts::passwordProblem(const QString &password, const QString &login)
{
    if (password.size() < 8)
        return tr("A password needs at least 8 characters.");
    if (password.size() > 256)
        return tr("A password can have at most 256 characters.");
    if (!login.isEmpty() && password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the user name.");
    bool allSame = true;
    for (const QChar c : password)
        allSame = allSame && c == password.front();
    if (allSame)
        return tr("The password must not be one character repeated.");
    return QString();
}

int UserAccounts::delayAfter(int failures)
{
    if (failures <= FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts - 1, 16);
    return std::min<qint64>(qint64(FirstDelaySeconds) << doublings, MaxDelaySeconds);
}

bool UserAccounts::writeRoles(qint64 userId, const QStringList &roleKeys, QString *error)
{
    if (!m_db.exec(QStringLiteral("DELETE FROM backroom_user_role WHERE user_id = ?"), {userId}, error))
        return false;
    for (const QString &key : roleKeys) {
        const std::optional<QVariant> roleId =
            m_db.scalar(QStringLiteral("SELECT id FROM backroom_role WHERE role_key = ?"), {key}, error);
        if (!roleId) {
            *error = tr("There is no role “%1”.").arg(key);
            return false;
        }
        if (!m_db.exec(QStringLiteral("INSERT INTO backroom_user_role (user_id, role_id) VALUES (?, ?)"),
                       {userId, roleId->toLongLong()}, error))
            return false;
    }
    return true;
}

UserAccounts::Result UserAccounts::createUser(const QString &login, const QString &displayName, const QString &password,
                                              const QStringList &roleKeys, bool mustChangePassword)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return fail(refused);
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = passwordProblem(password, login); !problem.isEmpty())
        return fail(problem);
    if (user(login))
        return fail(tr("There is already a user “%1”.").arg(login));
    const QString hashed = PasswordHasher::hash(password);
    if (hashed.isEmpty())
        return fail(tr("The password could not be protected (not enough memory)."));
    WriteTransaction transaction(m_db);
    QString error;
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    const QString shownName = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    if (!transaction.isActive()
        || !m_db.exec(QStringLiteral("INSERT INTO backroom_user (login, display_name, password_hash, must_change_password, "
                                     "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {login, shownName, hashed, mustChangePassword ? 1 : 0, now, now}, &error))
        return fail(error.isEmpty() ? transaction.errorString() : error);
    const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM backroom_user WHERE login = ?"), {login})->toLongLong();
    const QJsonObject detail{{QStringLiteral("change"), QStringLiteral("create_user")},
                             {QStringLiteral("login"), login},
                             {QStringLiteral("display_name"), shownName},
                             {QStringLiteral("roles"), QJsonArray::fromStringList(roleKeys)},
                             {QStringLiteral("must_change_password"), mustChangePassword}};
    if (!writeRoles(id, roleKeys, &error)
        || !audit(m_actor.userName(), AuditLog::Action::PermissionChange, id, detail, &error) || !transaction.commit())
        return fail(error.isEmpty() ? transaction.errorString() : error);
    return succeeded(id);
}

UserAccounts::Result UserAccounts::loginFailed(const QString &login, const QString &reason, Result result, qint64 userId,
                                               const QString &counterSql, const QVariantList &counterValues)
{
    // The counter and its audit entry together: a lockout nobody can see in
    // the log, or a logged failure that did not count, would both mislead.
    WriteTransaction transaction(m_db);
    QString error;
    const QJsonObject detail{{QStringLiteral("login"), login}, {QStringLiteral("reason"), reason}};
    if (!transaction.isActive() || (!counterSql.isEmpty() && !m_db.exec(counterSql, counterValues, &error))
        || !audit(login, AuditLog::Action::LoginFailed, userId, detail, &error) || !transaction.commit())
        qWarning("Backroom: a failed login could not be recorded: %s",
                 qPrintable(error.isEmpty() ? transaction.errorString() : error));
    return result;
}

UserAccounts::Result UserAccounts::authenticate(const QString &login, const QString &password, const QDateTime &now)
{
    const QString wrong = tr("The user name or the password is wrong.");
    const std::optional<User> found = user(login);
    QString stored;
    if (found)
        stored = m_db.scalar(QStringLiteral("SELECT password_hash FROM backroom_user WHERE id = ?"), {found->id})->toString();
    if (!found) {
        // Spend the same time as a real check, so timing does not tell which
        // user names exist.
        PasswordHasher::verify(PasswordHasher::hash(QStringLiteral("not a user")), password);
        return loginFailed(login, QStringLiteral("unknown"), fail(wrong));
    }
    if (found->lockedUntil.isValid() && found->lockedUntil > now) {
        Result result = fail(tr("Too many wrong passwords. Try again in %1 seconds.").arg(now.secsTo(found->lockedUntil)));
        result.retryAfterSeconds = int(now.secsTo(found->lockedUntil));
        result.userId = found->id;
        return loginFailed(found->login, QStringLiteral("locked"), result, found->id);
    }
    if (!PasswordHasher::verify(stored, password)) {
        const int failures = found->failedLogins + 1;
        const int delay = delayAfter(failures);
        Result result = fail(delay > 0 ? tr("The user name or the password is wrong. Try again in %1 seconds.").arg(delay)
                                       : wrong);
        result.retryAfterSeconds = delay;
        result.userId = found->id;
        return loginFailed(found->login, QStringLiteral("password"), result, found->id,
                           QStringLiteral("UPDATE backroom_user SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                           {failures, delay > 0 ? QVariant(isoUtc(now.addSecs(delay))) : QVariant(), found->id});
    }
    if (found->disabled) {
        Result result = fail(tr("The user “%1” is disabled; ask an administrator.").arg(login));
        result.userId = found->id;
        return loginFailed(found->login, QStringLiteral("disabled"), result, found->id);
    }
    QVariantList values{isoUtc(now)};
    QString sql = QStringLiteral("UPDATE backroom_user SET failed_logins = 0, locked_until = NULL, last_login_at = ?");
    if (PasswordHasher::needsRehash(stored)) {
        const QString rehashed = PasswordHasher::hash(password);
        if (!rehashed.isEmpty()) {
            sql += QStringLiteral(", password_hash = ?");
            values.append(rehashed);
        }
    }
    values.append(found->id);
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.isActive() || !m_db.exec(sql + QStringLiteral(" WHERE id = ?"), values, &error)
        || !audit(found->login, AuditLog::Action::Login, found->id, {}, &error) || !transaction.commit()) {
        // Nobody works unrecorded.
        Result result = fail(error.isEmpty() ? transaction.errorString() : error);
        result.userId = found->id;
        return result;
    }
    Result result;
    result.ok = true;
    result.userId = found->id;
    result.mustChangePassword = found->mustChangePassword;
    return result;
}

UserAccounts::Result UserAccounts::changePassword(const QString &login, const QString &oldPassword, const QString &newPassword)
{
    const std::optional<User> found = user(login);
    if (!found)
        return fail(tr("There is no user “%1”.").arg(login));
    const QString stored =
        m_db.scalar(QStringLiteral("SELECT password_hash FROM backroom_user WHERE id = ?"), {found->id})->toString();
    if (!PasswordHasher::verify(stored, oldPassword))
        return fail(tr("The current password is wrong."));
    if (oldPassword == newPassword)
        return fail(tr("The new password must differ from the current one."));
    if (const QString problem = passwordProblem(newPassword, login); !problem.isEmpty())
        return fail(problem);
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.isActive() || !storePassword(found->id, newPassword, false, &error)
        || !audit(found->login, AuditLog::Action::PasswordChange, found->id, {{QStringLiteral("login"), found->login}},
                  &error)
        || !transaction.commit())
        return fail(error.isEmpty() ? transaction.errorString() : error);
    return succeeded(found->id);
}

bool UserAccounts::storePassword(qint64 userId, const QString &password, bool temporary, QString *error)
{
    const QString hashed = PasswordHasher::hash(password);
    if (hashed.isEmpty()) {
        *error = tr("The password could not be protected (not enough memory).");
        return false;
    }
    // A temporary password also lifts a lockout: the administrator vouched.
    const QString sql = temporary ? QStringLiteral("UPDATE backroom_user SET password_hash = ?, must_change_password = 1, "
                                                  "failed_logins = 0, locked_until = NULL, password_changed_at = ? WHERE id = ?")
                                  : QStringLiteral("UPDATE backroom_user SET password_hash = ?, must_change_password = 0, "
                                                   "password_changed_at = ? WHERE id = ?");
    return m_db.exec(sql, {hashed, isoUtc(QDateTime::currentDateTimeUtc()), userId}, error);
}

UserAccounts::Result UserAccounts::resetPassword(const QString &login, const QString &temporaryPassword)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return fail(refused);
    const std::optional<User> found = user(login);
    if (!found)
        return fail(tr("There is no user “%1”.").arg(login));
    if (const QString problem = passwordProblem(temporaryPassword, login); !problem.isEmpty())
        return fail(problem);
    WriteTransaction transaction(m_db);
    QString error;
    const QJsonObject detail{{QStringLiteral("change"), QStringLiteral("reset_password")},
                             {QStringLiteral("login"), found->login}};
    if (!transaction.isActive() || !storePassword(found->id, temporaryPassword, true, &error)
        || !audit(m_actor.userName(), AuditLog::Action::PermissionChange, found->id, detail, &error)
        || !transaction.commit())
        return fail(error.isEmpty() ? transaction.errorString() : error);
    return succeeded(found->id);
}

UserAccounts::Result UserAccounts::setDisabled(const QString &login, bool disabled)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return fail(refused);
    const std::optional<User> found = user(login);
    if (!found)
        return fail(tr("There is no user “%1”.").arg(login));
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.isActive())
        return fail(transaction.errorString());
    // Counted inside the write transaction: two administrators disabling
    // each other at once cannot both succeed.
    const int administratorsBefore = administratorCount(m_db);
    if (!m_db.exec(QStringLiteral("UPDATE backroom_user SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, found->id},
                   &error))
        return fail(error);
    // Someone must still be able to administer the company.
    if (disabled && administratorsBefore > 0 && administratorCount(m_db) == 0)
        return fail(tr("“%1” is the last administrator and cannot be disabled.").arg(login));
    const QJsonObject detail{{QStringLiteral("change"), disabled ? QStringLiteral("disable") : QStringLiteral("enable")},
                             {QStringLiteral("login"), found->login}};
    if (!audit(m_actor.userName(), AuditLog::Action::PermissionChange, found->id, detail, &error) || !transaction.commit())
        return fail(error.isEmpty() ? transaction.errorString() : error);
    return succeeded(found->id);
}

UserAccounts::Result UserAccounts::setRoles(const QString &login, const QStringList &roleKeys)
{
    if (const QString refused = refusal(); !refused.isEmpty())
        return fail(refused);
    const std::optional<User> found = user(login);
    if (!found)
        return fail(tr("There is no user “%1”.").arg(login));
    WriteTransaction transaction(m_db);
    QString error;
    if (!transaction.isActive())
        return fail(transaction.errorString());
    const int administratorsBefore = administratorCount(m_db);
    if (!writeRoles(found->id, roleKeys, &error))
        return fail(error);
    if (administratorsBefore > 0 && administratorCount(m_db) == 0)
        return fail(tr("“%1” is the last administrator and must keep a role that administers users.").arg(login));
    QStringList after = roleKeys;
    after.sort();
    after.removeDuplicates();
    const QJsonObject detail{{QStringLiteral("change"), QStringLiteral("set_roles")},
                             {QStringLiteral("login"), found->login},
                             {QStringLiteral("before"), QJsonArray::fromStringList(found->roles)},
                             {QStringLiteral("after"), QJsonArray::fromStringList(after)}};
    if (!audit(m_actor.userName(), AuditLog::Action::PermissionChange, found->id, detail, &error) || !transaction.commit())
        return fail(error.isEmpty() ? transaction.errorString() : error);
    return succeeded(found->id);
}

QList<UserAccounts::User> UserAccounts::users() const
{
    QList<User> result;
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("SELECT login FROM backroom_user ORDER BY login"));
    QStringList logins;
    while (query.next())
        logins.append(query.value(0).toString());
    query.finish();
    for (const QString &login : logins) {
        if (std::optional<User> found = user(login))
            result.append(*found);
    }
    return result;
}

std::optional<UserAccounts::User> UserAccounts::user(const QString &login) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, login, display_name, disabled, must_change_password, failed_logins, "
                                 "locked_until, last_login_at FROM backroom_user WHERE login = ?"));
    query.addBindValue(login);
    if (!query.exec() || !query.next())
        return std::nullopt;
    User found;
    found.id = query.value(0).toLongLong();
    found.login = query.value(1).toString();
    found.displayName = query.value(2).toString();
    found.disabled = query.value(3).toInt() != 0;
    found.mustChangePassword = query.value(4).toInt() != 0;
    found.failedLogins = query.value(5).toInt();
    found.lockedUntil = fromIso(query.value(6));
    found.lastLogin = fromIso(query.value(7));
    query.finish();
    QSqlQuery roles(m_db.connection());
    roles.prepare(QStringLiteral("SELECT r.role_key FROM backroom_user_role ur JOIN backroom_role r ON r.id = ur.role_id "
                                 "WHERE ur.user_id = ? ORDER BY r.role_key"));
    roles.addBindValue(found.id);
    if (roles.exec()) {
        while (roles.next())
            found.roles.append(roles.value(0).toString());
    }
    return found;
}

} // namespace Backroom
