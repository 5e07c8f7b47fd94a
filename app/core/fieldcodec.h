#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace Backroom {

// Converts a field's values between three forms: what callers hand in (text
// from an import, a QDate from a widget…), the typed C++ value a Record holds,
// and what is stored in the column. Money and quantities are integers all the
// way; there is no floating point anywhere on the path.
class BACKROOM_CORE_EXPORT FieldCodec
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::FieldCodec)

public:
    // Input → typed value. A null or empty input gives a null QVariant. On a
    // value of the wrong kind returns a null QVariant and a translated sentence
    // naming the field.
    static QVariant normalize(const Field &field, const QVariant &input, QString *errorString);
    static QVariant toStorage(const Field &field, const QVariant &typed);
    static QVariant fromStorage(const Field &field, const QVariant &stored);
    static bool isEmpty(const QVariant &value);

    // Decimal text as a clerk writes it ("1,234.56", "-12.5", "¥1 234,00" is
    // not accepted) → an integer scaled by 10^scale, exactly: 1234.56 with
    // scale 2 → 123456. More decimals than the scale are refused rather than
    // rounded silently. No floating point is involved.
    static std::optional<qint64> parseDecimal(const QString &text, int scale);
    // The reverse: 123456, scale 2 → "1234.56" (no grouping).
    static QString formatDecimal(qint64 value, int scale);
};

} // namespace Backroom
