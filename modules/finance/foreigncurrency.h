#pragma once

#include "field.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// Foreign-currency accounting (外币核算): the currencies the books keep
// beside the company's own (本位币), their exchange rates by date, and the
// arithmetic that turns an original-currency amount (原币) at a rate (汇率)
// into the local amount the books post (本位币金额). Amounts are integer
// minor units of their own currency (USD cents, JPY yen); rates are scaled
// by RateScale (7.123400 is 7123400). No double ever touches a stored value.
class ForeignCurrency
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::ForeignCurrency)

public:
    static constexpr int RateScale = 6;

    struct Currency
    {
        qint64 id = 0;
        QString code;      // ISO 4217: USD
        QString name;
        int decimals = 2;  // JPY 0
        bool active = true;
    };

    // The local amount in 分 of `foreign` minor units at `rate` (scaled by
    // 10^RateScale), rounded half away from zero: 1 000.00 USD at 7.123400 is
    // 7 123.40. Computed in 128-bit integers; nullopt when the result does not
    // fit a qint64 or `decimals` is out of 0…6.
    static std::optional<qint64> localAmount(qint64 foreign, int decimals, qint64 rate);

    // The declared fields a voucher line (and a template line) carries.
    static QList<Field> lineFields();

    // The company's own currency (core.company's, CNY when unset).
    static QString companyCurrency(Database &db);
    static std::optional<Currency> currency(Database &db, qint64 id);
    static std::optional<Currency> byCode(Database &db, const QString &code);
    // The latest rate on or before `date`, scaled; nullopt when none is kept.
    static std::optional<qint64> rateOn(Database &db, qint64 currency, const QDate &date);

    // "USD 1,000.00"
    static QString amountText(const QString &code, qint64 foreign, int decimals);
    // "USD 1,000.00 × 7.123400", as a print or a ledger shows a foreign line.
    static QString amountAtRate(const QString &code, qint64 foreign, int decimals, qint64 rate);
    // An original amount for a report column of two decimals (one column
    // has one scale, whatever the currency): a currency with fewer decimals
    // is scaled up, so ¥123,456 reads 123,456.00; one with more is rounded
    // half away from zero to the hundredth.
    static qint64 inHundredths(qint64 foreign, int decimals);
    // A rate as text, all six decimals: "7.123400".
    static QString rateText(qint64 rate);
};

} // namespace Backroom::Finance
