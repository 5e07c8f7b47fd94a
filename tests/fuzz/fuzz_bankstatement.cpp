// Fuzz target for the bank statement parser (BankStatementParser): a CSV a
// cashier exported from online banking, read as the importer reads it (no
// header row: the parser finds the heading under the bank's preamble).
// Built as fuzz_bankstatement_replay (see CMakeLists.txt) and, with
// BACKROOM_FUZZ and clang, as a libFuzzer target.

#include "bankstatementparser.h"
#include "csvreader.h"
#include "fuzzreplay.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

using Backroom::CsvReader;
using Backroom::Finance::BankStatementParser;

namespace {

QString plainMoney(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(fen < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

void check(const QList<CsvReader::Row> &records, const QMap<QString, QString> &mapping)
{
    const BankStatementParser::Result result = BankStatementParser::parse(records, mapping);
    FUZZ_CHECK(result.problems.size() <= BankStatementParser::MaxProblems);
    for (const BankStatementParser::Problem &problem : result.problems) {
        FUZZ_CHECK(problem.line >= 0);
        FUZZ_CHECK(!problem.message.isEmpty());
    }
    if (!result.ok())
        return;
    FUZZ_CHECK(!result.lines.isEmpty());
    qint64 sum = 0;
    QDate previous;
    for (const BankStatementParser::Line &line : result.lines) {
        FUZZ_CHECK(line.fileLine > result.headerLine);
        FUZZ_CHECK(line.date.isValid());
        FUZZ_CHECK(!previous.isValid() || previous <= line.date);   // oldest first
        previous = line.date;
        FUZZ_CHECK(line.amountIn >= 0 && line.amountOut >= 0);
        FUZZ_CHECK((line.amountIn > 0) != (line.amountOut > 0));      // one or the other
        FUZZ_CHECK(!line.fingerprint().isEmpty());
        sum += line.amountIn - line.amountOut;
        // An amount reads back from its plain text.
        FUZZ_CHECK(BankStatementParser::parseAmount(plainMoney(line.amountIn)) == line.amountIn);
        FUZZ_CHECK(BankStatementParser::parseAmount(QLocale::c().toString(line.amountOut / 100) + QStringLiteral(".")
                                                    + QString::number(line.amountOut % 100).rightJustified(2, QLatin1Char('0')))
                   == line.amountOut);
    }
    // A balance that chains: the closing is the opening moved by every line.
    if (result.opening && result.closing)
        FUZZ_CHECK(*result.opening + sum == *result.closing);
    // The same lines, parsed again with the mapping found, come out the same.
    const BankStatementParser::Result again = BankStatementParser::parse(records, result.mapping);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.lines.size() == result.lines.size());
    for (qsizetype i = 0; i < again.lines.size(); ++i)
        FUZZ_CHECK(again.lines.at(i).fingerprint() == result.lines.at(i).fingerprint());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvReader::Options options;
    options.firstRowIsHeader = false;
    options.maxFieldSize = 256;
    options.maxColumns = 32;
    const CsvReader reader = CsvReader::fromData(bytes, options);
    const QList<CsvReader::Row> records = reader.rows();
    check(records, {});
    // Amount and date texts on their own never crash and agree with themselves.
    for (const CsvReader::Row &row : records)
        for (const QString &field : row.fields) {
            if (const std::optional<qint64> amount = BankStatementParser::parseAmount(field))
                FUZZ_CHECK(BankStatementParser::parseAmount(plainMoney(*amount)) == amount);
            const QDate date = BankStatementParser::parseDate(field);
            FUZZ_CHECK(!date.isValid() || BankStatementParser::parseDate(date.toString(Qt::ISODate)) == date);
        }
    // Once more with the first heading mapped to the amount and the second
    // to the date, whatever they say: any mapping is parsed safely.
    if (!records.isEmpty() && records.constFirst().fields.size() >= 2) {
        const QStringList header = records.at(BankStatementParser::headerIndex(records)).fields;
        if (header.size() >= 2)
            check(records, {{header.at(0).trimmed(), QStringLiteral("amount_in")},
                            {header.at(1).trimmed(), QStringLiteral("date")}});
    }
    return 0;
}

// Bytes that change how a statement reads: delimiters, quotes, line breaks,
// signs, decimal points, digits, GBK lead bytes.
QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {',', '"', '\n', '\r', '-', '+', '.', '(', ')', '0', '1', '9', '/', ' ',
                                 '\xE6', '\x94', '\xB6', '\xD3', '\xE0', '\x81'};
    return QByteArray(bytes, sizeof bytes);
}

// The headings and words that make the parser take its other paths.
QList<QByteArray> fuzzInterestingTokens()
{
    return {QByteArrayLiteral("交易日期"), QByteArrayLiteral("收入金额"), QByteArrayLiteral("支出金额"),
            QByteArrayLiteral("余额"), QByteArrayLiteral("流水号"), QByteArrayLiteral("合计"),
            QByteArrayLiteral("Date,Amount,Balance"), QByteArrayLiteral("2026-11-03"), QByteArrayLiteral("20261103"),
            QByteArrayLiteral("1,234.56"), QByteArrayLiteral("-12.30")};
}
