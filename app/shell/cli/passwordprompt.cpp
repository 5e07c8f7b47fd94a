#include "passwordprompt.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Backroom::Internal {

bool PasswordPrompt::hasTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> PasswordPrompt::password(const QString &prompt, QString *problem)
{
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        return qEnvironmentVariable(EnvironmentVariable);
    if (qEnvironmentVariableIsSet(FileVariable))
        return fromFile(qEnvironmentVariable(FileVariable), problem);
    if (!hasTerminal())
        return std::nullopt;
    return readHidden(prompt);
}

std::optional<QString> PasswordPrompt::newPassword(const QString &prompt, const QString &repeatPrompt, QString *problem)
{
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        return qEnvironmentVariable(EnvironmentVariable);
    if (!hasTerminal())
        return std::nullopt;
    const std::optional<QString> first = readHidden(prompt);
    if (!first)
        return std::nullopt;
    const std::optional<QString> second = readHidden(repeatPrompt);
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        if (problem)
            *problem = tr("The two passwords differ.");
        return std::nullopt;
    }
    return first;
}

std::optional<QString> PasswordPrompt::fromFile(const QString &path, QString *problem)
{
    QFile file(path);
    QString reason;
    if (!file.open(QIODevice::ReadOnly)) {
        reason = tr("The password file “%1” (%2) cannot be read: %3")
                     .arg(QDir::toNativeSeparators(path), QString::fromLatin1(FileVariable), file.errorString());
    }
#ifndef Q_OS_WIN
    // A password others can read is no longer a secret: refused, as libpq
    // ignores such a .pgpass, rather than silently used.
    else if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        reason = tr("The password file “%1” can be read by other users of this computer; make it readable by its "
                    "owner only (chmod 600).")
                     .arg(QDir::toNativeSeparators(path));
    }
#endif
    if (!reason.isEmpty()) {
        if (problem)
            *problem = reason;
        return std::nullopt;
    }
    // The first line, without its line end: what `echo secret > file` writes.
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<QString> PasswordPrompt::readHidden(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(input, &mode);
    if (console)
        SetConsoleMode(input, mode & ~ENABLE_ECHO_INPUT);
#else
    termios saved{};
    const bool console = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (console) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
#endif
    std::string line;
    bool ended = true;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        if (c == '\n') {
            ended = false;
            break;
        }
        line.push_back(char(c));
    }
#ifdef Q_OS_WIN
    if (console)
        SetConsoleMode(input, mode);
#else
    if (console)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fputc('\n', stderr); // the Enter that was not echoed
    if (ended && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace Backroom::Internal
