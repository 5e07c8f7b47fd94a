#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Backroom {

class Database;

// Gap-free document numbers from patterns such as "PO-{YYYY}-{####}" or
// "记-{MM}-{###}". The counter restarts per day, month or year according to
// the smallest date token in the pattern, and is taken inside the caller's
// write transaction: a transaction that rolls back gives its number back.
// (Database sequences cannot do this; they never roll back.)
class BACKROOM_CORE_EXPORT Sequences
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Sequences)

public:
    // Checks a pattern: known tokens only ({YYYY} {YY} {MM} {DD} {#…}), exactly
    // one counter token, at most 12 digits.
    static bool isValidPattern(const QString &pattern, QString *errorString = nullptr);
    // The period a date falls in for this pattern ("2026", "2026-03", "").
    static QString periodKey(const QString &pattern, const QDate &date);
    static QString format(const QString &pattern, const QDate &date, qint64 counter);
    // Takes the next number. Must run inside a write transaction.
    static std::optional<QString> next(Database &db, const QString &name, const QString &pattern, const QDate &date,
                                       QString *errorString);
    // The number next() would give, without taking it.
    static std::optional<QString> peek(Database &db, const QString &name, const QString &pattern, const QDate &date);
};

} // namespace Backroom
