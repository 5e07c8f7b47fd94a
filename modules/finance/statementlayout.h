#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom::Finance {

// The lines of a financial statement as data: which accounts feed each line
// (by code prefix, with a sign and which part of the amount), which lines
// add up to a total, and the labels in both languages. Shipped as JSON in
// the module's resources (:/backroom/finance/statements/<id>.json), one
// file per chart and statement (cn-balance-sheet = 会小企01表,
// cn-income-statement = 会小企02表, generic-*), so the official line list
// reads like the form itself and a change to the form is a change of data,
// not of code. No expression language: a line's amount is its accounts'
// amounts plus its totals' rows, each times +1 or -1.
//
// Labels are the form's own words in both languages rather than tr()
// strings: 会小企01表's wording is fixed by the standard, and the statement
// is printed in the language of the user interface (see
// FinancialStatement::compute).
class StatementLayout
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::StatementLayout)

public:
    enum class Statement { BalanceSheet, IncomeStatement };

    // What an account contributes, before its sign. A balance sheet reads
    // balances, an income statement the periods' activity.
    enum class Take {
        Net,            // debit minus credit
        DebitBalance,   // balance sheet: the debit balances only, per account and partner (分析填列)
        CreditBalance,  // balance sheet: the credit balances only, as a positive amount
        Debits,         // income statement: the debits of the periods
        Credits,        // income statement: the credits of the periods
    };

    struct Source
    {
        QString code;   // a code prefix: "1002" is 1002 and every sub-account; "5" every 5xxx account
        int sign = 1;
        Take take = Take::Net;
    };

    struct Term
    {
        int row = 0;
        int sign = 1;
    };

    enum class Kind {
        Heading,   // a caption, no amounts (流动资产：)
        Line,      // an amount that its totals count
        SubLine,   // 其中: an analysis of the line above, counted by no total
        Total,     // a 合计 / 总计 line
    };

    struct Line
    {
        Kind kind = Kind::Line;
        int row = 0;        // 行次; 0 for headings
        QString labelEn;
        QString labelZh;
        int indent = 1;     // 0: flush left, one step per level
        QList<Source> accounts;
        QList<Term> totals;

        QString label(const QString &language) const;
        bool hasAmounts() const { return kind != Kind::Heading; }
    };

    QString id;
    Statement statement = Statement::BalanceSheet;
    QString chart;          // the chart template the layout is written for
    QString formEn;         // "会小企01表" and its English name; may be empty
    QString formZh;
    QList<Line> lines;
    // Balance sheet: the two rows that must be equal (资产总计, 负债和所有者权益总计).
    int checkLeft = 0;
    int checkRight = 0;

    QString form(const QString &language) const;
    // The line with this 行次, or nullptr.
    const Line *lineForRow(int row) const;
    // Whether a source's prefix takes in this account code.
    static bool covers(const Source &source, const QString &accountCode) { return accountCode.startsWith(source.code); }

    // "cn-balance-sheet", "generic-income-statement": the layout for a family
    // ("cn", "generic") and statement.
    static QString layoutId(const QString &family, Statement statement);
    static QStringList families() { return {QStringLiteral("cn"), QStringLiteral("generic")}; }
    static QStringList layoutIds();
    static std::optional<StatementLayout> load(const QString &id, QString *errorString = nullptr);
    // Parses a layout file's text. A malformed file is refused with a
    // sentence naming the line (its place in "lines", and its 行次 and label
    // when it has them). Account codes need not exist in any chart: a code
    // the company does not have contributes nothing.
    static std::optional<StatementLayout> parse(const QByteArray &json, QString *errorString = nullptr);
};

} // namespace Backroom::Finance
