#pragma once

#include "coreglobal.h"

#include <QLocale>
#include <QString>

namespace Backroom {

// Amounts and scaled quantities as a clerk reads them: grouped thousands and
// exactly `decimals` digits after the point, computed from the integer with
// integer arithmetic only. QLocale::toString(double) would round through
// binary floating point and drops the grouping under the C locale; a ledger
// cannot afford either.
class BACKROOM_CORE_EXPORT MoneyFormat
{
public:
    // money(123450) == "1,234.50", money(-5) == "-0.05"; separators and the
    // minus sign come from the locale.
    static QString money(qint64 minorUnits, int decimals = 2, const QLocale &locale = QLocale());
    // A fixed-scale value: decimal(1500, 3) == "1.500". Grouped like money.
    static QString decimal(qint64 scaled, int scale, const QLocale &locale = QLocale());
};

} // namespace Backroom
