#pragma once

#include "coreglobal.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace Backroom {

// Writes a TableExport as an Excel workbook (libxlsxwriter) with one sheet
// named after the table: bold, frozen header with an autofilter, columns
// sized to their contents, and typed cells — numbers as numbers, dates as
// dates, yes/no as booleans — so sums and filters work at once.
//
// Money becomes a double only here, value / 10^decimals, shown with the
// currency's decimals ("#,##0.00"). That division is correctly rounded and so
// the nearest double to the exact amount, the same number Excel stores when
// the amount is typed. Excel keeps 15 significant digits, so an integer,
// amount or quantity of 10^15 units or more is written as exact text instead.
//
// Text is always a string cell, never a formula: a cell holding "=1+1" shows
// "=1+1" and Excel does not evaluate it, so unlike CSV no apostrophe is
// added (it would be visible and change the text).
class BACKROOM_CORE_EXPORT XlsxTableWriter
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::XlsxTableWriter)

public:
    XlsxTableWriter() = default;

    QTimeZone timeZone() const { return m_timeZone; }
    // Date-times are written as local times in this zone (default: the
    // system's); Excel cells have no time zone.
    void setTimeZone(const QTimeZone &zone) { m_timeZone = zone; }
    // isCancelled is asked before the first row and then every everyRows rows.
    void setCancelCheck(TableExport::CancelCheck isCancelled, int everyRows = 500);

    // Builds the workbook under a temporary name next to path and renames it
    // over path only when it is complete; on failure or cancellation nothing
    // is left and an existing file at path is untouched.
    TableExport::Result write(const TableExport &table, const QString &path) const;

    // A sheet name Excel accepts: none of [ ] : * ? / \, not beginning or
    // ending with an apostrophe, not "History", at most 31 characters, not
    // empty ("Sheet1").
    static QString sheetName(const QString &title);
    // Width of text in Excel's column units: East Asian wide characters
    // count two.
    static int displayWidth(const QString &text);

private:
    QTimeZone m_timeZone = QTimeZone::systemTimeZone();
    TableExport::CancelCheck m_isCancelled;
    int m_cancelInterval = 500;
};

} // namespace Backroom
