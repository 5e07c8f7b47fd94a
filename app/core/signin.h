#pragma once

#include "coreglobal.h"
#include "roles.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom {

class Database;

// Signing in without a dialog: backroom-cli, and the desktop application's
// headless runs (--screenshot with --user and BACKROOM_PASSWORD). The same
// rules as the login dialog: failures count towards the lockout and are
// audited. A temporary password is refused here (it must be changed in the
// login dialog first). A company that has no user at all yet (made by an
// older version, or without an administrator) gets this login as its
// administrator: whoever opens it first sets it up, as the desktop
// application's first run does.
class BACKROOM_CORE_EXPORT SignIn
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::SignIn)

public:
    struct Result
    {
        std::optional<AccessControl> access;   // set when signed in
        QString message;                       // translated: why not, or what was set up
        bool createdAdministrator = false;
        bool ok() const { return access.has_value(); }
    };

    static Result withPassword(Database &db, const QString &login, const QString &password);
};

} // namespace Backroom
