#include "periodclose.h"

#include "accountchart.h"
#include "database.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "recordquery.h"
#include "sqldialect.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

PeriodClose::PeriodClose(Records &records)
    : m_records(records)
{
}

Records::Result PeriodClose::refused(const QString &message) const
{
    Records::Result result;
    result.code = Records::Result::Code::Refused;
    result.message = message;
    return result;
}

QString PeriodClose::booksStart() const
{
    Database &db = m_records.database();
    const auto opening = db.scalar(QStringLiteral("SELECT max(period) FROM finance_voucher WHERE kind = 'opening'"));
    if (opening && !opening->isNull() && !opening->toString().isEmpty())
        return FinanceEntities::nextPeriod(opening->toString());
    const auto first = db.scalar(QStringLiteral("SELECT min(period) FROM finance_voucher"));
    return first && !first->isNull() ? first->toString() : QString();
}

QString PeriodClose::lastClosed() const
{
    const auto last =
        m_records.database().scalar(QStringLiteral("SELECT max(period) FROM finance_period WHERE state = 'closed'"));
    return last && !last->isNull() ? last->toString() : QString();
}

PeriodClose::Status PeriodClose::status(const QString &period) const
{
    Status status;
    status.period = period;
    Database &db = m_records.database();
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT state, closed_by, closed_at, carry_voucher FROM finance_period "
                                                  "WHERE period = ?"));
    query.bindValue(0, period);
    if (query.exec() && query.next()) {
        status.closed = query.value(0).toString() == QLatin1String("closed");
        status.closedBy = query.value(1).toString();
        const QVariant at = query.value(2);
        status.closedAt = at.typeId() == QMetaType::QDateTime ? at.toDateTime().toUTC()
                                                                : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        status.carryVoucher = query.value(3).toLongLong();
    }
    query.finish();
    QSqlQuery &counts = db.prepared(QStringLiteral("SELECT count(*), %1 FROM finance_voucher WHERE period = ?")
                                        .arg(db.dialect().integerSum(QStringLiteral(
                                            "CASE WHEN state = 'posted' THEN 0 ELSE 1 END"))));
    counts.bindValue(0, period);
    if (counts.exec() && counts.next()) {
        status.vouchers = counts.value(0).toLongLong();
        status.unposted = counts.value(1).toLongLong();
    }
    counts.finish();
    return status;
}

QList<PeriodClose::Status> PeriodClose::statuses(const QString &until) const
{
    QList<Status> found;
    QString period = booksStart();
    if (period.isEmpty())
        period = until;
    // Bounded: a typo in a date must not make a screen of a thousand years.
    for (int guard = 0; !period.isEmpty() && period <= until && guard < 1200; ++guard) {
        found.append(status(period));
        period = FinanceEntities::nextPeriod(period);
    }
    return found;
}

std::optional<qint64> PeriodClose::templateAccount(bool retained, QString *errorString) const
{
    // The chart's templates name their profit account (3103 本年利润, 3201
    // Current year earnings) and retained earnings (310401 未分配利润, 3101
    // Retained earnings); the company's chart came from one of them. Read
    // once: the close page asks on every change of a voucher.
    static const QList<std::pair<QString, QString>> codes = [] {
        QList<std::pair<QString, QString>> found;
        for (const QString &id : AccountChart::templateIds())
            if (const std::optional<AccountChart::Template> chart = AccountChart::load(id);
                chart && !chart->profitAccount.isEmpty())
                found.append({chart->profitAccount, chart->retainedAccount});
        return found;
    }();
    Database &db = m_records.database();
    for (const auto &[profit, retainedCode] : codes) {
        const QString code = retained ? retainedCode : profit;
        if (code.isEmpty())
            continue;
        // The pair belongs to the chart whose profit account the company has.
        if (retained) {
            const auto chart = db.scalar(
                QStringLiteral("SELECT id FROM finance_account WHERE code = ? AND category = 'equity'"), {profit});
            if (!chart || chart->isNull())
                continue;
        }
        const auto found = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ? AND category = 'equity'"),
                                     {code});
        if (found && !found->isNull())
            return found->toLongLong();
    }
    if (errorString)
        *errorString = retained ? tr("The chart of accounts has no retained earnings account (such as 310401 未分配利润) "
                                     "to carry the year's profit to.")
                                : tr("The chart of accounts has no profit account (such as 3103 本年利润) to carry "
                                     "profit and loss to.");
    return std::nullopt;
}

std::optional<qint64> PeriodClose::profitAccount(QString *errorString) const
{
    return templateAccount(false, errorString);
}

std::optional<qint64> PeriodClose::retainedAccount(QString *errorString) const
{
    return templateAccount(true, errorString);
}

bool PeriodClose::isYearEnd(const QString &period)
{
    const QDate last = FinanceEntities::lastDay(period);
    return last.isValid() && last.month() == 12;
}

std::optional<QList<VoucherLine>> PeriodClose::yearEndLines(const QString &period, QString *errorString) const
{
    if (!isYearEnd(period))
        return QList<VoucherLine>();
    const std::optional<QList<VoucherLine>> carry = carryForwardLines(period, errorString);
    if (!carry)
        return std::nullopt;
    return yearEndLines(period, *carry, errorString);
}

std::optional<QList<VoucherLine>> PeriodClose::yearEndLines(const QString &period, const QList<VoucherLine> &carry,
                                                            QString *errorString) const
{
    QList<VoucherLine> lines;
    if (!isYearEnd(period))
        return lines;
    const std::optional<qint64> profit = profitAccount(errorString);
    if (!profit)
        return std::nullopt;
    Database &db = m_records.database();
    QString error;
    const auto posted = db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v "
                                                 "ON v.id = l.voucher WHERE v.state = 'posted' AND v.period <= ? "
                                                 "AND l.account = ?")
                                      .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
                                  {period, *profit}, &error);
    if (!posted) {
        if (errorString)
            *errorString = error;
        return std::nullopt;
    }
    qint64 balance = posted->toLongLong();
    // Before the month is closed its 结转损益 is still to come; once it is
    // posted there is nothing left to carry and this adds zero.
    for (const VoucherLine &line : carry)
        if (line.account == *profit)
            balance += line.debit - line.credit;
    if (balance == 0)
        return lines;
    const std::optional<qint64> retained = retainedAccount(errorString);
    if (!retained)
        return std::nullopt;
    const QString summary = tr("Carry the profit of %1 to retained earnings").arg(FinanceEntities::lastDay(period).year());
    VoucherLine fromProfit;
    fromProfit.summary = summary;
    fromProfit.account = *profit;
    VoucherLine toRetained;
    toRetained.summary = summary;
    toRetained.account = *retained;
    // A profit is a credit balance on 本年利润 (balance < 0): debit it away
    // and credit 未分配利润; a loss the other way round.
    if (balance < 0) {
        fromProfit.debit = -balance;
        toRetained.credit = -balance;
    } else {
        fromProfit.credit = balance;
        toRetained.debit = balance;
    }
    lines.append(fromProfit);
    lines.append(toRetained);
    return lines;
}

std::optional<QList<VoucherLine>> PeriodClose::carryForwardLines(const QString &period, QString *errorString) const
{
    Database &db = m_records.database();
    const SqlDialect &dialect = db.dialect();
    // Every posted line up to the month's end: earlier months were carried
    // when they closed, so what is left is this month's (and whatever a
    // reopened month added since).
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT l.account, coalesce(l.department, 0), coalesce(l.partner, 0), coalesce(l.person, 0), "
                       "%1 FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
                       "JOIN finance_account a ON a.id = l.account "
                       "WHERE v.state = 'posted' AND v.period <= ? AND a.category IN ('income', 'expense') "
                       "GROUP BY l.account, a.code, l.department, l.partner, l.person "
                       "ORDER BY a.code, 2, 3, 4")
            .arg(dialect.integerSum(QStringLiteral("l.debit - l.credit"))));
    query.bindValue(0, period);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        query.finish();
        return std::nullopt;
    }
    const QString summary = tr("Carry profit and loss of %1 forward").arg(period);
    QList<VoucherLine> lines;
    qint64 net = 0;
    while (query.next()) {
        const qint64 balance = query.value(4).toLongLong();
        if (balance == 0)
            continue;
        VoucherLine line;
        line.summary = summary;
        line.account = query.value(0).toLongLong();
        line.department = query.value(1).toLongLong();
        line.partner = query.value(2).toLongLong();
        line.person = query.value(3).toLongLong();
        // Onto the other side, which brings the account to zero.
        if (balance > 0)
            line.credit = balance;
        else
            line.debit = -balance;
        net += balance;
        lines.append(line);
    }
    query.finish();
    if (lines.isEmpty())
        return lines;
    const std::optional<qint64> profit = profitAccount(errorString);
    if (!profit)
        return std::nullopt;
    VoucherLine toProfit;
    toProfit.summary = summary;
    toProfit.account = *profit;
    // Expenses beyond income leave a debit on the profit account (a loss).
    if (net > 0)
        toProfit.debit = net;
    else
        toProfit.credit = -net;
    if (net != 0)
        lines.append(toProfit);
    return lines;
}

bool PeriodClose::Plan::passed() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const Check &check) { return check.passed; });
}

std::optional<QList<PeriodClose::Check>> PeriodClose::checks(const QString &period, QString *errorString) const
{
    std::optional<Plan> planned = plan(period, errorString);
    if (!planned)
        return std::nullopt;
    return std::move(planned->checks);
}

std::optional<PeriodClose::Plan> PeriodClose::plan(const QString &period, QString *errorString) const
{
    Plan planned;
    QList<Check> &list = planned.checks;
    Database &db = m_records.database();
    const QString start = booksStart();
    const QString previous = FinanceEntities::previousPeriod(period);
    const QString last = lastClosed();
    if (FinanceEntities::firstDay(period).isNull()) {
        list.append({tr("“%1” is not a month such as 2026-11.").arg(period), false});
        return planned;
    }
    if (!last.isEmpty() && period <= last) {
        list.append({tr("%1 is closed already.").arg(period), false});
        return planned;
    }
    if (!start.isEmpty() && period < start) {
        list.append({tr("%1 is before the books start (%2).").arg(period, start), false});
        return planned;
    }
    if (!start.isEmpty() && period > start)
        list.append({last == previous ? tr("The month before, %1, is closed.").arg(previous)
                                      : tr("Close %1 first: months are closed in order.").arg(
                                            last.isEmpty() ? start : FinanceEntities::nextPeriod(last)),
                     last == previous});

    const Status state = status(period);
    if (state.unposted == 0) {
        list.append({tr("Every voucher of %1 is posted (%n voucher(s)).", nullptr, int(state.vouchers)).arg(period), true});
    } else {
        QStringList references;
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT reference FROM finance_voucher WHERE period = ? "
                                                      "AND state <> 'posted' ORDER BY word, number LIMIT 5"));
        query.bindValue(0, period);
        if (query.exec())
            while (query.next())
                references.append(query.value(0).toString());
        query.finish();
        list.append({tr("%n voucher(s) of %1 not posted yet: %2", nullptr, int(state.unposted))
                         .arg(period, references.join(QStringLiteral(", "))
                                          + (state.unposted > references.size() ? QStringLiteral(" …") : QString())),
                     false});
    }

    QString error;
    const auto difference = db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line l JOIN finance_voucher v "
                                                     "ON v.id = l.voucher WHERE v.state = 'posted' AND v.period <= ?")
                                          .arg(db.dialect().integerSum(QStringLiteral("l.debit - l.credit"))),
                                      {period}, &error);
    if (!difference) {
        if (errorString)
            *errorString = error;
        return std::nullopt;
    }
    const qint64 off = difference->toLongLong();
    list.append({off == 0 ? tr("The books balance: debits equal credits up to %1.").arg(period)
                          : tr("The books do not balance: debits and credits up to %1 differ by %2.")
                                .arg(period, MoneyFormat::money(off)),
                 off == 0});

    QString carryError;
    const std::optional<QList<VoucherLine>> carry = carryForwardLines(period, &carryError);
    if (carry)
        planned.carry = *carry;
    if (!carry) {
        list.append({carryError, false});
    } else if (carry->isEmpty()) {
        list.append({tr("No profit or loss to carry forward."), true});
    } else {
        // The last line is the profit account's: the month's result.
        const VoucherLine &toProfit = carry->constLast();
        const qint64 result = toProfit.credit - toProfit.debit;
        list.append({result >= 0 ? tr("A voucher will carry the profit of %1 to the profit account.")
                                       .arg(MoneyFormat::money(result))
                                 : tr("A voucher will carry the loss of %1 to the profit account.")
                                       .arg(MoneyFormat::money(-result)),
                     true});
    }
    if (isYearEnd(period) && carry) {
        QString yearError;
        const std::optional<QList<VoucherLine>> yearEnd = yearEndLines(period, *carry, &yearError);
        if (yearEnd)
            planned.yearEnd = *yearEnd;
        if (!yearEnd) {
            list.append({yearError, false});
        } else if (yearEnd->isEmpty()) {
            list.append({tr("Year end: the profit account is at zero, nothing to carry to retained earnings."), true});
        } else {
            const qint64 result = yearEnd->constFirst().debit - yearEnd->constFirst().credit;
            list.append({result >= 0 ? tr("Year end: a voucher will carry the year's profit of %1 to retained earnings.")
                                           .arg(MoneyFormat::money(result))
                                     : tr("Year end: a voucher will carry the year's loss of %1 to retained earnings.")
                                           .arg(MoneyFormat::money(-result)),
                         true});
        }
    }
    return planned;
}

Records::Result PeriodClose::close(const QString &period)
{
    QString refusal;
    if (!m_records.check(QStringLiteral("post"), FinanceEntities::period(), &refusal))
        return refused(refusal);
    Database &db = m_records.database();
    // %2: the database's reason.
    const Records::Result result = m_records.inTransaction([&] { return closeInTransaction(period); },
                                                           tr("%1 could not be closed: %2").arg(period));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(FinanceEntities::period());
        m_records.notifyChanged(FinanceEntities::voucher());
    }
    return result;
}

Records::Result PeriodClose::closeInTransaction(const QString &period)
{
    Records::Result failed;
    failed.code = Records::Result::Code::Failed;
    // Checked inside the transaction: another clerk may have posted or
    // closed meanwhile.
    // The checks and both vouchers from one pass over the books: the
    // year-end lines already count the 结转损益 about to be posted.
    QString error;
    const std::optional<Plan> planned = plan(period, &error);
    if (!planned) {
        failed.message = error;
        return failed;
    }
    for (const Check &check : planned->checks)
        if (!check.passed)
            return refused(tr("%1 cannot be closed: %2").arg(period, check.text));

    qint64 carryId = 0;
    if (const Records::Result carried = postGenerated(period, QStringLiteral("closing"), planned->carry, &carryId);
        !carried.ok())
        return carried;
    qint64 yearEndId = 0;
    if (const Records::Result carried = postGenerated(period, QStringLiteral("year_end"), planned->yearEnd, &yearEndId);
        !carried.ok())
        return carried;

    const QVariantMap values{{QStringLiteral("period"), period},
                             {QStringLiteral("state"), QStringLiteral("closed")},
                             {QStringLiteral("closed_by"), m_records.userName()},
                             {QStringLiteral("closed_at"), QDateTime::currentDateTimeUtc()},
                             {QStringLiteral("carry_voucher"), carryId > 0 ? QVariant(carryId) : QVariant()}};
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("period"), Filter::Op::Equal, period);
    const QList<Record> existing = m_records.select(FinanceEntities::period(), spec, &error);
    if (!error.isEmpty()) {
        failed.message = error;
        return failed;
    }
    const Records::Result marked =
        existing.isEmpty() ? m_records.create(FinanceEntities::period(), values)
                           : m_records.update(FinanceEntities::period(), existing.constFirst().id,
                                              existing.constFirst().version, values);
    if (!marked.ok())
        return marked;
    Records::Result done;
    done.id = carryId;
    return done;
}

Records::Result PeriodClose::postGenerated(const QString &period, const QString &kind,
                                           const QList<VoucherLine> &lines, qint64 *id)
{
    *id = 0;
    if (lines.isEmpty())
        return {};
    VoucherBook book(m_records);
    Voucher voucher;
    voucher.date = FinanceEntities::lastDay(period);
    voucher.kind = kind;
    voucher.lines = lines;
    const Records::Result saved = book.save(voucher);
    if (!saved.ok())
        return saved;
    const Records::Result posted = book.postGenerated(saved.id, kind == QLatin1String("year_end")
                                                                    ? tr("Year-end close of %1").arg(period)
                                                                    : tr("Period close of %1").arg(period));
    if (!posted.ok())
        return posted;
    *id = saved.id;
    return posted;
}

Records::Result PeriodClose::reopen(const QString &period, const QString &reason)
{
    QString refusal;
    if (!m_records.check(QStringLiteral("administer"), FinanceEntities::period(), &refusal))
        return refused(refusal);
    if (reason.trimmed().isEmpty()) {
        Records::Result result;
        result.code = Records::Result::Code::Invalid;
        result.message = tr("Say why the period is reopened; the reason goes into the audit log.");
        result.fieldErrors.append({QStringLiteral("reason"), result.message});
        return result;
    }
    Database &db = m_records.database();
    const auto work = [&]() -> Records::Result {
        Records::Result failed;
        failed.code = Records::Result::Code::Failed;
        const QString last = lastClosed();
        if (last.isEmpty() || period > last || !status(period).closed)
            return refused(tr("%1 is not closed.").arg(period));
        if (period != last)
            return refused(tr("Reopen %1 first: months are reopened from the latest back.").arg(last));
        QuerySpec spec;
        spec.filter = Filter::where(QStringLiteral("period"), Filter::Op::Equal, period);
        QString error;
        const QList<Record> rows = m_records.select(FinanceEntities::period(), spec, &error);
        if (rows.isEmpty()) {
            failed.message = error.isEmpty() ? tr("%1 is not closed.").arg(period) : error;
            return failed;
        }
        const Records::Result updated =
            m_records.update(FinanceEntities::period(), rows.constFirst().id, rows.constFirst().version,
                             {{QStringLiteral("state"), QStringLiteral("open")}});
        if (!updated.ok())
            return updated;
        if (!m_records.audit(QStringLiteral("reopen"), FinanceEntities::period(), rows.constFirst().id,
                             QJsonObject{{QStringLiteral("period"), period}, {QStringLiteral("reason"), reason.trimmed()}},
                             &error)) {
            failed.message = error;
            return failed;
        }
        return updated;
    };
    const Records::Result result =
        m_records.inTransaction(work, tr("%1 could not be reopened: %2").arg(period));
    if (result.ok() && db.transactionDepth() == 0)
        m_records.notifyChanged(FinanceEntities::period());
    return result;
}

} // namespace Backroom::Finance
