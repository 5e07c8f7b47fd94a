#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom {
class Database;
}

namespace Backroom::Internal {

// The "trialbalance" scenario of backroom-bench: a year of posted vouchers
// (rows / 2 vouchers of two to four lines on the leaf accounts of the
// Chinese chart), the trial balance (科目余额表) of one month and of the
// whole year, every level, timed on SQLite and — with --postgres — on the
// same books copied to the server, side by side; then the detail ledger
// (明细账) of the busiest account: its first page (read both ways), a month
// and the year; then the statements; on SQLite, the sqlite3 shell's
// aggregates on the same file for comparison.
class TrialBalanceBench
{
public:
    TrialBalanceBench(QTextStream &out, int rows, int runs, const QString &server);

    bool run();
    QString errorString() const { return m_error; }

    // Bump when the generated books change, so old copies are not reused.
    static constexpr int DataVersion = 1;

private:
    QString preparedCompany();
    bool measure(const QString &location, const QString &prefix);
    bool measureStatements(Database &db, const QString &prefix);
    bool measureLedger(Database &db, const QString &prefix);
    // Account completion on the voucher screen (AccountDirectory::search):
    // the chart as it is, then with about 4,000 sub-accounts more (added in a
    // transaction that is rolled back).
    bool measureCompletion(Database &db, const QString &prefix);
    // The same year's trial balance as aggregates in the sqlite3 shell on
    // the same file: over the lines (what the books would cost without the
    // kept balances) and over finance_balance.
    void measureShell(const QString &path, double ours);

    QTextStream &m_out;
    int m_vouchers;
    int m_runs;
    QString m_server;
    QString m_error;
};

} // namespace Backroom::Internal
