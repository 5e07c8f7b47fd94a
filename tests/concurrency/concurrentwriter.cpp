// One clerk of many, as a process of its own, for the concurrency test
// (issue 7): against a company on a PostgreSQL server it edits the same few
// records as the others, creates documents that take numbers and imports
// small batches, for a bounded time, and reports what it did as JSON, so the
// test can prove that nothing was lost, doubled or skipped.
//
//   concurrent-writer init URL SHARED     create the company and SHARED records
//   concurrent-writer run URL SECONDS ID  write for SECONDS; print counts
//   concurrent-writer state URL           print the records' state
#include "audithook.h"
#include "auditlog.h"
#include "changenotifier.h"
#include "companyfile.h"
#include "csvreader.h"
#include "database.h"
#include "entity.h"
#include "recordimporter.h"
#include "records.h"
#include "registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Backroom;

namespace {

Field::Label text(const char *value)
{
    return [value] { return QString::fromUtf8(value); };
}

Entity ticketEntity()
{
    Entity ticket(QStringLiteral("stress.ticket"), text("Ticket"));
    ticket.add(Field::text(QStringLiteral("number"), text("Number")).numbered(QStringLiteral("T-{######}")))
        .add(Field::text(QStringLiteral("title"), text("Title")).required())
        .add(Field::integer(QStringLiteral("hits"), text("Hits")))
        .add(Field::text(QStringLiteral("writer"), text("Writer")));
    return ticket;
}

ModuleSchema schema()
{
    return ModuleSchema{QStringLiteral("stress"), QStringLiteral("1.0"), {}, {ticketEntity()}};
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

QJsonObject state(Records &records)
{
    QuerySpec all;
    all.limit = 10000000;
    all.sort = {{QStringLiteral("id"), Qt::AscendingOrder}};
    QJsonArray numbers;
    QJsonObject hits;
    for (const Record &record : records.select(QStringLiteral("stress.ticket"), all)) {
        numbers.append(record.values.value(QStringLiteral("number")).toString());
        if (record.values.value(QStringLiteral("writer")).toString() == QLatin1String("shared"))
            hits.insert(QString::number(record.id), record.values.value(QStringLiteral("hits")).toLongLong());
    }
    const AuditLog::Verification audit = AuditLog(records.database()).verify();
    return {{QStringLiteral("numbers"), numbers},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("audit_ok"), audit.ok},
            {QStringLiteral("audit_entries"), audit.checked},
            {QStringLiteral("audit_problem"), audit.problem.message}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: concurrent-writer init|run|state URL …"));
    const QString command = args.at(0);
    const QString url = args.at(1);
    Registry<Entity> entities;
    entities.add(QStringLiteral("stress"), ticketEntity());
    CompanyFile::Status status;

    if (command == QLatin1String("init")) {
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Stress Co.");
        auto file = CompanyFile::create(url, company, {schema()}, {}, &status);
        if (!file)
            return fail(status.message);
        Records records(file->database(), entities, QStringLiteral("setup"));
        for (int i = 0; i < args.value(2).toInt(); ++i) {
            const auto made = records.create(QStringLiteral("stress.ticket"),
                                             {{QStringLiteral("title"), QStringLiteral("Shared %1").arg(i)},
                                              {QStringLiteral("hits"), 0},
                                              {QStringLiteral("writer"), QStringLiteral("shared")}});
            if (!made.ok())
                return fail(made.message);
        }
        return 0;
    }

    auto file = CompanyFile::open(url, {schema()}, &status);
    if (!file)
        return fail(status.message);
    Records records(file->database(), entities, QStringLiteral("writer-%1").arg(args.value(3)));
    // The hooks a clerk's session adds (CompanySession), but the permission
    // check: the audit log and the notices that refresh the others' lists.
    AuditHook audit;
    records.addHook(&audit);
    ChangeNotifier notifier;
    records.addHook(&notifier);
    ChangeNotifier::listen(records);
    if (command == QLatin1String("state")) {
        QTextStream(stdout) << QJsonDocument(state(records)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (command != QLatin1String("run") || args.size() < 4)
        return fail(QStringLiteral("usage: concurrent-writer run URL SECONDS ID"));

    QList<qint64> shared;
    {
        QuerySpec spec;
        spec.filter = Filter::where(QStringLiteral("writer"), Filter::Op::Equal, QStringLiteral("shared"));
        spec.limit = 1000;
        for (const Record &record : records.select(QStringLiteral("stress.ticket"), spec))
            shared.append(record.id);
    }
    if (shared.isEmpty())
        return fail(QStringLiteral("no shared records"));
    const QString writer = QStringLiteral("w%1").arg(args.at(3));
    QRandomGenerator random(quint32(args.at(3).toUInt() * 7919 + 17));
    QJsonObject increments;
    qint64 conflicts = 0, created = 0, imports = 0, importedRows = 0, failures = 0, operations = 0;
    QStringList failureMessages;
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = qint64(args.at(2).toDouble() * 1000);
    while (clock.elapsed() < budget) {
        const quint32 dice = random.bounded(10);
        if (dice < 6) {
            // Read, add one, save from the version read: on a conflict the
            // clerk reloads and tries again, as the form offers.
            const qint64 id = shared.at(random.bounded(int(shared.size())));
            for (int attempt = 0; attempt < 50; ++attempt) {
                const auto current = records.read(QStringLiteral("stress.ticket"), id);
                if (!current)
                    break;
                const auto saved = records.update(
                    QStringLiteral("stress.ticket"), id, current->version,
                    {{QStringLiteral("hits"), current->values.value(QStringLiteral("hits")).toLongLong() + 1}});
                if (saved.ok()) {
                    const QString key = QString::number(id);
                    increments.insert(key, increments.value(key).toInteger() + 1);
                    break;
                }
                if (saved.code != Records::Result::Code::Conflict) {
                    ++failures;
                    failureMessages.append(saved.message);
                    break;
                }
                ++conflicts;
            }
        } else if (dice < 9) {
            const auto made = records.create(QStringLiteral("stress.ticket"),
                                             {{QStringLiteral("title"), QStringLiteral("From %1").arg(writer)},
                                              {QStringLiteral("hits"), 0},
                                              {QStringLiteral("writer"), writer}});
            if (made.ok()) {
                ++created;
            } else {
                ++failures;
                failureMessages.append(made.message);
            }
        } else {
            QByteArray csv = "title,hits,writer\n";
            for (int i = 0; i < 5; ++i)
                csv += QStringLiteral("Imported %1,0,%2\n").arg(i).arg(writer).toUtf8();
            const CsvReader reader = CsvReader::fromData(csv);
            RecordImporter importer(records, *records.entity(QStringLiteral("stress.ticket")));
            const RecordImporter::Result result = importer.import(reader, importer.defaultMapping(reader.header()));
            if (result.ok) {
                ++imports;
                importedRows += 5;
            } else {
                ++failures;
                failureMessages.append(result.problems.isEmpty() ? QStringLiteral("import failed")
                                                                 : result.problems.constFirst().message);
            }
        }
        ++operations;
        // The others' notices arrive as a clerk's window would take them.
        QCoreApplication::processEvents();
    }
    const QJsonObject report{{QStringLiteral("writer"), writer},
                             {QStringLiteral("increments"), increments},
                             {QStringLiteral("conflicts"), conflicts},
                             {QStringLiteral("created"), created},
                             {QStringLiteral("imports"), imports},
                             {QStringLiteral("imported_rows"), importedRows},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("failure_messages"), QJsonArray::fromStringList(failureMessages.mid(0, 5))},
                             {QStringLiteral("operations"), operations},
                             {QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0}};
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
