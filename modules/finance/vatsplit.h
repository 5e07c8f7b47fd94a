#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Backroom::Finance {

// Value-added tax on one invoice line: the rates a Chinese invoice carries
// (13 %, 9 %, 6 %, 3 % and 1 % for small-scale taxpayers, 0 % and exempt)
// and how an amount splits into net and tax. An amount entered with tax
// (含税) is split by rounding the NET first, half away from zero to the
// fen, and the tax is what is left: gross 100.00 at 13 % → net 88.50
// (100 / 1.13 = 88.4956…), tax 11.50, so net + tax is always the gross
// printed on the invoice. An amount without tax (不含税) is the net, and the
// tax is net × rate rounded the same way.
class VatSplit
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VatSplit)

public:
    struct Rate
    {
        QString key;     // stored: "13", "9", "6", "3", "1", "0", "exempt"
        int percent;     // 0 for exempt
    };
    struct Amounts
    {
        qint64 net = 0;
        qint64 tax = 0;
        qint64 gross() const { return net + tax; }
    };

    static QList<Rate> rates();
    // The percentage of a stored rate key; -1 for an unknown key.
    static int percentOf(const QString &key);
    // "13%", "免税" — as the invoice prints it.
    static QString label(const QString &key);

    // Amounts in minor units (分).
    static Amounts split(qint64 amount, int percent, bool taxIncluded);
    // a / b rounded half away from zero, for b > 0.
    static qint64 divideRounded(qint64 a, qint64 b);
};

} // namespace Backroom::Finance
