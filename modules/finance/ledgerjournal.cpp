#include "ledgerjournal.h"

#include "accountchart.h"
#include "database.h"
#include "fieldcodec.h"
#include "financeentities.h"
#include "records.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

QString LedgerJournal::accountPart(const QString &name)
{
    QString part = name;
    part.replace(QLatin1Char(':'), QChar(0xFF1A));   // full-width colon
    part.replace(QLatin1Char(';'), QChar(0xFF1B));
    part.replace(QLatin1Char('\t'), QLatin1Char(' '));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    part.replace(spaces, QStringLiteral(" "));
    return part.trimmed();
}

std::optional<qint64> LedgerJournal::write(const Records &records, QIODevice &out, QString *errorString)
{
    if (!records.check(QStringLiteral("read"), FinanceEntities::voucher(), errorString)
        || !records.check(QStringLiteral("export"), FinanceEntities::voucher(), errorString))
        return std::nullopt;
    Database &db = records.database();
    const auto fail = [&](const QString &message) -> std::optional<qint64> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };

    // Account names, full path by code.
    QHash<QString, QString> nameOf;
    QHash<qint64, QString> codeOf;
    {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, code, name FROM finance_account")))
            return fail(query.lastError().text());
        while (query.next()) {
            codeOf.insert(query.value(0).toLongLong(), query.value(1).toString());
            nameOf.insert(query.value(1).toString(), accountPart(query.value(2).toString()));
        }
    }
    QHash<qint64, QString> pathOf;
    const auto path = [&](qint64 id) {
        if (const auto found = pathOf.constFind(id); found != pathOf.cend())
            return *found;
        QStringList parts;
        for (QString code = codeOf.value(id); !code.isEmpty(); code = AccountChart::parentCode(code))
            parts.prepend(nameOf.value(code, code));
        const QString made = parts.join(QLatin1Char(':'));
        pathOf.insert(id, made);
        return made;
    };
    const auto name = [&](const QString &entityId, qint64 id) {
        return id > 0 ? accountPart(records.displayName(entityId, id)).replace(QLatin1Char(','), QChar(0xFF0C)) : QString();
    };

    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT v.id, v.date, v.reference, v.summary, l.summary, l.account, l.debit, l.credit, "
                                   "l.department, l.partner, l.person, c.code, c.minor_units, l.foreign_amount FROM finance_voucher v "
                                   "JOIN finance_voucher_line l ON l.voucher = v.id "
                                   "LEFT JOIN finance_currency c ON c.id = l.currency WHERE v.state = 'posted' "
                                   "ORDER BY v.date, v.word, v.number, v.id, l.line_no, l.id")))
        return fail(query.lastError().text());
    QByteArray text;
    text += "; " + tr("Posted vouchers exported by Backroom").toUtf8() + "\n";
    qint64 vouchers = 0;
    qint64 current = 0;
    QString description;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current) {
            current = id;
            ++vouchers;
            description = query.value(3).toString().simplified();
            const QVariant date = query.value(1);
            const QString day = date.typeId() == QMetaType::QDate ? date.toDate().toString(Qt::ISODate)
                                                                    : date.toString().left(10);
            text += '\n';
            text += QStringLiteral("%1 * (%2) %3\n").arg(day, query.value(2).toString(), description).toUtf8();
        }
        const qint64 amount = query.value(6).toLongLong() - query.value(7).toLongLong();
        QString posting = QStringLiteral("    %1  %2").arg(path(query.value(5).toLongLong()),
                                                        FieldCodec::formatDecimal(amount, 2));
        // A foreign-currency line (外币核算) at its total price: "USD 1000.00
        // @@ 7123.40". The price is in the journal's own commodity (the bare
        // local amounts) so hledger and ledger balance the transaction; its
        // sign comes from the quantity.
        const QString code = query.value(11).toString();
        const qint64 foreign = query.value(13).toLongLong();
        if (!code.isEmpty() && foreign != 0) {
            const qint64 quantity = amount < 0 ? -qAbs(foreign) : qAbs(foreign);
            posting = QStringLiteral("    %1  %2 %3 @@ %4")
                          .arg(path(query.value(5).toLongLong()), code,
                               FieldCodec::formatDecimal(quantity, query.value(12).isNull() ? 2 : query.value(12).toInt()),
                               FieldCodec::formatDecimal(qAbs(amount), 2));
        }
        QStringList comment;
        const QString summary = query.value(4).toString().simplified();
        if (summary != description)
            comment.append(summary);
        const QString department = name(QStringLiteral("core.department"), query.value(8).toLongLong());
        const QString partner = name(QStringLiteral("core.partner"), query.value(9).toLongLong());
        const QString person = name(QStringLiteral("core.person"), query.value(10).toLongLong());
        if (!department.isEmpty())
            comment.append(QStringLiteral("department: ") + department);
        if (!partner.isEmpty())
            comment.append(QStringLiteral("partner: ") + partner);
        if (!person.isEmpty())
            comment.append(QStringLiteral("person: ") + person);
        if (!comment.isEmpty())
            posting += QStringLiteral("  ; ") + comment.join(QStringLiteral(", "));
        text += posting.toUtf8() + '\n';
        if (text.size() > (1 << 20)) {
            if (out.write(text) != text.size())
                return fail(out.errorString());
            text.clear();
        }
    }
    if (query.lastError().isValid())
        return fail(query.lastError().text());
    if (out.write(text) != text.size())
        return fail(out.errorString());
    return vouchers;
}

} // namespace Backroom::Finance
