#include "financedemo.h"

#include "accountchart.h"
#include "audithook.h"
#include "database.h"
#include "financeentities.h"
#include "records.h"
#include "systemaccount.h"
#include "voucherbook.h"

#include <QDate>

namespace Backroom::Finance {

bool FinanceDemo::setUpCompany(Database &db, const Registry<Entity> &entities, const QString &language,
                               QString *errorString)
{
    const std::optional<AccountChart::Template> chart =
        AccountChart::load(AccountChart::defaultTemplateFor(language), errorString);
    if (!chart)
        return false;
    Records records(db, entities, SystemAccount::userName());
    AuditHook audit;
    records.addHook(&audit);
    return AccountChart::apply(records, *chart, language, errorString);
}

bool FinanceDemo::populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const auto account = [&](const char *code) {
        return db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {QString::fromLatin1(code)})
            .value_or(QVariant())
            .toLongLong();
    };
    const auto text = [chinese](const char *zh, const char *en) {
        return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    // The codes of the chart the company got (see setUpCompany).
    struct Codes { const char *cash, *bank, *receivable, *payable, *sales, *outputVat, *inputVat, *office, *wages, *capital; };
    const Codes codes = chinese ? Codes{"1001", "100201", "1122", "2202", "5001", "22210102", "22210101", "560201",
                                        "221101", "3001"}
                                : Codes{"1001", "100201", "1101", "2001", "5001", "2101", "1201", "5605", "220101", "3001"};
    // Prepared by the company's accountant, reviewed and posted by the
    // finance manager: the books start the way they will go on.
    Records preparer(db, entities, chinese ? QStringLiteral("李娜") : QStringLiteral("Li Na"));
    Records manager(db, entities, chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
    AuditHook audit;
    preparer.addHook(&audit);
    manager.addHook(&audit);
    VoucherBook book(preparer);
    VoucherBook approver(manager);

    const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    struct Entry { int day; const char *zh, *en; const char *debit, *credit; qint64 amount; int post; };
    const Entry entries[] = {
        {1, "收到投资款", "Capital paid in", codes.bank, codes.capital, 50000000, 2},
        {2, "提取备用金", "Cash withdrawn for petty cash", codes.cash, codes.bank, 500000, 2},
        {5, "购买办公用品", "Office supplies", codes.office, codes.cash, 86000, 2},
        {8, "支付供应商货款", "Paid supplier", codes.payable, codes.bank, 2260000, 1},
        {12, "收到客户货款", "Received from customer", codes.bank, codes.receivable, 3390000, 0},
    };
    for (const Entry &entry : entries) {
        Voucher voucher;
        voucher.word = QStringLiteral("记");
        voucher.date = month.addDays(entry.day - 1);
        voucher.attachments = 1;
        voucher.lines = {VoucherLine{0, text(entry.zh, entry.en), account(entry.debit), entry.amount, 0},
                         VoucherLine{0, text(entry.zh, entry.en), account(entry.credit), 0, entry.amount}};
        Records::Result saved = book.save(voucher);
        if (saved.ok() && entry.post >= 1)
            saved = approver.review(saved.id, saved.version);
        if (saved.ok() && entry.post >= 2)
            saved = approver.post(saved.id, saved.version);
        if (!saved.ok()) {
            if (errorString)
                *errorString = saved.message;
            return false;
        }
    }
    // A sale on credit with output VAT at 13 %.
    Voucher sale;
    sale.date = month.addDays(9);
    sale.attachments = 2;
    const QString summary = text("销售商品", "Goods sold on credit");
    sale.lines = {VoucherLine{0, summary, account(codes.receivable), 3390000, 0},
                  VoucherLine{0, summary, account(codes.sales), 0, 3000000},
                  VoucherLine{0, summary, account(codes.outputVat), 0, 390000}};
    Records::Result saved = book.save(sale);
    if (saved.ok())
        saved = approver.review(saved.id, saved.version);
    if (saved.ok())
        saved = approver.post(saved.id, saved.version);
    if (!saved.ok() && errorString)
        *errorString = saved.message;
    return saved.ok();
}

} // namespace Backroom::Finance
