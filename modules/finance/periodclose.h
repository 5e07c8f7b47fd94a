#pragma once

#include "records.h"
#include "voucherbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// 期末结账: closing a month's books and reopening them. Closing checks that
// the month may be closed (the month before it is closed, every voucher in
// it posted, the books balance), carries the balances of the income and
// expense accounts to the profit account (本年利润) by a generated, posted
// voucher (结转损益), and marks the month closed — after which the
// database's triggers refuse any change to its vouchers. Reopening (反结账)
// needs its own permission, goes back one month at a time from the latest,
// and says why in the audit log.
//
// 年末结账: closing the year's last month (December: the books keep the
// calendar year, as Chinese companies must) also carries 本年利润's balance
// to 利润分配—未分配利润 (the generic chart's retained earnings) by a second
// generated voucher of kind 'year_end', so the new year starts with the
// profit account at zero. Like 结转损益 it stays when December is reopened
// (posted vouchers are never deleted): closing again carries only what the
// reopened month changed.
//
// Permissions: closing is "post" on finance.period, reopening "administer"
// on it, so a bookkeeper closes months and only whoever the office trusts
// with more opens one again.
class PeriodClose
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::PeriodClose)

public:
    struct Status
    {
        QString period;
        bool closed = false;
        QString closedBy;
        QDateTime closedAt;         // UTC
        qint64 carryVoucher = 0;    // the last carry-forward of the month
        qint64 vouchers = 0;        // in the month, every state
        qint64 unposted = 0;
    };

    // One line of what closing checks, as the closing screen lists it.
    struct Check
    {
        QString text;
        bool passed = false;
    };

    explicit PeriodClose(Records &records);

    // The first month of the books: the month after the opening balances,
    // else the month of the earliest voucher; empty before any of them.
    QString booksStart() const;
    // Months from the books' start to `until` (inclusive), oldest first.
    QList<Status> statuses(const QString &until) const;
    Status status(const QString &period) const;
    // The latest closed month; empty when none is.
    QString lastClosed() const;

    // What closing `period` checks and the vouchers it would post, worked
    // out once (each is a sum over every posted line up to the month).
    struct Plan
    {
        QList<Check> checks;
        QList<VoucherLine> carry;     // 结转损益
        QList<VoucherLine> yearEnd;   // December's carry to retained earnings
        bool passed() const;
    };
    std::optional<Plan> plan(const QString &period, QString *errorString = nullptr) const;
    // What closing `period` checks, passed or not; closing goes ahead only
    // when all pass. nullopt with *errorString on a database error.
    std::optional<QList<Check>> checks(const QString &period, QString *errorString = nullptr) const;
    // The lines that carry the month's income and expense balances to the
    // profit account (empty when they are all zero already).
    std::optional<QList<VoucherLine>> carryForwardLines(const QString &period, QString *errorString = nullptr) const;
    // The profit account (本年利润, or the generic chart's current-year
    // earnings): the one the company's chart template names.
    std::optional<qint64> profitAccount(QString *errorString = nullptr) const;
    // 未分配利润 (310401) or the generic chart's retained earnings (3101).
    std::optional<qint64> retainedAccount(QString *errorString = nullptr) const;
    // Whether closing `period` also closes the year.
    static bool isYearEnd(const QString &period);
    // The lines that carry the profit account's balance at the end of the
    // year's last month — after that month's 结转损益, still to come or
    // done — to retained earnings (empty when it is zero, or for any other
    // month).
    std::optional<QList<VoucherLine>> yearEndLines(const QString &period, QString *errorString = nullptr) const;

    // Closes the month in one transaction (all or nothing). The result's id
    // is the carry-forward voucher's (0 when nothing needed carrying).
    Records::Result close(const QString &period);
    // Reopens the latest closed month; `reason` is required.
    Records::Result reopen(const QString &period, const QString &reason);

private:
    Records::Result closeInTransaction(const QString &period);
    // yearEndLines with the month's carry-forward lines already worked out.
    std::optional<QList<VoucherLine>> yearEndLines(const QString &period, const QList<VoucherLine> &carry,
                                                   QString *errorString) const;
    std::optional<qint64> templateAccount(bool retained, QString *errorString) const;
    Records::Result postGenerated(const QString &period, const QString &kind, const QList<VoucherLine> &lines,
                                  qint64 *id);
    Records::Result refused(const QString &message) const;

    Records &m_records;
};

} // namespace Backroom::Finance
