// One operation on a company file, as a process of its own, for the
// reliability tests (tst_reliability, issue 8): the test kills it (kill -9)
// at random points and then proves that the company opens, verifies, and
// holds each operation wholly or not at all. It loads the real modules, so
// the import, the posting and the backup are the program's own code.
//
//   crash-driver init FILE VOUCHERS           a demo company (zh_CN) with VOUCHERS posted vouchers
//   crash-driver csv OUT VOUCHERS TAG         a voucher CSV of VOUCHERS vouchers, two lines each
//   crash-driver import FILE CSV              import it with --post, in one transaction
//   crash-driver post FILE COUNT TAG          post COUNT vouchers, one transaction each
//   crash-driver backup FILE TARGET           back up (CompanyBackup)
//   crash-driver restore BACKUP TARGET        restore (CompanyBackup), nobody signing in
//   crash-driver state FILE TAG               open for work (as the program does after a
//                                             crash) and print what TAG's operations left
//   crash-driver soak FILE SECONDS ID         edit a shared counter and post vouchers while
//                                             another soak process does the same (see below)
//
// Each operation prints "ready" just before its work starts and one line per
// step it completed and committed ("posted N", "done"), flushed, so the test
// knows what was confirmed before the kill. Exit code 0, or 1 with the
// message on standard error.
#include "companybackup.h"
#include "companyfile.h"
#include "companysession.h"
#include "csvreader.h"
#include "database.h"
#include "importercontribution.h"
#include "records.h"
#include "roles.h"
#include "suite.h"
#include "voucherposting.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Backroom;

namespace {

const QString Administrator = QStringLiteral("admin");
const QString CounterName = QStringLiteral("Soak counter");

int fail(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

void say(const QString &line)
{
    // Unbuffered in effect: the test reads each line as soon as it is true.
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Cash to bank and back: accounts every chart of the demo company has as
// leaves; today's month, which the demo data leaves open.
VoucherPostingRequest request(const QString &summary, qint64 amount)
{
    VoucherPostingRequest request;
    request.date = QDate::currentDate();
    request.summary = summary;
    request.post = true;
    VoucherPostingLine debit;
    debit.accountCode = QStringLiteral("1001");
    debit.debit = amount;
    VoucherPostingLine credit;
    credit.accountCode = QStringLiteral("100201");
    credit.credit = amount;
    request.lines = {debit, credit};
    return request;
}

QByteArray voucherCsv(int vouchers, const QString &tag)
{
    QByteArray csv = "date,voucher,summary,account,debit,credit\n";
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    for (int i = 1; i <= vouchers; ++i) {
        const QString amount = QStringLiteral("%1.%2").arg(100 + i).arg(i % 100, 2, 10, QLatin1Char('0'));
        csv += QStringLiteral("%1,%2,%3 %2,1001,%4,\n%1,%2,%3 %2,100201,,%4\n")
                   .arg(date).arg(i).arg(tag, amount).toUtf8();
    }
    return csv;
}

struct Opened
{
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<CompanySession> session;
};

Opened openForWork(Suite &suite, const QString &path, CompanyFile::Status *status)
{
    Opened opened;
    opened.company = suite.openCompany(path, status);
    if (opened.company)
        opened.session = std::make_unique<CompanySession>(*opened.company, suite.registries(),
                                                          AccessControl::unrestricted(Administrator));
    return opened;
}

int importVouchers(Suite &suite, Records &records, const QByteArray &csv, const QString &source)
{
    const ImporterContribution *importer = suite.registries().importers.find(QStringLiteral("finance.voucher"));
    if (!importer)
        return fail(QStringLiteral("the finance module provides no voucher import"));
    const RecordImporter::Result result =
        importer->import(records, CsvReader::fromData(csv), ImporterContribution::Options{true, source});
    if (!result.ok)
        return fail(result.problems.isEmpty() ? QStringLiteral("import failed") : result.problems.constFirst().message);
    say(QStringLiteral("done %1").arg(result.imported));
    return 0;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    return db.scalar(sql, values).value_or(QVariant(-1)).toLongLong();
}

// What TAG's import and posting left, and whether the numbers of every
// voucher word and month run 1..n without a gap.
QJsonObject state(Database &db, const QString &tag)
{
    const QString like = tag + QStringLiteral(" %");
    QJsonObject result{
        {QStringLiteral("vouchers"), scalar(db, QStringLiteral("SELECT count(*) FROM finance_voucher"))},
        {QStringLiteral("tagged"), scalar(db, QStringLiteral("SELECT count(*) FROM finance_voucher WHERE summary LIKE ?"),
                                          {like})},
        {QStringLiteral("tagged_posted"),
         scalar(db, QStringLiteral("SELECT count(*) FROM finance_voucher WHERE summary LIKE ? AND state = 'posted'"),
                {like})},
        {QStringLiteral("tagged_lines"),
         scalar(db, QStringLiteral("SELECT count(*) FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                                   "WHERE v.summary LIKE ?"), {like})},
        {QStringLiteral("numbers_gap_free"),
         scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT word, period, count(*) AS n, max(number) AS top "
                                   "FROM finance_voucher WHERE number IS NOT NULL GROUP BY word, period) "
                                   "WHERE n <> top")) == 0},
        {QStringLiteral("counter"),
         scalar(db, QStringLiteral("SELECT credit_limit FROM core_partner WHERE name = ?"), {CounterName})},
    };
    QJsonArray posted;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT summary FROM finance_voucher WHERE summary LIKE ? ORDER BY id"));
    query.addBindValue(like);
    if (query.exec())
        while (query.next())
            posted.append(query.value(0).toString().mid(tag.size() + 1).toInt());
    query.finish();
    result.insert(QStringLiteral("tagged_serials"), posted);
    return result;
}

// Soak: two of these take turns at one SQLite company. The company lock lets
// one process write at a time (the foundation's decision); the other, finding
// it open, reads it read-only meanwhile and opens it for work as soon as the
// lock is free, as a clerk's second window would. Each turn: the shared
// counter incremented from the version this process read *before* its turn
// (a stale read whenever the other wrote meanwhile: optimistic locking must
// refuse it, and the process reloads and retries), and a voucher posted.
int soak(Suite &suite, const QString &path, double seconds, const QString &id)
{
    QRandomGenerator random(quint32(id.toUInt() * 7919 + 17));
    QElapsedTimer clock;
    clock.start();
    qint64 increments = 0, conflicts = 0, posted = 0, turns = 0, readOnlyReads = 0, lockedWaits = 0, failures = 0;
    QStringList failureMessages;
    qint64 seenVersion = -1;
    qint64 counterId = 0;
    const auto failed = [&](const QString &message) {
        ++failures;
        if (failureMessages.size() < 5)
            failureMessages.append(message);
    };
    while (clock.elapsed() < qint64(seconds * 1000)) {
        CompanyFile::Status status;
        Opened opened = openForWork(suite, path, &status);
        if (!opened.company) {
            if (status.code != CompanyFile::Error::Locked) {
                failed(status.message);
                continue;
            }
            ++lockedWaits;
            // Read what the other is writing: a read-only look must never
            // meet "database is locked".
            CompanyFile::Status readStatus;
            auto view = CompanyFile::openReadOnly(path, &readStatus);
            if (!view) {
                failed(readStatus.message);
            } else {
                QString error;
                const auto version = view->database().scalar(
                    QStringLiteral("SELECT version FROM core_partner WHERE name = ?"), {CounterName}, &error);
                if (!version)
                    failed(error);
                else
                    seenVersion = version->toLongLong();
                ++readOnlyReads;
            }
            QThread::msleep(5 + random.bounded(20));
            continue;
        }
        ++turns;
        Records &records = opened.session->records();
        Database &db = opened.company->database();
        if (counterId == 0)
            counterId = scalar(db, QStringLiteral("SELECT id FROM core_partner WHERE name = ?"), {CounterName});
        const int steps = 1 + int(random.bounded(5));
        for (int step = 0; step < steps; ++step) {
            for (int attempt = 0; attempt < 20; ++attempt) {
                const std::optional<Record> current = records.read(QStringLiteral("core.partner"), counterId);
                if (!current) {
                    failed(QStringLiteral("the counter cannot be read"));
                    break;
                }
                // The first attempt of a turn saves from the version read
                // before the turn: stale whenever the other wrote meanwhile.
                const qint64 version = attempt == 0 && step == 0 && seenVersion >= 0 ? seenVersion : current->version;
                const auto saved = records.update(
                    QStringLiteral("core.partner"), counterId, version,
                    {{QStringLiteral("credit_limit"), current->values.value(QStringLiteral("credit_limit")).toLongLong() + 1}});
                if (saved.ok()) {
                    ++increments;
                    break;
                }
                if (saved.code != Records::Result::Code::Conflict) {
                    failed(saved.message);
                    break;
                }
                ++conflicts;
                seenVersion = -1;
            }
            const VoucherPostingResult made = VoucherPosting(suite.registries())
                                                  .post(records, request(QStringLiteral("soak%1 %2").arg(id).arg(posted + 1),
                                                                         100 + posted));
            if (made.ok)
                ++posted;
            else
                failed(made.message + QLatin1Char(' ') + made.problems.join(QLatin1Char(' ')));
        }
        seenVersion = scalar(db, QStringLiteral("SELECT version FROM core_partner WHERE id = ?"), {counterId});
        opened = Opened();   // closed: the other may have its turn
        QThread::msleep(random.bounded(15));
    }
    const QJsonObject report{{QStringLiteral("increments"), increments},
                             {QStringLiteral("conflicts"), conflicts},
                             {QStringLiteral("posted"), posted},
                             {QStringLiteral("turns"), turns},
                             {QStringLiteral("read_only_reads"), readOnlyReads},
                             {QStringLiteral("locked_waits"), lockedWaits},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("failure_messages"), QJsonArray::fromStringList(failureMessages)},
                             {QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0}};
    say(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2)
        return fail(QStringLiteral("usage: crash-driver init|csv|import|post|backup|restore|state|soak …"));
    const QString command = args.at(0);
    const QString path = args.at(1);

    if (command == QLatin1String("csv")) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(voucherCsv(args.value(2).toInt(), args.value(3))) < 0)
            return fail(out.errorString());
        return 0;
    }

    Suite suite;
    suite.loadModules();
    CompanyFile::Status status;

    if (command == QLatin1String("init")) {
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Crash Co.");
        company.language = QStringLiteral("zh_CN");
        company.demo = true;
        company.administrator = {Administrator, QStringLiteral("Administrator"), QStringLiteral("Test-pass-1")};
        std::unique_ptr<CompanyFile> created = suite.createCompany(path, company, &status);
        if (!created)
            return fail(status.message);
        CompanySession session(*created, suite.registries(), AccessControl::unrestricted(Administrator));
        const auto counter = session.records().create(QStringLiteral("core.partner"),
                                                      {{QStringLiteral("code"), QStringLiteral("SOAK")},
                                                       {QStringLiteral("name"), CounterName},
                                                       {QStringLiteral("credit_limit"), 0}});
        if (!counter.ok())
            return fail(counter.message);
        const int vouchers = args.value(2).toInt();
        return vouchers > 0 ? importVouchers(suite, session.records(), voucherCsv(vouchers, QStringLiteral("base")),
                                             QStringLiteral("base.csv"))
                            : 0;
    }
    if (command == QLatin1String("restore")) {
        if (args.size() < 3)
            return fail(QStringLiteral("usage: crash-driver restore BACKUP TARGET"));
        const CompanyBackup backup(suite.schemas(), suite.registries().verifiers.items());
        say(QStringLiteral("ready"));
        const CompanyBackup::Result result = backup.restore(path, args.at(2), {});
        if (!result.ok)
            return fail(result.message);
        say(QStringLiteral("done"));
        return 0;
    }

    if (command == QLatin1String("soak"))
        return soak(suite, path, args.value(2).toDouble(), args.value(3));

    Opened opened = openForWork(suite, path, &status);
    if (!opened.company)
        return fail(status.message);
    Records &records = opened.session->records();

    if (command == QLatin1String("state")) {
        say(QString::fromUtf8(QJsonDocument(state(opened.company->database(), args.value(2))).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (command == QLatin1String("import")) {
        QFile csv(args.value(2));
        if (!csv.open(QIODevice::ReadOnly))
            return fail(csv.errorString());
        const QByteArray bytes = csv.readAll();
        say(QStringLiteral("ready"));
        return importVouchers(suite, records, bytes, QStringLiteral("crash.csv"));
    }
    if (command == QLatin1String("post")) {
        const int count = args.value(2).toInt();
        const QString tag = args.value(3);
        const VoucherPosting posting(suite.registries());
        say(QStringLiteral("ready"));
        for (int i = 1; i <= count; ++i) {
            const VoucherPostingResult made = posting.post(records, request(QStringLiteral("%1 %2").arg(tag).arg(i), 100 + i));
            if (!made.ok)
                return fail(made.message + QLatin1Char(' ') + made.problems.join(QLatin1Char(' ')));
            say(QStringLiteral("posted %1").arg(i));
        }
        return 0;
    }
    if (command == QLatin1String("backup")) {
        const CompanyBackup backup(suite.schemas(), suite.registries().verifiers.items());
        say(QStringLiteral("ready"));
        const CompanyBackup::Result result = backup.backUp(*opened.company, args.value(2), Administrator);
        if (!result.ok)
            return fail(result.message);
        say(QStringLiteral("done"));
        return 0;
    }
    return fail(QStringLiteral("unknown command %1").arg(command));
}
