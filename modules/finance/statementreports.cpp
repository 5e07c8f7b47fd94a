#include "statementreports.h"

#include "financeentities.h"
#include "financialstatement.h"
#include "ledgerreports.h"
#include "localization.h"
#include "records.h"
#include "reportcontext.h"
#include "reportresult.h"

#include <QDate>

namespace Backroom::Finance {

namespace {

using Statement = StatementLayout::Statement;

Field::Choice option(const char *key, const char *label)
{
    return {QString::fromLatin1(key), [label] { return StatementReports::tr(label); }};
}

// Where a statement line's figure opens: the line's accounts, each of
// which opens its ledger (and from there its vouchers). The line's 行次 is
// the "record" of a row, under an id of its own that no entity has.
QString lineEntity(Statement statement)
{
    return statement == Statement::BalanceSheet ? QStringLiteral("finance.balance_sheet_line")
                                                 : QStringLiteral("finance.income_statement_line");
}

QString linesReport(Statement statement)
{
    return statement == Statement::BalanceSheet ? QStringLiteral("finance.balance_sheet_accounts")
                                                : QStringLiteral("finance.income_statement_accounts");
}

struct Computed
{
    StatementLayout layout;
    FinancialStatement::Options options;
    FinancialStatement::Result result;
};

// The statement for the run's parameters, shared by the statement and the
// accounts behind one of its lines.
std::optional<Computed> compute(Statement statement, ReportContext &context, QString *errorString)
{
    if (!context.records().check(QStringLiteral("read"), FinanceEntities::voucher(), errorString))
        return std::nullopt;
    Database &db = context.database();
    // Which form: the one asked for, or by default the one for the
    // company's chart (FinancialStatement::familyFor), so a company on
    // 小企业会计准则 gets 会小企01表 without choosing and one on the
    // generic chart the plain layout. The parameter stays for a company
    // whose chart was built by hand.
    QString family = context.parameter(QStringLiteral("layout")).toString();
    if (family.isEmpty() || family == QLatin1String("auto")) {
        const std::optional<QString> found = FinancialStatement::familyFor(db, errorString);
        if (!found)
            return std::nullopt;
        family = *found;
    }
    const std::optional<StatementLayout> layout = StatementLayout::load(StatementLayout::layoutId(family, statement),
                                                                        errorString);
    if (!layout)
        return std::nullopt;

    FinancialStatement::Options options;
    const QDate to = context.parameter(QStringLiteral("to")).toDate();
    options.toPeriod = FinanceEntities::periodOf(to.isValid() ? to : QDate::currentDate());
    options.includeUnposted = context.parameter(QStringLiteral("unposted")).toString() == QLatin1String("yes");
    // The statement speaks the language of the screen it is shown on, like
    // its title and column headings (tr()); the layout holds both.
    options.language = Localization::currentLanguage();
    std::optional<FinancialStatement::Result> result = FinancialStatement::compute(db, *layout, options, errorString);
    if (!result)
        return std::nullopt;
    return Computed{*layout, options, std::move(*result)};
}

bool run(Statement statement, ReportContext &context, QString *errorString)
{
    const std::optional<Computed> computed = compute(statement, context, errorString);
    if (!computed)
        return false;
    const StatementLayout *layout = &computed->layout;
    const FinancialStatement::Options &options = computed->options;
    const FinancialStatement::Result *result = &computed->result;
    const bool chinese = options.language.startsWith(QLatin1String("zh"));

    if (!result->form.isEmpty()
        && !context.addRow({StatementReports::tr("%1 · Amounts in yuan").arg(result->form), QVariant(), QVariant(),
                            QVariant()}))
        return false;
    // Indented with ideographic spaces in Chinese (one character wide, as
    // the printed form indents), two ordinary ones per step in English.
    const QString step = chinese ? QStringLiteral("\u3000") : QStringLiteral("   ");
    for (const FinancialStatement::Row &row : result->rows) {
        const bool heading = row.kind == StatementLayout::Kind::Heading;
        const bool total = row.kind == StatementLayout::Kind::Total;
        // Empty rather than 0.00 on lines with nothing, as the form is
        // filled in by hand; totals always show their figure.
        const auto amount = [&](qint64 value) { return heading || (!total && value == 0) ? QVariant() : QVariant(value); };
        if (!context.addRow({step.repeated(row.indent) + row.label, heading ? QVariant() : QVariant(row.row),
                             amount(row.amounts[0]), amount(row.amounts[1])},
                            heading || row.row <= 0 ? QString() : lineEntity(statement), heading ? 0 : row.row))
            return false;
    }

    if (statement == Statement::BalanceSheet) {
        const StatementLayout::Line *left = layout->lineForRow(layout->checkLeft);
        const StatementLayout::Line *right = layout->lineForRow(layout->checkRight);
        const QString leftLabel = left ? left->label(options.language) : QString::number(layout->checkLeft);
        const QString rightLabel = right ? right->label(options.language) : QString::number(layout->checkRight);
        const bool added =
            result->balanced
                ? context.addRow({StatementReports::tr("Check: %1 = %2 (balanced)").arg(leftLabel, rightLabel), QVariant(),
                                  QVariant(), QVariant()})
                : context.addRow({StatementReports::tr("OUT OF BALANCE: %1 differs from %2 by the amounts shown")
                                      .arg(leftLabel, rightLabel),
                                  QVariant(), QVariant(result->difference[0]), QVariant(result->difference[1])});
        if (!added)
            return false;
    }
    if (!result->unmapped.isEmpty()
        && !context.addRow({StatementReports::tr("Accounts on no line of the statement: %1")
                                .arg(result->unmapped.join(chinese ? QStringLiteral("、") : QStringLiteral(", "))),
                            QVariant(), QVariant(), QVariant()}))
        return false;
    return true;
}

ReportDefinition &addParameters(ReportDefinition &report);
ReportDefinition &addAmountColumns(ReportDefinition &report, Statement statement, ReportDefinition::Column::Total total);

ReportDefinition declare(Statement statement)
{
    using Column = ReportDefinition::Column;
    const bool balanceSheet = statement == Statement::BalanceSheet;
    ReportDefinition report(balanceSheet ? QStringLiteral("finance.balance_sheet") : QStringLiteral("finance.income_statement"),
                            balanceSheet ? ReportDefinition::Label([] { return StatementReports::tr("Balance sheet"); })
                                         : ReportDefinition::Label([] { return StatementReports::tr("Income statement"); }));
    if (balanceSheet)
        report.description([] {
            return StatementReports::tr("Assets, liabilities and owners' equity at the end of a period and at the start "
                                        "of its year (资产负债表, 会小企01表 for the Chinese chart), with the check that "
                                        "the two sides agree.");
        });
    else
        report.description([] {
            return StatementReports::tr("Revenue, costs and profit for the year to date and for the month (利润表, "
                                        "会小企02表 for the Chinese chart), without the profit-and-loss carry-forward.");
        });
    addParameters(report)
        .addColumn(Column::text(QStringLiteral("item"), [] { return StatementReports::tr("Item"); }))
        .addColumn(Column::integer(QStringLiteral("row"), [] { return StatementReports::tr("Line no."); }));
    addAmountColumns(report, statement, Column::Total::None);
    // A figure opens the accounts it is made of, and an account its ledger.
    report.grandTotal(false)
        .drillThrough(lineEntity(statement), linesReport(statement), QStringLiteral("line"))
        .query([statement](ReportContext &context, QString *errorString) { return run(statement, context, errorString); });
    return report;
}

// The period, the layout and the vouchers: a statement's parameters, which
// the accounts behind one of its lines share by key (a drill carries them).
ReportDefinition &addParameters(ReportDefinition &report)
{
    using Parameter = ReportDefinition::Parameter;
    return report
        .addParameter(Parameter::period(QStringLiteral("to"), [] { return StatementReports::tr("Period"); })
                          .setDefault(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1)))
        .addParameter(Parameter::choice(QStringLiteral("layout"), [] { return StatementReports::tr("Layout"); },
                                        {option("auto", QT_TRANSLATE_NOOP("Backroom::Finance::StatementReports", "As the chart of accounts suggests")),
                                         option("cn", QT_TRANSLATE_NOOP("Backroom::Finance::StatementReports", "Accounting Standards for Small Enterprises (China)")),
                                         option("generic", QT_TRANSLATE_NOOP("Backroom::Finance::StatementReports", "Plain layout"))})
                          .setDefault(QStringLiteral("auto")))
        .addParameter(Parameter::choice(QStringLiteral("unposted"), [] { return StatementReports::tr("Vouchers"); },
                                        {option("no", QT_TRANSLATE_NOOP("Backroom::Finance::StatementReports", "Posted only")),
                                         option("yes", QT_TRANSLATE_NOOP("Backroom::Finance::StatementReports", "Posted and not yet posted"))})
                          .setDefault(QStringLiteral("no")));
}

ReportDefinition &addAmountColumns(ReportDefinition &report, Statement statement, ReportDefinition::Column::Total total)
{
    using Column = ReportDefinition::Column;
    if (statement == Statement::BalanceSheet)
        return report
            .addColumn(Column::money(QStringLiteral("closing"), [] { return StatementReports::tr("Closing balance"); },
                                     total))
            .addColumn(Column::money(QStringLiteral("year_start"),
                                     [] { return StatementReports::tr("Balance at start of year"); }, total));
    return report
        .addColumn(Column::money(QStringLiteral("year_to_date"), [] { return StatementReports::tr("Year to date"); },
                                 total))
        .addColumn(Column::money(QStringLiteral("month"), [] { return StatementReports::tr("This month"); }, total));
}

// The accounts behind one line of a statement (报表项目明细): what each adds
// to the line's figures, totals through the lines they add up; the sum is
// the line's figure. An account opens its ledger for the same period.
bool runAccounts(Statement statement, ReportContext &context, QString *errorString)
{
    const QString text = context.parameter(QStringLiteral("line")).toString().trimmed();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    const std::optional<Computed> computed = compute(statement, context, errorString);
    if (!computed)
        return false;
    const FinancialStatement::Row *row = isNumber ? computed->result.row(number) : nullptr;
    if (!row) {
        if (errorString)
            *errorString = StatementReports::tr("The statement has no line %1.").arg(text);
        return false;
    }
    for (const FinancialStatement::Row::Account &account : row->accounts)
        if (!context.addRow({row->label.trimmed(), account.code, account.name, QVariant(account.amounts[0]),
                             QVariant(account.amounts[1])},
                            FinanceEntities::account(), account.id))
            return false;
    return true;
}

ReportDefinition declareAccounts(Statement statement)
{
    using Column = ReportDefinition::Column;
    using Parameter = ReportDefinition::Parameter;
    const bool balanceSheet = statement == Statement::BalanceSheet;
    ReportDefinition report(linesReport(statement),
                            balanceSheet ? ReportDefinition::Label([] { return StatementReports::tr("Balance sheet line by account"); })
                                         : ReportDefinition::Label([] { return StatementReports::tr("Income statement line by account"); }));
    report.description([] {
        return StatementReports::tr("The accounts behind one line of the statement and what each adds to its figures "
                                    "(报表项目明细); a double click on an account opens its ledger.");
    });
    report.addParameter(Parameter::text(QStringLiteral("line"), [] { return StatementReports::tr("Line no."); })
                            .setRequired());
    addParameters(report)
        .addColumn(Column::text(QStringLiteral("item"), [] { return StatementReports::tr("Item"); }))
        .addColumn(Column::text(QStringLiteral("code"), [] { return StatementReports::tr("Account code"); }))
        .addColumn(Column::text(QStringLiteral("account"), [] { return StatementReports::tr("Account"); }));
    addAmountColumns(report, statement, Column::Total::Sum);
    report.drillThrough(FinanceEntities::account(), LedgerReports::accountLedger(), QStringLiteral("account"))
        .query([statement](ReportContext &context, QString *errorString) {
            return runAccounts(statement, context, errorString);
        });
    return report;
}

// 会小企01表 is printed as the form is: 资产 on the left, 负债和所有者权益
// on the right, 资产总计 and 负债和所有者权益总计 on the last line. The
// sheet is that form when it opens with the form's line and its 行次 run
// to the form's two totals, the liabilities' heading right after 资产总计;
// the plain layout of the generic chart stays a list.
std::optional<ReportDefinition::TwoBlocks> officialBalanceSheetBlocks(const ReportResult &result)
{
    static const std::optional<StatementLayout> form =
        StatementLayout::load(StatementLayout::layoutId(QStringLiteral("cn"), Statement::BalanceSheet));
    if (!form || result.rowCount() < 3 || result.columnCount() < 2)
        return std::nullopt;
    const QString first = result.value(0, 0).toString();
    if (!result.value(0, 1).isNull()
        || (!first.contains(form->formZh) && (form->formEn.isEmpty() || !first.contains(form->formEn))))
        return std::nullopt;
    int assets = -1, equity = -1;
    for (int row = 0; row < result.rowCount(); ++row) {
        const QVariant number = result.value(row, 1);
        if (number.isNull())
            continue;
        if (number.toInt() == form->checkLeft)
            assets = row;
        else if (number.toInt() == form->checkRight)
            equity = row;
    }
    if (assets < 1 || equity <= assets + 1 || !result.value(assets + 1, 1).isNull())
        return std::nullopt;
    return ReportDefinition::TwoBlocks{1, assets + 1, equity + 1};
}

} // namespace

QList<ReportDefinition> StatementReports::declarations()
{
    ReportDefinition balanceSheet = declare(Statement::BalanceSheet);
    balanceSheet.twoBlocks(officialBalanceSheetBlocks);
    return {balanceSheet, declare(Statement::IncomeStatement),
            declareAccounts(Statement::BalanceSheet), declareAccounts(Statement::IncomeStatement)};
}

} // namespace Backroom::Finance
