#include "sequences.h"

#include "database.h"

#include <QRegularExpression>

namespace Backroom {

namespace {
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}
} // namespace

bool Sequences::isValidPattern(const QString &pattern, QString *errorString)
{
    int counters = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QString token = it.next().captured(1);
        static const QStringList dateTokens{QStringLiteral("YYYY"), QStringLiteral("YY"), QStringLiteral("MM"),
                                            QStringLiteral("DD")};
        if (dateTokens.contains(token))
            continue;
        static const QRegularExpression counter(QStringLiteral("^#{1,12}$"));
        if (counter.match(token).hasMatch()) {
            ++counters;
            continue;
        }
        if (errorString)
            *errorString = tr("The number pattern “%1” has an unknown part {%2}.").arg(pattern, token);
        return false;
    }
    if (counters != 1) {
        if (errorString)
            *errorString = tr("The number pattern “%1” needs exactly one counter such as {####}.").arg(pattern);
        return false;
    }
    const QString rest = QString(pattern).remove(tokenPattern());
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}'))) {
        if (errorString)
            *errorString = tr("The number pattern “%1” has an unmatched brace.").arg(pattern);
        return false;
    }
    return true;
}

QString Sequences::periodKey(const QString &pattern, const QDate &date)
{
    if (pattern.contains(QLatin1String("{DD}")))
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    if (pattern.contains(QLatin1String("{MM}")))
        return date.toString(QStringLiteral("yyyy-MM"));
    if (pattern.contains(QLatin1String("{YYYY}")) || pattern.contains(QLatin1String("{YY}")))
        return date.toString(QStringLiteral("yyyy"));
    return QStringLiteral(""); // never reset (not null: it is part of the key)
}

QString Sequences::format(const QString &pattern, const QDate &date, qint64 counter)
{
    QString result;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += pattern.mid(last, match.capturedStart() - last);
        const QString token = match.captured(1);
        if (token == QLatin1String("YYYY"))
            result += date.toString(QStringLiteral("yyyy"));
        else if (token == QLatin1String("YY"))
            result += date.toString(QStringLiteral("yy"));
        else if (token == QLatin1String("MM"))
            result += date.toString(QStringLiteral("MM"));
        else if (token == QLatin1String("DD"))
            result += date.toString(QStringLiteral("dd"));
        else
            result += QStringLiteral("%1").arg(counter, int(token.size()), 10, QLatin1Char('0'));
        last = match.capturedEnd();
    }
    result += pattern.mid(last);
    return result;
}

std::optional<QString> Sequences::next(Database &db, const QString &name, const QString &pattern, const QDate &date,
                                       QString *errorString)
{
    if (!isValidPattern(pattern, errorString))
        return std::nullopt;
    const QString period = periodKey(pattern, date);
    // One statement that creates the counter or advances it, holding the
    // row for the rest of the transaction on PostgreSQL.
    const auto taken = db.scalar(QStringLiteral("INSERT INTO backroom_sequence (name, period, next_value) VALUES (?, ?, 2) "
                                                "ON CONFLICT (name, period) DO UPDATE SET next_value = "
                                                "backroom_sequence.next_value + 1 RETURNING next_value - 1"),
                                 {name, period}, errorString);
    if (!taken)
        return std::nullopt;
    return format(pattern, date, taken->toLongLong());
}

std::optional<QString> Sequences::peek(Database &db, const QString &name, const QString &pattern, const QDate &date)
{
    if (!isValidPattern(pattern))
        return std::nullopt;
    const auto value = db.scalar(QStringLiteral("SELECT next_value FROM backroom_sequence WHERE name = ? AND period = ?"),
                                 {name, periodKey(pattern, date)});
    return format(pattern, date, value ? value->toLongLong() : 1);
}

} // namespace Backroom
