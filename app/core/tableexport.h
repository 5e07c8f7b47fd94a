#pragma once

#include "coreglobal.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

QT_BEGIN_NAMESPACE
class QTimeZone;
QT_END_NAMESPACE

namespace Backroom {

class Entity;
class Field;

// A list on its way out of the program: titled columns of a known kind and
// rows of typed values. It knows nothing of the database, so a list view
// (with its current filter and columns), a report and backroom-cli all hand
// their rows to the same writers, CsvTableWriter and XlsxTableWriter.
//
// Values are in the forms FieldCodec gives a Record: QString, qint64 (money
// in minor units, quantities scaled), bool, QDate, QDateTime (UTC); a null
// QVariant is an empty cell. A value of another type in a number, date or
// yes/no column is written as (formula-guarded) text, never as a number, so
// a mistake shows up in the file instead of becoming a wrong amount.
class BACKROOM_CORE_EXPORT TableExport
{
public:
    enum class Kind {
        Text,
        Integer,   // qint64
        Money,     // qint64 minor units; Column::decimals is the currency's (2 for 元/分)
        Quantity,  // qint64 scaled by 10^Column::decimals (Field::scale())
        Date,      // QDate
        DateTime,  // QDateTime, written in the writer's time zone
        Boolean,   // bool
    };

    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        int decimals = 0;   // Money: currency decimals; Quantity: scale; else 0
        QString name;       // the field's name when built from an entity

        static Column text(const QString &title) { return {title, Kind::Text, 0, {}}; }
        static Column integer(const QString &title) { return {title, Kind::Integer, 0, {}}; }
        static Column money(const QString &title, int decimals = 2) { return {title, Kind::Money, decimals, {}}; }
        static Column quantity(const QString &title, int scale) { return {title, Kind::Quantity, scale, {}}; }
        static Column date(const QString &title) { return {title, Kind::Date, 0, {}}; }
        static Column dateTime(const QString &title) { return {title, Kind::DateTime, 0, {}}; }
        static Column boolean(const QString &title) { return {title, Kind::Boolean, 0, {}}; }
    };

    // What a writer reports; QGIS's vector file writer has the same three
    // outcomes, plus one for a table the format cannot hold.
    struct Result
    {
        enum class Code {
            Success,
            Canceled,       // isCancelled() said so; nothing was left behind
            FileError,      // the file or device could not be written
            LimitExceeded,  // the format cannot hold the table (Excel's row or cell limits)
        };
        Code code = Code::Success;
        QString errorString;    // one translated sentence; empty on success
        qint64 rowsWritten = 0; // data rows, header not counted
        bool ok() const { return code == Code::Success; }
        static Result failure(Code code, const QString &message, qint64 rows = 0)
        {
            return Result{code, message, rows};
        }
    };

    // Asked every few rows by the writers; returning true stops the export.
    using CancelCheck = std::function<bool()>;

    TableExport() = default;
    explicit TableExport(const QString &title, QList<Column> columns = {});

    // Names the sheet of an XLSX file and is the default file name.
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    const QList<Column> &columns() const { return m_columns; }
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    void addColumn(Column column) { m_columns.append(std::move(column)); }

    // A row shorter than the columns has empty cells at the end; values
    // beyond the last column are ignored.
    const QList<QVariantList> &rows() const { return m_rows; }
    void setRows(QList<QVariantList> rows) { m_rows = std::move(rows); }
    void addRow(QVariantList row) { m_rows.append(std::move(row)); }
    void reserveRows(qsizetype count) { m_rows.reserve(count); }
    qsizetype rowCount() const { return m_rows.size(); }

    // The column for one field of a declared entity. Choice and Reference
    // become Text (the caller passes the choice's label or the referenced
    // record's display name), LongText and Attachment too; Money gets two
    // decimals (fields carry no currency yet).
    static Column columnFor(const Field &field);
    // The columns for an entity's fields named in fieldNames, in that order
    // (the list's visible columns); all fields in declaration order when it
    // is empty. Child lines have no single value and are left out, as are
    // unknown names.
    static QList<Column> columnsFor(const Entity &entity, const QStringList &fieldNames = {});

    // Exact decimal text of a scaled integer, no grouping, '.' as separator:
    // decimalText(-123450, 2) == "-1234.50", decimalText(5, 3) == "0.005".
    static QString decimalText(qint64 value, int decimals);
    // Only integer types count: a double or a numeric string is not an
    // amount (the same rule as FieldCodec).
    static bool integerValue(const QVariant &value, qint64 *out);
    // One cell as CSV shows it, before quoting: exact decimals, yyyy-MM-dd,
    // date-times in zone as yyyy-MM-dd HH:mm:ss, TRUE/FALSE (what Excel
    // reads as yes/no and FieldCodec accepts back). *isText is set when the
    // cell is text — a Text column, or a value not of its column's kind —
    // the cells a formula guard applies to.
    static QString cellText(const Column &column, const QVariant &value, const QTimeZone &zone,
                            bool *isText = nullptr);
    // True for text that a spreadsheet would take for a formula when it is
    // typed or read from CSV: it starts with = + - @, a tab or a carriage
    // return (OWASP's list for CSV injection).
    static bool looksLikeFormula(const QString &text);

private:
    QString m_title;
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace Backroom
