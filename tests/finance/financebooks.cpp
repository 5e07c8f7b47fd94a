#include "financebooks.h"

#include "coreentities.h"
#include "database.h"
#include "financedemo.h"
#include "financeentities.h"
#include "financeschema.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTranslator>

using namespace Backroom;
using namespace Backroom::Finance;

namespace FinanceTests {

void loadExtraTranslations(const QString &language)
{
    const QString file = qEnvironmentVariable("BACKROOM_EXTRA_QM");
    if (file.isEmpty())
        return;
    static QTranslator *extra = nullptr;
    if (extra)
        QCoreApplication::removeTranslator(extra);
    else
        extra = new QTranslator(qApp);
    if (language.startsWith(QLatin1String("zh")) && extra->load(file))
        QCoreApplication::installTranslator(extra);
}

QList<ModuleSchema> schemas()
{
    ModuleSchema core;
    core.moduleId = QStringLiteral("core");
    core.moduleVersion = QStringLiteral("1.0");
    core.entities = CoreEntities::declarations();
    ModuleSchema finance;
    finance.moduleId = QStringLiteral("finance");
    finance.moduleVersion = QStringLiteral("0.1.0");
    finance.steps = FinanceSchema::steps();
    finance.entities = FinanceEntities::declarations();
    return {core, finance};
}

Books::Books(const QString &language)
{
    path = dir.filePath(QStringLiteral("books.backroom"));
    for (const ModuleSchema &schema : schemas())
        for (const Entity &entity : schema.entities)
            REQUIRE(entities.add(schema.moduleId, entity));
    BackroomTests::createCompany(path, schemas());
    CompanyFile::Status status;
    company = CompanyFile::open(BackroomTests::companyLocation(path), schemas(), &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    QString error;
    REQUIRE(FinanceDemo::setUpCompany(db(), entities, language, &error));
    accountant = std::make_unique<Records>(db(), entities, QStringLiteral("lina"));
    manager = std::make_unique<Records>(db(), entities, QStringLiteral("wangfang"));
    accountant->addHook(&audit);
    manager->addHook(&audit);
}

qint64 Books::account(const char *code)
{
    const auto id = db().scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {QString::fromLatin1(code)});
    REQUIRE(id);
    return id->toLongLong();
}

Voucher Books::voucher(const QDate &date, const char *debit, const char *credit, qint64 amount, const QString &summary)
{
    Voucher v;
    v.date = date;
    v.lines = {VoucherLine{0, summary, account(debit), amount, 0}, VoucherLine{0, summary, account(credit), 0, amount}};
    return v;
}

VoucherLine Books::line(const char *code, qint64 debit, qint64 credit, qint64 partner, const QString &summary)
{
    VoucherLine made;
    made.summary = summary;
    made.account = account(code);
    made.debit = debit;
    made.credit = credit;
    made.partner = partner;
    return made;
}

Records::Result Books::save(const Voucher &v)
{
    const Records::Result result = VoucherBook(*accountant).save(v);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result;
}

qint64 Books::post(const Voucher &v)
{
    Records::Result result = save(v);
    VoucherBook book(*manager);
    result = book.review(result.id, result.version);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    result = book.post(result.id, result.version);
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    return result.id;
}

QList<qint64> Books::numbers(const QString &word, const QString &period)
{
    QList<qint64> list;
    QSqlQuery query(db().connection());
    query.prepare(QStringLiteral("SELECT number FROM finance_voucher WHERE word = ? AND period = ? ORDER BY number"));
    query.addBindValue(word);
    query.addBindValue(period);
    REQUIRE(query.exec());
    while (query.next())
        list.append(query.value(0).toLongLong());
    return list;
}

qint64 Books::count(const char *table)
{
    return db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
}

QString Books::rawExec(const QString &sql)
{
    QString error;
    if (db().exec(sql, {}, &error))
        return QString();
    return error.isEmpty() ? QStringLiteral("refused") : error;
}

} // namespace FinanceTests
