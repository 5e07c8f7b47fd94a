#pragma once

#include "coreglobal.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Backroom {

// Writes a TableExport as CSV (RFC 4180): comma, CRLF, fields quoted when
// they hold a comma, a quote, CR or LF, or begin or end with white space.
// Numbers are plain exact decimals ("-1234.50", no grouping) so that any
// program, in any locale setting, reads back the amount that was written.
//
// A text cell that a spreadsheet would run as a formula (= + - @ tab CR
// first) gets a leading apostrophe, as OWASP recommends against CSV
// injection; numbers in number columns do not ("-12.00" is an amount).
class BACKROOM_CORE_EXPORT CsvTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CsvTableWriter)

public:
    enum class Encoding {
        Utf8WithBom,  // the default: Excel opens Chinese text correctly only with the BOM
        Utf8,         // for other programs and pipes
        Gb18030,      // for older Chinese software that expects the national encoding
    };

    CsvTableWriter() = default;

    Encoding encoding() const { return m_encoding; }
    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    // Date-times are stored in UTC and written in this zone (default: the
    // system's local time), since that is what the clerk saw on screen.
    QTimeZone timeZone() const { return m_timeZone; }
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }
    // isCancelled is asked before the first row and then every everyRows rows.
    void setCancelCheck(TableExport::CancelCheck isCancelled, int everyRows = 500);

    // Writes to a temporary file next to path and renames it into place only
    // when everything was written; on failure or cancellation nothing is left
    // and an existing file at path is untouched.
    TableExport::Result write(const TableExport &table, const QString &path) const;
    // Writes to an open device (stdout for `backroom-cli export -o -`). On
    // cancellation or failure the device has a partial table.
    TableExport::Result write(const TableExport &table, QIODevice *device) const;

    // The whole table as bytes in the chosen encoding (small tables, tests).
    QByteArray toByteArray(const TableExport &table) const;

    // One field as it appears in the file: guarded when it is text that
    // looks like a formula, then quoted when needed.
    static QString field(const QString &text, bool isText);

private:
    enum class Outcome { Written, Canceled, DeviceError };
    Outcome writeRows(const TableExport &table, QIODevice *device, qint64 *rowsWritten) const;

    Encoding m_encoding = Encoding::Utf8WithBom;
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    TableExport::CancelCheck m_isCancelled;
    int m_cancelInterval = 500;
};

} // namespace Backroom
