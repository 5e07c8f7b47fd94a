#include "financereports.h"

#include "bankreports.h"
#include "budgetvsactual.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "ledgerreports.h"
#include "receivablereports.h"
#include "records.h"
#include "reportcontext.h"
#include "statementreports.h"
#include "trialbalance.h"
#include "vatsummary.h"

#include <QDate>

namespace Backroom::Finance {

namespace {

QString periodText(const QVariant &value, const QDate &fallback)
{
    const QDate date = value.toDate();
    return FinanceEntities::periodOf(date.isValid() ? date : fallback);
}

bool trialBalance(ReportContext &context, QString *errorString)
{
    if (!context.records().check(QStringLiteral("read"), FinanceEntities::voucher(), errorString))
        return false;
    TrialBalance::Options options;
    const QDate today = QDate::currentDate();
    options.fromPeriod = periodText(context.parameter(QStringLiteral("from")), QDate(today.year(), 1, 1));
    options.toPeriod = periodText(context.parameter(QStringLiteral("to")), today);
    if (options.toPeriod < options.fromPeriod) {
        if (errorString)
            *errorString = FinanceReports::tr("The last period comes before the first.");
        return false;
    }
    options.maxLevel = context.parameter(QStringLiteral("level")).toString().toInt();
    options.includeUnposted = context.parameter(QStringLiteral("unposted")).toString() == QLatin1String("yes");
    options.foreign = context.parameter(QStringLiteral("foreign")).toString() == QLatin1String("yes");
    const std::optional<QList<TrialBalance::Row>> rows = TrialBalance::compute(context.database(), options, errorString);
    if (!rows)
        return false;
    // A balance shows on the side it lies: positive debit, negative credit.
    const auto debitPart = [](qint64 net) { return net > 0 ? QVariant(net) : QVariant(); };
    const auto creditPart = [](qint64 net) { return net < 0 ? QVariant(-net) : QVariant(); };
    const auto add = [&](const TrialBalance::Row &row) {
        const QString indent(std::max(0, row.level - 1) * 2, QLatin1Char(' '));
        return context.addRow({row.code, indent + row.name, debitPart(row.opening), creditPart(row.opening),
                               row.debit ? QVariant(row.debit) : QVariant(),
                               row.credit ? QVariant(row.credit) : QVariant(), debitPart(row.closing()),
                               creditPart(row.closing())},
                              row.accountId ? FinanceEntities::account() : QString(), row.accountId);
    };
    // 外币: under an account kept in a foreign currency, its figures in that
    // currency, one level deeper, named by the currency's code. The money
    // columns have two decimals; the total below adds up the local rows only.
    const auto addForeign = [&](const TrialBalance::Row &row) {
        const QString indent(row.level * 2, QLatin1Char(' '));
        const auto figure = [&row](qint64 value) { return ForeignCurrency::inHundredths(value, row.currencyDecimals); };
        return context.addRow({QString(), indent + FinanceReports::tr("%1 (original currency)").arg(row.currencyCode),
                               debitPart(figure(row.foreignOpening)), creditPart(figure(row.foreignOpening)),
                               row.foreignDebit ? QVariant(figure(row.foreignDebit)) : QVariant(),
                               row.foreignCredit ? QVariant(figure(row.foreignCredit)) : QVariant(),
                               debitPart(figure(row.foreignClosing())), creditPart(figure(row.foreignClosing()))},
                              FinanceEntities::account(), row.accountId);
    };
    for (const TrialBalance::Row &row : *rows)
        if (!add(row) || (options.foreign && row.currency > 0 && !addForeign(row)))
            return false;
    // The total of the first-level accounts; summing every row would count
    // each sub-account twice.
    const TrialBalance::Row total = TrialBalance::total(*rows);
    qint64 openingDebit = 0, openingCredit = 0, closingDebit = 0, closingCredit = 0;
    for (const TrialBalance::Row &row : *rows)
        if (row.level == 1) {
            openingDebit += std::max<qint64>(row.opening, 0);
            openingCredit += std::max<qint64>(-row.opening, 0);
            closingDebit += std::max<qint64>(row.closing(), 0);
            closingCredit += std::max<qint64>(-row.closing(), 0);
        }
    return context.addRow({QString(), total.name, openingDebit, openingCredit, total.debit, total.credit, closingDebit,
                           closingCredit});
}

Field::Choice option(const char *key, const char *label)
{
    return {QString::fromLatin1(key), [label] { return FinanceReports::tr(label); }};
}

} // namespace

QList<ReportDefinition> FinanceReports::declarations()
{
    using Column = ReportDefinition::Column;
    using Parameter = ReportDefinition::Parameter;
    ReportDefinition balances(QStringLiteral("finance.trial_balance"), [] { return tr("Trial balance"); });
    balances
        .description([] {
            return tr("Every account's opening balance, debits and credits in the periods and closing balance, "
                      "sub-accounts included in their parents (科目余额表).");
        })
        // The year so far, as a clerk looks at it most days.
        .addParameter(Parameter::period(QStringLiteral("from"), [] { return tr("From period"); })
                          .setDefault(QDate(QDate::currentDate().year(), 1, 1)))
        .addParameter(Parameter::period(QStringLiteral("to"), [] { return tr("To period"); })
                          .setDefault(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1)))
        .addParameter(Parameter::choice(QStringLiteral("level"), [] { return tr("Account levels"); },
                                        {option("1", QT_TR_NOOP("First level only")),
                                         option("2", QT_TR_NOOP("Down to the second level")),
                                         option("0", QT_TR_NOOP("All levels"))})
                          .setDefault(QStringLiteral("0")))
        .addParameter(Parameter::choice(QStringLiteral("unposted"), [] { return tr("Vouchers"); },
                                        {option("no", QT_TR_NOOP("Posted only")),
                                         option("yes", QT_TR_NOOP("Posted and not yet posted"))})
                          .setDefault(QStringLiteral("no")))
        // 外币: accounts kept in a foreign currency show their original
        // amounts on a row of their own under the local one.
        .addParameter(Parameter::choice(QStringLiteral("foreign"), [] { return tr("Currency"); },
                                        {option("no", QT_TR_NOOP("Local currency only")),
                                         option("yes", QT_TR_NOOP("Local and foreign currency"))})
                          .setDefault(QStringLiteral("no")))
        .addColumn(Column::text(QStringLiteral("code"), [] { return tr("Code"); }))
        .addColumn(Column::text(QStringLiteral("name"), [] { return tr("Account"); }))
        .addColumn(Column::money(QStringLiteral("opening_debit"), [] { return tr("Opening debit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("opening_credit"), [] { return tr("Opening credit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("debit"), [] { return tr("Debit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("credit"), [] { return tr("Credit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("closing_debit"), [] { return tr("Closing debit"); }, Column::Total::None))
        .addColumn(Column::money(QStringLiteral("closing_credit"), [] { return tr("Closing credit"); }, Column::Total::None))
        .grandTotal(false)
        .query(trialBalance);
    return LedgerReports::withLedgers({balances}) + StatementReports::declarations()
           + ReceivableReports::declarations() + BankReports::declarations()
           + QList<ReportDefinition>{VatSummary::report(), BudgetVsActual::report()};
}

} // namespace Backroom::Finance
