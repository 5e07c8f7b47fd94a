#include "openingbalances.h"

#include "database.h"
#include "financeentities.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Backroom::Finance {

OpeningBalances::OpeningBalances(Records &records)
    : m_records(records)
{
}

std::optional<Voucher> OpeningBalances::voucher() const
{
    const auto id = m_records.database().scalar(
        QStringLiteral("SELECT id FROM finance_voucher WHERE kind = 'opening' ORDER BY period DESC, id DESC LIMIT 1"));
    if (!id || id->isNull())
        return std::nullopt;
    return VoucherBook(m_records).load(id->toLongLong());
}

QString OpeningBalances::startPeriod() const
{
    const std::optional<Voucher> opening = voucher();
    return opening ? FinanceEntities::nextPeriod(FinanceEntities::periodOf(opening->date)) : QString();
}

QList<VoucherLine> OpeningBalances::lines() const
{
    const std::optional<Voucher> opening = voucher();
    return opening ? opening->lines : QList<VoucherLine>();
}

QString OpeningBalances::lockedReason() const
{
    const auto closed = m_records.database().scalar(
        QStringLiteral("SELECT max(period) FROM finance_period WHERE state = 'closed'"));
    if (closed && !closed->isNull() && !closed->toString().isEmpty())
        return tr("The books are closed up to %1; the opening balances can change again only when every month is "
                  "reopened.")
            .arg(closed->toString());
    return {};
}

QList<Records::FieldError> OpeningBalances::problems(const QString &startPeriod, const QList<VoucherLine> &lines) const
{
    QList<Records::FieldError> errors;
    const QDate first = FinanceEntities::firstDay(startPeriod);
    if (!first.isValid()) {
        errors.append({QStringLiteral("start"), tr("Choose the month the books start in.")});
        return errors;
    }
    if (const QString locked = lockedReason(); !locked.isEmpty()) {
        errors.append({QStringLiteral("start"), locked});
        return errors;
    }
    Database &db = m_records.database();
    const auto earlier = db.scalar(QStringLiteral("SELECT min(period) FROM finance_voucher "
                                                  "WHERE period < ? AND coalesce(kind, 'entry') <> 'opening'"),
                                   {startPeriod});
    if (earlier && !earlier->isNull() && !earlier->toString().isEmpty())
        errors.append({QStringLiteral("start"),
                       tr("There are vouchers in %1, before the books would start; start the books in that month "
                          "or earlier.")
                           .arg(earlier->toString())});
    if (lines.isEmpty())
        return errors;

    Voucher check;
    check.date = first.addDays(-1);
    check.lines = lines;
    for (const Records::FieldError &error : VoucherBook(m_records).problems(check))
        errors.append(error);
    // Income and expense accounts begin the books at zero: the year's
    // result so far is on the profit account, where a close would carry it.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const VoucherLine &line = lines.at(i);
        const auto category = db.scalar(QStringLiteral("SELECT category FROM finance_account WHERE id = ?"), {line.account});
        if (category && (category->toString() == QLatin1String("income") || category->toString() == QLatin1String("expense")))
            errors.append({QStringLiteral("lines/%1/account").arg(i + 1),
                           tr("Line %1: income and expense accounts start the books at zero; put the year's result so "
                              "far on the profit account.")
                               .arg(i + 1)});
    }
    return errors;
}

Records::Result OpeningBalances::save(const QString &startPeriod, const QList<VoucherLine> &givenLines)
{
    QString refusal;
    if (!m_records.check(QStringLiteral("post"), FinanceEntities::voucher(), &refusal)) {
        Records::Result result;
        result.code = Records::Result::Code::Refused;
        result.message = refusal;
        return result;
    }
    // Every line says what it is, as the ledgers show it.
    QList<VoucherLine> lines = givenLines;
    for (VoucherLine &line : lines)
        if (line.summary.trimmed().isEmpty())
            line.summary = tr("Opening balance");
    const QList<Records::FieldError> errors = problems(startPeriod, lines);
    if (!errors.isEmpty()) {
        Records::Result result;
        result.code = Records::Result::Code::Invalid;
        result.message = errors.size() == 1
                             ? errors.constFirst().message
                             : tr("The opening balances have %n problem(s): %1", nullptr, int(errors.size()))
                                   .arg(errors.constFirst().message);
        result.fieldErrors = errors;
        return result;
    }
    Database &db = m_records.database();
    const Records::Result result = m_records.inTransaction([&] { return saveInTransaction(startPeriod, lines); },
                                                           tr("The opening balances could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0)
        m_records.notifyChanged(FinanceEntities::voucher());
    return result;
}

Records::Result OpeningBalances::saveInTransaction(const QString &startPeriod, const QList<VoucherLine> &lines)
{
    Database &db = m_records.database();
    Records::Result failed;
    failed.code = Records::Result::Code::Failed;
    if (const QString locked = lockedReason(); !locked.isEmpty()) {
        failed.code = Records::Result::Code::Refused;
        failed.message = locked;
        return failed;
    }
    // The old ones go (the database lets a posted opening voucher go while
    // no month is closed), the new ones take their place.
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, version FROM finance_voucher WHERE kind = 'opening'"));
    QList<QPair<qint64, qint64>> old;
    if (query.exec())
        while (query.next())
            old.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    query.finish();
    // Records keeps a posted record from being deleted, rightly for every
    // other voucher; this one is removed here, under the same audit.
    for (const auto &[id, version] : std::as_const(old)) {
        const std::optional<Voucher> replaced = VoucherBook(m_records).load(id);
        QString error;
        if (!db.exec(QStringLiteral("DELETE FROM finance_voucher_line WHERE voucher = ?"), {id}, &error)
            || !db.exec(QStringLiteral("DELETE FROM finance_voucher WHERE id = ? AND version = ?"), {id, version}, &error)
            || !m_records.audit(QStringLiteral("delete"), FinanceEntities::voucher(), id,
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("opening")},
                                            {QStringLiteral("lines"), replaced ? int(replaced->lines.size()) : 0},
                                            {QStringLiteral("total"), replaced ? replaced->totalDebit() : 0}},
                                &error)) {
            failed.message = tr("The opening balances could not be replaced: %1").arg(error);
            return failed;
        }
    }
    Records::Result done;
    if (!lines.isEmpty()) {
        VoucherBook book(m_records);
        Voucher voucher;
        voucher.date = FinanceEntities::firstDay(startPeriod).addDays(-1);
        voucher.kind = QStringLiteral("opening");
        voucher.lines = lines;
        const Records::Result saved = book.save(voucher);
        if (!saved.ok())
            return saved;
        const Records::Result posted = book.postGenerated(saved.id, tr("Opening balances"));
        if (!posted.ok())
            return posted;
        done.id = saved.id;
        done.version = posted.version;
    }
    return done;
}

} // namespace Backroom::Finance
