#include "moneyformat.h"

namespace Backroom {

QString MoneyFormat::money(qint64 minorUnits, int decimals, const QLocale &locale)
{
    return decimal(minorUnits, decimals, locale);
}

QString MoneyFormat::decimal(qint64 scaled, int scale, const QLocale &locale)
{
    scale = qBound(0, scale, 18);
    // Unsigned magnitude, so the most negative qint64 has one too.
    const bool negative = scaled < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(scaled) : quint64(scaled);
    quint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    const QString whole = QString::number(magnitude / divisor);
    QString text;
    text.reserve(whole.size() + whole.size() / 3 + scale + 3);
    if (negative)
        text += locale.negativeSign();
    // Groups of three from the right; the group separator is the locale's
    // ("," for zh_CN and en_US) even where QLocale would omit it (C locale).
    const QString group = locale.groupSeparator().isEmpty() ? QStringLiteral(",") : locale.groupSeparator();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            text += group;
        text += whole.at(i);
    }
    if (scale > 0) {
        text += locale.decimalPoint();
        text += QString::number(magnitude % divisor).rightJustified(scale, QLatin1Char('0'));
    }
    return text;
}

} // namespace Backroom
