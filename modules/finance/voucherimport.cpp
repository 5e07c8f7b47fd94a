#include "voucherimport.h"

#include "accountdirectory.h"
#include "csvreader.h"
#include "database.h"
#include "fieldcodec.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "importcolumns.h"
#include "recordquery.h"
#include "records.h"
#include "voucherbook.h"
#include "writetransaction.h"

#include <QDate>
#include <QHash>

namespace Backroom::Finance {

namespace {

// The columns, with the headings a Chinese export uses beside the English.
const QHash<QString, QString> &columnNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("date"), QStringLiteral("date")},           {QStringLiteral("日期"), QStringLiteral("date")},
        {QStringLiteral("voucher"), QStringLiteral("voucher")},     {QStringLiteral("凭证"), QStringLiteral("voucher")},
        {QStringLiteral("凭证号"), QStringLiteral("voucher")},      {QStringLiteral("summary"), QStringLiteral("summary")},
        {QStringLiteral("摘要"), QStringLiteral("summary")},        {QStringLiteral("account"), QStringLiteral("account")},
        {QStringLiteral("科目"), QStringLiteral("account")},        {QStringLiteral("科目编码"), QStringLiteral("account")},
        {QStringLiteral("debit"), QStringLiteral("debit")},         {QStringLiteral("借方"), QStringLiteral("debit")},
        {QStringLiteral("借方金额"), QStringLiteral("debit")},      {QStringLiteral("credit"), QStringLiteral("credit")},
        {QStringLiteral("贷方"), QStringLiteral("credit")},         {QStringLiteral("贷方金额"), QStringLiteral("credit")},
        {QStringLiteral("word"), QStringLiteral("word")},           {QStringLiteral("凭证字"), QStringLiteral("word")},
        {QStringLiteral("department"), QStringLiteral("department")}, {QStringLiteral("部门"), QStringLiteral("department")},
        {QStringLiteral("partner"), QStringLiteral("partner")},     {QStringLiteral("往来单位"), QStringLiteral("partner")},
        {QStringLiteral("person"), QStringLiteral("person")},       {QStringLiteral("职员"), QStringLiteral("person")},
        // 外币核算, on lines of foreign-currency accounts only.
        {QStringLiteral("currency"), QStringLiteral("currency")},   {QStringLiteral("币种"), QStringLiteral("currency")},
        {QStringLiteral("foreign_amount"), QStringLiteral("foreign_amount")},
        {QStringLiteral("foreign amount"), QStringLiteral("foreign_amount")},
        {QStringLiteral("原币"), QStringLiteral("foreign_amount")}, {QStringLiteral("原币金额"), QStringLiteral("foreign_amount")},
        {QStringLiteral("rate"), QStringLiteral("rate")},           {QStringLiteral("汇率"), QStringLiteral("rate")},
    };
    return names;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "yyyy-M-d", "yyyy/M/d", "yyyy.MM.dd"}) {
        const QDate date = QDate::fromString(t, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

struct Group
{
    QString key;
    Voucher voucher;
    QList<qint64> lines;   // the file's line of each voucher line
};

} // namespace

RecordImporter::Result VoucherImport::run(Records &records, const CsvReader &reader,
                                          const ImporterContribution::Options &options)
{
    RecordImporter::Result result;
    const auto problem = [&](qint64 line, const QString &column, const QString &message) {
        result.problems.append({line, column, message});
    };
    if (const std::optional<CsvReader::Error> error = reader.error()) {
        problem(error->line, {}, error->message);
        return result;
    }
    QString refusal;
    if (!records.check(QStringLiteral("create"), FinanceEntities::voucher(), &refusal)
        || (options.post && (!records.check(QStringLiteral("approve"), FinanceEntities::voucher(), &refusal)
                             || !records.check(QStringLiteral("post"), FinanceEntities::voucher(), &refusal)))) {
        problem(0, {}, refusal);
        return result;
    }

    // Which column is which; the headings as written, for the messages.
    const ImportColumns columns(reader.header(), columnNames());
    const QHash<QString, QString> &heading = columns.headings();
    const QStringList missing =
        columns.missing({QStringLiteral("date"), QStringLiteral("voucher"), QStringLiteral("summary"),
                         QStringLiteral("account"), QStringLiteral("debit"), QStringLiteral("credit")});
    if (!missing.isEmpty()) {
        problem(0, {}, tr("The file needs the columns %1; these are missing: %2.")
                           .arg(QStringLiteral("date, voucher, summary, account, debit, credit"),
                                missing.join(QStringLiteral(", "))));
        return result;
    }
    const auto cell = [&](const CsvReader::Row &row, const char *name) {
        return columns.cell(row, QString::fromLatin1(name));
    };

    AccountDirectory accounts(records.database());
    // Dimension names looked up once each.
    QHash<QString, qint64> references;
    const auto reference = [&](const QString &entityId, const QString &text, qint64 line, const char *name) -> qint64 {
        if (text.isEmpty())
            return 0;
        const QString key = entityId + QLatin1Char('\n') + text;
        if (const auto found = references.constFind(key); found != references.cend())
            return *found;
        qint64 id = 0;
        if (text.startsWith(QLatin1Char('#'))) {
            id = text.mid(1).toLongLong();
            if (!records.read(entityId, id))
                id = 0;
        } else if (const Entity *entity = records.entity(entityId)) {
            QuerySpec spec;
            spec.filter = Filter::where(entity->displayFieldName(), Filter::Op::Equal, text);
            spec.limit = 2;
            const QList<Record> matches = records.select(entityId, spec);
            if (matches.size() == 1)
                id = matches.constFirst().id;
        }
        if (id == 0)
            problem(line, heading.value(QString::fromLatin1(name)), tr("“%1” is not known here.").arg(text));
        references.insert(key, id);
        return id;
    };

    // The currency by its code, its original amount in that currency's
    // decimals, the rate with up to six (the day's kept rate when the file
    // has none); VoucherBook then checks them against the account and the
    // local amount.
    const auto readForeign = [&](Database &db, const CsvReader::Row &row, VoucherLine &line, const QDate &date) {
        const QString code = cell(row, "currency");
        const QString amountText = cell(row, "foreign_amount");
        const QString rateText = cell(row, "rate");
        if (code.isEmpty()) {
            if (!amountText.isEmpty() || !rateText.isEmpty())
                problem(row.line, heading.value(QStringLiteral("currency")),
                        tr("A foreign amount or a rate needs the currency it is in."));
            return;
        }
        const std::optional<ForeignCurrency::Currency> currency = ForeignCurrency::byCode(db, code);
        if (!currency) {
            problem(row.line, heading.value(QStringLiteral("currency")), tr("There is no currency %1.").arg(code));
            return;
        }
        line.currency = currency->id;
        if (!amountText.isEmpty()) {
            const std::optional<qint64> foreign = FieldCodec::parseDecimal(amountText, currency->decimals);
            if (foreign)
                line.foreignAmount = *foreign;
            else
                problem(row.line, heading.value(QStringLiteral("foreign_amount")),
                        tr("“%1” is not an amount in %2 with up to %n decimal(s).", nullptr, currency->decimals)
                            .arg(amountText, currency->code));
        }
        if (rateText.isEmpty()) {
            line.rate = ForeignCurrency::rateOn(db, currency->id, date).value_or(0);
        } else {
            const std::optional<qint64> rate = FieldCodec::parseDecimal(rateText, ForeignCurrency::RateScale);
            if (rate && *rate > 0)
                line.rate = *rate;
            else
                problem(row.line, heading.value(QStringLiteral("rate")),
                        tr("“%1” is not an exchange rate (more than zero, up to six decimals).").arg(rateText));
        }
    };

    QList<Group> groups;
    QHash<QString, int> groupOf;
    const QList<CsvReader::Row> rows = reader.rows();
    for (const CsvReader::Row &row : rows) {
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        const QString key = cell(row, "voucher");
        if (key.isEmpty()) {
            problem(row.line, heading.value(QStringLiteral("voucher")), tr("Say which voucher the line belongs to."));
            continue;
        }
        const QDate date = parseDate(cell(row, "date"));
        if (!date.isValid())
            problem(row.line, heading.value(QStringLiteral("date")),
                    tr("“%1” is not a date (write 2026-11-05).").arg(cell(row, "date")));
        int index = groupOf.value(key, -1);
        if (index < 0) {
            index = int(groups.size());
            groupOf.insert(key, index);
            Group group;
            group.key = key;
            group.voucher.date = date;
            group.voucher.kind = QStringLiteral("imported");
            const QString word = cell(row, "word");
            if (!word.isEmpty())
                group.voucher.word = word;
            groups.append(group);
        } else if (date.isValid() && groups.at(index).voucher.date.isValid() && groups.at(index).voucher.date != date) {
            problem(row.line, heading.value(QStringLiteral("date")),
                    tr("Voucher “%1” has lines with different dates (%2 here, %3 before).")
                        .arg(key, date.toString(Qt::ISODate), groups.at(index).voucher.date.toString(Qt::ISODate)));
        }
        VoucherLine line;
        line.summary = cell(row, "summary");
        const QString code = cell(row, "account");
        if (const std::optional<AccountDirectory::Account> account = accounts.byCode(code))
            line.account = account->id;
        else
            problem(row.line, heading.value(QStringLiteral("account")),
                    code.isEmpty() ? tr("Enter the account's code.") : tr("There is no account %1.").arg(code));
        for (const char *side : {"debit", "credit"}) {
            const QString text = cell(row, side);
            if (text.isEmpty())
                continue;
            const std::optional<qint64> amount = FieldCodec::parseDecimal(text, 2);
            if (!amount)
                problem(row.line, heading.value(QString::fromLatin1(side)),
                        tr("“%1” is not an amount with up to two decimals.").arg(text));
            else if (side[0] == 'd')
                line.debit = *amount;
            else
                line.credit = *amount;
        }
        line.department = reference(QStringLiteral("core.department"), cell(row, "department"), row.line, "department");
        line.partner = reference(QStringLiteral("core.partner"), cell(row, "partner"), row.line, "partner");
        line.person = reference(QStringLiteral("core.person"), cell(row, "person"), row.line, "person");
        readForeign(records.database(), row, line, date);
        groups[index].voucher.lines.append(line);
        groups[index].lines.append(row.line);
    }
    if (groups.isEmpty() && result.problems.isEmpty())
        problem(0, {}, tr("The file has no voucher lines."));
    if (!result.problems.isEmpty())
        return result;

    // Each voucher as the entry screen would check it, its problems put
    // back on the file's lines and columns.
    VoucherBook book(records);
    for (const Group &group : std::as_const(groups)) {
        for (const Records::FieldError &error : book.problems(group.voucher)) {
            const QStringList parts = error.field.split(QLatin1Char('/'));
            qint64 line = group.lines.value(0);
            QString columnName;
            if (parts.size() == 3) {
                line = group.lines.value(parts.at(1).toInt() - 1, line);
                columnName = heading.value(parts.at(2));
            } else if (parts.constFirst() == QLatin1String("date") || parts.constFirst() == QLatin1String("word")) {
                columnName = heading.value(parts.constFirst());
            }
            problem(line, columnName, tr("Voucher “%1”: %2").arg(group.key, error.message));
        }
    }
    if (!result.problems.isEmpty())
        return result;

    Database &db = records.database();
    const auto work = [&]() -> RecordImporter::Result {
        RecordImporter::Result attempt;
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            attempt.problems.append({0, {}, tr("The company file cannot be written now: %1").arg(transaction.errorString())});
            return attempt;
        }
        for (const Group &group : std::as_const(groups)) {
            const Records::Result saved = book.save(group.voucher);
            Records::Result posted = saved;
            if (saved.ok() && options.post)
                posted = book.postGenerated(saved.id, tr("Imported from %1").arg(options.source));
            if (!posted.ok()) {
                attempt.problems.append({group.lines.value(0), {}, tr("Voucher “%1”: %2").arg(group.key, posted.message)});
                return attempt;
            }
        }
        if (!transaction.commit()) {
            attempt.problems.append({0, {}, tr("Nothing was imported: %1").arg(transaction.errorString())});
            return attempt;
        }
        attempt.ok = true;
        attempt.imported = groups.size();
        return attempt;
    };
    result = db.retrying(work, [](const RecordImporter::Result &r) { return !r.ok; });
    if (result.ok && db.transactionDepth() == 0) {
        records.notifyChanged(FinanceEntities::voucher());
        records.notifyChanged(FinanceEntities::voucherLine());
    }
    return result;
}

} // namespace Backroom::Finance
