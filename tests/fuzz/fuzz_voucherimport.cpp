// Fuzz target for the voucher CSV import (issue 8): VoucherImport, the
// finance module's reader that groups rows into vouchers, maps the columns
// (English or Chinese headers), parses dates and amounts, finds accounts and
// dimensions, checks every voucher as the voucher screen does and saves
// them all or none. Each input is imported into a real company (the core's
// and finance's tables, the Chinese chart of accounts, made once) inside a
// transaction that is then rolled back, so every input meets the same books.
// Whatever the bytes: either every voucher was saved (and balances) or none
// was and each problem has a message. Built as fuzz_voucherimport_replay over
// corpus/voucherimport on every CI run, and as a libFuzzer target.
#include "companyfile.h"
#include "coreentities.h"
#include "csvreader.h"
#include "database.h"
#include "financedemo.h"
#include "financeentities.h"
#include "financeschema.h"
#include "fuzzreplay.h"
#include "records.h"
#include "registry.h"
#include "voucherimport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

struct Books
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
};

QList<ModuleSchema> schemas()
{
    ModuleSchema core;
    core.moduleId = QStringLiteral("core");
    core.moduleVersion = QStringLiteral("1.0");
    core.entities = CoreEntities::declarations();
    ModuleSchema finance;
    finance.moduleId = QStringLiteral("finance");
    finance.moduleVersion = QStringLiteral("0.1.0");
    finance.steps = Finance::FinanceSchema::steps();
    finance.entities = Finance::FinanceEntities::declarations();
    return {core, finance};
}

Books &books()
{
    static Books *made = [] {
        static int argc = 1;
        static char name[] = "fuzz_voucherimport";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        auto *books = new Books;
        const QString path = books->dir.filePath(QStringLiteral("books.backroom"));
        for (const ModuleSchema &schema : schemas())
            for (const Entity &entity : schema.entities)
                FUZZ_CHECK(books->entities.add(schema.moduleId, entity));
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Fuzz Co.");
        company.language = QStringLiteral("zh_CN");
        CompanyFile::Status status;
        { FUZZ_CHECK(CompanyFile::create(path, company, schemas(), {}, &status) != nullptr); }
        books->company = CompanyFile::open(path, schemas(), &status);
        FUZZ_CHECK(books->company != nullptr);
        QString error;
        FUZZ_CHECK(Finance::FinanceDemo::setUpCompany(books->company->database(), books->entities,
                                                      QStringLiteral("zh_CN"), &error));
        books->records = std::make_unique<Records>(books->company->database(), books->entities, QStringLiteral("fuzz"));
        return books;
    }();
    return *made;
}

qint64 count(Database &db, const char *table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value_or(-1).toLongLong();
}

} // namespace

// libFuzzer calls this once before the first input: the books (a company with
// the chart of accounts) take more than a second to make under ASan, which
// -timeout=1 would otherwise blame on the first input. (The replay driver
// makes them lazily on the first input; its time limit is per run.)
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    books();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Books &b = books();
    Database &db = b.company->database();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Odd sizes post as well (--post), so the posting checks meet the input too.
    const bool post = size % 2 == 1;
    WriteTransaction outer(db);
    FUZZ_CHECK(outer.isActive());
    const RecordImporter::Result result =
        Finance::VoucherImport::run(*b.records, CsvReader::fromData(bytes), {post, QStringLiteral("fuzz.csv")});
    const qint64 vouchers = count(db, "finance_voucher");
    if (result.ok) {
        FUZZ_CHECK(result.problems.isEmpty());
        FUZZ_CHECK(vouchers == result.imported);
        // What was saved balances, voucher by voucher.
        const auto unbalanced = db.scalar(QStringLiteral(
            "SELECT count(*) FROM (SELECT voucher FROM finance_voucher_line GROUP BY voucher "
            "HAVING sum(debit) <> sum(credit))"));
        FUZZ_CHECK(unbalanced && unbalanced->toLongLong() == 0);
    } else {
        FUZZ_CHECK(!result.problems.isEmpty());
        for (const RecordImporter::Problem &problem : result.problems)
            FUZZ_CHECK(!problem.message.isEmpty());
        FUZZ_CHECK(vouchers == 0);
        FUZZ_CHECK(count(db, "finance_voucher_line") == 0);
    }
    outer.rollback();
    return 0;
}

QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {',', ';', '\t', '"', '\n', '\r', '.', '-', '0', '1', '9', ' ', '#', '\xEF', '\xE6',
                                 '\xFF', '\x00'};
    return QByteArray(bytes, sizeof bytes);
}

QList<QByteArray> fuzzInterestingTokens()
{
    return {QByteArray("date,voucher,summary,account,debit,credit"), QByteArray("2026-11-02"), QByteArray("1001"),
            QByteArray("100201"), QByteArray("560201"), QByteArray("1,234.56"), QByteArray("99999999999999.99"),
            QByteArray("-0.01"), QByteArray("\xE6\x97\xA5\xE6\x9C\x9F"), QByteArray(",word,department,partner,person"),
            QByteArray("#1"), QByteArray("2026-02-30")};
}
