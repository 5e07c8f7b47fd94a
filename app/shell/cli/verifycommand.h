#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Backroom {

class Suite;

namespace Internal {

// backroom-cli's `verify FILE`: the database's integrity and foreign keys,
// the audit log's hash chain and head, and every module's verifier
// (ExtensionRegistries::verifiers). Prints each check with "ok" or its
// problems; exit 0 only when everything passed. Opens the file read-only,
// so verifying never changes it.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::VerifyCommand)

public:
    using UsageError = std::function<int(const QString &message)>;

    VerifyCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError);

    int run(const QStringList &positional);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Suite &m_suite;
    UsageError m_usageError;
};

} // namespace Internal
} // namespace Backroom
