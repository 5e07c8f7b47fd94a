#include "ledgerreports.h"

#include "accountdirectory.h"
#include "accountledger.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "generalledger.h"
#include "journal.h"
#include "records.h"
#include "reportcontext.h"
#include "reportresult.h"

#include <QDate>

#include <optional>

namespace Backroom::Finance {

namespace {

using Column = ReportDefinition::Column;
using Parameter = ReportDefinition::Parameter;

Field::Choice option(const char *key, const char *label)
{
    return {QString::fromLatin1(key), [label] { return LedgerReports::tr(label); }};
}

bool fail(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
    return false;
}

// A range's end from its parameter: a period (which arrives as its first
// day) counts to its last day when it ends the range; a date is itself.
QDate rangeDate(const ReportContext &context, const QString &key, bool end, const QDate &fallback)
{
    QDate date = context.parameter(key).toDate();
    if (!date.isValid())
        date = fallback;
    const Parameter *parameter = context.definition().parameter(key);
    if (parameter && parameter->type == Parameter::Type::Period) {
        date = QDate(date.year(), date.month(), 1);
        if (end)
            date = date.addMonths(1).addDays(-1);
    }
    return date;
}

struct Range
{
    QDate from;
    QDate to;
};

std::optional<Range> rangeOf(const ReportContext &context, QString *errorString)
{
    const QDate today = QDate::currentDate();
    Range range{rangeDate(context, QStringLiteral("from"), false, QDate(today.year(), today.month(), 1)),
                rangeDate(context, QStringLiteral("to"), true, today)};
    if (range.to < range.from) {
        fail(errorString, LedgerReports::tr("The end of the range comes before its start."));
        return std::nullopt;
    }
    return range;
}

bool unposted(const ReportContext &context)
{
    return context.parameter(QStringLiteral("unposted")).toString() == QLatin1String("yes");
}

bool canRead(ReportContext &context, QString *errorString)
{
    return context.records().check(QStringLiteral("read"), FinanceEntities::voucher(), errorString);
}

QVariant amount(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

// A ledger's rows as cells: the balance on the side it lies, with 借/贷/平.
bool addLedgerRows(ReportContext &context, const QList<AccountLedger::Row> &rows, bool counterAccounts)
{
    for (const AccountLedger::Row &row : rows) {
        const bool line = row.kind == AccountLedger::Kind::Line;
        QVariantList values{row.date.isValid() && row.kind != AccountLedger::Kind::PeriodTotal
                                    && row.kind != AccountLedger::Kind::YearTotal
                                ? QVariant(row.date)
                                : QVariant(),
                            row.reference, row.summary};
        if (counterAccounts)
            values.append(row.counterAccounts);
        // A total shows its nil sides; a line only the side it is on.
        const bool totals = row.kind != AccountLedger::Kind::Opening && !line;
        values << (totals ? QVariant(row.debit) : amount(row.debit))
               << (totals ? QVariant(row.credit) : amount(row.credit)) << AccountLedger::direction(row.balance)
               << QVariant(qAbs(row.balance));
        if (!context.addRow(values, line ? FinanceEntities::voucher() : QString(), line ? row.voucherId : 0))
            return false;
    }
    return true;
}

bool runGeneralLedger(ReportContext &context, QString *errorString)
{
    if (!canRead(context, errorString))
        return false;
    GeneralLedger::Options options;
    const QDate today = QDate::currentDate();
    options.fromPeriod = FinanceEntities::periodOf(rangeDate(context, QStringLiteral("from"), false, QDate(today.year(), 1, 1)));
    options.toPeriod = FinanceEntities::periodOf(rangeDate(context, QStringLiteral("to"), true, today));
    if (options.toPeriod < options.fromPeriod)
        return fail(errorString, LedgerReports::tr("The end of the range comes before its start."));
    options.accountId = context.parameter(QStringLiteral("account")).toLongLong();
    options.maxLevel = context.parameter(QStringLiteral("level")).toString().toInt();
    options.includeUnposted = unposted(context);
    const auto rows = GeneralLedger::compute(context.database(), options, errorString);
    if (!rows)
        return false;
    for (const GeneralLedger::Row &row : *rows) {
        // The account is named on its first row, as the printed book does.
        const bool first = row.kind == GeneralLedger::Kind::Opening;
        const QString indent(std::max(0, row.level - 1) * 2, QLatin1Char(' '));
        if (!context.addRow({first ? row.code : QString(), first ? indent + row.name : QString(), row.period,
                             row.summary, first ? QVariant() : QVariant(row.debit),
                             first ? QVariant() : QVariant(row.credit), AccountLedger::direction(row.balance),
                             qAbs(row.balance)},
                            FinanceEntities::account(), row.accountId))
            return false;
    }
    return true;
}

// The account, months and vouchers an account ledger report was asked for.
std::optional<AccountLedger::Options> ledgerOptions(ReportContext &context, QString *errorString)
{
    if (!canRead(context, errorString))
        return std::nullopt;
    const auto range = rangeOf(context, errorString);
    if (!range)
        return std::nullopt;
    AccountLedger::Options options;
    options.accountId = context.parameter(QStringLiteral("account")).toLongLong();
    if (!options.accountId) {
        fail(errorString, LedgerReports::tr("Choose the account whose ledger to show."));
        return std::nullopt;
    }
    options.from = range->from;
    options.to = range->to;
    options.includeUnposted = unposted(context);
    return options;
}

bool runAccountLedger(ReportContext &context, QString *errorString)
{
    const std::optional<AccountLedger::Options> options = ledgerOptions(context, errorString);
    if (!options)
        return false;
    const auto rows = AccountLedger::compute(context.database(), *options, errorString);
    return rows && addLedgerRows(context, *rows, false);
}

// 外币金额式明细账: the account ledger of an account kept in a foreign
// currency, each figure in the original currency and in 分. The original
// amounts show with two decimals whatever the currency's (a column has one
// scale, see ForeignCurrency::inHundredths).
bool runForeignLedger(ReportContext &context, QString *errorString)
{
    std::optional<AccountLedger::Options> asked = ledgerOptions(context, errorString);
    if (!asked)
        return false;
    AccountLedger::Options &options = *asked;
    Database &db = context.database();
    AccountDirectory accounts(db);
    const std::optional<AccountDirectory::Account> account = accounts.account(options.accountId);
    if (!account || account->currency <= 0)
        return fail(errorString, LedgerReports::tr("%1 is not kept in a foreign currency; its account ledger shows it.")
                                     .arg(account ? account->code + QLatin1Char(' ') + account->name : QString()));
    const int decimals = account->currencyDecimals;
    options.foreign = true;
    const auto rows = AccountLedger::compute(db, options, errorString);
    if (!rows)
        return false;
    for (const AccountLedger::Row &row : *rows) {
        const bool line = row.kind == AccountLedger::Kind::Line;
        const bool totals = row.kind != AccountLedger::Kind::Opening && !line;
        const auto figure = [totals](qint64 value) { return totals ? QVariant(value) : amount(value); };
        const QVariantList values{row.date.isValid() && row.kind != AccountLedger::Kind::PeriodTotal
                                          && row.kind != AccountLedger::Kind::YearTotal
                                      ? QVariant(row.date)
                                      : QVariant(),
                                  row.reference,
                                  row.summary,
                                  line && row.rate > 0 ? QVariant(row.rate) : QVariant(),
                                  figure(ForeignCurrency::inHundredths(row.foreignDebit, decimals)),
                                  figure(row.debit),
                                  figure(ForeignCurrency::inHundredths(row.foreignCredit, decimals)),
                                  figure(row.credit),
                                  AccountLedger::direction(row.balance),
                                  QVariant(qAbs(ForeignCurrency::inHundredths(row.foreignBalance, decimals))),
                                  QVariant(qAbs(row.balance))};
        if (!context.addRow(values, line ? FinanceEntities::voucher() : QString(), line ? row.voucherId : 0))
            return false;
    }
    return true;
}

// 现金日记账 and 银行日记账: the ledger of the cash (1001) or bank (1002)
// account — the same code in both charts the module ships — or of one
// account under it, by day.
bool cashBookOf(ReportContext &context, const QString &rootCode, QString *errorString)
{
    if (!canRead(context, errorString))
        return false;
    const auto range = rangeOf(context, errorString);
    if (!range)
        return false;
    Database &db = context.database();
    AccountLedger::Options options;
    options.accountId = context.parameter(QStringLiteral("account")).toLongLong();
    if (options.accountId) {
        const auto code = db.scalar(QStringLiteral("SELECT code FROM finance_account WHERE id = ?"), {options.accountId});
        if (!code || !code->toString().startsWith(rootCode))
            return fail(errorString, LedgerReports::tr("Choose account %1 or an account under it.").arg(rootCode));
    } else {
        options.accountId = AccountLedger::accountByCode(db, rootCode);
        if (!options.accountId)
            return fail(errorString, LedgerReports::tr("The chart of accounts has no account %1.").arg(rootCode));
    }
    options.from = range->from;
    options.to = range->to;
    options.includeUnposted = unposted(context);
    options.dailyTotals = true;
    options.counterAccounts = true;
    const auto rows = AccountLedger::compute(db, options, errorString);
    return rows && addLedgerRows(context, *rows, true);
}

bool runJournal(ReportContext &context, QString *errorString)
{
    if (!canRead(context, errorString))
        return false;
    const auto range = rangeOf(context, errorString);
    if (!range)
        return false;
    Journal::Options options{range->from, range->to, unposted(context)};
    bool canceled = false;
    const bool ok = Journal::forEachLine(
        context.database(), options,
        [&](const Journal::Line &line) {
            canceled = !context.addRow({line.date, line.reference, line.summary, line.code, line.name,
                                        amount(line.debit), amount(line.credit)},
                                       FinanceEntities::voucher(), line.voucherId);
            return !canceled;
        },
        errorString);
    return ok && !canceled;
}

ReportDefinition &commonParameters(ReportDefinition &report, bool dates)
{
    const QDate today = QDate::currentDate();
    if (dates) {
        report.addParameter(Parameter::date(QStringLiteral("from"), [] { return LedgerReports::tr("From date"); })
                                .setDefault(QDate(today.year(), today.month(), 1)))
            .addParameter(Parameter::date(QStringLiteral("to"), [] { return LedgerReports::tr("To date"); })
                              .setDefault(today));
    } else {
        // The year so far, as a clerk looks at the books most days.
        report.addParameter(Parameter::period(QStringLiteral("from"), [] { return LedgerReports::tr("From period"); })
                                .setDefault(QDate(today.year(), 1, 1)))
            .addParameter(Parameter::period(QStringLiteral("to"), [] { return LedgerReports::tr("To period"); })
                              .setDefault(QDate(today.year(), today.month(), 1)));
    }
    return report;
}

Parameter vouchersParameter()
{
    return Parameter::choice(QStringLiteral("unposted"), [] { return LedgerReports::tr("Vouchers"); },
                             {option("no", QT_TRANSLATE_NOOP("Backroom::Finance::LedgerReports", "Posted only")),
                              option("yes", QT_TRANSLATE_NOOP("Backroom::Finance::LedgerReports", "Posted and not yet posted"))})
        .setDefault(QStringLiteral("no"));
}

Parameter accountParameter(bool required)
{
    return Parameter::reference(QStringLiteral("account"), [] { return LedgerReports::tr("Account"); },
                                FinanceEntities::account())
        .setRequired(required);
}

// Date, voucher, summary[, counter-account], debit, credit, direction, balance.
ReportDefinition &ledgerColumns(ReportDefinition &report, bool counterAccounts)
{
    report.addColumn(Column::date(QStringLiteral("date"), [] { return LedgerReports::tr("Date"); }))
        .addColumn(Column::text(QStringLiteral("voucher"), [] { return LedgerReports::tr("Voucher"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return LedgerReports::tr("Summary"); }));
    if (counterAccounts)
        report.addColumn(Column::text(QStringLiteral("counter_account"), [] { return LedgerReports::tr("Counter-account"); }));
    return report
        .addColumn(Column::money(QStringLiteral("debit"), [] { return LedgerReports::tr("Debit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("credit"), [] { return LedgerReports::tr("Credit"); }, Column::Total::None))
        .addColumn(Column::text(QStringLiteral("direction"), [] { return LedgerReports::tr("Dr/Cr"); }))
        .addColumn(Column::money(QStringLiteral("balance"), [] { return LedgerReports::tr("Balance"); }, Column::Total::None))
        .grandTotal(false);
}

int columnOf(const ReportResult &result, const char *key)
{
    for (int i = 0; i < result.columnCount(); ++i)
        if (result.columns().at(i).key == QLatin1String(key))
            return i;
    return -1;
}

// 过次页 / 承前页 on the printed ledgers, as 会计基础工作规范 (第六十条) has
// them: the balance at the foot of the page and, for the 明细账 and the
// journals, the debits and credits from the start of the month to the foot
// of the page (its voucher lines since the last month total or the
// opening line); for the 总账, whose every line is a total, the year's
// debits and credits so far. Nothing carries where
// the next page starts another account.
const QStringList &carriedColumns()
{
    static const QStringList carried{QStringLiteral("debit"), QStringLiteral("credit"), QStringLiteral("direction"),
                                     QStringLiteral("balance")};
    return carried;
}

// The 明细账 and the cash and bank journals: voucher lines open a voucher,
// totals and the opening line nothing; month and year totals have no date,
// the opening line and day totals have one.
ReportDefinition::CarryForward monthToDateCarry()
{
    return {QStringLiteral("summary"), carriedColumns(), [](const ReportResult &result, int lastRow, int) -> QVariantList {
        const int debit = columnOf(result, "debit"), credit = columnOf(result, "credit");
        const int date = columnOf(result, "date");
        const auto isMonthTotal = [&](int row) {
            return result.rowRecordId(row) == 0 && result.value(row, date).isNull();
        };
        qint64 debits = 0, credits = 0;
        if (isMonthTotal(lastRow)) {
            // A month or year total ends the page: it carries its own figures.
            debits = result.value(lastRow, debit).toLongLong();
            credits = result.value(lastRow, credit).toLongLong();
        } else {
            for (int row = lastRow; row > 0 && !isMonthTotal(row); --row) {
                if (result.rowRecordId(row) == 0)
                    continue;   // a day's total: its lines are counted already
                debits += result.value(row, debit).toLongLong();
                credits += result.value(row, credit).toLongLong();
            }
        }
        return {debits, credits, result.value(lastRow, columnOf(result, "direction")),
                result.value(lastRow, columnOf(result, "balance"))};
    }};
}

ReportDefinition::CarryForward generalLedgerCarry()
{
    return {QStringLiteral("summary"), carriedColumns(), [](const ReportResult &result, int lastRow, int nextRow) -> QVariantList {
        // The account's first line names it: a new account starts.
        const int code = columnOf(result, "code");
        if (!result.value(nextRow, code).toString().isEmpty())
            return {};
        // The account's lines: its opening line, then per period the
        // period's total and the year's. The page carries the year
        // so far (自年初起至本页末止): after a period's total that
        // is the year's line that follows it.
        int opening = lastRow;
        while (opening > 0 && result.value(opening, code).toString().isEmpty())
            --opening;
        int figures = lastRow;
        if ((lastRow - opening) % 2 == 1 && lastRow + 1 < result.rowCount())
            figures = lastRow + 1;
        const bool none = figures == opening;
        return {none ? 0 : result.value(figures, columnOf(result, "debit")).toLongLong(),
                none ? 0 : result.value(figures, columnOf(result, "credit")).toLongLong(),
                result.value(lastRow, columnOf(result, "direction")),
                result.value(lastRow, columnOf(result, "balance"))};
    }};
}

} // namespace

QList<ReportDefinition> LedgerReports::declarations()
{
    ReportDefinition general(generalLedger(), [] { return tr("General ledger"); });
    general.description([] {
        return tr("Per account: the opening balance, then each period's debits and credits with the balance after "
                  "and the year's so far, sub-accounts included (总分类账).");
    });
    commonParameters(general, false)
        .addParameter(accountParameter(false))
        .addParameter(Parameter::choice(QStringLiteral("level"), [] { return tr("Account levels"); },
                                        {option("1", QT_TRANSLATE_NOOP("Backroom::Finance::LedgerReports", "First level only")),
                                         option("2", QT_TRANSLATE_NOOP("Backroom::Finance::LedgerReports", "Down to the second level")),
                                         option("0", QT_TRANSLATE_NOOP("Backroom::Finance::LedgerReports", "All levels"))})
                          .setDefault(QStringLiteral("1")))
        .addParameter(vouchersParameter())
        .addColumn(Column::text(QStringLiteral("code"), [] { return tr("Code"); }))
        .addColumn(Column::text(QStringLiteral("name"), [] { return tr("Account"); }))
        .addColumn(Column::text(QStringLiteral("period"), [] { return tr("Period"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return tr("Summary"); }))
        .addColumn(Column::money(QStringLiteral("debit"), [] { return tr("Debit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("credit"), [] { return tr("Credit"); }, Column::Total::None))
        .addColumn(Column::text(QStringLiteral("direction"), [] { return tr("Dr/Cr"); }))
        .addColumn(Column::money(QStringLiteral("balance"), [] { return tr("Balance"); }, Column::Total::None))
        .grandTotal(false)
        // A double click on an account opens its detail ledger for the same periods.
        .drillThrough(FinanceEntities::account(), accountLedger(), QStringLiteral("account"))
        .carryForward(generalLedgerCarry())
        .query(runGeneralLedger);

    ReportDefinition detail(accountLedger(), [] { return tr("Account ledger"); });
    detail.description([] {
        return tr("One account's voucher lines in date order with the running balance, after the opening balance, "
                  "with each period's and the year's totals; sub-accounts included (明细账).");
    });
    detail.addParameter(accountParameter(true));
    commonParameters(detail, false).addParameter(vouchersParameter());
    ledgerColumns(detail, false).carryForward(monthToDateCarry()).query(runAccountLedger);

    ReportDefinition foreign(foreignLedger(), [] { return tr("Foreign-currency ledger"); });
    foreign.description([] {
        return tr("An account kept in a foreign currency: each line's original amount, rate and local amount, with "
                  "the balance in both (外币金额式明细账).");
    });
    foreign.addParameter(accountParameter(true));
    commonParameters(foreign, false).addParameter(vouchersParameter());
    foreign.addColumn(Column::date(QStringLiteral("date"), [] { return tr("Date"); }))
        .addColumn(Column::text(QStringLiteral("voucher"), [] { return tr("Voucher"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return tr("Summary"); }))
        .addColumn(Column::quantity(QStringLiteral("rate"), [] { return tr("Rate"); }, ForeignCurrency::RateScale,
                                    Column::Total::None))
        .addColumn(Column::quantity(QStringLiteral("foreign_debit"), [] { return tr("Debit (original)"); }, 2,
                                    Column::Total::None))
        .addColumn(Column::money(QStringLiteral("debit"), [] { return tr("Debit (local)"); }, Column::Total::None))
        .addColumn(Column::quantity(QStringLiteral("foreign_credit"), [] { return tr("Credit (original)"); }, 2,
                                    Column::Total::None))
        .addColumn(Column::money(QStringLiteral("credit"), [] { return tr("Credit (local)"); }, Column::Total::None))
        .addColumn(Column::text(QStringLiteral("direction"), [] { return tr("Dr/Cr"); }))
        .addColumn(Column::quantity(QStringLiteral("foreign_balance"), [] { return tr("Balance (original)"); }, 2,
                                    Column::Total::None))
        .addColumn(Column::money(QStringLiteral("balance"), [] { return tr("Balance (local)"); }, Column::Total::None))
        .grandTotal(false)
        .query(runForeignLedger);

    ReportDefinition lines(journal(), [] { return tr("Journal"); });
    lines.description([] {
        return tr("Every voucher line in date and voucher order, with the account (序时账).");
    });
    // A month: a year of a busy company's lines is a long book.
    const QDate today = QDate::currentDate();
    lines.addParameter(Parameter::period(QStringLiteral("from"), [] { return tr("From period"); })
                           .setDefault(QDate(today.year(), today.month(), 1)))
        .addParameter(Parameter::period(QStringLiteral("to"), [] { return tr("To period"); })
                          .setDefault(QDate(today.year(), today.month(), 1)))
        .addParameter(vouchersParameter())
        .addColumn(Column::date(QStringLiteral("date"), [] { return tr("Date"); }))
        .addColumn(Column::text(QStringLiteral("voucher"), [] { return tr("Voucher"); }))
        .addColumn(Column::text(QStringLiteral("summary"), [] { return tr("Summary"); }))
        .addColumn(Column::text(QStringLiteral("code"), [] { return tr("Code"); }))
        .addColumn(Column::text(QStringLiteral("account"), [] { return tr("Account"); }))
        .addColumn(Column::money(QStringLiteral("debit"), [] { return tr("Debit"); }))
        .addColumn(Column::money(QStringLiteral("credit"), [] { return tr("Credit"); }))
        .query(runJournal);

    ReportDefinition cash(cashJournal(), [] { return tr("Cash journal"); });
    cash.description([] {
        return tr("The cash account's lines day by day with the counter-accounts, the day's totals and the "
                  "running balance (现金日记账).");
    });
    commonParameters(cash, true).addParameter(accountParameter(false)).addParameter(vouchersParameter());
    ledgerColumns(cash, true).carryForward(monthToDateCarry()).query([](ReportContext &context, QString *errorString) {
        return cashBookOf(context, QStringLiteral("1001"), errorString);
    });

    ReportDefinition bank(bankJournal(), [] { return tr("Bank journal"); });
    bank.description([] {
        return tr("The bank accounts' lines day by day with the counter-accounts, the day's totals and the "
                  "running balance (银行日记账).");
    });
    commonParameters(bank, true).addParameter(accountParameter(false)).addParameter(vouchersParameter());
    ledgerColumns(bank, true).carryForward(monthToDateCarry()).query([](ReportContext &context, QString *errorString) {
        return cashBookOf(context, QStringLiteral("1002"), errorString);
    });

    return {general, detail, foreign, lines, cash, bank};
}

QList<ReportDefinition> LedgerReports::withLedgers(QList<ReportDefinition> reports)
{
    for (ReportDefinition &report : reports)
        if (report.id() == QLatin1String("finance.trial_balance") && report.parameter(QStringLiteral("from"))
            && !report.drillThroughFor(FinanceEntities::account()))
            report.drillThrough(FinanceEntities::account(), accountLedger(), QStringLiteral("account"));
    return reports + declarations();
}

} // namespace Backroom::Finance
