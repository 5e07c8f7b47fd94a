#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Backroom {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char16_t ReplacementCharacter = 0xFFFD;

// How many records the delimiter detection looks at.
constexpr int DetectionSample = 50;

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The 1-based physical line of position pos, with the parser's line breaks:
// LF, CRLF and a lone CR (old Mac Excel) each end one line. Only used to
// place an error, so the extra pass costs nothing in the normal case.
template<typename View>
qint64 lineAt(View text, qsizetype pos)
{
    qint64 line = 1;
    pos = std::min(pos, qsizetype(text.size()));
    for (qsizetype i = 0; i < pos; ++i) {
        if (text[i] == Lf)
            ++line;
        else if (text[i] == Cr && (i + 1 >= text.size() || text[i + 1] != Lf))
            ++line;
    }
    return line;
}

// Offset of the first byte that is not well-formed UTF-8, or -1. Strict as in
// Unicode table 3-7 (no overlong forms, no surrogates, nothing above
// U+10FFFF): GBK text is very rarely valid UTF-8 by accident, but only if the
// check is strict, and the answer decides how every Chinese character reads.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (n - i < length || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

// Splits decoded text into records, RFC 4180 style, by index arithmetic over
// the UTF-16 array: each field is copied once, nothing else is allocated, and
// every character is looked at once, so time is linear whatever the input.
class RecordScanner
{
public:
    enum class Status { Record, End, Error };
    enum class Problem { None, UnclosedQuote, TextAfterQuote, FieldTooLong, TooManyColumns };

    RecordScanner(QStringView text, char16_t delimiter, qsizetype maxFieldSize, int maxColumns)
        : m_text(text.utf16())
        , m_size(text.size())
        , m_delimiter(delimiter)
        , m_maxFieldSize(std::max<qsizetype>(maxFieldSize, 0))
        , m_maxColumns(std::max(maxColumns, 1))
    {
    }

    // The next record that is not an empty line. With fields null only counts
    // the fields (delimiter detection).
    Status next(QStringList *fields)
    {
        while (m_pos < m_size && (m_text[m_pos] == Cr || m_text[m_pos] == Lf))
            consumeLineBreak();
        if (m_pos >= m_size)
            return Status::End;
        m_recordLine = m_line;
        m_fieldCount = 0;
        if (fields)
            fields->reserve(m_lastFieldCount);
        for (;;) {
            if (++m_fieldCount > m_maxColumns)
                return fail(Problem::TooManyColumns, m_recordLine);
            const Status status = m_pos < m_size && m_text[m_pos] == Quote ? quotedField(fields)
                                                                              : plainField(fields);
            if (status == Status::Error)
                return status;
            if (m_pos >= m_size)
                break;
            if (m_text[m_pos] == m_delimiter) {
                // A delimiter at the very end still opens one more (empty) field.
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            break;
        }
        m_lastFieldCount = m_fieldCount;
        return Status::Record;
    }

    int fieldCount() const { return m_fieldCount; }
    qint64 recordLine() const { return m_recordLine; }
    Problem problem() const { return m_problem; }
    qint64 problemLine() const { return m_problemLine; }

private:
    Status fail(Problem problem, qint64 line)
    {
        m_problem = problem;
        m_problemLine = line;
        return Status::Error;
    }

    void consumeLineBreak()
    {
        if (m_text[m_pos] == Cr && m_pos + 1 < m_size && m_text[m_pos + 1] == Lf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    Status plainField(QStringList *fields)
    {
        const qsizetype start = m_pos;
        // Look no further than one character past the limit: a 100 MB field
        // is refused after 1 MiB of scanning, not after reading it all.
        const qsizetype stop = m_size - start > m_maxFieldSize ? start + m_maxFieldSize + 1 : m_size;
        while (m_pos < stop) {
            const char16_t c = m_text[m_pos];
            if (c == m_delimiter || c == Cr || c == Lf)
                break;
            ++m_pos;
        }
        if (m_pos - start > m_maxFieldSize)
            return fail(Problem::FieldTooLong, m_line);
        // A quotation mark inside an unquoted field (5" pipe) is kept as
        // written: the field cannot mean anything else, and it is what Excel
        // and WPS show for the same file. Only quotes that open a field quote.
        if (fields)
            fields->append(QStringView(m_text + start, m_pos - start).toString());
        return Status::Record;
    }

    Status quotedField(QStringList *fields)
    {
        const qint64 startLine = m_line;
        QString value;
        qsizetype length = 0; // content before the current segment
        qsizetype segment = ++m_pos;
        for (;;) {
            if (length + (m_pos - segment) > m_maxFieldSize)
                return fail(Problem::FieldTooLong, startLine);
            if (m_pos >= m_size)
                return fail(Problem::UnclosedQuote, startLine);
            const char16_t c = m_text[m_pos];
            if (c == Quote) {
                if (m_pos + 1 < m_size && m_text[m_pos + 1] == Quote) {
                    // "" inside quotes is one quotation mark: keep the first.
                    length += m_pos + 1 - segment;
                    if (fields)
                        value.append(QStringView(m_text + segment, m_pos + 1 - segment));
                    m_pos += 2;
                    segment = m_pos;
                    continue;
                }
                if (fields)
                    value.append(QStringView(m_text + segment, m_pos - segment));
                ++m_pos;
                break;
            }
            // Line breaks inside the field are content, but they still
            // count, so later records keep their physical line numbers.
            if (c == Lf || (c == Cr && !(m_pos + 1 < m_size && m_text[m_pos + 1] == Lf)))
                ++m_line;
            ++m_pos;
        }
        // "abc"x is refused rather than read as abcx or "abc"x: either guess
        // could be wrong, and the clerk can fix the file in a minute.
        if (m_pos < m_size) {
            const char16_t c = m_text[m_pos];
            if (c != m_delimiter && c != Cr && c != Lf)
                return fail(Problem::TextAfterQuote, m_line);
        }
        if (fields)
            fields->append(value);
        return Status::Record;
    }

    const char16_t *m_text;
    qsizetype m_size;
    char16_t m_delimiter;
    qsizetype m_maxFieldSize;
    int m_maxColumns;

    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    int m_fieldCount = 0;
    int m_lastFieldCount = 0;
    Problem m_problem = Problem::None;
    qint64 m_problemLine = 0;
};

// The candidate whose first records most often have one and the same number
// of fields (at least two); on a tie the wider split, then the order below.
// Scanning honours quotes, so "Smith, John" does not count as a split.
char16_t detectDelimiter(QStringView text, const CsvReader::Options &options)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    char16_t best = candidates[0];
    int bestAgreeing = 0;
    int bestWidth = 0;
    for (const char16_t candidate : candidates) {
        // No column limit here: counting allocates nothing, and a header
        // over the limit must still be split right to be reported right.
        RecordScanner scanner(text, candidate, options.maxFieldSize, std::numeric_limits<int>::max());
        QVarLengthArray<int, DetectionSample> counts;
        // Records before a parse error still count: with the wrong candidate
        // a quoted field usually fails at once ("a";"b" split at commas).
        while (counts.size() < DetectionSample && scanner.next(nullptr) == RecordScanner::Status::Record)
            counts.append(scanner.fieldCount());
        int agreeing = 0;
        int width = 0;
        for (const int count : counts) {
            const int same = int(std::count(counts.cbegin(), counts.cend(), count));
            if (same > agreeing || (same == agreeing && count > width)) {
                agreeing = same;
                width = count;
            }
        }
        if (width < 2)
            continue;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && width > bestWidth)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestWidth = width;
        }
    }
    return best;
}

} // namespace

CsvReader CsvReader::fromData(const QByteArray &data)
{
    return fromData(data, Options());
}

CsvReader CsvReader::fromData(const QByteArray &data, const Options &options)
{
    CsvReader reader;
    const QString text = reader.decode(data, options);
    if (!reader.m_error)
        reader.parse(text, options);
    return reader;
}

CsvReader CsvReader::fromFile(const QString &path)
{
    return fromFile(path, Options());
}

CsvReader CsvReader::fromFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReader reader;
        reader.fail(0, tr("“%1” cannot be read: %2").arg(displayName(path), file.errorString()));
        return reader;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        CsvReader reader;
        reader.fail(0, tr("“%1” cannot be read: %2").arg(displayName(path), file.errorString()));
        return reader;
    }
    return fromData(data, options);
}

CsvReader CsvReader::fromText(const QString &text)
{
    return fromText(text, Options());
}

CsvReader CsvReader::fromText(const QString &text, const Options &options)
{
    CsvReader reader;
    reader.parse(text, options);
    return reader;
}

QString CsvReader::encoding() const
{
    return m_encoding;
}

QChar CsvReader::delimiter() const
{
    return m_delimiter;
}

QStringList CsvReader::header() const
{
    return m_header;
}

qint64 CsvReader::headerLine() const
{
    return m_headerLine;
}

QList<CsvReader::Row> CsvReader::rows() const
{
    return m_rows;
}

std::optional<CsvReader::Error> CsvReader::error() const
{
    return m_error;
}

void CsvReader::fail(qint64 line, const QString &message)
{
    m_error = Error{line, message};
}

QString CsvReader::decode(const QByteArray &data, const Options &options)
{
    const QByteArrayView bytes(data);
    // Clerks pick the .xlsx next to the .csv often enough to deserve a
    // sentence of its own rather than "not UTF-8 or GB18030".
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        fail(0, tr("This is a spreadsheet workbook or an archive, not CSV text; save it as CSV first."));
        return {};
    }

    const QByteArrayView utf8Bom("\xEF\xBB\xBF");
    // Constructed in place, never move-assigned: in Qt 6.4 hasError() stays
    // false on an ICU-backed decoder (GB18030, GBK…) that was move-assigned,
    // and bad bytes would pass as replacement characters.
    std::optional<QStringDecoder> decoder;
    QByteArrayView payload = bytes;
    bool detected = false;
    bool validUtf8 = false;
    if (!options.encoding.isEmpty()) {
        // Stateless: a character cut off at the end of the file is an error,
        // not silently dropped. (Qt 6.4 takes the name as const char *.)
        const QByteArray name = options.encoding.toLatin1();
        decoder.emplace(name.constData(), QStringDecoder::Flag::Stateless);
        if (!decoder->isValid()) {
            fail(0, tr("The encoding %1 is not supported.").arg(options.encoding));
            return {};
        }
        m_encoding = QString::fromLatin1(decoder->name());
    } else if (bytes.startsWith(utf8Bom)) {
        m_encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE")) {
        m_encoding = QStringLiteral("UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        m_encoding = QStringLiteral("UTF-16BE");
    } else if (firstInvalidUtf8(bytes) < 0) {
        m_encoding = QStringLiteral("UTF-8");
        validUtf8 = true;
    } else {
        // Excel and WPS on Chinese Windows save "CSV" in the ANSI code page,
        // GBK; GB18030 is its superset and decodes every GBK file the same.
        m_encoding = QStringLiteral("GB18030");
        detected = true;
    }

    QString text;
    bool bad = false;
    qint64 badLine = 0;
    if (m_encoding == QLatin1String("UTF-8")) {
        // Our own strict check, because QString::fromUtf8 replaces bad bytes
        // without saying where they were.
        if (payload.startsWith(utf8Bom))
            payload = payload.sliced(utf8Bom.size());
        const qsizetype invalid = validUtf8 ? -1 : firstInvalidUtf8(payload);
        if (invalid >= 0) {
            bad = true;
            badLine = lineAt(payload, invalid);
        } else {
            text = QString::fromUtf8(payload);
        }
    } else {
        if (!decoder)
            decoder.emplace(m_encoding.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        text = decoder->decode(payload);
        const bool utf16 = m_encoding.startsWith(QLatin1String("UTF-16"));
        // Qt's UTF-16 decoder drops an odd last byte without an error.
        if (decoder->hasError() || (utf16 && payload.size() % 2 != 0)) {
            bad = true;
            // The decoder does not say where: the first replacement
            // character does, unless the file was cut off in a character.
            const qsizetype replaced = text.indexOf(QChar(ReplacementCharacter));
            badLine = lineAt(QStringView(text), replaced >= 0 ? replaced : text.size());
        }
    }
    if (bad) {
        if (detected)
            fail(badLine, tr("Line %1 is neither UTF-8 nor GB18030 text; choose the file's encoding explicitly.").arg(badLine));
        else
            fail(badLine, tr("Line %1 is not valid %2 text.").arg(badLine).arg(m_encoding));
        return {};
    }
    return text;
}

void CsvReader::parse(const QString &text, const Options &options)
{
    QStringView view(text);
    // A BOM the decoder kept (UTF-8 from text, or a forced encoding).
    if (view.startsWith(QChar(ByteOrderMark)))
        view = view.sliced(1);

    // Binary data is no CSV, and NUL characters would travel on into the
    // database and the reports.
    const qsizetype nul = view.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        const qint64 line = lineAt(view, nul);
        fail(line, tr("Line %1 contains a NUL character, so this is not CSV text.").arg(line));
        return;
    }

    char16_t delimiter = options.delimiter.unicode();
    if (options.delimiter.isNull()) {
        delimiter = detectDelimiter(view, options);
    } else if (delimiter == Quote || delimiter == Cr || delimiter == Lf) {
        fail(0, tr("A quotation mark or a line break cannot be the delimiter."));
        return;
    }
    m_delimiter = QChar(delimiter);

    RecordScanner scanner(view, delimiter, options.maxFieldSize, options.maxColumns);
    bool wantHeader = options.firstRowIsHeader;
    for (;;) {
        QStringList fields;
        const RecordScanner::Status status = scanner.next(&fields);
        if (status == RecordScanner::Status::End)
            return;
        if (status == RecordScanner::Status::Error) {
            const qint64 line = scanner.problemLine();
            switch (scanner.problem()) {
            case RecordScanner::Problem::UnclosedQuote:
                fail(line, tr("The quoted field that starts on line %1 has no closing quotation mark.").arg(line));
                break;
            case RecordScanner::Problem::TextAfterQuote:
                fail(line, tr("Line %1 has text between a closing quotation mark and the next delimiter.").arg(line));
                break;
            case RecordScanner::Problem::FieldTooLong:
                fail(line, tr("A field on line %1 is longer than %2 characters.").arg(line).arg(std::max<qsizetype>(options.maxFieldSize, 0)));
                break;
            case RecordScanner::Problem::TooManyColumns:
                fail(line, tr("Line %1 has more than %2 fields.").arg(line).arg(std::max(options.maxColumns, 1)));
                break;
            case RecordScanner::Problem::None:
                break;
            }
            return;
        }
        if (wantHeader) {
            for (QString &name : fields)
                name = name.trimmed();
            m_header = std::move(fields);
            m_headerLine = scanner.recordLine();
            wantHeader = false;
            continue;
        }
        m_rows.append(Row{scanner.recordLine(), std::move(fields)});
    }
}

} // namespace Backroom
