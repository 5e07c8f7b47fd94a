#pragma once

#include "coreglobal.h"
#include "reportdefinition.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Backroom {

// The one result of a report run that the screen, the printer, the PDF, the
// CSV/XLSX export and the chart all read. Rows are kept in one flat array of
// cells (no object per row), so 50,000 rows cost a few megabytes.
//
// Rows are added in the query's order; finish() then brings the rows of a
// group together (groups keep the order in which they first appeared, so
// the query's sort decides the order of groups too), builds the groups and
// their subtotals, and the grand totals.
class BACKROOM_CORE_EXPORT ReportResult
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ReportResult)

public:
    struct Group
    {
        int level = 0;          // 0: outermost
        int parent = -1;        // index into groups(), -1 at the top
        int indexInParent = 0;  // position among the parent's children (or the top groups)
        int column = 0;         // the grouping column
        QVariant value;         // the rows' value in that column
        int firstRow = 0;       // rows [firstRow, firstRow + rowCount) belong to it
        int rowCount = 0;
        QList<int> children;    // inner groups, empty at the innermost level
        QList<qint64> totals;   // per column; meaningful for summed columns
    };

    // One line of the printed report, in order.
    struct Line
    {
        enum class Kind : quint8 { GroupHeader, Detail, Subtotal, GrandTotal };
        Kind kind = Kind::Detail;
        int index = 0;   // Detail: the row; GroupHeader, Subtotal: the group
        int group = -1;  // the innermost group the line belongs to, -1 for none
    };

    ReportResult() = default;
    explicit ReportResult(const ReportDefinition &definition);

    QString reportId() const { return m_reportId; }
    // As the report declares them (ReportDefinition::carryForward, twoBlocks).
    const std::optional<ReportDefinition::CarryForward> &carryForward() const { return m_carryForward; }
    const ReportDefinition::TwoBlockSplit &twoBlockSplit() const { return m_twoBlockSplit; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    const QList<ReportDefinition::Column> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    // The grouping columns, outermost first.
    const QList<int> &groupColumns() const { return m_groupColumns; }
    // The columns a detail line shows: all but the grouping ones, whose
    // values the group header already says.
    QList<int> detailColumns() const;
    bool hasGrandTotal() const { return m_grandTotal; }
    const ReportDefinition::Chart &chart() const { return m_chart; }

    // "Kind: Customer" lines printed under the title.
    QStringList parameterLines() const { return m_parameterLines; }
    void setParameterLines(const QStringList &lines) { m_parameterLines = lines; }
    QDateTime generatedAt() const { return m_generatedAt; }
    void setGeneratedAt(const QDateTime &at) { m_generatedAt = at; }

    void reserve(int rows);
    // values in column order; missing ones are empty cells.
    void addRow(const QVariantList &values, const QString &entityId = {}, qint64 recordId = 0);
    void finish();
    bool isFinished() const { return m_finished; }

    int rowCount() const { return int(m_recordIds.size()); }
    const QVariant &value(int row, int column) const { return m_cells.at(qsizetype(row) * m_columns.size() + column); }
    QString rowEntity(int row) const;
    qint64 rowRecordId(int row) const { return m_recordIds.at(row); }

    const QList<Group> &groups() const { return m_groups; }
    const QList<int> &topGroups() const { return m_topGroups; }
    // The innermost group of a row, -1 without grouping.
    int groupOfRow(int row) const { return m_rowGroup.isEmpty() ? -1 : m_rowGroup.at(row); }
    qint64 total(int column) const { return m_totals.value(column); }
    const QList<Line> &lines() const { return m_lines; }

    // A cell as the screen and the page show it: money and quantities
    // grouped with their decimals (MoneyFormat), dates yyyy-MM-dd.
    QString text(int row, int column, const QLocale &locale = QLocale()) const;
    static QString valueText(const ReportDefinition::Column &column, const QVariant &value,
                             const QLocale &locale = QLocale());
    // "Customer", or "(none)" for an empty value.
    QString groupValueText(int group) const;
    // "Kind: Customer"
    QString groupHeaderText(int group) const;
    QString subtotalText(int group) const;
    static QString grandTotalText();

    // The chart's categories and their summed values, in order of first
    // appearance; more than maxCategories are folded into "Other".
    QList<QPair<QString, qint64>> chartData(int maxCategories = 12) const;

    // The result as a table for CsvTableWriter and XlsxTableWriter: a
    // leading "Line" column (empty for detail rows, "Subtotal", "Grand
    // total"), then every column with typed values; a subtotal row carries
    // its group's values in the grouping columns and its sums.
    TableExport toTable() const;

private:
    QString m_reportId;
    QString m_title;
    QList<ReportDefinition::Column> m_columns;
    QList<int> m_groupColumns;
    bool m_grandTotal = true;
    ReportDefinition::Chart m_chart;
    std::optional<ReportDefinition::CarryForward> m_carryForward;
    ReportDefinition::TwoBlockSplit m_twoBlockSplit;
    QStringList m_parameterLines;
    QDateTime m_generatedAt;

    QList<QVariant> m_cells;       // rowCount × columnCount
    QList<qint64> m_recordIds;
    QList<quint16> m_rowEntity;    // index into m_entities
    QStringList m_entities;
    QList<int> m_rowGroup;
    QList<Group> m_groups;
    QList<int> m_topGroups;
    QList<qint64> m_totals;
    QList<Line> m_lines;
    bool m_finished = false;
};

} // namespace Backroom
