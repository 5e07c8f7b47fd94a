#include "bankdemo.h"

#include "audithook.h"
#include "bankmatcher.h"
#include "bankstatementimport.h"
#include "database.h"
#include "records.h"
#include "sqldialect.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

bool BankDemo::populate(Database &db, const Registry<Entity> &entities, const QString &language, QString *errorString)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const auto text = [chinese](const char *zh, const char *en) {
        return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
    };
    const qint64 account = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = '100201'"))
                               .value_or(QVariant())
                               .toLongLong();
    if (!account)
        return true;
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(-59);

    struct Line { QDate date; QString summary, counterparty, reference; qint64 in, out; };
    QList<Line> lines;
    // What the books have in the window, as the bank shows it: the money a
    // document moved (the newest receipt not yet — the bank has not shown
    // it), a day later for payments the bank clears the next day.
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral(
        "SELECT v.date, l.debit, l.credit, v.source_number, "
        "(SELECT p.name FROM finance_voucher_line o JOIN core_partner p ON p.id = o.partner "
        "WHERE o.voucher = v.id AND o.partner IS NOT NULL ORDER BY o.line_no LIMIT 1) "
        "FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher WHERE l.account = ? "
        "AND v.state = 'posted' AND v.date >= ? AND v.date <= ? ORDER BY v.date, v.id"));
    query.addBindValue(account);
    query.addBindValue(from);
    query.addBindValue(today);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    QDate newestReceipt;
    struct Book { QDate date; qint64 debit, credit; QString document, partner; };
    QList<Book> book;
    while (query.next()) {
        book.append({query.value(0).toDate(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     query.value(3).toString(), query.value(4).toString()});
        if (query.value(1).toLongLong() > 0 && !query.value(3).toString().isEmpty())
            newestReceipt = std::max(newestReceipt, query.value(0).toDate());
    }
    query.finish();
    int serial = 0;
    const auto reference = [&serial, &today] {
        return QStringLiteral("%1%2").arg(today.toString(QStringLiteral("yyMM"))).arg(31020 + 17 * ++serial, 8, 10, QLatin1Char('0'));
    };
    for (const Book &b : std::as_const(book)) {
        if (b.debit > 0 && b.date == newestReceipt)
            continue;
        const QDate date = b.credit > 0 && b.date < today ? b.date.addDays(1) : b.date;
        const QString summary = b.document.isEmpty() ? text("现金支票", "Cash cheque")
                                                     : (b.debit > 0 ? text("网银转账 货款", "Transfer, goods")
                                                                    : text("网银付款 货款", "Payment, goods"));
        lines.append({date, summary, b.partner, reference(), b.debit, b.credit});
    }
    // What only the bank has so far.
    lines.append({today.addDays(-20), text("账户管理费", "Account fee"), QString(), reference(), 0, 2500});
    lines.append({today.addDays(-10), text("结息", "Interest"), QString(), reference(), 1234, 0});
    lines.append({today.addDays(-3), text("货款", "Goods"),
                  text("杭州西湖文具有限公司", "Hangzhou West Lake Stationery Co."), reference(), 300000, 0});
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.date < b.date; });

    // The bank's opening balance is the books' the day before: reconciling
    // starts agreed.
    qint64 balance = db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v ON "
                                              "v.id = l.voucher WHERE l.account = ? AND v.state = 'posted' AND v.date < ?")
                                   .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
                               {account, from})
                         .value_or(QVariant())
                         .toLongLong();
    // As a Chinese online bank exports it: the account above the heading,
    // the total below the lines.
    QString csv = QStringLiteral("账号,6222 0210 0112 3456 789\n户名,%1\n").arg(text("演示公司", "Demo Company"));
    csv += QStringLiteral("交易日期,摘要,对方户名,对方账号,收入金额,支出金额,余额,流水号\n");
    const auto amount = [](qint64 fen) {
        return fen ? QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0')) : QString();
    };
    // Names such as "Deli Group Co., Ltd." have commas: every cell quoted.
    const auto quoted = [](QString cell) { return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'); };
    for (const Line &line : std::as_const(lines)) {
        balance += line.in - line.out;
        csv += QStringLiteral("%1,%2,%3,,%4,%5,%6,%7\n")
                   .arg(line.date.toString(QStringLiteral("yyyyMMdd")), quoted(line.summary), quoted(line.counterparty),
                        amount(line.in), amount(line.out), amount(balance), line.reference);
    }
    csv += QStringLiteral("合计,,,,,,,\n");

    Records cashier(db, entities, chinese ? QStringLiteral("赵敏") : QStringLiteral("Zhao Min"));
    AuditHook audit;
    cashier.addHook(&audit);
    BankStatementImport::Options options;
    options.account = account;
    options.source = text("工商银行对账单.csv", "bank-statement.csv");
    const BankStatementImport::Result imported =
        BankStatementImport::run(cashier, BankStatementImport::readData(csv.toUtf8()), options);
    if (!imported.ok) {
        if (errorString)
            *errorString = imported.problems.isEmpty() ? QString() : imported.problems.constFirst().message;
        return false;
    }
    const BankMatcher::Outcome matched = BankMatcher(cashier).autoMatch(imported.statementId);
    if (!matched.result.ok() && errorString)
        *errorString = matched.result.message;
    return matched.result.ok();
}

} // namespace Backroom::Finance
