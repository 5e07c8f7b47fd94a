#include "signin.h"

#include "useraccounts.h"

namespace Backroom {

SignIn::Result SignIn::withPassword(Database &db, const QString &login, const QString &password)
{
    Result result;
    UserAccounts accounts(db);
    if (login.trimmed().isEmpty()) {
        result.message = tr("Say who you are: give a user name (--user).");
        return result;
    }
    if (!accounts.hasUsers()) {
        const UserAccounts::Result created =
            accounts.createUser(login.trimmed(), QString(), password, {QStringLiteral("administrator")});
        if (!created.ok) {
            result.message = tr("This company has no users yet, and its administrator could not be created: %1")
                                 .arg(created.message);
            return result;
        }
        result.createdAdministrator = true;
        result.message = tr("This company had no users; “%1” is now its administrator.").arg(login.trimmed());
        result.access = AccessControl::forUser(db, created.userId, login.trimmed());
        return result;
    }
    const UserAccounts::Result signedIn = accounts.authenticate(login.trimmed(), password);
    if (!signedIn.ok) {
        result.message = signedIn.message;
        return result;
    }
    if (signedIn.mustChangePassword) {
        result.message = tr("The password of “%1” was set by an administrator and must be changed first: log in "
                            "once in Backroom and choose your own.").arg(login.trimmed());
        return result;
    }
    result.access = AccessControl::forUser(db, signedIn.userId, login.trimmed());
    return result;
}

} // namespace Backroom
