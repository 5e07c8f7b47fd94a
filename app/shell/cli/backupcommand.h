#pragma once

#include "companybackup.h"
#include "signedincompany.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Backroom {

class Suite;

namespace Internal {

// backroom-cli's `backup FILE OUT`, `backup FILE --folder DIR [--keep N]` and `restore BACKUP TARGET [--force]`
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

    // How many backups of a company `backup --folder` keeps when not told.
    static constexpr int DefaultKeep = 14;

    int backUp(const QStringList &positional);
    // `backup SOURCE --folder DIR [--keep N]`: the job an administrator
    // schedules (systemd timer, Task Scheduler). A backup named as the
    // automatic ones are (AutomaticBackups::fileName: company, id tag and
    // the second, numbered when two fall in one second), then the company's
    // backups in DIR pruned to the newest `keep`, only after the new one is
    // complete. Signs in and audits exactly as `backup FILE OUT` does.
    int backUpInto(const QStringList &positional, const QString &folder, int keep);
    int restore(const QStringList &positional, bool force);

private:
    int failure(const QString &message);
    // Opened and signed in, and the user may administer users and roles (a
    // backup holds the whole company), or said why not and empty.
    SignedInCompany openAdministered(const QString &location);
    void reportMade(const CompanyBackup::Result &result);

    QTextStream &m_out;
    QTextStream &m_err;
    Suite &m_suite;
    UsageError m_usageError;
    CompanyOpener m_open;
    QString m_login;
};

} // namespace Internal
} // namespace Backroom
