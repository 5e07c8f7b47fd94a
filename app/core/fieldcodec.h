#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QCoreApplication>
#include <QVariant>

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
};

} // namespace Backroom
