#include "financeentities.h"

#include "database.h"
#include "foreigncurrency.h"

#include "budgetentities.h"
#include "bankentities.h"
#include "receivablesentities.h"
#include "voucherbook.h"
#include "vouchertemplates.h"
#include "workflow.h"

#include <QDate>

namespace Backroom::Finance {

namespace {
Field::Choice choice(const char *key, const char *label)
{
    return {QString::fromUtf8(key), [label] { return FinanceEntities::tr(label); }};
}
} // namespace

QStringList FinanceEntities::voucherWords()
{
    return {QStringLiteral("记"), QStringLiteral("收"), QStringLiteral("付"), QStringLiteral("转")};
}

QString FinanceEntities::reference(const QString &period, const QString &word, qint64 number)
{
    return QStringLiteral("%1 %2-%3").arg(period, word).arg(number, 4, 10, QLatin1Char('0'));
}

QString FinanceEntities::periodOf(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate FinanceEntities::firstDay(const QString &period)
{
    if (period.size() != 7 || period.at(4) != QLatin1Char('-'))
        return {};
    return QDate::fromString(period + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

QDate FinanceEntities::lastDay(const QString &period)
{
    const QDate first = firstDay(period);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

QString FinanceEntities::previousPeriod(const QString &period)
{
    const QDate first = firstDay(period);
    return first.isValid() ? periodOf(first.addMonths(-1)) : QString();
}

QString FinanceEntities::nextPeriod(const QString &period)
{
    const QDate first = firstDay(period);
    return first.isValid() ? periodOf(first.addMonths(1)) : QString();
}

QList<Entity> FinanceEntities::declarations()
{
    Entity account(FinanceEntities::account(), [] { return tr("Account"); }, [] { return tr("Chart of accounts"); });
    account
        .add(Field::text(QStringLiteral("code"), [] { return tr("Code"); }, 20)
                 .required()
                 .unique()
                 .searchable()
                 .help([] { return tr("Digits only: four for a first-level account (1001), two more for each level "
                                      "below it (100201 belongs under 1002)."); })
                 .validator([](const QVariant &value) {
                     const QString code = value.toString();
                     for (const QChar c : code)
                         if (!c.isDigit())
                             return tr("An account code has digits only.");
                     if (code.size() < 4 || code.size() % 2 != 0)
                         return tr("An account code has four digits, then two more for each level below the first.");
                     return QString();
                 })
                 .sample([](qint64 n) { return QStringLiteral("9%1").arg(n % 10000000, 7, 10, QLatin1Char('0')); }))
        .add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }, 100).required().searchable())
        .add(Field::choice(QStringLiteral("category"), [] { return tr("Category"); },
                           {choice("asset", QT_TR_NOOP("Asset")), choice("liability", QT_TR_NOOP("Liability")),
                            choice("equity", QT_TR_NOOP("Equity")), choice("cost", QT_TR_NOOP("Cost")),
                            choice("income", QT_TR_NOOP("Income")), choice("expense", QT_TR_NOOP("Expense"))})
                 .required())
        .add(Field::choice(QStringLiteral("side"), [] { return tr("Balance side"); },
                           {choice("debit", QT_TR_NOOP("Debit")), choice("credit", QT_TR_NOOP("Credit"))})
                 .required()
                 .defaultValue(QStringLiteral("debit")))
        .add(Field::boolean(QStringLiteral("needs_department"), [] { return tr("Department on every posting"); }))
        .add(Field::boolean(QStringLiteral("needs_partner"), [] { return tr("Partner on every posting"); }))
        .add(Field::boolean(QStringLiteral("needs_person"), [] { return tr("Person on every posting"); }))
        // 外币核算: every posting carries its amount in this currency and
        // the rate it was booked at.
        .add(Field::reference(QStringLiteral("currency"), [] { return tr("Foreign currency"); }, currency())
                 .help([] { return tr("Keep this account in a foreign currency (外币核算): every posting to it "
                                      "carries the original amount and the exchange rate. Leave empty for the "
                                      "company's own currency."); }))
        // Its postings carry amounts in the currency it had: another
        // currency would make them read as a different money.
        .rule([](Database &db, qint64 id, const QVariantMap &before, const QVariantMap &after) {
            const QString field = QStringLiteral("currency");
            if (before.isEmpty() || before.value(field).toLongLong() == after.value(field).toLongLong())
                return Entity::RuleBreach{};
            if (!db.scalar(QStringLiteral("SELECT 1 FROM finance_voucher_line WHERE account = ? LIMIT 1"), {id}))
                return Entity::RuleBreach{};
            return Entity::RuleBreach{field, tr("This account already has postings in its currency, which it keeps. "
                                                "Open a new account for another currency.")};
        })
        .displayField(QStringLiteral("name"));

    Entity money(currency(), [] { return tr("Currency"); }, [] { return tr("Currencies"); });
    money
        .add(Field::text(QStringLiteral("code"), [] { return tr("Code"); }, 3)
                 .required()
                 .unique()
                 .searchable()
                 .help([] { return tr("The ISO 4217 code: USD, EUR, JPY."); })
                 .validator([](const QVariant &value) {
                     const QString code = value.toString();
                     bool letters = code.size() == 3;
                     for (const QChar c : code)
                         letters = letters && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                     return letters ? QString() : tr("A currency code is three capital letters (ISO 4217), as USD.");
                 })
                 .sample([](qint64 n) {
                     QString code;
                     for (int i = 0; i < 3; ++i, n /= 26)
                         code.prepend(QChar(u'A' + char16_t(n % 26)));
                     return code;
                 }))
        .add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }, 60).required().searchable())
        // ISO 4217's "minor unit": digits after the point (the column is not
        // called decimals, a word the schema checks keep out of column types).
        .add(Field::integer(QStringLiteral("minor_units"), [] { return tr("Decimals"); })
                 .range(0, 4)
                 .defaultValue(2)
                 .help([] { return tr("Digits after the point of its amounts: 2 for USD, 0 for JPY."); }))
        .add(Field::boolean(QStringLiteral("active"), [] { return tr("Active"); }).defaultValue(true))
        .displayField(QStringLiteral("code"))
        .archivable(false);

    // One rate per currency and day (FinanceSchema's unique index); a
    // voucher takes the latest on or before its date.
    Entity rate(exchangeRate(), [] { return tr("Exchange rate"); }, [] { return tr("Exchange rates"); });
    rate.add(Field::reference(QStringLiteral("currency"), [] { return tr("Currency"); }, currency()).required())
        .add(Field::date(QStringLiteral("date"), [] { return tr("Effective date"); }).required())
        .add(Field::quantity(QStringLiteral("rate"), [] { return tr("Rate"); }, ForeignCurrency::RateScale)
                 .required()
                 .help([] { return tr("Units of the company's currency for one unit of this one: 7.1234 yuan "
                                      "for one US dollar."); })
                 .validator([](const QVariant &value) {
                     return value.toLongLong() > 0 ? QString() : tr("An exchange rate is more than zero.");
                 }))
        .displayField(QStringLiteral("date"))
        .archivable(false);

    Workflow flow;
    flow.state(draft(), [] { return tr("Draft"); }, true, Workflow::Tone::Neutral)
        .state(reviewed(), [] { return tr("Reviewed"); }, false, Workflow::Tone::Progress)
        .state(posted(), [] { return tr("Posted"); }, false, Workflow::Tone::Success);
    flow.addTransition({QStringLiteral("review"), [] { return tr("Review"); }, {draft()}, reviewed(),
                        QStringLiteral("approve"), {}, false, Workflow::Comment::None, &VoucherBook::reviewRefusal});
    flow.addTransition({QStringLiteral("unreview"), [] { return tr("Cancel Review"); }, {reviewed()}, draft(),
                        QStringLiteral("approve"), {}, false, Workflow::Comment::Optional});
    flow.addTransition({QStringLiteral("post"), [] { return tr("Post"); }, {reviewed()}, posted(),
                        QStringLiteral("post"), {}, true, Workflow::Comment::None, &VoucherBook::postingRefusal});

    // The word is stored and printed as the character; an English-speaking
    // clerk reads what it stands for beside it.
    const QList<Field::Choice> words{choice("记", QT_TR_NOOP("General (记)")), choice("收", QT_TR_NOOP("Receipt (收)")),
                                     choice("付", QT_TR_NOOP("Payment (付)")), choice("转", QT_TR_NOOP("Transfer (转)"))};
    Entity voucher(FinanceEntities::voucher(), [] { return tr("Voucher"); }, [] { return tr("Vouchers"); });
    voucher
        .add(Field::choice(QStringLiteral("word"), [] { return tr("Voucher word"); }, words)
                 .required()
                 .defaultValue(QStringLiteral("记")))
        .add(Field::text(QStringLiteral("reference"), [] { return tr("Voucher"); }, 40)
                 .readOnly()
                 .searchable()
                 .help([] { return tr("Period, word and number, as the voucher is known: 2026-11 记-0007."); }))
        .add(Field::integer(QStringLiteral("number"), [] { return tr("Number"); })
                 .readOnly()
                 .help([] { return tr("Given when the voucher is saved: gap-free per voucher word and month."); }))
        .add(Field::date(QStringLiteral("date"), [] { return tr("Date"); }).required())
        .add(Field::text(QStringLiteral("period"), [] { return tr("Period"); }, 7).readOnly())
        .add(Field::integer(QStringLiteral("attachments"), [] { return tr("Attachments"); })
                 .range(0, 9999)
                 .defaultValue(0)
                 .help([] { return tr("How many source documents (receipts, invoices) are clipped to the voucher."); }))
        .add(Field::text(QStringLiteral("summary"), [] { return tr("Summary"); }, 200).searchable().readOnly())
        .add(Field::money(QStringLiteral("total"), [] { return tr("Amount"); }).readOnly())
        .add(Field::reference(QStringLiteral("reverses"), [] { return tr("Reverses"); }, FinanceEntities::voucher())
                 .readOnly())
        // What made the voucher: a clerk's entry, the books' opening balances
        // (dated in the period before the books start, so every report reads
        // them as brought forward) or the profit-and-loss carry-forward a
        // period close generates (which the income statement leaves out),
        // closing December's carry of 本年利润 to 未分配利润 (year_end), or
        // a voucher read from a file (VoucherImport), or the month-end
        // revaluation of foreign-currency balances (Revaluation, 期末调汇).
        .add(Field::choice(QStringLiteral("kind"), [] { return tr("Kind"); },
                           {choice("entry", QT_TR_NOOP("Entry")), choice("opening", QT_TR_NOOP("Opening balances")),
                            choice("closing", QT_TR_NOOP("Profit and loss carried forward")),
                            choice("year_end", QT_TR_NOOP("Year's profit carried to retained earnings")),
                            choice("imported", QT_TR_NOOP("Imported")),
                            choice("generated", QT_TR_NOOP("Generated from a document")),
                            choice("revaluation", QT_TR_NOOP("Exchange revaluation"))})
                 .required()
                 .readOnly()
                 .defaultValue(QStringLiteral("entry")))
        // The document a generated voucher comes from (an invoice, a
        // payslip run…), made through the posting service (VoucherPosting).
        .add(Field::text(QStringLiteral("source_entity"), [] { return tr("Source kind"); }, 60).readOnly())
        .add(Field::integer(QStringLiteral("source_id"), [] { return tr("Source record"); }).readOnly())
        .add(Field::text(QStringLiteral("source_number"), [] { return tr("Source document"); }, 60)
                 .readOnly()
                 .searchable())
        .add(Field::childLines(QStringLiteral("lines"), [] { return tr("Lines"); }, FinanceEntities::voucherLine(),
                               QStringLiteral("voucher"))
                 .orderedBy(QStringLiteral("line_no")))
        .displayField(QStringLiteral("reference"))
        .archivable(false)
        .workflow(flow);

    Entity line(FinanceEntities::voucherLine(), [] { return tr("Voucher line"); }, [] { return tr("Voucher lines"); });
    line.add(Field::reference(QStringLiteral("voucher"), [] { return tr("Voucher"); }, FinanceEntities::voucher()).required())
        .add(Field::integer(QStringLiteral("line_no"), [] { return tr("Line"); }))
        .add(Field::text(QStringLiteral("summary"), [] { return tr("Summary"); }, 200).required().searchable())
        .add(Field::reference(QStringLiteral("account"), [] { return tr("Account"); }, FinanceEntities::account()).required())
        .add(Field::money(QStringLiteral("debit"), [] { return tr("Debit"); }).defaultValue(0))
        .add(Field::money(QStringLiteral("credit"), [] { return tr("Credit"); }).defaultValue(0))
        .add(Field::reference(QStringLiteral("department"), [] { return tr("Department"); }, QStringLiteral("core.department")))
        .add(Field::reference(QStringLiteral("partner"), [] { return tr("Partner"); }, QStringLiteral("core.partner")))
        .add(Field::reference(QStringLiteral("person"), [] { return tr("Person"); }, QStringLiteral("core.person")));
    for (const Field &field : ForeignCurrency::lineFields())
        line.add(field);
    line.displayField(QStringLiteral("summary")).archivable(false);

    // A month's books: open, or closed (结账) and locked against any change
    // to its vouchers. A month without a row is open; rows are written only
    // by PeriodClose, which audits every close and reopening.
    Entity period(FinanceEntities::period(), [] { return tr("Accounting period"); },
                  [] { return tr("Accounting periods"); });
    period.add(Field::text(QStringLiteral("period"), [] { return tr("Period"); }, 7)
                   .required()
                   .unique()
                   .validator([](const QVariant &value) {
                       return FinanceEntities::firstDay(value.toString()).isValid()
                                  ? QString()
                                  : tr("A period is a month written as 2026-11.");
                   })
                   .sample([](qint64 n) { return periodOf(QDate(2000, 1, 1).addMonths(int(n % 12000))); }))
        .add(Field::choice(QStringLiteral("state"), [] { return tr("State"); },
                           {choice("open", QT_TR_NOOP("Open")), choice("closed", QT_TR_NOOP("Closed"))})
                 .required()
                 .readOnly()
                 .defaultValue(QStringLiteral("open")))
        .add(Field::text(QStringLiteral("closed_by"), [] { return tr("Closed by"); }, 100).readOnly())
        .add(Field::dateTime(QStringLiteral("closed_at"), [] { return tr("Closed at"); }).readOnly())
        .add(Field::reference(QStringLiteral("carry_voucher"), [] { return tr("Carry-forward voucher"); },
                              FinanceEntities::voucher())
                 .readOnly())
        .displayField(QStringLiteral("period"))
        .archivable(false);

    return QList<Entity>{account, money, rate, voucher, line, period} + ReceivablesEntities::declarations()
           + BudgetEntities::declarations()
           + BankEntities::declarations()
           + VoucherTemplates::declarations();
}

} // namespace Backroom::Finance
