#include "foreigncurrencydemo.h"

#include "accountchart.h"
#include "audithook.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "records.h"
#include "voucherbook.h"

#include <QDate>

namespace Backroom::Finance {

bool ForeignCurrencyDemo::populate(Database &db, const Registry<Entity> &entities, const QString &language,
                                   QString *errorString)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const auto text = [chinese](const char *zh, const char *en) {
        return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    const auto account = [&](const char *code) {
        return db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {QString::fromLatin1(code)})
            .value_or(QVariant())
            .toLongLong();
    };
    // A chart without the bank account to put it under has no place for it.
    if (!account("1002") || account("100202"))
        return true;
    const bool chineseChart = AccountChart::templateOf(db, language) == QLatin1String("cn-small-enterprise");
    Records preparer(db, entities, chinese ? QStringLiteral("李娜") : QStringLiteral("Li Na"));
    Records manager(db, entities, chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
    AuditHook audit;
    preparer.addHook(&audit);
    manager.addHook(&audit);
    const auto failed = [errorString](const Records::Result &result) {
        if (!result.ok() && errorString)
            *errorString = result.message;
        return !result.ok();
    };

    struct Money { const char *code, *zh, *en; int decimals; qint64 rates[3]; };
    // Rates of the first of each of the last three months, scaled by 10^6.
    const Money currencies[] = {
        {"USD", "美元", "US dollar", 2, {7120000, 7165000, 7183400}},
        {"EUR", "欧元", "Euro", 2, {7750000, 7712000, 7802500}},
        {"JPY", "日元", "Japanese yen", 0, {47600, 48120, 47985}},
    };
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    qint64 usd = 0;
    for (const Money &money : currencies) {
        const Records::Result made =
            preparer.create(FinanceEntities::currency(), {{QStringLiteral("code"), QString::fromLatin1(money.code)},
                                                          {QStringLiteral("name"), text(money.zh, money.en)},
                                                          {QStringLiteral("minor_units"), money.decimals}});
        if (failed(made))
            return false;
        if (qstrcmp(money.code, "USD") == 0)
            usd = made.id;
        for (int i = 0; i < 3; ++i)
            if (failed(preparer.create(FinanceEntities::exchangeRate(), {{QStringLiteral("currency"), made.id},
                                                                         {QStringLiteral("date"), month.addMonths(i - 2)},
                                                                         {QStringLiteral("rate"), money.rates[i]}})))
                return false;
    }
    const Records::Result bank = preparer.create(
        FinanceEntities::account(), {{QStringLiteral("code"), QStringLiteral("100202")},
                                     {QStringLiteral("name"), text("美元户", "US dollar account")},
                                     {QStringLiteral("category"), QStringLiteral("asset")},
                                     {QStringLiteral("side"), QStringLiteral("debit")},
                                     {QStringLiteral("currency"), usd}});
    if (failed(bank))
        return false;

    // Each voucher: the dollar line at the rate of its day, and its
    // counterpart in yuan. post: 0 draft, 2 posted.
    struct Entry { int monthsAgo, day; const char *zh, *en; const char *other; qint64 dollars; bool in; int post; };
    const Entry entries[] = {
        {2, 8, "收到外方投资款 USD", "Capital paid in, US dollars", "3001", 3000000, true, 2},
        {1, 15, "美元结汇", "US dollars sold to the bank", "100201", 1000000, false, 2},
        {0, 6, "支付境外服务费", "Overseas service fee", chineseChart ? "560201" : "5605", 45000, false, 0},
    };
    VoucherBook book(preparer);
    VoucherBook approver(manager);
    for (const Entry &entry : entries) {
        Voucher voucher;
        voucher.word = QStringLiteral("记");
        voucher.date = month.addMonths(-entry.monthsAgo).addDays(entry.day - 1);
        voucher.attachments = 1;
        VoucherLine dollars{0, text(entry.zh, entry.en), bank.id, 0, 0};
        dollars.currency = usd;
        dollars.foreignAmount = entry.dollars;
        dollars.rate = ForeignCurrency::rateOn(db, usd, voucher.date).value_or(0);
        const qint64 local = ForeignCurrency::localAmount(dollars.foreignAmount, 2, dollars.rate).value_or(0);
        (entry.in ? dollars.debit : dollars.credit) = local;
        const VoucherLine other{0, text(entry.zh, entry.en), account(entry.other), entry.in ? 0 : local,
                                entry.in ? local : 0};
        voucher.lines = entry.in ? QList<VoucherLine>{dollars, other} : QList<VoucherLine>{other, dollars};
        Records::Result saved = book.save(voucher);
        if (saved.ok() && entry.post >= 2)
            saved = approver.review(saved.id, saved.version);
        if (saved.ok() && entry.post >= 2)
            saved = approver.post(saved.id, saved.version);
        if (failed(saved))
            return false;
    }
    return true;
}

} // namespace Backroom::Finance
