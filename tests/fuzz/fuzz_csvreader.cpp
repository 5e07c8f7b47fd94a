// Fuzz target for CsvReader. Built two ways (see CMakeLists.txt): with
// libFuzzer, which supplies main(), and as fuzz_csvreader_replay
// (BACKROOM_FUZZ_REPLAY), whose main() below replays the corpus and a
// bounded, deterministic set of mutations of it on every CI run.

#include "csvreader.h"

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

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

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

#ifdef BACKROOM_FUZZ_REPLAY

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <random>
#include <utility>

namespace {

// Bytes that change how CSV reads: delimiters, quotes, line breaks, BOM and
// GBK/UTF-8 lead bytes, NUL.
const uint8_t InterestingBytes[] = {',', ';', '\t', '|', '"', '"', '\r', '\n', ' ', 'x', 0x00,
                                    0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x81, 0x30, 0xA1, 0xC0, 0xE4};
constexpr qsizetype MaxMutantSize = 8192;

QByteArray mutate(QByteArray data, const QList<QByteArray> &corpus, std::mt19937 &random)
{
    auto below = [&random](qsizetype bound) { return bound <= 0 ? 0 : qsizetype(random() % quint64(bound)); };
    auto interesting = [&] { return char(InterestingBytes[below(sizeof InterestingBytes)]); };
    const int steps = 1 + int(below(4));
    for (int step = 0; step < steps; ++step) {
        switch (below(8)) {
        case 0: // flip a bit
            if (!data.isEmpty())
                data[below(data.size())] ^= char(1 << below(8));
            break;
        case 1: // overwrite with an interesting byte
            if (!data.isEmpty())
                data[below(data.size())] = interesting();
            break;
        case 2: // insert interesting bytes
            data.insert(below(data.size() + 1), QByteArray(1 + below(3), interesting()));
            break;
        case 3: // delete a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                data.remove(at, 1 + below(std::min<qsizetype>(16, data.size() - at)));
            }
            break;
        case 4: // duplicate a range
            if (!data.isEmpty()) {
                const qsizetype at = below(data.size());
                const QByteArray chunk = data.mid(at, 1 + below(64));
                data.insert(below(data.size() + 1), chunk);
            }
            break;
        case 5: { // splice with another entry
            const QByteArray &other = corpus.at(below(corpus.size()));
            data = data.left(below(data.size() + 1)) + other.mid(below(other.size() + 1));
            break;
        }
        case 6: // a long run, to cross the field size and column limits
            data.insert(below(data.size() + 1), QByteArray(40 + below(60), interesting()));
            break;
        case 7: // swap two bytes
            if (data.size() > 1)
                std::swap(data[below(data.size())], data[below(data.size())]);
            break;
        }
    }
    if (data.size() > MaxMutantSize)
        data.truncate(MaxMutantSize);
    return data;
}

} // namespace

// fuzz_csvreader_replay CORPUS_DIR [MUTATIONS] [SECONDS]
int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS] [SECONDS]\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const long mutations = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 20000;
    const long seconds = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 10;

    QList<QByteArray> corpus;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        corpus.append(file.readAll());
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no corpus files in %s\n", argv[1]);
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &entry : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(entry.constData()), size_t(entry.size()));

    // A fixed seed: a failure here reproduces with the same command.
    std::mt19937 random(20240611u);
    long done = 0;
    QByteArray current;
    for (; done < mutations; ++done) {
        if (timer.elapsed() > seconds * 1000)
            break;
        // Mostly mutate a fresh seed, sometimes keep mutating the last mutant.
        if (current.isEmpty() || random() % 4 != 0)
            current = corpus.at(qsizetype(random() % quint64(corpus.size())));
        current = mutate(current, corpus, random);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(current.constData()), size_t(current.size()));
    }
    std::printf("%lld corpus files and %ld mutations, no invariant broken, in %lld ms\n",
                qlonglong(corpus.size()), done, qlonglong(timer.elapsed()));
    return 0;
}

#endif
