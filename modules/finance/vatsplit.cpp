#include "vatsplit.h"

namespace Backroom::Finance {

QList<VatSplit::Rate> VatSplit::rates()
{
    return {{QStringLiteral("13"), 13}, {QStringLiteral("9"), 9}, {QStringLiteral("6"), 6}, {QStringLiteral("3"), 3},
            {QStringLiteral("1"), 1},   {QStringLiteral("0"), 0}, {QStringLiteral("exempt"), 0}};
}

int VatSplit::percentOf(const QString &key)
{
    for (const Rate &rate : rates())
        if (rate.key == key)
            return rate.percent;
    return -1;
}

QString VatSplit::label(const QString &key)
{
    if (key == QLatin1String("exempt"))
        return tr("Exempt");
    // "13% VAT" in English, "13%" on a Chinese invoice.
    return key.isEmpty() ? QString() : tr("%1% VAT").arg(key);
}

qint64 VatSplit::divideRounded(qint64 a, qint64 b)
{
    // Twice the quotient, so the half is a whole number to compare with.
    const qint64 q = (2 * (a < 0 ? -a : a) + b) / (2 * b);
    return a < 0 ? -q : q;
}

VatSplit::Amounts VatSplit::split(qint64 amount, int percent, bool taxIncluded)
{
    Amounts result;
    if (percent <= 0) {
        result.net = amount;
        return result;
    }
    if (taxIncluded) {
        result.net = divideRounded(amount * 100, 100 + percent);
        result.tax = amount - result.net;
    } else {
        result.net = amount;
        result.tax = divideRounded(amount * percent, 100);
    }
    return result;
}

} // namespace Backroom::Finance
