// The VAT summary: output and input tax per rate from posted invoices and
// bills in a range, cancelled and draft ones left out, the tax payable or
// the credit carried forward, and the VAT accounts' posted figures beside
// them so a manual voucher on VAT shows as a difference.
#include "database.h"
#include "extensionregistries.h"
#include "financebooks.h"
#include "invoicebook.h"
#include "receivablesentities.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "vatsummary.h"
#include "voucherposting.h"
#include "voucherpostingservice.h"

#include <catch2/catch.hpp>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;
using Direction = ReceivablesEntities::Direction;

namespace {

struct TaxBooks : Books
{
    ExtensionRegistries registries;
    std::unique_ptr<VoucherPosting> posting;
    qint64 customer = 0;
    qint64 supplier = 0;

    TaxBooks()
    {
        REQUIRE(registries.voucherPosting.add(QStringLiteral("finance"), VoucherPostingService::contribution()));
        posting = std::make_unique<VoucherPosting>(registries);
        customer = partner("C001", "customer");
        supplier = partner("S001", "supplier");
    }

    qint64 partner(const char *code, const char *kind)
    {
        const Records::Result made = accountant->create(QStringLiteral("core.partner"),
                                                        {{QStringLiteral("code"), QString::fromLatin1(code)},
                                                         {QStringLiteral("name"), QString::fromLatin1(code)},
                                                         {QStringLiteral("kind"), QString::fromLatin1(kind)}});
        REQUIRE(made.ok());
        return made.id;
    }

    // Amounts with tax, one line per (rate, amount); saved, and posted
    // unless `post` is false. The invoice's id and version.
    Records::Result invoice(Direction direction, const QDate &date, const QList<std::pair<const char *, qint64>> &lines,
                            bool post = true)
    {
        InvoiceBook book(*manager, *posting, direction);
        Invoice invoice;
        invoice.partner = direction == Direction::Sales ? customer : supplier;
        invoice.date = date;
        for (const auto &[rate, amount] : lines)
            invoice.lines.append(InvoiceLine{0, QStringLiteral("货物"), 0, 0, QString::fromLatin1(rate), 0, amount});
        Records::Result saved = book.save(invoice);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        if (post) {
            saved = book.post(saved.id, saved.version);
            INFO(saved.message.toStdString());
            REQUIRE(saved.ok());
        }
        return saved;
    }
};

const VatSummary::RateRow &rate(const VatSummary::Side &side, const char *key)
{
    for (const VatSummary::RateRow &row : side.rates)
        if (row.rate == QLatin1String(key))
            return row;
    FAIL("no row for the rate");
    return side.rates.first();
}

} // namespace

TEST_CASE("VAT summary: output and input tax by rate, payable, and the books beside them", "[finance][vat][backends]")
{
    TaxBooks books;
    const QDate nov(2026, 11, 1);
    books.invoice(Direction::Sales, nov.addDays(2), {{"13", 11'300'00}, {"6", 1'060'00}, {"exempt", 500'00}});
    books.invoice(Direction::Sales, nov.addDays(19), {{"9", 10'900'00}});
    // Cancelled (its red voucher nets it in the books) and a draft: neither counts.
    const Records::Result cancelled = books.invoice(Direction::Sales, nov.addDays(24), {{"13", 2'260'00}});
    REQUIRE(InvoiceBook(*books.manager, *books.posting, Direction::Sales)
                .cancel(cancelled.id, books.manager->read(ReceivablesEntities::sales().invoice, cancelled.id)->version)
                .ok());
    books.invoice(Direction::Sales, nov.addDays(9), {{"13", 5'650'00}}, false);
    books.invoice(Direction::Sales, QDate(2026, 12, 1), {{"13", 1'130'00}});
    books.invoice(Direction::Purchases, nov.addDays(4), {{"13", 5'650'00}});
    books.invoice(Direction::Purchases, nov.addDays(14), {{"3", 1'030'00}});
    books.invoice(Direction::Purchases, QDate(2026, 10, 8), {{"13", 11'300'00}});

    QString error;
    auto result = VatSummary::compute(books.db(), nov, QDate(2026, 11, 30), &error);
    INFO(error.toStdString());
    REQUIRE(result);
    REQUIRE(result->output.rates.size() == 7);
    CHECK(rate(result->output, "13").net == 10'000'00);
    CHECK(rate(result->output, "13").tax == 1'300'00);
    CHECK(rate(result->output, "13").gross() == 11'300'00);
    CHECK(rate(result->output, "13").documents == 1);
    CHECK(rate(result->output, "9").tax == 900'00);
    CHECK(rate(result->output, "6").net == 1'000'00);
    CHECK(rate(result->output, "6").tax == 60'00);
    CHECK(rate(result->output, "exempt").net == 500'00);
    CHECK(rate(result->output, "exempt").tax == 0);
    CHECK(rate(result->output, "3").net == 0);
    CHECK(result->output.net == 21'500'00);
    CHECK(result->output.tax == 2'260'00);
    CHECK(result->input.net == 6'000'00);
    CHECK(result->input.tax == 680'00);
    CHECK(rate(result->input, "3").tax == 30'00);
    CHECK(result->payable() == 1'580'00);
    CHECK(result->carriedForward() == 0);
    CHECK(result->output.account == QStringLiteral("22210102"));
    CHECK(result->input.account == QStringLiteral("22210101"));
    CHECK(result->output.ledgerTax == 2'260'00);
    CHECK(result->input.ledgerTax == 680'00);
    CHECK(result->output.difference() == 0);
    CHECK(result->input.difference() == 0);

    // October: only a bill, so the input tax is carried forward.
    result = VatSummary::compute(books.db(), QDate(2026, 10, 1), QDate(2026, 10, 31), &error);
    REQUIRE(result);
    CHECK(result->payable() == 0);
    CHECK(result->carriedForward() == 1'300'00);

    // A manual voucher on input VAT shows as a difference.
    books.post(books.voucher(QDate(2026, 11, 28), "22210101", "100201", 100'00, QStringLiteral("补记进项税")));
    // The quarter: October to December.
    const ReportDefinition report = VatSummary::report();
    CHECK(report.declarationErrors().isEmpty());
    QVariantMap values;
    REQUIRE(report.resolveParameters({{QStringLiteral("from"), QStringLiteral("2026-10")},
                                      {QStringLiteral("to"), QStringLiteral("2026-12")}},
                                     &values, &error));
    const auto run = ReportRunner::run(report, values, *books.accountant, {}, {}, &error);
    INFO(error.toStdString());
    REQUIRE(run);
    QStringList items;
    for (int row = 0; row < run->rowCount(); ++row)
        items.append(run->value(row, 0).toString().trimmed());
    INFO(items.join(QLatin1Char('\n')).toStdString());
    const auto rowOf = [&](const QString &item, int from = 0) { return int(items.indexOf(item, from)); };
    const int total = rowOf(QStringLiteral("Total output tax"));
    REQUIRE(total > 0);
    CHECK(run->value(total, 2).toLongLong() == 22'500'00);
    CHECK(run->value(total, 3).toLongLong() == 2'390'00);
    CHECK(run->value(total, 4).toLongLong() == 24'890'00);
    const int input = rowOf(QStringLiteral("Total input tax"));
    REQUIRE(input > total);
    CHECK(run->value(input, 3).toLongLong() == 1'980'00);
    const int payable = rowOf(QStringLiteral("Tax payable (output less input)"));
    REQUIRE(payable > input);
    CHECK(run->value(payable, 3).toLongLong() == 410'00);
    const int difference = rowOf(QStringLiteral("DIFFERENCE (books less invoices)"));
    REQUIRE(difference > payable);
    CHECK(run->value(difference, 3).toLongLong() == 100'00);
    CHECK(run->value(difference - 1, 3).toLongLong() == 2'080'00);
    CHECK(items.contains(QStringLiteral("Difference (books less invoices): none")));
    CHECK(items.contains(QStringLiteral("Input tax posted to 22210101")));
}
