#pragma once

#include "coreglobal.h"
#include "moduleschema.h"
#include "verifiercontribution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

class CompanyFile;
class Database;

// Copies a whole company, every row of every table as it is (users, roles,
// the audit log, attachments, the modules' records), to a new place: a
// SQLite file that does not exist yet or an empty PostgreSQL database (or
// schema). The copy is proven before it counts: the same number of rows in
// every table, an intact audit chain, the references and every module's
// own checks. It is all-or-nothing: the file appears under its name only
// when proven, the server's tables are committed in one transaction.
class BACKROOM_CORE_EXPORT CompanyCopier
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    struct Result
    {
        bool ok = false;
        QString message;              // why it failed, one translated sentence
        QStringList problems;         // what the proof found, one per line
        QList<TableCount> tables;     // what was copied
        qint64 auditEntries = 0;      // entries whose chain was checked
    };
    // After each table, with the rows copied so far in all.
    using Progress = std::function<void(const QString &table, qint64 rowsSoFar)>;

    // `source` stays open and unchanged; `modules` are the running modules'
    // schemas (the source was upgraded to them when it was opened).
    CompanyCopier(CompanyFile &source, const QList<ModuleSchema> &modules,
                  const QList<VerifierContribution> &checks = {});

    Result copyTo(const QString &target, const QString &serverPassword = {}, const Progress &progress = {});

private:
    Result copyInto(Database &target, const Progress &progress);

    CompanyFile &m_source;
    QList<ModuleSchema> m_modules;
    QList<VerifierContribution> m_checks;
};

} // namespace Backroom
