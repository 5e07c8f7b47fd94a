#include "financedemo.h"

#include "accountchart.h"
#include "audithook.h"
#include "budgetdemo.h"
#include "database.h"
#include "bankdemo.h"
#include "financeentities.h"
#include "foreigncurrencydemo.h"
#include "records.h"
#include "systemaccount.h"
#include "extensionregistries.h"
#include "invoicebook.h"
#include "paymentbook.h"
#include "voucherbook.h"
#include "voucherpostingservice.h"

#include <QDate>

namespace Backroom::Finance {

bool FinanceDemo::setUpCompany(Database &db, const Registry<Entity> &entities, const QString &language,
                               QString *errorString)
{
    const std::optional<AccountChart::Template> chart = AccountChart::load(AccountChart::templateOf(db, language), errorString);
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
    // Receivables and payables come from invoices and payments (see
    // populateReceivables), not from vouchers of their own.
    struct Codes { const char *cash, *bank, *office, *utilities, *capital; };
    // By the chart the company got, which need not be its language's.
    const bool chineseChart = AccountChart::templateOf(db, language) == QLatin1String("cn-small-enterprise");
    const Codes codes = chineseChart ? Codes{"1001", "100201", "560201", "560207", "3001"}
                                     : Codes{"1001", "100201", "5605", "5604", "3001"};
    // Prepared by the company's accountant, reviewed and posted by the
    // finance manager: the books start the way they will go on.
    Records preparer(db, entities, chinese ? QStringLiteral("李娜") : QStringLiteral("Li Na"));
    Records manager(db, entities, chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
    AuditHook audit;
    preparer.addHook(&audit);
    manager.addHook(&audit);
    VoucherBook book(preparer);
    VoucherBook approver(manager);

    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    // The capital came in five months ago, so the invoices of the last
    // months below are paid out of something.
    struct Entry { int day; const char *zh, *en; const char *debit, *credit; qint64 amount; int post; };
    const Entry entries[] = {
        {1, "收到投资款", "Capital paid in", codes.bank, codes.capital, 50000000, 2},
        {2, "提取备用金", "Cash withdrawn for petty cash", codes.cash, codes.bank, 500000, 2},
        {5, "购买办公用品", "Office supplies", codes.office, codes.cash, 86000, 1},
        // Still being entered: a draft.
        {12, "支付水电费", "Utilities paid", codes.utilities, codes.bank, 183400, 0},
    };
    for (const Entry &entry : entries) {
        Voucher voucher;
        voucher.word = QStringLiteral("记");
        voucher.date = entry.day == 1 ? month.addMonths(-5) : month.addDays(entry.day - 1);
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
    return populateReceivables(db, entities, language, errorString)
           && BudgetDemo::populate(db, entities, language, errorString)
           // Before the bank's statement, which shows the yuan the dollars
           // were sold for.
           && ForeignCurrencyDemo::populate(db, entities, language, errorString)
           && BankDemo::populate(db, entities, language, errorString);
}

bool FinanceDemo::populateReceivables(Database &db, const Registry<Entity> &entities, const QString &language,
                                      QString *errorString)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const auto text = [chinese](const char *zh, const char *en) {
        return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    const auto partner = [&](const char *code) {
        return db.scalar(QStringLiteral("SELECT id FROM core_partner WHERE code = ?"), {QString::fromLatin1(code)})
            .value_or(QVariant())
            .toLongLong();
    };
    // The finance module's own posting service, as any module would reach it.
    ExtensionRegistries registries;
    registries.voucherPosting.add(QStringLiteral("finance"), VoucherPostingService::contribution());
    const VoucherPosting posting(registries);
    Records manager(db, entities, chinese ? QStringLiteral("王芳") : QStringLiteral("Wang Fang"));
    AuditHook audit;
    manager.addHook(&audit);
    const QDate today = QDate::currentDate();
    const auto failed = [errorString](const Records::Result &result) {
        if (!result.ok() && errorString)
            *errorString = result.message;
        return !result.ok();
    };

    struct Line { const char *zh, *en; qint64 quantity, price; const char *rate; };
    struct Document { bool sales; const char *partner; int daysAgo; bool post; QList<Line> lines; };
    const Document documents[] = {
        {true, "C002", 130, true, {{"文具套装", "Stationery sets", 500, 4520, "13"}}},
        {true, "C001", 100, true, {{"办公椅", "Office chairs", 20, 56500, "13"}}},
        {true, "C001", 75, true, {{"打印纸", "Printer paper", 100, 3390, "13"}, {"送货服务", "Delivery", 1, 10600, "6"}}},
        {true, "C002", 40, true, {{"咨询服务", "Consulting", 1, 500000, "6"}}},
        {true, "C003", 5, true, {{"文件夹", "Folders", 200, 565, "13"}, {"图书", "Books", 10, 4800, "exempt"}}},
        {true, "C003", 2, false, {{"笔记本", "Notebooks", 30, 1200, "13"}}},
        {false, "S001", 60, true, {{"办公用品", "Office supplies", 20, 11300, "13"}}},
        {false, "S004", 35, true, {{"快递费", "Courier", 1, 30000, "6"}}},
        {false, "S002", 20, true, {{"中性笔", "Gel pens", 1000, 113, "13"}}},
    };
    QList<qint64> ids;
    for (const Document &document : documents) {
        InvoiceBook invoices(manager, posting,
                             document.sales ? ReceivablesEntities::Direction::Sales
                                            : ReceivablesEntities::Direction::Purchases);
        Invoice invoice;
        invoice.partner = partner(document.partner);
        invoice.date = today.addDays(-document.daysAgo);
        for (const Line &line : document.lines)
            invoice.lines.append(InvoiceLine{0, text(line.zh, line.en), line.quantity * 10000, line.price,
                                             QString::fromLatin1(line.rate), 0, line.quantity * line.price});
        Records::Result saved = invoices.save(invoice);
        if (failed(saved))
            return false;
        if (document.post && failed(invoices.post(saved.id, saved.version)))
            return false;
        ids.append(saved.id);
    }
    // A receipt settling part of the oldest invoice, one not yet applied,
    // and a supplier paid in full.
    struct Money { bool sales; const char *partner; int daysAgo; qint64 amount; int invoice; qint64 allocated; };
    const Money payments[] = {
        {true, "C002", 40, 1000000, 0, 1000000},
        {true, "C001", 5, 500000, -1, 0},
        {false, "S001", 45, 226000, 6, 226000},
    };
    for (const Money &money : payments) {
        PaymentBook book(manager, posting,
                         money.sales ? ReceivablesEntities::Direction::Sales : ReceivablesEntities::Direction::Purchases);
        Payment payment;
        payment.partner = partner(money.partner);
        payment.date = today.addDays(-money.daysAgo);
        payment.amount = money.amount;
        payment.reference = text("网银转账", "Bank transfer");
        QList<Allocation> allocations;
        if (money.invoice >= 0)
            allocations.append({ids.at(money.invoice), money.allocated});
        Records::Result saved = book.save(payment, allocations);
        if (failed(saved))
            return false;
        const std::optional<Record> stored = manager.read(book.side().payment, saved.id);
        if (!stored || failed(book.post(saved.id, stored->version)))
            return false;
    }
    return true;
}

} // namespace Backroom::Finance
