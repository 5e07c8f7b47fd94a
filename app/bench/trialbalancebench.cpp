#include "trialbalancebench.h"

#include "accountdirectory.h"
#include "accountledger.h"
#include "financialstatement.h"
#include "statementlayout.h"
#include "companyfile.h"
#include "database.h"
#include "servercopy.h"
#include "sqldialect.h"
#include "suite.h"
#include "trialbalance.h"
#include "writetransaction.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Internal {

namespace {
double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral(" ms");
}
} // namespace

TrialBalanceBench::TrialBalanceBench(QTextStream &out, int rows, int runs, const QString &server)
    : m_out(out)
    , m_vouchers(std::max(1, rows / 2))
    , m_runs(std::clamp(runs, 1, 11))
    , m_server(server)
{
}

QString TrialBalanceBench::preparedCompany()
{
    const QString folder = QDir::temp().filePath(QStringLiteral("backroom-bench-finance"));
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("vouchers-%1-v%2.backroom").arg(m_vouchers).arg(DataVersion));
    if (QFile::exists(path))
        return path;
    const QString partial = QDir(folder).filePath(QStringLiteral("vouchers-%1.partial.backroom").arg(m_vouchers));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        Suite suite;
        suite.loadModules();
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Bench 账套");
        company.language = QStringLiteral("zh_CN");
        CompanyFile::Status status;
        auto file = suite.createCompany(partial, company, &status);
        if (!file) {
            m_error = status.message;
            return QString();
        }
        Database &db = file->database();
        // The leaf accounts, which vouchers post to.
        QList<qint64> leaves;
        QSqlQuery accounts(db.connection());
        if (!accounts.exec(QStringLiteral("SELECT id FROM finance_account a WHERE NOT EXISTS (SELECT 1 FROM finance_account c "
                                          "WHERE length(c.code) > length(a.code) AND substr(c.code, 1, length(a.code)) = a.code) "
                                          "ORDER BY code"))) {
            m_error = accounts.lastError().text();
            return QString();
        }
        while (accounts.next())
            leaves.append(accounts.value(0).toLongLong());
        accounts.finish();
        // Written directly, in one transaction: the vouchers as drafts with
        // their lines, then all posted at once (the guards check every one
        // balances). The service would take minutes for this many.
        WriteTransaction transaction(db);
        QSqlQuery voucher(db.connection());
        voucher.prepare(QStringLiteral("INSERT INTO finance_voucher (id, created_at, created_by, updated_at, updated_by, "
                                       "state, word, number, date, period, attachments, summary, total) "
                                       "VALUES (?, '2026-01-01T00:00:00Z', 'bench', '2026-01-01T00:00:00Z', 'bench', "
                                       "'draft', '记', ?, ?, ?, 1, ?, ?)"));
        QSqlQuery line(db.connection());
        line.prepare(QStringLiteral("INSERT INTO finance_voucher_line (created_at, created_by, updated_at, updated_by, "
                                    "voucher, line_no, summary, account, debit, credit) "
                                    "VALUES ('2026-01-01T00:00:00Z', 'bench', '2026-01-01T00:00:00Z', 'bench', ?, ?, ?, ?, ?, ?)"));
        QRandomGenerator random(20261126);
        QHash<QString, qint64> numbers;
        for (int v = 1; v <= m_vouchers; ++v) {
            const QDate date = QDate(2026, 1, 1).addDays(qint64(v) * 365 / (m_vouchers + 1));
            const QString period = date.toString(QStringLiteral("yyyy-MM"));
            const qint64 amount = 100 + qint64(random.bounded(10000000));
            const int credits = 1 + int(random.bounded(3)); // 1–3 credit lines against one debit
            const QString summary = QStringLiteral("凭证 %1").arg(v);
            voucher.addBindValue(v);
            voucher.addBindValue(++numbers[period]);
            voucher.addBindValue(date);
            voucher.addBindValue(period);
            voucher.addBindValue(summary);
            voucher.addBindValue(amount);
            bool ok = voucher.exec();
            qint64 left = amount;
            for (int l = 0; ok && l <= credits; ++l) {
                const bool debit = l == 0;
                const qint64 part = debit ? amount : (l == credits ? left : left / 2);
                if (!debit)
                    left -= part;
                line.addBindValue(v);
                line.addBindValue(l + 1);
                line.addBindValue(summary);
                line.addBindValue(leaves.at(int(random.bounded(int(leaves.size())))));
                line.addBindValue(debit ? part : 0);
                line.addBindValue(debit ? 0 : part);
                ok = line.exec();
            }
            if (!ok) {
                m_error = voucher.lastError().text() + line.lastError().text();
                return QString();
            }
        }
        QString error;
        if (!db.exec(QStringLiteral("UPDATE finance_voucher SET state = 'posted', updated_by = 'bench2'"), {}, &error)
            || !db.exec(QStringLiteral("ANALYZE"), {}, &error) || !transaction.commit()) {
            m_error = QStringLiteral("posting the generated vouchers failed: %1 %2").arg(error, transaction.errorString());
            return QString();
        }
    }
    m_out << "trialbalance_generate_" << m_vouchers << "_vouchers: "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
    m_out.flush();
    if (!QFile::rename(partial, path)) {
        m_error = QStringLiteral("cannot move %1 into place").arg(partial);
        return QString();
    }
    return path;
}

bool TrialBalanceBench::measure(const QString &location, const QString &prefix)
{
    Suite suite;
    suite.loadModules();
    CompanyFile::Status status;
    QElapsedTimer opening;
    opening.start();
    auto company = suite.openCompany(location, &status);
    if (!company) {
        m_error = status.message;
        return false;
    }
    // Long only the first time a file made by an older build is opened: the
    // upgrade fills the kept balances from every posted line.
    m_out << prefix << "open: " << milliseconds(double(opening.nsecsElapsed()) / 1e6) << '\n';
    Database &db = company->database();
    const auto time = [&](const Finance::TrialBalance::Options &options, qint64 *debit) -> double {
        QList<double> times;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto rows = Finance::TrialBalance::compute(db, options, &m_error);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!rows)
                return -1;
            *debit = Finance::TrialBalance::total(*rows).debit;
        }
        return medianOf(times);
    };
    qint64 monthDebit = 0, yearDebit = 0;
    const double month = time({QStringLiteral("2026-06"), QStringLiteral("2026-06")}, &monthDebit);
    const double year = time({QStringLiteral("2026-01"), QStringLiteral("2026-12")}, &yearDebit);
    if (month < 0 || year < 0)
        return false;
    m_out << prefix << "month_all_levels: " << milliseconds(month) << '\n'
          << prefix << "year_all_levels: " << milliseconds(year) << '\n'
          << prefix << "year_debits: " << yearDebit << '\n';
    m_out.flush();
    if (!measureLedger(db, prefix) || !measureStatements(db, prefix) || !measureCompletion(db, prefix))
        return false;
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        company.reset(); // the shell reads the file as it is on disk
        measureShell(location, year);
    }
    return true;
}

bool TrialBalanceBench::measureStatements(Database &db, const QString &prefix)
{
    // 资产负债表 and 利润表 for June, in the layout the company's chart
    // calls for, as the reports compute them.
    const std::optional<QString> family = Finance::FinancialStatement::familyFor(db, &m_error);
    if (!family)
        return false;
    using Statement = Finance::StatementLayout::Statement;
    for (const Statement statement : {Statement::BalanceSheet, Statement::IncomeStatement}) {
        const std::optional<Finance::StatementLayout> layout =
            Finance::StatementLayout::load(Finance::StatementLayout::layoutId(*family, statement), &m_error);
        if (!layout)
            return false;
        Finance::FinancialStatement::Options options;
        options.toPeriod = QStringLiteral("2026-06");
        QList<double> times;
        bool balanced = false;
        for (int run = 0; run < m_runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto result = Finance::FinancialStatement::compute(db, *layout, options, &m_error);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result)
                return false;
            balanced = result->balanced;
        }
        m_out << prefix << (statement == Statement::BalanceSheet ? "balance_sheet_june: " : "income_statement_june: ")
              << milliseconds(medianOf(times));
        if (statement == Statement::BalanceSheet)
            m_out << (balanced ? " (balanced)" : " (OUT OF BALANCE)");
        m_out << '\n';
    }
    m_out.flush();
    return true;
}

bool TrialBalanceBench::measureLedger(Database &db, const QString &prefix)
{
    // The busiest leaf account (not timed): the detail ledger (明细账) a
    // clerk opens most, and the worst case for it.
    const auto busiest = db.scalar(QStringLiteral("SELECT account FROM finance_voucher_line GROUP BY account "
                                                  "ORDER BY count(*) DESC, account LIMIT 1"),
                                   {}, &m_error);
    if (!busiest)
        return false;
    using Reading = Finance::AccountLedger::Options::Reading;
    const auto time = [&](const QDate &from, const QDate &to, int limit, qsizetype *rowCount, qint64 *balance,
                          Reading reading = Reading::Cheapest) {
        QList<double> times;
        for (int run = 0; run < m_runs; ++run) {
            Finance::AccountLedger::Options options;
            options.accountId = busiest->toLongLong();
            options.from = from;
            options.to = to;
            options.limit = limit;
            options.reading = reading;
            QElapsedTimer timer;
            timer.start();
            const auto rows = Finance::AccountLedger::compute(db, options, &m_error);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!rows)
                return -1.0;
            *rowCount = rows->size();
            *balance = rows->constLast().balance;
        }
        return medianOf(times);
    };
    // A first page is the opening line and 50 voucher lines, what a printed
    // page or a screen holds.
    constexpr int page = 50;
    qsizetype monthRows = 0, yearRows = 0, pageRows = 0;
    qint64 monthBalance = 0, yearBalance = 0, pageBalance = 0;
    const double firstPage = time(QDate(2026, 6, 1), QDate(2026, 12, 31), page, &pageRows, &pageBalance);
    const double monthAll = time(QDate(2026, 6, 1), QDate(2026, 6, 30), 0, &monthRows, &monthBalance);
    const double yearAll = time(QDate(2026, 1, 1), QDate(2026, 12, 31), 0, &yearRows, &yearBalance);
    if (firstPage < 0 || monthAll < 0 || yearAll < 0)
        return false;
    // Each range read both ways, to show the choice is the cheaper one.
    const auto both = [&](const QDate &from, const QDate &to, int limit) {
        qsizetype rows = 0;
        qint64 balance = 0;
        return QStringLiteral("vouchers first %1, lines first %2")
            .arg(milliseconds(time(from, to, limit, &rows, &balance, Reading::VouchersFirst)),
                 milliseconds(time(from, to, limit, &rows, &balance, Reading::AccountLinesFirst)));
    };
    m_out << prefix << "account_ledger_first_page_june_to_december: " << milliseconds(firstPage) << " (" << pageRows
          << " rows; " << both(QDate(2026, 6, 1), QDate(2026, 12, 31), page) << ")\n"
          << prefix << "account_ledger_june: " << milliseconds(monthAll) << " (" << monthRows << " rows; "
          << both(QDate(2026, 6, 1), QDate(2026, 6, 30), 0) << ")\n"
          << prefix << "account_ledger_year: " << milliseconds(yearAll) << " (" << yearRows << " rows; "
          << both(QDate(2026, 1, 1), QDate(2026, 12, 31), 0) << ")\n"
          << prefix << "account_ledger_year_closing_balance: " << yearBalance << '\n';
    m_out.flush();
    return true;
}

bool TrialBalanceBench::measureCompletion(Database &db, const QString &prefix)
{
    // What a clerk types in the account cell: a code, part of one, a name.
    const QStringList typed{QStringLiteral("1002"), QStringLiteral("66"), QStringLiteral("银行"),
                            QStringLiteral("费用"), QStringLiteral("应交")};
    const auto slowest = [&](QString *which) {
        double worst = 0;
        for (const QString &text : typed) {
            QList<double> times;
            for (int run = 0; run < m_runs; ++run) {
                Finance::AccountDirectory directory(db); // nothing cached, as on a new screen
                QElapsedTimer timer;
                timer.start();
                directory.search(text);
                times.append(double(timer.nsecsElapsed()) / 1e6);
            }
            if (medianOf(times) >= worst) {
                worst = medianOf(times);
                *which = text;
            }
        }
        return worst;
    };
    QString which;
    const double chart = slowest(&which);
    const auto accounts = db.scalar(QStringLiteral("SELECT count(*) FROM finance_account"), {}, &m_error);
    if (!accounts)
        return false;
    m_out << prefix << "account_completion_slowest: " << milliseconds(chart) << " (“" << which << "”, "
          << accounts->toLongLong() << " accounts)\n";

    // 99 third-level accounts under each second-level leaf (about 4,000), as
    // a group's chart with a sub-account per customer or project might have.
    if (!db.exec(QStringLiteral("BEGIN"), {}, &m_error))
        return false;
    QStringList columns;
    {
        QSqlQuery query(db.connection());
        query.prepare(db.dialect().columnsQuery());
        query.addBindValue(QStringLiteral("finance_account"));
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        while (query.next())
            if (query.value(0).toString() != QLatin1String("id"))
                columns.append(query.value(0).toString());
    }
    QStringList selected = columns;
    selected.replaceInStrings(QRegularExpression(QStringLiteral("^code$")), QStringLiteral("?"));
    selected.replaceInStrings(QRegularExpression(QStringLiteral("^name$")), QStringLiteral("?"));
    const auto parents = [&] {
        QStringList codes;
        QSqlQuery query(db.connection());
        if (query.exec(QStringLiteral("SELECT code FROM finance_account a WHERE length(code) = 6 AND NOT EXISTS "
                                      "(SELECT 1 FROM finance_account c WHERE c.code LIKE a.code || '__') ORDER BY code")))
            while (query.next() && codes.size() < 50)
                codes.append(query.value(0).toString());
        return codes;
    }();
    bool ok = true;
    for (const QString &parent : parents)
        for (int i = 1; i <= 99 && ok; ++i)
            ok = db.exec(QStringLiteral("INSERT INTO finance_account (%1) SELECT %2 FROM finance_account WHERE code = ?")
                             .arg(columns.join(QStringLiteral(", ")), selected.join(QStringLiteral(", "))),
                         {parent + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("客户%1-%2").arg(parent).arg(i), parent},
                         &m_error);
    const double large = ok ? slowest(&which) : -1;
    const auto more = db.scalar(QStringLiteral("SELECT count(*) FROM finance_account"));
    db.exec(QStringLiteral("ROLLBACK"));
    if (!ok)
        return false;
    m_out << prefix << "account_completion_slowest_large_chart: " << milliseconds(large) << " (“" << which << "”, "
          << (more ? more->toLongLong() : 0) << " accounts)\n";
    m_out.flush();
    return true;
}

void TrialBalanceBench::measureShell(const QString &path, double ours)
{
    // The year's trial balance as TrialBalance asks it, as literal SQL: the
    // best aggregate over the lines (vouchers first, as TrialBalance read
    // them before the kept balances), the plain scan of the lines' covering
    // index (a floor: it leaves out the posted state and the periods), and
    // the aggregate over finance_balance that TrialBalance runs now.
    const QString sums = QStringLiteral("sum(CASE WHEN %1period < '2026-01' THEN %2debit - %2credit ELSE 0 END), "
                                        "sum(CASE WHEN %1period >= '2026-01' THEN %2debit ELSE 0 END), "
                                        "sum(CASE WHEN %1period >= '2026-01' THEN %2credit ELSE 0 END)");
    const QList<QPair<const char *, QString>> queries{
        {"lines_joined",
         QStringLiteral("SELECT l.account, %1 FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                        "WHERE l.voucher = v.id AND v.period <= '2026-12' AND v.state = 'posted' GROUP BY l.account;")
             .arg(sums.arg(QStringLiteral("v."), QStringLiteral("l.")))},
        {"lines_index_only",
         QStringLiteral("SELECT account, sum(debit), sum(credit) FROM finance_voucher_line GROUP BY account;")},
        {"kept_balances",
         QStringLiteral("SELECT account, %1 FROM finance_balance WHERE period <= '2026-12' GROUP BY account;")
             .arg(sums.arg(QString(), QString()))},
    };
    for (const auto &[name, sql] : queries) {
        QProcess shell;
        QString script = QStringLiteral(".output /dev/null\n.timer on\n");
        for (int run = 0; run < m_runs; ++run)
            script += sql + QLatin1Char('\n');
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
        if (!shell.waitForStarted(10000)) {
            m_out << "trialbalance_shell_" << name << ": not measured (no sqlite3 shell)\n";
            continue;
        }
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
        QList<double> times;
        static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
        for (auto it = runTime.globalMatch(output); it.hasNext();)
            times.append(it.next().captured(1).toDouble() * 1000.0);
        if (times.isEmpty()) {
            m_out << "trialbalance_shell_" << name << ": not measured (" << output.left(200) << ")\n";
            continue;
        }
        const double shellTime = medianOf(times);
        m_out << "trialbalance_shell_" << name << ": " << milliseconds(shellTime) << " (ours/shell "
              << QString::number(ours / shellTime, 'f', 2) << ")\n";
    }
    m_out.flush();
}

bool TrialBalanceBench::run()
{
    const QString path = preparedCompany();
    if (path.isEmpty() || !measure(path, QStringLiteral("trialbalance_")))
        return false;
    if (m_server.isEmpty())
        return true;
    const QString server = ServerCopy::prepared(m_out, m_server,
                                                QStringLiteral("bench_tb_%1_v%2").arg(m_vouchers).arg(DataVersion), path,
                                                QStringLiteral("trialbalance_pg_copy_%1_vouchers").arg(m_vouchers), &m_error);
    return !server.isEmpty() && measure(server, QStringLiteral("trialbalance_pg_"));
}

} // namespace Backroom::Internal
