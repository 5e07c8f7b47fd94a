#include "foreigncurrency.h"

#include "database.h"
#include "moneyformat.h"

#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

// 128 bits hold amount × rate × 100 for any qint64 amount and rate; GCC and
// Clang both have the type (marked so -Wpedantic accepts it).
__extension__ typedef __int128 Wide;

Wide powerOfTen(int exponent)
{
    Wide value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

std::optional<ForeignCurrency::Currency> currencyWhere(Database &db, const QString &where, const QVariant &value)
{
    QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, code, name, minor_units, active FROM finance_currency WHERE %1")
                                       .arg(where));
    query.bindValue(0, value);
    std::optional<ForeignCurrency::Currency> found;
    if (query.exec() && query.next()) {
        ForeignCurrency::Currency currency;
        currency.id = query.value(0).toLongLong();
        currency.code = query.value(1).toString();
        currency.name = query.value(2).toString();
        currency.decimals = query.value(3).isNull() ? 2 : query.value(3).toInt();
        currency.active = query.value(4).isNull() || query.value(4).toBool() || query.value(4).toLongLong() != 0;
        found = currency;
    }
    query.finish();
    return found;
}

} // namespace

std::optional<qint64> ForeignCurrency::localAmount(qint64 foreign, int decimals, qint64 rate)
{
    if (decimals < 0 || decimals > 6)
        return std::nullopt;
    // foreign / 10^decimals units × rate / 10^6 = local yuan; × 100 for 分.
    const Wide numerator = Wide(foreign) * Wide(rate) * 100;
    const Wide denominator = powerOfTen(decimals + RateScale);
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide quotient = magnitude / denominator;
    // Half away from zero: a remainder of at least half the divisor rounds
    // the magnitude up, whatever the sign.
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient;
    if (quotient > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(quotient) : qint64(quotient);
}

QList<Field> ForeignCurrency::lineFields()
{
    return {Field::reference(QStringLiteral("currency"), [] { return tr("Currency"); }, QStringLiteral("finance.currency")),
            Field::integer(QStringLiteral("foreign_amount"), [] { return tr("Foreign amount"); })
                .defaultValue(0)
                .help([] { return tr("The amount in the line's currency, in its smallest unit (cents)."); }),
            Field::quantity(QStringLiteral("rate"), [] { return tr("Exchange rate"); }, RateScale)};
}

QString ForeignCurrency::companyCurrency(Database &db)
{
    const auto code = db.scalar(QStringLiteral("SELECT currency FROM core_company ORDER BY id LIMIT 1"));
    const QString text = code ? code->toString().trimmed().toUpper() : QString();
    return text.isEmpty() ? QStringLiteral("CNY") : text;
}

std::optional<ForeignCurrency::Currency> ForeignCurrency::currency(Database &db, qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    return currencyWhere(db, QStringLiteral("id = ?"), id);
}

std::optional<ForeignCurrency::Currency> ForeignCurrency::byCode(Database &db, const QString &code)
{
    return currencyWhere(db, QStringLiteral("code = ?"), code.trimmed().toUpper());
}

std::optional<qint64> ForeignCurrency::rateOn(Database &db, qint64 currency, const QDate &date)
{
    if (currency <= 0 || !date.isValid())
        return std::nullopt;
    const auto rate = db.scalar(QStringLiteral("SELECT rate FROM finance_exchange_rate WHERE currency = ? AND date <= ? "
                                               "ORDER BY date DESC LIMIT 1"),
                                {currency, date.toString(Qt::ISODate)});
    if (!rate || rate->isNull())
        return std::nullopt;
    return rate->toLongLong();
}

qint64 ForeignCurrency::inHundredths(qint64 foreign, int decimals)
{
    qint64 value = foreign;
    for (int i = decimals; i < 2; ++i)
        value *= 10;
    qint64 divisor = 1;
    for (int i = 2; i < decimals; ++i)
        divisor *= 10;
    if (divisor == 1)
        return value;
    // Once, so that 1.2345 is 1.23 and not 1.2345 → 1.235 → 1.24.
    const qint64 rest = value % divisor;
    return value / divisor + (2 * rest >= divisor ? 1 : 2 * rest <= -divisor ? -1 : 0);
}

QString ForeignCurrency::rateText(qint64 rate)
{
    return MoneyFormat::decimal(rate, RateScale);
}

QString ForeignCurrency::amountText(const QString &code, qint64 foreign, int decimals)
{
    return code + QLatin1Char(' ') + MoneyFormat::money(foreign, decimals);
}

QString ForeignCurrency::amountAtRate(const QString &code, qint64 foreign, int decimals, qint64 rate)
{
    return QStringLiteral("%1 × %2").arg(amountText(code, foreign, decimals), rateText(rate));
}

} // namespace Backroom::Finance
