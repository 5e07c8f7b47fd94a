// Receivables and payables: VAT splitting, the posting service other
// modules use, invoices and bills with the exact vouchers they post,
// payments allocated to open items, the ageing's boundary days, partner
// statements and the check that the subledgers equal their control accounts.
#include "database.h"
#include "extensionregistries.h"
#include "financebooks.h"
#include "financeentities.h"
#include "allocationmodel.h"
#include "invoicebook.h"
#include "openingbalances.h"
#include "openingbalancespage.h"
#include "openingitems.h"
#include "openingitemsdialog.h"
#include "invoiceedit.h"
#include "localization.h"
#include "moneyformat.h"
#include "invoicelinesmodel.h"
#include "moneyedit.h"
#include "paymentedit.h"
#include "referencepicker.h"
#include "paymentbook.h"
#include "periodclose.h"
#include "receivablechecks.h"
#include "receivablereports.h"
#include "receivablesentities.h"
#include "reportcontext.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "vatsplit.h"
#include "voucherbook.h"
#include "voucherposting.h"
#include "voucherpostingservice.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;
using Direction = ReceivablesEntities::Direction;

namespace {

// The books with the posting service registered as the finance module
// registers it, two customers and a supplier.
struct Ledger : Books
{
    ExtensionRegistries registries;
    std::unique_ptr<VoucherPosting> posting;
    qint64 hualian = 0;
    qint64 jingdong = 0;
    qint64 deli = 0;

    Ledger()
    {
        REQUIRE(registries.voucherPosting.add(QStringLiteral("finance"), VoucherPostingService::contribution()));
        posting = std::make_unique<VoucherPosting>(registries);
        hualian = partner("C001", "上海华联超市有限公司", "customer");
        jingdong = partner("C002", "北京京东世纪贸易有限公司", "customer");
        deli = partner("S001", "得力集团有限公司", "supplier");
    }

    qint64 partner(const char *code, const char *name, const char *kind)
    {
        const Records::Result made = accountant->create(QStringLiteral("core.partner"),
                                                        {{QStringLiteral("code"), QString::fromUtf8(code)},
                                                         {QStringLiteral("name"), QString::fromUtf8(name)},
                                                         {QStringLiteral("kind"), QString::fromUtf8(kind)}});
        REQUIRE(made.ok());
        return made.id;
    }

    InvoiceBook invoices(Direction direction = Direction::Sales) { return InvoiceBook(*manager, *posting, direction); }
    PaymentBook payments(Direction direction = Direction::Sales) { return PaymentBook(*manager, *posting, direction); }

    // A one-line invoice, saved and posted; its id.
    qint64 postedInvoice(qint64 partnerId, const QDate &date, qint64 amount, const QDate &due = QDate(),
                         Direction direction = Direction::Sales)
    {
        Invoice invoice;
        invoice.partner = partnerId;
        invoice.date = date;
        invoice.dueDate = due;
        invoice.lines = {InvoiceLine{0, QStringLiteral("货物"), 0, 0, QStringLiteral("0"), 0, amount}};
        InvoiceBook book = invoices(direction);
        Records::Result saved = book.save(invoice);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        saved = book.post(saved.id, saved.version);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return saved.id;
    }

    qint64 postedPayment(qint64 partnerId, const QDate &date, qint64 amount, const QList<Allocation> &allocations = {},
                         Direction direction = Direction::Sales)
    {
        Payment payment;
        payment.partner = partnerId;
        payment.date = date;
        payment.amount = amount;
        PaymentBook book = payments(direction);
        Records::Result saved = book.save(payment, allocations);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        const qint64 version = manager->read(book.side().payment, saved.id)->version;
        saved = book.post(saved.id, version);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return saved.id;
    }

    // "code debit credit partner" per line of a voucher, in line order.
    QStringList voucherLines(qint64 voucherId)
    {
        QSqlQuery query(db().connection());
        query.prepare(QStringLiteral("SELECT a.code, l.debit, l.credit, coalesce(l.partner, 0) FROM finance_voucher_line l "
                                     "JOIN finance_account a ON a.id = l.account WHERE l.voucher = ? ORDER BY l.line_no"));
        query.addBindValue(voucherId);
        REQUIRE(query.exec());
        QStringList lines;
        while (query.next())
            lines.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(query.value(0).toString())
                             .arg(query.value(1).toLongLong())
                             .arg(query.value(2).toLongLong())
                             .arg(query.value(3).toLongLong() ? QStringLiteral("p%1").arg(query.value(3).toLongLong())
                                                              : QStringLiteral("-")));
        return lines;
    }

    QString value(const QString &sql, const QVariantList &values = {})
    {
        const auto found = db().scalar(sql, values);
        REQUIRE(found);
        return found->toString();
    }
};

QString p(qint64 id)
{
    return QStringLiteral("p%1").arg(id);
}

} // namespace

TEST_CASE("VAT splits: the net is rounded first and the tax is what is left", "[finance][receivables]")
{
    using A = VatSplit::Amounts;
    const auto split = [](qint64 amount, int percent, bool included) {
        const A a = VatSplit::split(amount, percent, included);
        return std::pair{a.net, a.tax};
    };
    // With tax: gross 100.00.
    CHECK(split(10000, 13, true) == std::pair<qint64, qint64>{8850, 1150});   // 88.4956… → 88.50
    CHECK(split(10000, 9, true) == std::pair<qint64, qint64>{9174, 826});     // 91.7431…
    CHECK(split(10000, 6, true) == std::pair<qint64, qint64>{9434, 566});     // 94.3396…
    CHECK(split(10000, 3, true) == std::pair<qint64, qint64>{9709, 291});     // 97.0873…
    CHECK(split(10000, 1, true) == std::pair<qint64, qint64>{9901, 99});      // 99.0099…
    CHECK(split(10000, 0, true) == std::pair<qint64, qint64>{10000, 0});
    CHECK(split(10000, VatSplit::percentOf(QStringLiteral("exempt")), true) == std::pair<qint64, qint64>{10000, 0});
    CHECK(split(113, 13, true) == std::pair<qint64, qint64>{100, 13});        // 1.13 → 1.00 + 0.13
    CHECK(split(1, 13, true) == std::pair<qint64, qint64>{1, 0});             // 0.0088… → 0.01, no tax
    CHECK(split(-10000, 13, true) == std::pair<qint64, qint64>{-8850, -1150}); // a discount line
    // Without tax: the tax rounds half away from zero.
    CHECK(split(50, 13, false) == std::pair<qint64, qint64>{50, 7});          // 6.5 fen → 7
    CHECK(split(150, 9, false) == std::pair<qint64, qint64>{150, 14});        // 13.5 fen → 14
    CHECK(split(8850, 13, false) == std::pair<qint64, qint64>{8850, 1151});   // 1150.5 fen → 1151
    CHECK(split(-50, 13, false) == std::pair<qint64, qint64>{-50, -7});
    CHECK(split(100000, 3, false) == std::pair<qint64, qint64>{100000, 3000});
    CHECK(VatSplit::percentOf(QStringLiteral("13")) == 13);
    CHECK(VatSplit::percentOf(QStringLiteral("17")) == -1);
    CHECK(VatSplit::label(QStringLiteral("9")) == QStringLiteral("9% VAT"));
}

TEST_CASE("The posting service: absent without finance, the screen's checks, linked and posted vouchers",
          "[finance][receivables][backends]")
{
    Ledger books;
    VoucherPostingRequest request;
    request.date = QDate(2026, 11, 12);
    request.summary = QStringLiteral("工资分配");
    request.sourceEntity = QStringLiteral("hr.payroll_run");
    request.sourceId = 7;
    request.sourceNumber = QStringLiteral("PR-2026-11");
    request.lines = {VoucherPostingLine{QStringLiteral("560204"), {}, 850000, 0},
                     VoucherPostingLine{QStringLiteral("221101"), QStringLiteral("应付工资"), 0, 850000}};

    // Without the finance module: nothing to call, callers hide their links.
    const ExtensionRegistries none;
    const VoucherPosting absent(none);
    CHECK_FALSE(absent.available());
    const VoucherPostingResult nothing = absent.post(*books.accountant, request);
    CHECK_FALSE(nothing.ok);
    CHECK(nothing.message.contains(QStringLiteral("finance module is not loaded")));
    CHECK(books.count("finance_voucher") == 0);

    REQUIRE(books.posting->available());
    // The screen's rules, in the clerk's words, and nothing written.
    VoucherPostingRequest bad = request;
    bad.lines[1].credit = 800000;
    VoucherPostingResult refused = books.posting->post(*books.accountant, bad);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("differ by 500.00")));
    bad = request;
    bad.lines[0].accountCode = QStringLiteral("5602");   // has sub-accounts
    refused = books.posting->post(*books.accountant, bad);
    CHECK(refused.message.contains(QStringLiteral("5602 管理费用 has sub-accounts")));
    bad.lines[0].accountCode = QStringLiteral("9999");
    refused = books.posting->post(*books.accountant, bad);
    CHECK(refused.message == QStringLiteral("The chart of accounts has no account 9999."));
    REQUIRE(books.db().exec(QStringLiteral("UPDATE finance_account SET needs_department = 1 WHERE code = '560204'")));
    refused = books.posting->post(*books.accountant, request);
    CHECK(refused.message.contains(QStringLiteral("needs a department")));
    REQUIRE(books.db().exec(QStringLiteral("UPDATE finance_account SET needs_department = 0 WHERE code = '560204'")));
    CHECK(books.count("finance_voucher") == 0);

    // A draft for the accountant to review: kind generated, linked back.
    VoucherPostingResult made = books.posting->post(*books.accountant, request);
    INFO(made.message.toStdString());
    REQUIRE(made.ok);
    CHECK(made.reference == QStringLiteral("2026-11 记-0001"));
    const qint64 draft = made.voucherId;
    std::optional<Voucher> voucher = VoucherBook(*books.accountant).load(made.voucherId);
    REQUIRE(voucher);
    CHECK(voucher->state == FinanceEntities::draft());
    CHECK(voucher->kind == QStringLiteral("generated"));
    CHECK(voucher->sourceEntity == QStringLiteral("hr.payroll_run"));
    CHECK(voucher->sourceId == 7);
    CHECK(voucher->sourceNumber == QStringLiteral("PR-2026-11"));
    CHECK(voucher->lines.at(0).summary == QStringLiteral("工资分配"));   // the request's summary
    CHECK(voucher->lines.at(1).summary == QStringLiteral("应付工资"));

    // Posted at once: needs "post" on vouchers.
    request.post = true;
    Records clerk(books.db(), books.entities, QStringLiteral("zhaolei"));
    clerk.setAccess(AccessControl());
    refused = books.posting->post(clerk, request);
    CHECK_FALSE(refused.ok);
    CHECK(books.count("finance_voucher") == 1);
    made = books.posting->post(*books.accountant, request);
    REQUIRE(made.ok);
    CHECK(made.reference == QStringLiteral("2026-11 记-0002"));
    CHECK(books.value(QStringLiteral("SELECT state FROM finance_voucher WHERE id = ?"), {made.voucherId})
          == FinanceEntities::posted());
    CHECK(books.value(QStringLiteral("SELECT count(*) FROM backroom_transition WHERE entity = 'finance.voucher' "
                                     "AND record_id = ? AND transition = 'post'"),
                      {made.voucherId})
          == QStringLiteral("1"));

    // Inside the caller's transaction: rolled back with it.
    {
        WriteTransaction outer(books.db());
        REQUIRE(outer.isActive());
        REQUIRE(books.posting->post(*books.accountant, request).ok);
        CHECK(books.count("finance_voucher") == 3);
        outer.rollback();
    }
    CHECK(books.count("finance_voucher") == 2);

    // The red reversal, posted, linked to the same source.
    const VoucherPostingResult red = books.posting->reverse(*books.accountant, made.voucherId, QDate(2026, 11, 30), true);
    INFO(red.message.toStdString());
    REQUIRE(red.ok);
    voucher = VoucherBook(*books.accountant).load(red.voucherId);
    CHECK(voucher->reverses == made.voucherId);
    CHECK(voucher->state == FinanceEntities::posted());
    CHECK(voucher->sourceNumber == QStringLiteral("PR-2026-11"));
    CHECK(books.voucherLines(red.voucherId) == QStringList{"560204 -850000 0 -", "221101 0 -850000 -"});
    CHECK_FALSE(books.posting->reverse(*books.accountant, draft, QDate(2026, 11, 30), true).ok);   // a draft

    // A closed month takes nothing: the draft reviewed and posted, the month closed.
    PeriodClose closing(*books.manager);
    VoucherBook reviewer(*books.manager);
    Records::Result step = reviewer.review(draft, books.manager->read(FinanceEntities::voucher(), draft)->version);
    REQUIRE(step.ok());
    REQUIRE(reviewer.post(draft, step.version).ok());
    const Records::Result closed = closing.close(QStringLiteral("2026-11"));
    INFO(closed.message.toStdString());
    REQUIRE(closed.ok());
    refused = books.posting->post(*books.accountant, request);
    CHECK(refused.message.contains(QStringLiteral("The period 2026-11 is closed")));
}

TEST_CASE("A customer invoice posts Dr 1122 / Cr revenue and output VAT; cancelling reverses it",
          "[finance][receivables][backends]")
{
    Ledger books;
    InvoiceBook book = books.invoices();
    Invoice invoice;
    invoice.partner = books.hualian;
    invoice.date = QDate(2026, 11, 3);
    invoice.invoiceNo = QStringLiteral("04400012");
    invoice.lines = {
        InvoiceLine{0, QStringLiteral("办公椅"), 20000, 56500, QStringLiteral("13"), 0, 113000},   // 2 × 565.00
        InvoiceLine{0, QStringLiteral("安装服务"), 0, 0, QStringLiteral("6"), books.account("5051"), 10600},
        InvoiceLine{0, QStringLiteral("图书"), 0, 0, QStringLiteral("exempt"), 0, 5000},
    };
    // What keeps it from being saved.
    Invoice empty;
    const QList<Records::FieldError> problems = book.problems(empty);
    CHECK(problems.size() == 3);   // customer, date, lines
    Invoice parent = invoice;
    parent.lines[0].account = books.account("5001") + 0;
    parent.lines[1].account = books.account("5602");
    CHECK(book.problems(parent).constFirst().field == QStringLiteral("lines/2/account"));

    Records::Result saved = book.save(invoice);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    std::optional<Invoice> loaded = book.load(saved.id);
    REQUIRE(loaded);
    CHECK(loaded->number == QStringLiteral("SI-2026-0001"));
    CHECK(loaded->dueDate == QDate(2026, 12, 3));          // 30 days
    CHECK(loaded->lines.at(0).net == 100000);
    CHECK(loaded->lines.at(0).tax == 13000);
    CHECK(loaded->lines.at(0).quantity == 20000);
    CHECK(loaded->lines.at(1).net == 10000);
    CHECK(loaded->lines.at(1).tax == 600);
    CHECK(loaded->lines.at(2).net == 5000);
    CHECK(loaded->lines.at(2).tax == 0);
    CHECK(loaded->lines.at(0).account == books.account("5001"));   // the default
    CHECK(books.value(QStringLiteral("SELECT total FROM finance_sales_invoice")) == QStringLiteral("128600"));
    CHECK(books.value(QStringLiteral("SELECT net_total FROM finance_sales_invoice")) == QStringLiteral("115000"));
    CHECK(books.value(QStringLiteral("SELECT tax_total FROM finance_sales_invoice")) == QStringLiteral("13600"));

    // The generic workflow step finds no voucher and is refused.
    const Records::Result bypass = books.manager->transition(book.side().invoice, saved.id, loaded->version,
                                                             QStringLiteral("post"));
    CHECK(bypass.code == Records::Result::Code::Refused);
    CHECK(bypass.message.contains(QStringLiteral("from its own screen")));

    const Records::Result posted = book.post(saved.id, loaded->version);
    INFO(posted.message.toStdString());
    REQUIRE(posted.ok());
    loaded = book.load(saved.id);
    CHECK(loaded->state == ReceivablesEntities::posted());
    REQUIRE(loaded->voucher > 0);
    CHECK(books.voucherLines(loaded->voucher)
          == QStringList{QStringLiteral("1122 128600 0 ") + p(books.hualian), QStringLiteral("5001 0 105000 ") + p(books.hualian),
                         QStringLiteral("5051 0 10000 ") + p(books.hualian),
                         QStringLiteral("22210102 0 13600 ") + p(books.hualian)});
    const std::optional<Voucher> voucher = VoucherBook(*books.manager).load(loaded->voucher);
    CHECK(voucher->state == FinanceEntities::posted());
    CHECK(voucher->kind == QStringLiteral("generated"));
    CHECK(voucher->sourceEntity == QStringLiteral("finance.sales_invoice"));
    CHECK(voucher->sourceId == saved.id);
    CHECK(voucher->lines.at(0).summary == QStringLiteral("Customer invoice SI-2026-0001, 上海华联超市有限公司"));
    // Posted is final, and posting twice does nothing.
    Invoice changed = *loaded;
    changed.lines[0].amount = 1;
    CHECK(book.save(changed).code == Records::Result::Code::Refused);
    CHECK(book.post(saved.id, loaded->version).code == Records::Result::Code::Refused);
    CHECK(books.count("finance_voucher") == 1);
    CHECK(InvoiceBook::openAmount(books.db(), book.side(), saved.id) == 128600);
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());

    // Cancelling: the red voucher in the same month, the account back at zero.
    const Records::Result cancelled = book.cancel(saved.id, loaded->version, QStringLiteral("开错了"));
    INFO(cancelled.message.toStdString());
    REQUIRE(cancelled.ok());
    CHECK(book.load(saved.id)->state == ReceivablesEntities::cancelled());
    const qint64 red = books.value(QStringLiteral("SELECT id FROM finance_voucher WHERE reverses = ?"), {loaded->voucher}).toLongLong();
    CHECK(books.voucherLines(red).constFirst() == QStringLiteral("1122 -128600 0 ") + p(books.hualian));
    CHECK(books.value(QStringLiteral("SELECT sum(debit - credit) FROM finance_voucher_line l JOIN finance_account a "
                                     "ON a.id = l.account WHERE a.code = '1122'"))
          == QStringLiteral("0"));
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
}

TEST_CASE("An invoice without a due date runs for its partner's payment terms (账期)", "[finance][receivables][backends]")
{
    Ledger books;
    // 京东 pays in 45 days; 华联 names no terms (30 days).
    const std::optional<Record> jingdong = books.manager->read(QStringLiteral("core.partner"), books.jingdong);
    REQUIRE(jingdong);
    CHECK(jingdong->value(QStringLiteral("payment_days")).toLongLong() == 30);   // the field's default
    const Records::Result terms = books.manager->update(QStringLiteral("core.partner"), books.jingdong, jingdong->version,
                                                        {{QStringLiteral("payment_days"), 45}});
    INFO(terms.message.toStdString());
    REQUIRE(terms.ok());
    const Records::Result tooLong = books.manager->update(QStringLiteral("core.partner"), books.jingdong,
                                                          jingdong->version + 1, {{QStringLiteral("payment_days"), 400}});
    CHECK(tooLong.code == Records::Result::Code::Invalid);

    InvoiceBook book = books.invoices();
    CHECK(book.paymentDays(books.jingdong) == 45);
    CHECK(book.paymentDays(0) == 30);
    Invoice invoice;
    invoice.partner = books.jingdong;
    invoice.date = QDate(2026, 11, 3);
    invoice.lines = {InvoiceLine{0, QStringLiteral("办公椅"), 0, 0, QStringLiteral("13"), 0, 113000}};
    const Records::Result saved = book.save(invoice);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(book.load(saved.id)->dueDate == QDate(2026, 12, 18));   // 45 days
    // A due date the clerk typed stands.
    invoice.dueDate = QDate(2026, 11, 10);
    const Records::Result typed = book.save(invoice);
    REQUIRE(typed.ok());
    CHECK(book.load(typed.id)->dueDate == QDate(2026, 11, 10));

    // The screen: picking the partner moves a due date that follows the date.
    InvoiceEdit edit(*books.manager, *books.posting, Direction::Sales);
    edit.newRecord();
    edit.partnerPicker()->setRecordId(books.jingdong);
    emit edit.partnerPicker()->recordEdited();
    edit.partnerPicker()->setRecordId(books.hualian);
    emit edit.partnerPicker()->recordEdited();
    CHECK(edit.invoice().dueDate == QDate::currentDate().addDays(30));
    edit.partnerPicker()->setRecordId(books.jingdong);
    emit edit.partnerPicker()->recordEdited();
    CHECK(edit.invoice().dueDate == QDate::currentDate().addDays(45));
}

TEST_CASE("A supplier bill without tax posts Dr purchases and input VAT / Cr 2202", "[finance][receivables][backends]")
{
    Ledger books;
    InvoiceBook book = books.invoices(Direction::Purchases);
    Invoice bill;
    bill.partner = books.deli;
    bill.date = QDate(2026, 11, 20);
    bill.dueDate = QDate(2026, 12, 5);
    bill.taxIncluded = false;
    bill.lines = {InvoiceLine{0, QStringLiteral("复印纸"), 1000000, 2550, QStringLiteral("13"), 0, 255000},
                  InvoiceLine{0, QStringLiteral("运费"), 0, 0, QStringLiteral("9"), books.account("560104"), 150}};
    Records::Result saved = book.save(bill);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    std::optional<Invoice> loaded = book.load(saved.id);
    CHECK(loaded->number == QStringLiteral("PB-2026-0001"));
    CHECK(loaded->dueDate == QDate(2026, 12, 5));
    CHECK(loaded->lines.at(0).tax == 33150);
    CHECK(loaded->lines.at(1).tax == 14);    // 13.5 fen
    CHECK(loaded->total() == 255000 + 33150 + 150 + 14);
    REQUIRE(book.post(saved.id, loaded->version).ok());
    loaded = book.load(saved.id);
    CHECK(books.voucherLines(loaded->voucher)
          == QStringList{QStringLiteral("1405 255000 0 ") + p(books.deli), QStringLiteral("560104 150 0 ") + p(books.deli),
                         QStringLiteral("22210101 33164 0 ") + p(books.deli),
                         QStringLiteral("2202 0 288314 ") + p(books.deli)});
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
}

TEST_CASE("Receipts settle several invoices in part; over-allocation is refused; the rest stays unapplied",
          "[finance][receivables][backends]")
{
    Ledger books;
    const qint64 a = books.postedInvoice(books.hualian, QDate(2026, 10, 5), 100000);
    const qint64 b = books.postedInvoice(books.hualian, QDate(2026, 10, 20), 50000);
    const qint64 other = books.postedInvoice(books.jingdong, QDate(2026, 10, 20), 70000);
    PaymentBook book = books.payments();
    const auto &side = book.side();

    Payment receipt;
    receipt.partner = books.hualian;
    receipt.date = QDate(2026, 11, 2);
    receipt.amount = 120000;
    receipt.reference = QStringLiteral("网银 88123");
    // More than the receipt: refused as a whole.
    Records::Result saved = book.save(receipt, QList<Allocation>{{a, 100000}, {b, 40000}});
    CHECK(saved.code == Records::Result::Code::Invalid);
    CHECK(saved.message.contains(QStringLiteral("come to more than the payment's amount")));
    CHECK(books.count("finance_receipt") == 0);
    // More than an invoice has open; another partner's invoice.
    saved = book.save(receipt, QList<Allocation>{{b, 60000}});
    CHECK(saved.message.contains(QStringLiteral("has 500.00 open")));
    saved = book.save(receipt, QList<Allocation>{{other, 100}});
    CHECK(saved.message.contains(QStringLiteral("belongs to another partner")));

    saved = book.save(receipt, QList<Allocation>{{a, 100000}, {b, 20000}});
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    const qint64 receiptId = saved.id;
    // Reserved while a draft: a second receipt cannot take the same money.
    Payment second = receipt;
    second.amount = 50000;
    CHECK(book.save(second, QList<Allocation>{{a, 1}}).message.contains(QStringLiteral("has 0.00 open")));
    // Not settled until the receipt is posted.
    CHECK(InvoiceBook::openAmount(books.db(), books.invoices().side(), a) == 100000);
    REQUIRE(book.post(receiptId, books.manager->read(side.payment, receiptId)->version).ok());
    CHECK(InvoiceBook::openAmount(books.db(), books.invoices().side(), a) == 0);
    CHECK(InvoiceBook::openAmount(books.db(), books.invoices().side(), b) == 30000);
    CHECK(PaymentBook::unapplied(books.db(), side, receiptId) == 0);
    const qint64 voucher = book.load(receiptId)->voucher;
    CHECK(books.voucherLines(voucher)
          == QStringList{QStringLiteral("100201 120000 0 -"), QStringLiteral("1122 0 120000 ") + p(books.hualian)});

    // Open items of the partner: only B, 300.00.
    QList<OpenItem> open = PaymentBook::openItems(books.db(), side, books.hualian);
    REQUIRE(open.size() == 1);
    CHECK(open.constFirst().invoice == b);
    CHECK(open.constFirst().open == 30000);
    // The receipt's own allocations count as open on its allocation screen.
    CHECK(PaymentBook::openItems(books.db(), side, books.hualian, receiptId).size() == 2);

    // An invoice with money allocated is not cancelled.
    InvoiceBook invoices = books.invoices();
    CHECK(invoices.cancel(a, books.manager->read(invoices.side().invoice, a)->version).message.contains(
        QStringLiteral("remove those allocations first")));

    // A receipt without allocation is credit on the customer.
    const qint64 advance = books.postedPayment(books.hualian, QDate(2026, 11, 10), 45000);
    CHECK(PaymentBook::unapplied(books.db(), side, advance) == 45000);
    // Applied later, after posting, in part: over-allocation still refused.
    CHECK(book.allocate(advance, {{b, 30001}}).code == Records::Result::Code::Invalid);
    REQUIRE(book.allocate(advance, {{b, 30000}}).ok());
    CHECK(InvoiceBook::openAmount(books.db(), invoices.side(), b) == 0);
    CHECK(PaymentBook::unapplied(books.db(), side, advance) == 15000);
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());

    // Cancelling a receipt frees its invoices and reverses its voucher.
    REQUIRE(book.cancel(advance, books.manager->read(side.payment, advance)->version).ok());
    CHECK(InvoiceBook::openAmount(books.db(), invoices.side(), b) == 30000);
    CHECK(books.value(QStringLiteral("SELECT count(*) FROM finance_receipt_allocation WHERE payment = ?"), {advance})
          == QStringLiteral("0"));
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
}

TEST_CASE("Ageing buckets by days past due: 30/31, 60/61 and 90/91 on either side", "[finance][receivables][backends]")
{
    CHECK(ReceivableReports::bucketOf(-3) == 0);
    CHECK(ReceivableReports::bucketOf(0) == 0);
    CHECK(ReceivableReports::bucketOf(1) == 1);
    CHECK(ReceivableReports::bucketOf(30) == 1);
    CHECK(ReceivableReports::bucketOf(31) == 2);
    CHECK(ReceivableReports::bucketOf(60) == 2);
    CHECK(ReceivableReports::bucketOf(61) == 3);
    CHECK(ReceivableReports::bucketOf(90) == 3);
    CHECK(ReceivableReports::bucketOf(91) == 4);

    Ledger books;
    const QDate asOf(2026, 12, 31);
    // Days overdue on 31 December → amount (fen) = 100 × days + 1.
    const QList<int> days{-5, 0, 1, 30, 31, 60, 61, 90, 91, 200};
    QHash<qint64, int> dayOf;
    for (int d : days) {
        const QDate due = asOf.addDays(-d);
        const qint64 id = books.postedInvoice(books.hualian, due.addDays(-10), 100 * (d + 10) + 1, due);
        dayOf.insert(id, d);
    }
    // A supplier's bill stays out of the receivables ageing.
    books.postedInvoice(books.deli, QDate(2026, 12, 1), 99999, {}, Direction::Purchases);
    // Half of the 61-day invoice paid before the day, and money not applied;
    // a receipt after the day does not count.
    const qint64 sixtyOne = dayOf.key(61);
    books.postedPayment(books.hualian, QDate(2026, 12, 15), 5000, {{sixtyOne, 3000}});
    books.postedPayment(books.hualian, QDate(2027, 1, 5), 100, {{dayOf.key(91), 100}});

    QString error;
    const auto rows = ReceivableReports::ageingRows(books.db(), ReceivablesEntities::sales(), asOf, 0, &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->size() == days.size() + 1);
    QHash<int, int> bucketByDays;
    qint64 total = 0;
    for (const ReceivableReports::AgeingRow &row : *rows) {
        total += row.amount;
        if (row.bucket < 0) {
            CHECK(row.amount == -2000);   // 50.00 received, 30.00 allocated
            continue;
        }
        const int d = dayOf.value(row.id);
        CHECK(row.daysOverdue == d);
        bucketByDays.insert(d, row.bucket);
        CHECK(row.amount == (d == 61 ? 100 * 71 + 1 - 3000 : 100 * (d + 10) + 1));
    }
    CHECK(bucketByDays == QHash<int, int>{{-5, 0}, {0, 0}, {1, 1}, {30, 1}, {31, 2}, {60, 2},
                                          {61, 3}, {90, 3}, {91, 4}, {200, 4}});
    // The ageing adds up to the control account on the day.
    const auto control = books.db().scalar(QStringLiteral("SELECT sum(l.debit - l.credit) FROM finance_voucher_line l "
                                                          "JOIN finance_voucher v ON v.id = l.voucher JOIN finance_account a "
                                                          "ON a.id = l.account WHERE a.code = '1122' AND v.date <= ?"),
                                           {asOf});
    CHECK(control->toLongLong() == total);

    // Through the report service, per partner with subtotals.
    const ReportDefinition *report = nullptr;
    const QList<ReportDefinition> reports = ReceivableReports::declarations();
    for (const ReportDefinition &r : reports)
        if (r.id() == ReceivableReports::ageing())
            report = &r;
    REQUIRE(report);
    QVariantMap parameters{{QStringLiteral("as_of"), asOf}, {QStringLiteral("ledger"), QStringLiteral("payables")}};
    QString runError;
    std::optional<ReportResult> payables =
        ReportRunner::run(*report, parameters, *books.manager, [] { return false; }, {}, &runError);
    INFO(runError.toStdString());
    REQUIRE(payables);
    CHECK(payables->rowCount() == 1);
    parameters[QStringLiteral("ledger")] = QStringLiteral("receivables");
    const std::optional<ReportResult> receivables =
        ReportRunner::run(*report, parameters, *books.manager, [] { return false; }, {}, &runError);
    REQUIRE(receivables);
    CHECK(receivables->rowCount() == int(rows->size()));
}

TEST_CASE("A partner statement: brought forward, invoices and receipts, closing", "[finance][receivables][backends]")
{
    Ledger books;
    const qint64 first = books.postedInvoice(books.hualian, QDate(2026, 9, 10), 80000);
    books.postedPayment(books.hualian, QDate(2026, 9, 30), 30000, {{first, 30000}});
    const qint64 second = books.postedInvoice(books.hualian, QDate(2026, 11, 4), 20000);
    books.postedPayment(books.hualian, QDate(2026, 11, 4), 50000, {{first, 50000}});
    books.postedInvoice(books.jingdong, QDate(2026, 11, 5), 99900);
    books.postedPayment(books.hualian, QDate(2026, 12, 1), 20000, {{second, 20000}});

    QString error;
    const auto rows = ReceivableReports::statementRows(books.db(), ReceivablesEntities::sales(), books.hualian,
                                                       QDate(2026, 10, 1), QDate(2026, 11, 30), &error);
    INFO(error.toStdString());
    REQUIRE(rows);
    REQUIRE(rows->size() == 4);
    using Kind = ReceivableReports::StatementRow::Kind;
    CHECK(rows->at(0).kind == Kind::Opening);
    CHECK(rows->at(0).balance == 50000);
    CHECK(rows->at(1).kind == Kind::Invoice);   // the invoice before the receipt of the same day
    CHECK(rows->at(1).invoiced == 20000);
    CHECK(rows->at(1).balance == 70000);
    CHECK(rows->at(2).kind == Kind::Payment);
    CHECK(rows->at(2).settled == 50000);
    CHECK(rows->at(2).balance == 20000);
    CHECK(rows->at(3).kind == Kind::Closing);
    CHECK(rows->at(3).balance == 20000);
    CHECK(rows->at(3).invoiced == 20000);
    CHECK(rows->at(3).settled == 50000);
}

TEST_CASE("Verify names each partner whose open items differ from the control account", "[finance][receivables][backends]")
{
    Ledger books;
    books.postedInvoice(books.hualian, QDate(2026, 11, 5), 100000);
    books.postedInvoice(books.deli, QDate(2026, 11, 6), 40000, {}, Direction::Purchases);
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
    CHECK(ReceivableChecks::controlBalances(books.db(), ReceivablesEntities::sales()).value(books.hualian) == 100000);
    CHECK(ReceivableChecks::controlBalances(books.db(), ReceivablesEntities::purchases()).value(books.deli) == 40000);

    // A manual voucher on 1122 for a customer, one on 2202 without a partner.
    Voucher manual = books.voucher(QDate(2026, 11, 8), "1122", "5001", 12345, QStringLiteral("手工补记"));
    manual.lines[0].partner = books.jingdong;
    books.post(manual);
    books.post(books.voucher(QDate(2026, 11, 9), "560201", "2202", 5000, QStringLiteral("办公费挂账")));
    const QStringList problems = ReceivableChecks::differences(books.db());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0)
          == QStringLiteral("北京京东世纪贸易有限公司 (#%1): account 1122 shows 123.45 receivable, the posted invoices less "
                            "receipts come to 0.00 (difference 123.45).")
                 .arg(books.jingdong));
    CHECK(problems.at(1).contains(QStringLiteral("Account 2202 has 50.00 posted without a partner")));

    // What customers owed when the books started is compared too: with no
    // opening items entered, the opening balance of 1122 is unexplained.
    Ledger opening;
    const Records::Result saved = OpeningBalances(*opening.manager).save(
        QStringLiteral("2026-01"), {VoucherLine{0, QStringLiteral("期初"), opening.account("1122"), 70000, 0},
                                    VoucherLine{0, QStringLiteral("期初"), opening.account("3001"), 0, 70000}});
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(ReceivableChecks::differences(opening.db())
          == QStringList{QStringLiteral("The opening balance of account 1122 is 700.00 receivable, the opening open items "
                                        "come to 0.00 (difference 700.00); enter each customer's open invoices under "
                                        "Opening Items.")});
    OpeningItem item;
    item.partner = opening.hualian;
    item.number = QStringLiteral("QC-9");
    item.date = QDate(2025, 12, 1);
    item.amount = 70000;
    REQUIRE(OpeningItems(*opening.manager, Direction::Sales).save({item}).ok());
    CHECK(ReceivableChecks::differences(opening.db()).isEmpty());
}

TEST_CASE("The invoice screen: lines typed, tax and totals shown, saved and posted; the allocation screen",
          "[finance][receivables][gui]")
{
    Ledger books;
    InvoiceEdit edit(*books.manager, *books.posting, Direction::Sales);
    edit.setConfirmation([](const QString &, const QString &) { return true; });
    edit.setSaveQuestion([](const QString &, const QString &) { return RecordEditor::Answer::Discard; });
    edit.partnerPicker()->setRecordId(books.hualian);
    InvoiceLinesModel *lines = edit.linesModel();
    REQUIRE(lines->rowCount() == 1);   // the blank line to type into
    REQUIRE(lines->setData(lines->index(0, InvoiceLinesModel::Description), QStringLiteral("办公椅")));
    REQUIRE(lines->setData(lines->index(0, InvoiceLinesModel::Quantity), QStringLiteral("2")));
    REQUIRE(lines->setData(lines->index(0, InvoiceLinesModel::UnitPrice), QStringLiteral("565")));
    CHECK(lines->index(0, InvoiceLinesModel::Amount).data().toString() == QStringLiteral("1,130.00"));
    CHECK(lines->index(0, InvoiceLinesModel::Net).data().toString() == QStringLiteral("1,000.00"));
    CHECK(lines->index(0, InvoiceLinesModel::Tax).data().toString() == QStringLiteral("130.00"));
    CHECK(lines->rowCount() == 2);
    CHECK_FALSE(lines->setData(lines->index(1, InvoiceLinesModel::Amount), QStringLiteral("abc")));
    REQUIRE(lines->setData(lines->index(1, InvoiceLinesModel::Description), QStringLiteral("咨询")));
    REQUIRE(lines->setData(lines->index(1, InvoiceLinesModel::Amount), QStringLiteral("106")));
    REQUIRE(lines->setData(lines->index(1, InvoiceLinesModel::Rate), QStringLiteral("6")));
    CHECK(edit.totalsText().contains(QStringLiteral("1,100.00")));
    CHECK(edit.totalsText().contains(QStringLiteral("136.00")));
    CHECK(edit.totalsText().contains(QStringLiteral("1,236.00")));
    // Without tax, the same amounts are nets.
    edit.taxIncludedBox()->setChecked(false);
    CHECK(edit.totalsText().contains(QStringLiteral("1,236.00")));   // now the net total
    CHECK(lines->index(0, InvoiceLinesModel::Tax).data().toString() == QStringLiteral("146.90"));
    edit.taxIncludedBox()->setChecked(true);
    CHECK(edit.isDirty());
    REQUIRE(edit.post());
    CHECK(edit.recordId() > 0);
    CHECK_FALSE(edit.isDirty());
    CHECK_FALSE(edit.action(QStringLiteral("post"))->isEnabled());
    CHECK(edit.action(QStringLiteral("cancel"))->isEnabled());
    CHECK(books.value(QStringLiteral("SELECT state FROM finance_sales_invoice WHERE id = ?"), {edit.recordId()})
          == QStringLiteral("posted"));
    CHECK_FALSE(lines->flags(lines->index(0, 0)).testFlag(Qt::ItemIsEditable));

    // The allocation screen: the open invoice, oldest first, the rest unapplied.
    PaymentEdit receipt(*books.manager, *books.posting, Direction::Sales);
    receipt.setConfirmation([](const QString &, const QString &) { return true; });
    receipt.partnerPicker()->setRecordId(books.hualian);
    emit receipt.partnerPicker()->recordEdited();
    REQUIRE(receipt.allocationModel()->rowCount() == 1);
    receipt.amountEdit()->setValue(150000);
    receipt.allocateOldestFirst();
    CHECK(receipt.allocationModel()->allocatedTotal() == 123600);
    REQUIRE(receipt.post());
    CHECK(receipt.summaryText().contains(QStringLiteral("unapplied 264.00")));
    CHECK(InvoiceBook::openAmount(books.db(), ReceivablesEntities::sales(), edit.recordId()) == 0);
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
}

namespace {

// The books start in January 2026 with 1,000.00 owed by two customers and
// 400.00 owed to a supplier, as one sum each on 1122 and 2202.
void openBooks(Ledger &books)
{
    const Records::Result saved = OpeningBalances(*books.manager).save(
        QStringLiteral("2026-01"), {books.line("1122", 100000, 0), books.line("100201", 500000, 0),
                                    books.line("2202", 0, 40000), books.line("3001", 0, 560000)});
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
}

OpeningItem openItem(qint64 partner, const char *number, const QDate &date, const QDate &due, qint64 amount)
{
    OpeningItem item;
    item.partner = partner;
    item.number = QString::fromLatin1(number);
    item.date = date;
    item.dueDate = due;
    item.amount = amount;
    return item;
}

} // namespace

TEST_CASE("Opening open items: entered per partner, settled by a receipt, aged, on the statement, verified",
          "[finance][receivables][openingitems][backends]")
{
    Ledger books;
    OpeningItems sales(*books.manager, Direction::Sales);
    OpeningItems purchases(*books.manager, Direction::Purchases);
    const OpeningItem early = openItem(books.hualian, "QC-001", QDate(2025, 10, 15), QDate(2025, 11, 14), 60000);
    // Refused before there are opening balances to belong to.
    CHECK(sales.save({early}).message.contains(QStringLiteral("Enter the opening balances first")));
    openBooks(books);
    CHECK(sales.controlCode() == QStringLiteral("1122"));
    CHECK(OpeningItems::controlOpening(books.db(), ReceivablesEntities::sales()) == 100000);
    CHECK(OpeningItems::controlOpening(books.db(), ReceivablesEntities::purchases()) == 40000);
    CHECK(ReceivableChecks::differences(books.db()).size() == 2);

    // What is not an opening item is refused, and nothing is written.
    Records::Result refused = sales.save({openItem(books.hualian, "QC-X", QDate(2026, 1, 5), {}, 100)});
    CHECK(refused.code == Records::Result::Code::Invalid);
    CHECK(refused.fieldErrors.constFirst().field == QStringLiteral("items/1/date"));
    CHECK(refused.message.contains(QStringLiteral("after the books start")));
    refused = sales.save({early, openItem(0, "QC-001", QDate(2025, 12, 1), QDate(2025, 11, 1), 0)});
    QStringList fields;
    for (const Records::FieldError &error : refused.fieldErrors)
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("items/2/partner"), QStringLiteral("items/2/number"),
                                QStringLiteral("items/2/due_date"), QStringLiteral("items/2/amount")});
    CHECK(books.count("finance_sales_invoice") == 0);

    const QList<OpeningItem> customers{early,
                                       openItem(books.hualian, "QC-002", QDate(2025, 12, 10), QDate(2026, 1, 9), 15000),
                                       openItem(books.jingdong, "QC-003", QDate(2025, 11, 20), QDate(2025, 12, 20), 25000)};
    Records::Result saved = sales.save(customers);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    // The due date defaults to 30 days after the date.
    REQUIRE(purchases.save({openItem(books.deli, "QF-001", QDate(2025, 12, 5), {}, 40000)}).ok());
    CHECK(purchases.items().constFirst().dueDate == QDate(2026, 1, 4));
    CHECK(OpeningItems::itemsTotal(books.db(), ReceivablesEntities::sales()) == 100000);
    CHECK(OpeningItems::itemsByPartner(books.db(), ReceivablesEntities::sales())
          == QHash<qint64, qint64>{{books.hualian, 75000}, {books.jingdong, 25000}});
    CHECK(OpeningItems::mismatch(books.db(), ReceivablesEntities::sales()).isEmpty());
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());
    // The opening voucher is part of the check now: per partner, 1122 holds
    // what the opening items say.
    CHECK(ReceivableChecks::controlBalances(books.db(), ReceivablesEntities::sales())
          == QHash<qint64, qint64>{{books.hualian, 75000}, {books.jingdong, 25000}});
    // Posted documents of their side, without a voucher of their own.
    CHECK(books.value(QStringLiteral("SELECT count(*) FROM finance_sales_invoice WHERE opening = 1 AND state = 'posted' "
                                     "AND voucher IS NULL"))
          == QStringLiteral("3"));
    CHECK(books.count("finance_voucher") == 1);

    // A receipt in January settles most of QC-001.
    QList<OpeningItem> stored = sales.items();
    REQUIRE(stored.size() == 3);
    const qint64 qc001 = stored.at(0).id;
    CHECK(stored.at(0).number == QStringLiteral("QC-001"));
    REQUIRE(PaymentBook::openItems(books.db(), ReceivablesEntities::sales(), books.hualian).size() == 2);
    books.postedPayment(books.hualian, QDate(2026, 1, 20), 50000, {{qc001, 50000}});
    CHECK(InvoiceBook::openAmount(books.db(), ReceivablesEntities::sales(), qc001) == 10000);
    CHECK(ReceivableChecks::differences(books.db()).isEmpty());

    // Ageing on 31 January: QC-001 78 days past due (61–90), QC-003 42
    // (31–60), QC-002 22 (1–30); together 1122's balance that day.
    QString error;
    const auto ageing = ReceivableReports::ageingRows(books.db(), ReceivablesEntities::sales(), QDate(2026, 1, 31), 0, &error);
    INFO(error.toStdString());
    REQUIRE(ageing);
    QStringList aged;
    qint64 total = 0;
    for (const ReceivableReports::AgeingRow &row : *ageing) {
        aged.append(QStringLiteral("%1 %2 %3 %4").arg(row.number).arg(row.daysOverdue).arg(row.bucket).arg(row.amount));
        total += row.amount;
    }
    aged.sort();
    CHECK(aged == QStringList{QStringLiteral("QC-001 78 3 10000"), QStringLiteral("QC-002 22 1 15000"),
                              QStringLiteral("QC-003 42 2 25000")});
    CHECK(total == 50000);
    CHECK(books.value(QStringLiteral("SELECT sum(l.debit - l.credit) FROM finance_voucher_line l JOIN finance_account a "
                                     "ON a.id = l.account WHERE a.code = '1122'"))
              .toLongLong()
          == total);

    // 华联's statement for January: 750.00 brought forward, the receipt.
    using Kind = ReceivableReports::StatementRow::Kind;
    const auto statement = ReceivableReports::statementRows(books.db(), ReceivablesEntities::sales(), books.hualian,
                                                            QDate(2026, 1, 1), QDate(2026, 1, 31), &error);
    REQUIRE(statement);
    REQUIRE(statement->size() == 3);
    CHECK(statement->at(0).kind == Kind::Opening);
    CHECK(statement->at(0).balance == 75000);
    CHECK(statement->at(1).kind == Kind::Payment);
    CHECK(statement->at(1).settled == 50000);
    CHECK(statement->at(2).kind == Kind::Closing);
    CHECK(statement->at(2).balance == 25000);

    // A settled item cannot change; the others can, and a total short of
    // the opening balance is reported by the verifier and on the page.
    stored = sales.items();
    QList<OpeningItem> changed = stored;
    changed[0].amount = 55000;
    refused = sales.save(changed);
    CHECK(refused.code == Records::Result::Code::Refused);
    CHECK(refused.message.contains(QStringLiteral("QC-001")));
    CHECK(refused.message.contains(QStringLiteral("500.00")));
    changed = stored;
    changed.removeAt(2);   // QC-003, 250.00
    saved = sales.save(changed);
    INFO(saved.message.toStdString());
    REQUIRE(saved.ok());
    CHECK(InvoiceBook::openAmount(books.db(), ReceivablesEntities::sales(), qc001) == 10000);
    const QString expected = QStringLiteral("The opening balance of account 1122 is 1,000.00 receivable, the opening open "
                                            "items come to 750.00 (difference 250.00); enter each customer's open "
                                            "invoices under Opening Items.");
    CHECK(OpeningItems::mismatch(books.db(), ReceivablesEntities::sales()) == expected);
    CHECK(ReceivableChecks::differences(books.db()) == QStringList{expected});
    OpeningBalancesPage page(*books.manager);
    CHECK(page.openItemsText().contains(expected));
    CHECK(page.openItemsText().contains(QStringLiteral("The opening payables agree with the suppliers' open bills (400.00).")));
}

TEST_CASE("Opening open items screen: entered in the grid, the difference in view; screenshots",
          "[finance][receivables][openingitems]")
{
    // BACKROOM_SHOTS=1 tst_finance "[openingitems]" writes /tmp/openingitems_*.png.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        FinanceTests::loadExtraTranslations(language);
        Ledger books;
        openBooks(books);
        OpeningItemsDialog dialog(*books.manager);
        dialog.resize(960, 420);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.direction() == Direction::Sales);
        CHECK(dialog.grid()->rowCount() == 1);   // the row to type into
        dialog.setItems({openItem(books.hualian, "QC-001", QDate(2025, 10, 15), QDate(2025, 11, 14), 60000),
                         openItem(books.jingdong, "QC-003", QDate(2025, 11, 20), QDate(2025, 12, 20), 25000)});
        CHECK(dialog.items().size() == 2);
        CHECK(dialog.statusText().contains(MoneyFormat::money(15000)));
        // The third typed into the empty row: number and amount as text.
        const int row = dialog.grid()->rowCount() - 1;
        auto *partner = qobject_cast<ReferencePicker *>(dialog.grid()->cellWidget(row, OpeningItemsDialog::Partner));
        REQUIRE(partner);
        partner->setRecordId(books.hualian);
        dialog.grid()->item(row, OpeningItemsDialog::Number)->setText(QStringLiteral("QC-002"));
        dialog.grid()->item(row, OpeningItemsDialog::Date)->setData(Qt::EditRole, QDate(2025, 12, 10));
        dialog.grid()->item(row, OpeningItemsDialog::DueDate)->setData(Qt::EditRole, QDate(2026, 1, 9));
        dialog.grid()->item(row, OpeningItemsDialog::Amount)->setText(QStringLiteral("150"));
        CHECK(dialog.grid()->item(row, OpeningItemsDialog::Amount)->text() == MoneyFormat::money(15000));
        const auto *dates = qobject_cast<QStyledItemDelegate *>(dialog.grid()->itemDelegateForColumn(OpeningItemsDialog::Date));
        REQUIRE(dates);
        CHECK(dates->displayText(QDate(2025, 12, 10), QLocale(QLocale::Chinese)) == QStringLiteral("2025-12-10"));
        REQUIRE(dialog.items().size() == 3);
        CHECK(dialog.items().at(2).amount == 15000);
        CHECK_FALSE(dialog.statusText().contains(MoneyFormat::money(15000)));
        if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1"))
            dialog.grab().save(QStringLiteral("/tmp/openingitems_%1_entered.png").arg(language));
        REQUIRE(dialog.save());
        CHECK(OpeningItems::itemsTotal(books.db(), ReceivablesEntities::sales()) == 100000);
        CHECK(dialog.items().size() == 3);
        // Opened from the invoice list, an opening item shows as the posted
        // document it is, without lines.
        InvoiceEdit invoice(*books.manager, *books.posting, Direction::Sales);
        REQUIRE(invoice.openRecord(dialog.items().constFirst().id));
        CHECK(invoice.totalsText().contains(MoneyFormat::money(60000)));
        // The payables: none entered yet, 400.00 unexplained.
        dialog.setDirection(Direction::Purchases);
        CHECK(dialog.items().isEmpty());
        CHECK(dialog.statusText().contains(MoneyFormat::money(40000)));
        OpeningBalancesPage page(*books.manager);
        page.resize(1000, 600);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        CHECK(page.openItemsText().contains(QStringLiteral("2202")));
        if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1")) {
            dialog.grab().save(QStringLiteral("/tmp/openingitems_%1_payables.png").arg(language));
            page.grab().save(QStringLiteral("/tmp/openingitems_%1_page.png").arg(language));
        }
    }
    Localization::apply(QStringLiteral("en"));
    FinanceTests::loadExtraTranslations(QStringLiteral("en"));
}
