#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 科目余额表: per account, the balance before the first period, the debits
// and credits within the periods, and the balance after, each account
// including its sub-accounts (the hierarchy is the code: 100201 under
// 1002). Plain logic over the module's own tables, so the report, the
// period close and the verifier share it and tests check it by value.
class TrialBalance
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::TrialBalance)

public:
    struct Row
    {
        QString code;
        QString name;
        int level = 1;          // 1 for four digits, 2 for six, …
        QString category;
        QString side;           // the account's normal side
        qint64 accountId = 0;
        qint64 opening = 0;     // debit minus credit, before the first period
        qint64 debit = 0;       // within the periods
        qint64 credit = 0;
        qint64 closing() const { return opening + debit - credit; }
        bool isEmpty() const { return opening == 0 && debit == 0 && credit == 0; }
        // An account kept in a foreign currency (外币核算), with
        // Options::foreign: the same figures in that currency's minor units
        // (debit minus credit for the balances), from the lines' original
        // amounts. A parent adds up the sub-accounts kept in its own
        // currency only.
        qint64 currency = 0;
        QString currencyCode;
        int currencyDecimals = 2;
        qint64 foreignOpening = 0;
        qint64 foreignDebit = 0;
        qint64 foreignCredit = 0;
        qint64 foreignClosing() const { return foreignOpening + foreignDebit - foreignCredit; }
    };
    struct Options
    {
        QString fromPeriod;     // "2026-01"
        QString toPeriod;       // "2026-03"
        bool includeUnposted = false;
        int maxLevel = 0;       // 0: every level
        bool includeEmpty = false;
        bool foreign = false;   // fill the foreign-currency figures
    };

    // Accounts in code order; nullopt with *errorString on a database error.
    static std::optional<QList<Row>> compute(Database &db, const Options &options, QString *errorString = nullptr);
    // The totals of the first-level rows (what the books add up to: opening,
    // debits and credits each balance when the books are right).
    static Row total(const QList<Row> &rows);

    static int levelOf(const QString &code) { return code.size() <= 4 ? 1 : 1 + int(code.size() - 4) / 2; }

private:
    static bool addForeign(Database &db, const Options &options, QList<Row> &rows,
                           const QHash<QString, qsizetype> &byCode, QString *errorString);
};

} // namespace Backroom::Finance
