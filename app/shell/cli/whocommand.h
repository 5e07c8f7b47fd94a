#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Backroom::Internal {

// backroom-cli's `who SOURCE`: who is working in a company right now, as the
// administration page Who Is Working shows it: one line per server
// connection of the company (user, computer, kind, connected since, state,
// server process), clerks first. A company file says that one desk works in
// it at a time, and which (its lock's holder). Reads only; signs nobody in,
// like info: on a server, its address and credentials already let one ask.
class WhoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::WhoCommand)

public:
    using UsageError = std::function<int(const QString &message)>;

    WhoCommand(QTextStream &out, QTextStream &err, UsageError usageError);
    int run(const QStringList &positional);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    UsageError m_usageError;
};

} // namespace Backroom::Internal
