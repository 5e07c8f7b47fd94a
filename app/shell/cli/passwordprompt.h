#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom::Internal {

// Where backroom-cli gets a password, as libpq's tools do: the environment
// (BACKROOM_PASSWORD) for scripts, otherwise a prompt on the terminal with
// the typing hidden. Never from the command line, where every other user
// of the machine could read it in the process list.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::PasswordPrompt)

public:
    static constexpr const char *EnvironmentVariable = "BACKROOM_PASSWORD";

    // std::nullopt when there is neither the variable nor a terminal, or the
    // prompt was ended (Ctrl+D).
    static std::optional<QString> password(const QString &prompt);
    // For a new password: asks twice when prompting; the variable is taken
    // as it is.
    static std::optional<QString> newPassword(const QString &prompt, const QString &repeatPrompt, QString *problem);
    static bool hasTerminal();

private:
    static std::optional<QString> readHidden(const QString &prompt);
};

} // namespace Backroom::Internal
