#include "connectionlabel.h"

#include <QByteArray>
#include <QStringList>

namespace Backroom {

namespace {

const QByteArray NoValue("-");

// The percent-encoded text, whole characters only, at most `limit` bytes;
// "*" at the end when it was cut.
QByteArray encoded(const QString &text, qsizetype limit)
{
    const QByteArray whole = text.toUtf8().toPercentEncoding();
    if (whole.size() <= limit)
        return whole;
    if (limit <= 1)
        return limit == 1 ? QByteArray("*") : QByteArray();
    QByteArray result;
    for (const QChar &ch : text) {
        // A surrogate pair is encoded with its second half.
        if (ch.isHighSurrogate())
            continue;
        const qsizetype at = &ch - text.constData();
        const QString character = ch.isLowSurrogate() && at > 0 ? text.mid(at - 1, 2) : QString(ch);
        const QByteArray piece = character.toUtf8().toPercentEncoding();
        if (result.size() + piece.size() > limit - 1)
            break;
        result += piece;
    }
    return result + '*';
}

QString decoded(QByteArray field, bool *cut)
{
    *cut = field.endsWith('*');
    if (*cut)
        field.chop(1);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(field));
}

} // namespace

QString ConnectionLabel::toString() const
{
    const QByteArray head = QByteArray(Prefix) + ' ' + (schema.isEmpty() ? NoValue : schema.toLatin1()) + ' ';
    const QByteArray what = encoded(purpose, 24);
    // What is left for CLERK@HOST.
    const qsizetype room = MaxBytes - head.size() - 1 - what.size() - 1;
    QByteArray who = clerk.isEmpty() ? NoValue : encoded(clerk, MaxBytes);
    // The computer by its own name, without the domain, when the whole
    // does not fit.
    const QString shortHost = host.section(QLatin1Char('.'), 0, 0);
    QByteArray where = encoded(host, MaxBytes);
    if (who.size() + where.size() > room)
        where = encoded(shortHost, MaxBytes);
    if (who.size() + where.size() > room) {
        // The clerk first, which the administrator is looking for; a few
        // letters of the computer's name stay, for telling desks apart.
        const qsizetype hostMinimum = std::min<qsizetype>(where.size(), 6);
        if (!clerk.isEmpty() && who.size() + hostMinimum > room)
            who = encoded(clerk, std::max<qsizetype>(room - hostMinimum, 0));
        where = encoded(shortHost, std::max<qsizetype>(room - who.size(), 0));
    }
    QByteArray name = head + who + '@' + where + ' ' + what;
    // Only a schema too long for any room left gets here.
    if (name.size() > MaxBytes)
        name.truncate(MaxBytes);
    return QString::fromLatin1(name);
}

std::optional<ConnectionLabel> ConnectionLabel::parse(const QString &applicationName)
{
    const QStringList fields = applicationName.split(QLatin1Char(' '));
    if (fields.size() != 4 || fields.at(0) != QLatin1String(Prefix))
        return std::nullopt;
    const qsizetype at = fields.at(2).lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return std::nullopt;
    ConnectionLabel label;
    label.schema = fields.at(1) == QLatin1String("-") ? QString() : fields.at(1);
    const QByteArray who = fields.at(2).left(at).toLatin1();
    if (who != NoValue)
        label.clerk = decoded(who, &label.clerkCut);
    label.host = decoded(fields.at(2).mid(at + 1).toLatin1(), &label.hostCut);
    bool ignored = false;
    label.purpose = decoded(fields.at(3).toLatin1(), &ignored);
    return label;
}

} // namespace Backroom
