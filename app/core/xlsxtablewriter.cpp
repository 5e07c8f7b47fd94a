#include "xlsxtablewriter.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>

#include <atomic>
#include <filesystem>
#include <system_error>
#include <utility>

#include <xlsxwriter.h>

namespace Backroom {

namespace {

using Code = TableExport::Result::Code;
using Kind = TableExport::Kind;

// Excel shows and keeps 15 significant digits; larger integers would be
// changed silently, so they are written as text.
constexpr qint64 kLargestExactNumber = 999'999'999'999'999;
constexpr int kMaxCellCharacters = 32767;
constexpr int kMinColumnWidth = 6;
constexpr int kMaxColumnWidth = 60;

using Result = TableExport::Result;

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// libxlsxwriter opens files with fopen(); on Windows it converts the name
// from UTF-8 itself.
QByteArray cPath(const QString &path)
{
#if defined(Q_OS_WIN)
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

std::filesystem::path fsPath(const QString &path)
{
#if defined(Q_OS_WIN)
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

// 10^decimals, exact in a double up to 10^22.
double powerOfTen(int decimals)
{
    double power = 1.0;
    for (int i = 0; i < decimals; ++i)
        power *= 10.0;
    return power;
}

QString numberFormat(Kind kind, int decimals)
{
    if (kind == Kind::Integer)
        return QStringLiteral("0");
    if (decimals <= 0)
        return QStringLiteral("#,##0");
    return QStringLiteral("#,##0.") + QString(decimals, QLatin1Char('0'));
}

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges (UAX #11), enough for column widths.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
           || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Width of a number as Excel shows it with grouping: "-1,234.50".
int numberWidth(qint64 value, int decimals)
{
    const QString text = TableExport::decimalText(value, decimals);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const qsizetype integerDigits = (point < 0 ? text.size() : point) - (value < 0 ? 1 : 0);
    return int(text.size() + (integerDigits - 1) / 3);
}

bool toExcelDate(const QDate &date, const QTime &time, lxw_datetime *out)
{
    // Excel's calendar starts in 1900 and ends in 9999.
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return false;
    out->year = date.year();
    out->month = date.month();
    out->day = date.day();
    out->hour = time.hour();
    out->min = time.minute();
    out->sec = time.second(); // whole seconds, as in the CSV
    return true;
}

class Workbook
{
public:
    explicit Workbook(const QByteArray &fileName)
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_FALSE; // shared strings, and widths set after the rows
        m_workbook = workbook_new_opt(fileName.constData(), &options);
    }
    ~Workbook()
    {
        // Freed without writing: the export failed or was canceled.
        if (m_workbook)
            lxw_workbook_free(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    // Writes the file and frees the workbook, whatever the outcome.
    lxw_error close()
    {
        lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
        return workbook_close(workbook);
    }

private:
    lxw_workbook *m_workbook = nullptr;
};

} // namespace

void XlsxTableWriter::setCancelCheck(TableExport::CancelCheck isCancelled, int everyRows)
{
    m_isCancelled = std::move(isCancelled);
    m_cancelInterval = qMax(1, everyRows);
}

QString XlsxTableWriter::sheetName(const QString &title)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title) {
        if (c.category() == QChar::Other_Control)
            continue;
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        name.append(forbidden.contains(c) ? QLatin1Char('_') : c);
    }
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    // Excel counts UTF-16 units; never cut a surrogate pair in half.
    constexpr int maxLength = 31;
    if (name.size() > maxLength)
        name.truncate(name.at(maxLength - 1).isHighSurrogate() ? maxLength - 1 : maxLength);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    name = name.trimmed();
    if (name.isEmpty())
        return QStringLiteral("Sheet1");
    // Excel reserves this name for its change history.
    if (name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name.append(QLatin1Char('_'));
    return name;
}

int XlsxTableWriter::displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == U'\n') {
            widest = qMax(widest, width);
            width = 0;
            continue;
        }
        width += isWide(c) ? 2 : 1;
    }
    return qMax(widest, width);
}

TableExport::Result XlsxTableWriter::write(const TableExport &table, const QString &path) const
{
    const QList<TableExport::Column> &columns = table.columns();
    const QList<QVariantList> &rows = table.rows();
    if (rows.size() + 1 > qsizetype(LXW_ROW_MAX))
        return Result::failure(Code::LimitExceeded,
                       tr("The list has %1 rows; an Excel sheet holds at most %2 below its header. Export to CSV "
                          "instead.").arg(rows.size()).arg(LXW_ROW_MAX - 1));
    if (columns.size() > qsizetype(LXW_COL_MAX))
        return Result::failure(Code::LimitExceeded,
                       tr("The list has %1 columns; an Excel sheet holds at most %2. Export to CSV instead.")
                           .arg(columns.size()).arg(LXW_COL_MAX));

    if (QFileInfo(path).isDir())
        return Result::failure(Code::FileError, tr("Cannot write “%1”: it is a folder.").arg(displayName(path)));

    // Claim a unique temporary name next to the target. Creating it here
    // also finds an unwritable or missing folder before any work is done,
    // and gives the file the usual permissions (libxlsxwriter only
    // truncates it).
    static std::atomic<int> counter {0};
    QString partial;
    QFile probe;
    for (int attempt = 0; attempt < 10; ++attempt) {
        partial = QStringLiteral("%1.%2-%3.partial").arg(path).arg(QCoreApplication::applicationPid()).arg(counter++);
        probe.setFileName(partial);
        if (probe.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !QFileInfo::exists(partial))
            break;
    }
    if (!probe.isOpen())
        return Result::failure(Code::FileError, tr("Cannot write “%1”: %2").arg(displayName(path), probe.errorString()));
    probe.close();
    auto removePartial = qScopeGuard([&] { QFile::remove(partial); });

    Workbook workbook(cPath(partial));
    if (!workbook.get())
        return Result::failure(Code::FileError, tr("Cannot write “%1”: out of memory.").arg(displayName(path)));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), sheetName(table.title()).toUtf8().constData());
    if (!sheet)
        return Result::failure(Code::FileError, tr("Cannot write “%1”: the sheet could not be created.").arg(displayName(path)));

    lxw_format *bold = workbook_add_format(workbook.get());
    format_set_bold(bold);
    QHash<QString, lxw_format *> formats;
    auto format = [&](const QString &numFormat) {
        lxw_format *&cached = formats[numFormat];
        if (!cached) {
            cached = workbook_add_format(workbook.get());
            format_set_num_format(cached, numFormat.toUtf8().constData());
        }
        return cached;
    };
    QList<lxw_format *> columnFormats;
    for (const TableExport::Column &column : columns) {
        switch (column.kind) {
        case Kind::Integer:
        case Kind::Money:
        case Kind::Quantity:
            columnFormats.append(format(numberFormat(column.kind, column.decimals)));
            break;
        case Kind::Date:
            columnFormats.append(format(QStringLiteral("yyyy-mm-dd")));
            break;
        case Kind::DateTime:
            columnFormats.append(format(QStringLiteral("yyyy-mm-dd hh:mm:ss")));
            break;
        case Kind::Text:
        case Kind::Boolean:
            columnFormats.append(nullptr);
            break;
        }
    }

    // Header: the autofilter button takes about two characters, bold one.
    QList<int> widths;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).title.toUtf8().constData(), bold);
        widths.append(displayWidth(columns.at(c).title) + 3);
    }

    lxw_error error = LXW_NO_ERROR;
    qint64 written = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (m_isCancelled && r % m_cancelInterval == 0 && m_isCancelled())
            return Result::failure(Code::Canceled, tr("The export was canceled."), written);
        const QVariantList &row = rows.at(r);
        const lxw_row_t sheetRow = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < columns.size() && c < row.size(); ++c) {
            const TableExport::Column &column = columns.at(c);
            const QVariant &value = row.at(c);
            if (!value.isValid() || value.isNull())
                continue;
            const lxw_col_t sheetColumn = lxw_col_t(c);
            int width = 0;
            bool done = false;
            switch (column.kind) {
            case Kind::Integer:
            case Kind::Money:
            case Kind::Quantity: {
                qint64 number = 0;
                if (!TableExport::integerValue(value, &number) || number > kLargestExactNumber
                    || number < -kLargestExactNumber)
                    break;
                const int decimals = column.kind == Kind::Integer ? 0 : column.decimals;
                // The only floating point in an export: one correctly
                // rounded division of two exactly representable numbers.
                const double excelValue = double(number) / powerOfTen(decimals);
                error = worksheet_write_number(sheet, sheetRow, sheetColumn, excelValue, columnFormats.at(c));
                width = column.kind == Kind::Integer ? int(QString::number(number).size())
                                                     : numberWidth(number, decimals);
                done = true;
                break;
            }
            case Kind::Date: {
                lxw_datetime excelDate {};
                if (value.typeId() != QMetaType::QDate || !toExcelDate(value.toDate(), QTime(0, 0), &excelDate))
                    break;
                error = worksheet_write_datetime(sheet, sheetRow, sheetColumn, &excelDate, columnFormats.at(c));
                width = 10;
                done = true;
                break;
            }
            case Kind::DateTime: {
                lxw_datetime excelDate {};
                if (value.typeId() != QMetaType::QDateTime)
                    break;
                const QDateTime local = value.toDateTime().toTimeZone(m_timeZone);
                if (!toExcelDate(local.date(), local.time(), &excelDate))
                    break;
                error = worksheet_write_datetime(sheet, sheetRow, sheetColumn, &excelDate, columnFormats.at(c));
                width = 19;
                done = true;
                break;
            }
            case Kind::Boolean:
                if (value.typeId() != QMetaType::Bool)
                    break;
                error = worksheet_write_boolean(sheet, sheetRow, sheetColumn, value.toBool(), nullptr);
                width = 5;
                done = true;
                break;
            case Kind::Text:
                break;
            }
            if (!done) {
                // Text, or a value Excel cannot hold as the column's kind:
                // the same text the CSV would have.
                const QString text = TableExport::cellText(column, value, m_timeZone);
                if (text.size() > kMaxCellCharacters)
                    return Result::failure(Code::LimitExceeded,
                                   tr("Row %1, column “%2” holds %3 characters; an Excel cell holds at most %4. "
                                      "Export to CSV instead.")
                                       .arg(r + 1).arg(column.title).arg(text.size()).arg(kMaxCellCharacters),
                                   written);
                // Always a string cell: worksheet_write_string never makes a
                // formula, so "=1+1" stays text.
                error = worksheet_write_string(sheet, sheetRow, sheetColumn, text.toUtf8().constData(), nullptr);
                width = displayWidth(text);
            }
            if (error != LXW_NO_ERROR)
                return Result::failure(Code::FileError, tr("Cannot write “%1”: %2")
                                                    .arg(displayName(path), QString::fromUtf8(lxw_strerror(error))),
                               written);
            widths[c] = qMax(widths.at(c), width + 1);
        }
        ++written;
    }

    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), qBound(kMinColumnWidth, widths.at(c), kMaxColumnWidth),
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1));

    error = workbook.close();
    if (error != LXW_NO_ERROR)
        return Result::failure(Code::FileError,
                       tr("Cannot write “%1”: %2").arg(displayName(path), QString::fromUtf8(lxw_strerror(error))),
                       written);

    // rename() replaces an existing file in one step (MoveFileEx with
    // REPLACE_EXISTING on Windows): the old file or the new, never half.
    std::error_code renameError;
    std::filesystem::rename(fsPath(partial), fsPath(path), renameError);
    if (renameError)
        return Result::failure(Code::FileError, tr("Cannot write “%1”: %2")
                                            .arg(displayName(path), QString::fromStdString(renameError.message())),
                       written);
    removePartial.dismiss();

    TableExport::Result result;
    result.rowsWritten = written;
    return result;
}

} // namespace Backroom
