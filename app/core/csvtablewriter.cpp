#include "csvtablewriter.h"

#include "checkedsave.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace Backroom {

namespace {

using Code = TableExport::Result::Code;

using Result = TableExport::Result;

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QStringEncoder encoderFor(CsvTableWriter::Encoding encoding)
{
    switch (encoding) {
    case CsvTableWriter::Encoding::Gb18030:
        // Not one of Qt's built-in codecs: Qt finds it through ICU.
        return QStringEncoder("GB18030");
    case CsvTableWriter::Encoding::Utf8WithBom:
    case CsvTableWriter::Encoding::Utf8:
        break;
    }
    return QStringEncoder(QStringEncoder::Utf8);
}

bool needsQuotes(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    for (const QChar c : text)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    return false;
}

} // namespace

void CsvTableWriter::setCancelCheck(TableExport::CancelCheck isCancelled, int everyRows)
{
    m_isCancelled = std::move(isCancelled);
    m_cancelInterval = qMax(1, everyRows);
}

QString CsvTableWriter::field(const QString &text, bool isText)
{
    QString out = isText && TableExport::looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    if (!needsQuotes(out))
        return out;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

CsvTableWriter::Outcome CsvTableWriter::writeRows(const TableExport &table, QIODevice *device,
                                                  qint64 *rowsWritten) const
{
    *rowsWritten = 0;
    QStringEncoder encoder = encoderFor(m_encoding);
    const QList<TableExport::Column> &columns = table.columns();
    QByteArray buffer;
    // A few writes of 64 KiB rather than one per row, and never the whole
    // file in memory.
    constexpr qsizetype flushAt = 64 * 1024;
    auto flush = [&] {
        if (buffer.isEmpty())
            return true;
        const bool ok = device->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    auto appendLine = [&](const QStringList &fields) {
        buffer += encoder(fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    };

    if (m_encoding == Encoding::Utf8WithBom)
        buffer += QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList fields;
    fields.reserve(columns.size());
    for (const TableExport::Column &column : columns)
        fields.append(field(column.title, true));
    appendLine(fields);

    const QList<QVariantList> &rows = table.rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (m_isCancelled && r % m_cancelInterval == 0 && m_isCancelled())
            return Outcome::Canceled;
        const QVariantList &row = rows.at(r);
        fields.clear();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            bool isText = false;
            const QString text = c < row.size() ? TableExport::cellText(columns.at(c), row.at(c), m_timeZone, &isText)
                                                : QString();
            fields.append(field(text, isText));
        }
        appendLine(fields);
        ++*rowsWritten;
        if (buffer.size() >= flushAt && !flush())
            return Outcome::DeviceError;
    }
    return flush() ? Outcome::Written : Outcome::DeviceError;
}

TableExport::Result CsvTableWriter::write(const TableExport &table, QIODevice *device) const
{
    if (m_encoding == Encoding::Gb18030 && !encoderFor(m_encoding).isValid())
        return Result::failure(Code::FileError, tr("This build of Backroom cannot write GB18030; choose UTF-8 instead."));
    if (!device || !device->isWritable())
        return Result::failure(Code::FileError, tr("The export cannot be written: the output is not open for writing."));
    qint64 rows = 0;
    switch (writeRows(table, device, &rows)) {
    case Outcome::Written:
        break;
    case Outcome::Canceled:
        return Result::failure(Code::Canceled, tr("The export was canceled."), rows);
    case Outcome::DeviceError:
        return Result::failure(Code::FileError, tr("The export could not be written: %1").arg(device->errorString()), rows);
    }
    TableExport::Result result;
    result.rowsWritten = rows;
    return result;
}

TableExport::Result CsvTableWriter::write(const TableExport &table, const QString &path) const
{
    if (m_encoding == Encoding::Gb18030 && !encoderFor(m_encoding).isValid())
        return Result::failure(Code::FileError, tr("This build of Backroom cannot write GB18030; choose UTF-8 instead."));
    // QSaveFile writes to a temporary file in the same folder and renames it
    // over path on commit(): never a half-written file under the real name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(Code::FileError, tr("Cannot write “%1”: %2").arg(displayName(path), file.errorString()));
    qint64 rows = 0;
    switch (writeRows(table, &file, &rows)) {
    case Outcome::Written:
        break;
    case Outcome::Canceled:
        file.cancelWriting();
        return Result::failure(Code::Canceled, tr("The export was canceled."), rows);
    case Outcome::DeviceError: {
        const QString error = file.errorString();
        file.cancelWriting();
        return Result::failure(Code::FileError, tr("Cannot write “%1”: %2").arg(displayName(path), error), rows);
    }
    }
    QString error;
    if (!CheckedSave::commit(file, path, &error))
        return Result::failure(Code::FileError, error, rows);
    TableExport::Result result;
    result.rowsWritten = rows;
    return result;
}

QByteArray CsvTableWriter::toByteArray(const TableExport &table) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(table, &buffer);
    return bytes;
}

} // namespace Backroom
