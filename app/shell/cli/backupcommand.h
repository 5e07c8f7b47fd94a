#pragma once

#include "signedincompany.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Backroom {

class Suite;

namespace Internal {

// backroom-cli's `backup FILE OUT` and `restore BACKUP TARGET [--force]`
// (CompanyBackup). Both need "administer" on users and roles, as migrate
// does: a backup holds the whole company, password hashes and salaries
// included. backup signs in to the company it copies and records itself in
// its audit log; restore signs in to the company in the backup (after it
// was proven, before it takes its place) and records itself in the
// restored company's log.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::BackupCommand)

public:
    using UsageError = std::function<int(const QString &message)>;

    BackupCommand(QTextStream &out, QTextStream &err, Suite &suite, UsageError usageError, CompanyOpener open,
                  const QString &login);

    int backUp(const QStringList &positional);
    int restore(const QStringList &positional, bool force);

private:
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Suite &m_suite;
    UsageError m_usageError;
    CompanyOpener m_open;
    QString m_login;
};

} // namespace Internal
} // namespace Backroom
