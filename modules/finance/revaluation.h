#pragma once

#include "records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// 期末调汇: at a month's end every account kept in a foreign currency is
// valued at the month-end rate; what its foreign balance is then worth in
// 分 minus its local balance is the exchange gain or loss, posted in one
// generated voucher (kind "revaluation", the month's last day) against
// 财务费用—汇兑损益 (560303 in 小企业会计准则's chart; 5614 Exchange gains
// and losses in the generic one, created when missing). A gain is a credit
// to it, a loss a debit. Run again it finds nothing left to revalue.
class Revaluation
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::Revaluation)

public:
    struct Line
    {
        qint64 account = 0;
        QString accountText;      // "100202 银行存款 / 美元户"
        qint64 currency = 0;
        QString currencyCode;
        int decimals = 2;
        qint64 foreignBalance = 0; // minor units of the currency, debit minus credit
        qint64 rate = 0;           // the month-end rate, scaled by 10^6
        qint64 localBalance = 0;   // 分, debit minus credit
        qint64 revalued = 0;       // foreignBalance at rate, 分
        qint64 difference() const { return revalued - localBalance; }
    };

    explicit Revaluation(Records &records);

    // Each foreign-currency leaf account with a balance, its posted lines up
    // to the period's last day; nullopt with *errorString when a currency
    // has no rate on or before that day, or on a database error.
    std::optional<QList<Line>> compute(const QString &period, QString *errorString = nullptr) const;
    // Generates and posts the voucher (its id in the result); refused when
    // nothing differs, the period is closed or a rate is missing.
    Records::Result post(const QString &period);

    // Why post() refuses when every balance is already at the rate.
    static QString nothingToRevalue(const QString &period);
    // The exchange gains and losses account the voucher uses, 0 when the
    // chart has none yet (post() creates it).
    static qint64 exchangeAccount(Database &db);

private:
    qint64 ensureExchangeAccount(QString *errorString);

    Records &m_records;
};

} // namespace Backroom::Finance
