#pragma once

#include "coreglobal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom {

// Reads a whole CSV file for an import: spreadsheets that clerks save from
// Excel or WPS, often GBK-encoded Chinese. Strict RFC 4180: malformed input is
// refused with one translated sentence naming the line, never guessed at,
// because a silently mis-split row becomes a wrong book entry. What the cells
// mean (types, required columns, rows with the wrong number of fields) is the
// importer's business; the reader only hands over text with line numbers.
class BACKROOM_CORE_EXPORT CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CsvReader)

public:
    struct Options
    {
        // Empty: detect (UTF-8/UTF-16 with BOM, strict UTF-8, else GB18030).
        // Otherwise any name QStringDecoder knows, e.g. "GBK" or "Big5".
        QString encoding;
        // Null: detect among ',' ';' '\t' '|'.
        QChar delimiter;
        // In characters (UTF-16 code units) of one field's decoded content.
        qsizetype maxFieldSize = 1 << 20;
        int maxColumns = 1000;
        bool firstRowIsHeader = true;
    };

    struct Row
    {
        qint64 line = 0; // 1-based physical line where the record starts
        QStringList fields; // as written: not trimmed, formulas not evaluated
    };

    struct Error
    {
        qint64 line = 0; // 0 when the problem is the file as a whole
        QString message; // translated, one sentence
    };

    // The caller enforces a size limit: the whole file is held in memory.
    static CsvReader fromData(const QByteArray &data);
    static CsvReader fromData(const QByteArray &data, const Options &options);
    static CsvReader fromFile(const QString &path);
    static CsvReader fromFile(const QString &path, const Options &options);
    // Text that is already decoded (pasted from a spreadsheet, say);
    // Options::encoding is ignored and encoding() is empty.
    static CsvReader fromText(const QString &text);
    static CsvReader fromText(const QString &text, const Options &options);

    // Detected or forced, e.g. "UTF-8", "UTF-16LE", "GB18030"; empty when
    // the data could not be read or came in as text.
    QString encoding() const;
    // Detected or forced; null when reading stopped before it was known.
    QChar delimiter() const;
    // Names trimmed; empty without a header row.
    QStringList header() const;
    qint64 headerLine() const;
    // The data rows after the header, each with its own field count, so the
    // importer can report ragged rows one by one.
    QList<Row> rows() const;
    // The first fatal error; rows() then holds the rows before it.
    std::optional<Error> error() const;

private:
    CsvReader() = default;
    QString decode(const QByteArray &data, const Options &options);
    void parse(const QString &text, const Options &options);
    void fail(qint64 line, const QString &message);

    QString m_encoding;
    QChar m_delimiter;
    QStringList m_header;
    qint64 m_headerLine = 0;
    QList<Row> m_rows;
    std::optional<Error> m_error;
};

} // namespace Backroom
