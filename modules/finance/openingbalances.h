#pragma once

#include "records.h"
#include "voucherbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// 期初余额: the balances the books start from. They are kept as one posted
// voucher of kind "opening", dated the last day of the month before the
// books' first month, so every book and statement reads them as brought
// forward without knowing about them. Until the first month is closed the
// clerk may enter them again (the database allows replacing that voucher
// then, and only then); they must balance, sit on leaf accounts with the
// dimensions those ask for, and leave the income and expense accounts at
// zero (the year's result so far belongs on the profit account).
class OpeningBalances
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::OpeningBalances)

public:
    explicit OpeningBalances(Records &records);

    // The books' first month ("2026-01"), empty when no opening balances
    // were entered.
    QString startPeriod() const;
    // The opening voucher (kind "opening"); nullopt when there is none.
    std::optional<Voucher> voucher() const;
    // The entered balances: the opening voucher's lines.
    QList<VoucherLine> lines() const;

    // Whether they may still be changed, and if not, why.
    QString lockedReason() const;
    // What keeps these balances from being saved, as VoucherBook names it
    // ("lines/N/column"), plus "start" for the month.
    QList<Records::FieldError> problems(const QString &startPeriod, const QList<VoucherLine> &lines) const;
    // Replaces the opening balances in one transaction; empty `lines`
    // removes them. Needs "post" on vouchers.
    Records::Result save(const QString &startPeriod, const QList<VoucherLine> &lines);

private:
    Records::Result saveInTransaction(const QString &startPeriod, const QList<VoucherLine> &lines);

    Records &m_records;
};

} // namespace Backroom::Finance
