#pragma once

#include "companychoicecontribution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom {
class Database;
class Records;
}

namespace Backroom::Finance {

// The charts of accounts a new company starts from, shipped as JSON in the
// module's resources (:/backroom/finance/charts/<id>.json): the Chinese
// 小企业会计准则 chart and a generic small-business one. Account names are
// the company's data, not the program's text: a template carries both
// languages and the company's language picks one, once, when it is applied.
class AccountChart
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::AccountChart)

public:
    struct Account
    {
        QString code;
        QString nameZh;
        QString nameEn;
        QString category;   // asset, liability, equity, cost, income, expense
        QString side;       // debit, credit
    };
    struct Template
    {
        QString id;
        QString nameZh;
        QString nameEn;
        QString profitAccount;   // 本年利润: where 结转损益 carries profit
        // 利润分配—未分配利润 (or retained earnings): where closing the
        // year's last month carries 本年利润; empty when the chart has none.
        QString retainedAccount;
        QList<Account> accounts; // sorted by code, parents before children
    };

    static QStringList templateIds();
    // zh_CN companies keep Chinese books; everyone else the generic chart.
    static QString defaultTemplateFor(const QString &language);
    static std::optional<Template> load(const QString &id, QString *errorString = nullptr);
    // "Chart of accounts" in the New Company dialog (and `init --choice
    // finance.chart=ID`): one option per template, the language's default first.
    static QString choiceId() { return QStringLiteral("finance.chart"); }
    static CompanyChoiceContribution companyChoice();
    // The template a company was created with: its stored answer, else (a
    // company from before the question) the default for its language.
    static QString templateOf(Database &db, const QString &language);
    // Parses a template file's text; refuses an unknown category or side, a
    // duplicate code, or a child whose parent is missing, naming the code.
    static std::optional<Template> parse(const QByteArray &json, QString *errorString = nullptr);

    // Creates every account of the template, parents first, in one
    // transaction, through Records (audited). Refuses when the company
    // already has accounts.
    static bool apply(Records &records, const Template &chart, const QString &language, QString *errorString);

    // "100201" → "1002"; empty for a first-level code.
    static QString parentCode(const QString &code);
};

} // namespace Backroom::Finance
