// Fuzz target for CsvReader. Built two ways (see CMakeLists.txt): with
// libFuzzer, which supplies main(), and as fuzz_csvreader_replay, whose
// main() in fuzzreplay.cpp replays the corpus and a bounded, deterministic
// set of mutations of it on every CI run.

#include "csvreader.h"
#include "fuzzreplay.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Backroom::CsvReader;

namespace {

// Small limits, so the fuzzer reaches the size and column errors with
// inputs of a few hundred bytes.
constexpr qsizetype FuzzMaxFieldSize = 64;
constexpr int FuzzMaxColumns = 16;

// Every field quoted, so writing and reading back must give the same cells.
QString toCsv(const CsvReader &reader, QChar delimiter)
{
    QString text;
    auto writeRecord = [&](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += delimiter;
            QString field = fields.at(i);
            field.replace(QLatin1Char('"'), QLatin1String("\"\""));
            text += QLatin1Char('"') + field + QLatin1Char('"');
        }
        text += QLatin1Char('\n');
    };
    if (reader.headerLine() > 0)
        writeRecord(reader.header());
    for (const CsvReader::Row &row : reader.rows())
        writeRecord(row.fields);
    return text;
}

void checkRecord(const QStringList &fields, const CsvReader::Options &options)
{
    FUZZ_CHECK(!fields.isEmpty());
    FUZZ_CHECK(fields.size() <= options.maxColumns);
    for (const QString &field : fields) {
        FUZZ_CHECK(field.size() <= options.maxFieldSize);
        FUZZ_CHECK(!field.contains(QChar(u'\0')));
    }
}

void check(const CsvReader &reader, const CsvReader::Options &options)
{
    if (const std::optional<CsvReader::Error> error = reader.error()) {
        FUZZ_CHECK(error->line >= 0);
        FUZZ_CHECK(!error->message.isEmpty());
    }
    const QList<CsvReader::Row> rows = reader.rows();
    if (!rows.isEmpty() || reader.headerLine() > 0)
        FUZZ_CHECK(!reader.delimiter().isNull());
    qint64 previous = 0;
    if (reader.headerLine() > 0) {
        FUZZ_CHECK(options.firstRowIsHeader);
        checkRecord(reader.header(), options);
        for (const QString &name : reader.header())
            FUZZ_CHECK(name == name.trimmed());
        previous = reader.headerLine();
    } else {
        FUZZ_CHECK(reader.header().isEmpty());
        FUZZ_CHECK(rows.isEmpty() || !options.firstRowIsHeader);
    }
    for (const CsvReader::Row &row : rows) {
        FUZZ_CHECK(row.line > previous); // records start on later and later lines
        previous = row.line;
        checkRecord(row.fields, options);
    }
    if (const std::optional<CsvReader::Error> error = reader.error(); error && error->line > 0)
        FUZZ_CHECK(error->line >= previous);

    // Round trip: what was read, written back with every field quoted and
    // read again with the same delimiter, gives the same cells.
    if (reader.delimiter().isNull())
        return;
    CsvReader::Options again = options;
    again.delimiter = reader.delimiter();
    const CsvReader copy = CsvReader::fromText(toCsv(reader, reader.delimiter()), again);
    FUZZ_CHECK(!copy.error());
    FUZZ_CHECK(copy.header() == reader.header());
    const QList<CsvReader::Row> copied = copy.rows();
    FUZZ_CHECK(copied.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        FUZZ_CHECK(copied.at(i).fields == rows.at(i).fields);
}

void run(const QByteArray &data, const CsvReader::Options &options)
{
    check(CsvReader::fromData(data, options), options);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    CsvReader::Options detect;
    detect.maxFieldSize = FuzzMaxFieldSize;
    detect.maxColumns = FuzzMaxColumns;
    run(bytes, detect);

    // Once more with options picked by the first byte (which stays part of
    // the data): forced delimiters and encodings, no header row.
    if (size > 0) {
        const uint8_t control = data[0];
        CsvReader::Options forced = detect;
        static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|', u' '};
        forced.delimiter = QChar(delimiters[(control & 0x7) % 6]);
        static const char *const encodings[] = {"", "GB18030", "UTF-16LE", "UTF-8"};
        forced.encoding = QString::fromLatin1(encodings[(control >> 3) & 0x3]);
        forced.firstRowIsHeader = (control & 0x20) == 0;
        forced.maxColumns = (control & 0x40) ? 2 : FuzzMaxColumns;
        forced.maxFieldSize = (control & 0x80) ? 3 : FuzzMaxFieldSize;
        run(bytes, forced);
    }
    return 0;
}

// For the replay driver: bytes that change how CSV reads: delimiters,
// quotes, line breaks, BOM and GBK/UTF-8 lead bytes, NUL.
QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {',', ';', '\t', '|', '"', '"', '\r', '\n', ' ', 'x', '\x00',
                                 '\xEF', '\xBB', '\xBF', '\xFF', '\xFE', '\x81', '\x30', '\xA1', '\xC0', '\xE4'};
    return QByteArray(bytes, sizeof bytes);
}

QList<QByteArray> fuzzInterestingTokens()
{
    return {};
}
