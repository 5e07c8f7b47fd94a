#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom::Internal {

// Where backroom-cli gets a password, as libpq's tools do: the environment
// (BACKROOM_PASSWORD) for scripts, a file named by BACKROOM_PASSWORD_FILE
// for scheduled jobs (a systemd credential, a file only its owner reads),
// otherwise a prompt on the terminal with the typing hidden. Never from the
// command line, where every other user of the machine could read it in the
// process list.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::PasswordPrompt)

public:
    static constexpr const char *EnvironmentVariable = "BACKROOM_PASSWORD";
    static constexpr const char *FileVariable = "BACKROOM_PASSWORD_FILE";

    // std::nullopt when there is neither the variable, nor the file, nor a
    // terminal, or the prompt was ended (Ctrl+D); `problem` then says why
    // when the file was named but could not be used (unreadable, or readable
    // by other users on Unix, as libpq refuses such a .pgpass).
    static std::optional<QString> password(const QString &prompt, QString *problem = nullptr);
    // For a new password: asks twice when prompting; the variable is taken
    // as it is.
    static std::optional<QString> newPassword(const QString &prompt, const QString &repeatPrompt, QString *problem);
    static bool hasTerminal();

private:
    static std::optional<QString> fromFile(const QString &path, QString *problem);
    static std::optional<QString> readHidden(const QString &prompt);
};

} // namespace Backroom::Internal
