#include "bankstatementimport.h"

#include "accountdirectory.h"
#include "bankentities.h"
#include "database.h"
#include "importmappings.h"
#include "moneyformat.h"
#include "records.h"
#include "writetransaction.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

CsvReader::Options readerOptions(const QString &encoding)
{
    CsvReader::Options options;
    options.encoding = encoding;
    options.firstRowIsHeader = false;
    return options;
}

QString dayText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

CsvReader BankStatementImport::read(const QString &path, const QString &encoding)
{
    return CsvReader::fromFile(path, readerOptions(encoding));
}

CsvReader BankStatementImport::readData(const QByteArray &data, const QString &encoding)
{
    return CsvReader::fromData(data, readerOptions(encoding));
}

BankStatementParser::Result BankStatementImport::preview(Records &records, const CsvReader &reader,
                                                         const QMap<QString, QString> &mapping)
{
    const QList<CsvReader::Row> rows = reader.rows();
    QMap<QString, QString> columns = mapping;
    if (columns.isEmpty() && !rows.isEmpty()) {
        QStringList header;
        for (const QString &heading : rows.at(BankStatementParser::headerIndex(rows)).fields)
            header.append(heading.trimmed());
        if (const auto remembered = ImportMappings(records).find(BankEntities::statementLine(), header))
            columns = *remembered;
    }
    return BankStatementParser::parse(rows, columns);
}

BankStatementImport::Result BankStatementImport::run(Records &records, const CsvReader &reader, const Options &options)
{
    Result result;
    const auto problem = [&](qint64 line, const QString &message) { result.problems.append({line, {}, message}); };
    if (const std::optional<CsvReader::Error> error = reader.error()) {
        result.problems.append({error->line, {}, error->message});
        return result;
    }
    QString refusal;
    if (!records.check(QStringLiteral("create"), BankEntities::statement(), &refusal)) {
        problem(0, refusal);
        return result;
    }
    Database &db = records.database();
    AccountDirectory accounts(db);
    const std::optional<AccountDirectory::Account> account =
        options.account > 0 ? accounts.account(options.account) : std::nullopt;
    if (!account) {
        problem(0, tr("Choose the bank account the statement is for."));
        return result;
    }
    if (!account->leaf) {
        problem(0, tr("%1 has sub-accounts; choose the one for this bank account.").arg(account->text()));
        return result;
    }

    result.parsed = preview(records, reader, options.mapping);
    const BankStatementParser::Result &parsed = result.parsed;
    if (!parsed.ok()) {
        result.problems = parsed.problems;
        return result;
    }

    // Lines already on a statement of this account.
    QSet<QString> known;
    {
        QSqlQuery &query = db.prepared(QStringLiteral(
            "SELECT l.fingerprint FROM finance_bank_statement_line l JOIN finance_bank_statement s ON s.id = l.statement "
            "WHERE s.account = ?"));
        query.bindValue(0, account->id);
        if (!query.exec()) {
            problem(0, tr("The statements cannot be read: %1").arg(db.connection().lastError().text()));
            return result;
        }
        while (query.next())
            known.insert(query.value(0).toString());
        query.finish();
    }
    QList<BankStatementParser::Line> lines;
    for (const BankStatementParser::Line &line : parsed.lines) {
        if (known.contains(line.fingerprint())) {
            ++result.skipped;
            result.notes.append(tr("Line %1 (%2, %3%4) was imported before and is left out.")
                                    .arg(line.fileLine)
                                    .arg(dayText(line.date),
                                         line.amountIn ? tr("in %1").arg(MoneyFormat::money(line.amountIn))
                                                       : tr("out %1").arg(MoneyFormat::money(line.amountOut)),
                                         line.reference.isEmpty() ? QString() : QStringLiteral(", ") + line.reference));
        } else {
            lines.append(line);
        }
    }
    if (lines.isEmpty()) {
        problem(0, tr("Every line of this file was imported before (%1 lines); nothing was imported.")
                       .arg(parsed.lines.size()));
        return result;
    }

    // The balances: the bank's running balance, else what the clerk read
    // off the paper statement; either way they must agree with the lines.
    qint64 in = 0, out = 0;
    for (const BankStatementParser::Line &line : std::as_const(lines)) {
        in += line.amountIn;
        out += line.amountOut;
    }
    std::optional<qint64> closing = parsed.closing ? parsed.closing : options.closing;
    if (parsed.closing && options.closing && *parsed.closing != *options.closing) {
        problem(0, tr("The closing balance entered (%1) is not the file's last balance (%2).")
                       .arg(MoneyFormat::money(*options.closing), MoneyFormat::money(*parsed.closing)));
        return result;
    }
    if (!closing && options.opening)
        closing = *options.opening + in - out;
    if (!closing) {
        problem(0, tr("The file has no balance column: enter the bank's opening or closing balance."));
        return result;
    }
    const qint64 opening = *closing - in + out;
    if (options.opening && *options.opening != opening && result.skipped == 0) {
        problem(0, tr("The opening balance %1 and the lines (in %2, out %3) do not come to the closing balance %4; "
                      "the opening balance would be %5.")
                       .arg(MoneyFormat::money(*options.opening), MoneyFormat::money(in), MoneyFormat::money(out),
                            MoneyFormat::money(*closing), MoneyFormat::money(opening)));
        return result;
    }

    const QDate from = lines.constFirst().date;
    const QDate to = lines.constLast().date;
    const auto work = [&]() -> Result {
        Result attempt = result;
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            attempt.problems.append({0, {}, tr("The company file cannot be written now: %1").arg(transaction.errorString())});
            return attempt;
        }
        const Records::Result statement = records.create(
            BankEntities::statement(),
            {{QStringLiteral("title"), QStringLiteral("%1 %2 – %3").arg(account->code, dayText(from), dayText(to))},
             {QStringLiteral("account"), account->id},
             {QStringLiteral("date_from"), from},
             {QStringLiteral("date_to"), to},
             {QStringLiteral("opening_balance"), opening},
             {QStringLiteral("closing_balance"), *closing},
             {QStringLiteral("source"), options.source.isEmpty() ? QVariant() : QVariant(QFileInfo(options.source).fileName())}});
        if (!statement.ok()) {
            attempt.problems.append({0, {}, statement.message});
            return attempt;
        }
        int number = 0;
        for (const BankStatementParser::Line &line : std::as_const(lines)) {
            const auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
            const Records::Result saved = records.create(
                BankEntities::statementLine(),
                {{QStringLiteral("statement"), statement.id},
                 {QStringLiteral("line_no"), ++number},
                 {QStringLiteral("date"), line.date},
                 {QStringLiteral("summary"), text(line.summary)},
                 {QStringLiteral("counterparty"), text(line.counterparty)},
                 {QStringLiteral("counterparty_account"), text(line.counterpartyAccount)},
                 {QStringLiteral("reference"), text(line.reference)},
                 {QStringLiteral("amount_in"), line.amountIn},
                 {QStringLiteral("amount_out"), line.amountOut},
                 {QStringLiteral("balance"), line.balance ? QVariant(*line.balance) : QVariant()},
                 {QStringLiteral("fingerprint"), line.fingerprint()},
                 {QStringLiteral("state"), BankEntities::unmatched()}});
            if (!saved.ok()) {
                attempt.problems.append({line.fileLine, {}, saved.message});
                return attempt;
            }
        }
        if (!transaction.commit()) {
            attempt.problems.append({0, {}, tr("Nothing was imported: %1").arg(transaction.errorString())});
            return attempt;
        }
        attempt.ok = true;
        attempt.statementId = statement.id;
        attempt.imported = lines.size();
        return attempt;
    };
    result = db.retrying(work, [](const Result &r) { return !r.ok; });
    if (!result.ok)
        return result;
    if (db.transactionDepth() == 0) {
        records.notifyChanged(BankEntities::statement());
        records.notifyChanged(BankEntities::statementLine());
    }
    // Learned only from an import that worked.
    ImportMappings(records).remember(BankEntities::statementLine(), parsed.header, parsed.mapping);
    return result;
}

} // namespace Backroom::Finance
