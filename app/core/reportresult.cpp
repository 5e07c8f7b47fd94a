#include "reportresult.h"

#include "moneyformat.h"
#include "twoblockrows.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace Backroom {

namespace {

using Column = ReportDefinition::Column;

// The key a group is recognised by: the value's text plus its type, so an
// empty cell and an empty string stay apart from a value "0".
QString groupKey(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("\x01");
    return value.toString();
}

} // namespace

ReportResult::ReportResult(const ReportDefinition &definition)
    : m_reportId(definition.id())
    , m_title(definition.title())
    , m_columns(definition.columns())
    , m_grandTotal(definition.hasGrandTotal())
    , m_chart(definition.chartSpec())
    , m_carryForward(definition.carryForwardSpec())
    , m_twoBlockSplit(definition.twoBlockSplit())
    , m_entities{QString()}
{
    for (const QString &key : definition.groupColumns())
        m_groupColumns.append(definition.columnIndex(key));
}

QList<int> ReportResult::detailColumns() const
{
    QList<int> shown;
    for (int column = 0; column < columnCount(); ++column)
        if (!m_groupColumns.contains(column))
            shown.append(column);
    return shown;
}

void ReportResult::reserve(int rows)
{
    m_cells.reserve(qsizetype(rows) * m_columns.size());
    m_recordIds.reserve(rows);
    m_rowEntity.reserve(rows);
}

void ReportResult::addRow(const QVariantList &values, const QString &entityId, qint64 recordId)
{
    for (int column = 0; column < m_columns.size(); ++column)
        m_cells.append(values.value(column));
    m_recordIds.append(recordId);
    if (m_entities.isEmpty())
        m_entities.append(QString());
    qsizetype entity = m_entities.indexOf(entityId);
    if (entity < 0 && m_entities.size() < 0xFFFF) {
        m_entities.append(entityId);
        entity = m_entities.size() - 1;
    }
    m_rowEntity.append(quint16(qMax<qsizetype>(entity, 0)));
}

QString ReportResult::rowEntity(int row) const
{
    return m_entities.value(m_rowEntity.at(row));
}

void ReportResult::finish()
{
    const int rows = rowCount();
    const int columns = columnCount();
    const int levels = int(m_groupColumns.size());
    m_groups.clear();
    m_topGroups.clear();
    m_lines.clear();
    m_rowGroup.clear();
    m_totals = QList<qint64>(columns, 0);

    if (levels > 0) {
        // Each row's position per level: the order in which its group (the
        // path of values down to that level) first appeared.
        std::vector<int> order(size_t(rows) * levels);
        QHash<QString, int> firstSeen;
        for (int row = 0; row < rows; ++row) {
            QString path;
            for (int level = 0; level < levels; ++level) {
                path += groupKey(value(row, m_groupColumns.at(level))) + QChar(0x1f);
                auto it = firstSeen.constFind(path);
                if (it == firstSeen.cend())
                    it = firstSeen.insert(path, int(firstSeen.size()));
                order[size_t(row) * levels + level] = it.value();
            }
        }
        std::vector<int> permutation(rows);
        std::iota(permutation.begin(), permutation.end(), 0);
        std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
            return std::lexicographical_compare(order.begin() + qsizetype(a) * levels,
                                                order.begin() + qsizetype(a + 1) * levels,
                                                order.begin() + qsizetype(b) * levels,
                                                order.begin() + qsizetype(b + 1) * levels);
        });
        // Rearranged once, so each group's rows are one contiguous range.
        QList<QVariant> cells;
        cells.reserve(m_cells.size());
        QList<qint64> ids;
        ids.reserve(rows);
        QList<quint16> entities;
        entities.reserve(rows);
        std::vector<int> sortedOrder(order.size());
        for (int i = 0; i < rows; ++i) {
            const int row = permutation[i];
            for (int column = 0; column < columns; ++column)
                cells.append(std::move(m_cells[qsizetype(row) * columns + column]));
            ids.append(m_recordIds.at(row));
            entities.append(m_rowEntity.at(row));
            std::copy_n(order.begin() + qsizetype(row) * levels, levels, sortedOrder.begin() + qsizetype(i) * levels);
        }
        m_cells = std::move(cells);
        m_recordIds = std::move(ids);
        m_rowEntity = std::move(entities);

        m_rowGroup.resize(rows);
        std::vector<int> open(levels, -1);
        for (int row = 0; row < rows; ++row) {
            for (int level = 0; level < levels; ++level) {
                const bool same = row > 0 && open[level] >= 0
                                  && sortedOrder[size_t(row) * levels + level]
                                         == sortedOrder[size_t(row - 1) * levels + level];
                if (same)
                    continue;
                // A new group here, and so at every deeper level too.
                for (int deeper = level; deeper < levels; ++deeper) {
                    Group group;
                    group.level = deeper;
                    group.parent = deeper > 0 ? open[deeper - 1] : -1;
                    group.column = m_groupColumns.at(deeper);
                    group.value = value(row, group.column);
                    group.firstRow = row;
                    group.totals = QList<qint64>(columns, 0);
                    const int index = int(m_groups.size());
                    if (group.parent < 0) {
                        group.indexInParent = int(m_topGroups.size());
                        m_topGroups.append(index);
                    } else {
                        group.indexInParent = int(m_groups[group.parent].children.size());
                        m_groups[group.parent].children.append(index);
                    }
                    m_groups.append(std::move(group));
                    open[deeper] = index;
                }
                break;
            }
            for (int level = 0; level < levels; ++level)
                ++m_groups[open[level]].rowCount;
            m_rowGroup[row] = open[levels - 1];
        }
    }

    for (int column = 0; column < columns; ++column) {
        if (!m_columns.at(column).isSummed())
            continue;
        for (int row = 0; row < rows; ++row) {
            qint64 number = 0;
            if (!TableExport::integerValue(value(row, column), &number))
                continue;
            m_totals[column] += number;
            for (int group = levels > 0 ? m_rowGroup.at(row) : -1; group >= 0; group = m_groups.at(group).parent)
                m_groups[group].totals[column] += number;
        }
    }

    // The printed order: header, rows or inner groups, subtotal.
    m_lines.reserve(rows + 2 * m_groups.size() + 1);
    std::function<void(int)> addGroup = [&](int index) {
        const Group &group = m_groups.at(index);
        m_lines.append(Line{Line::Kind::GroupHeader, index, index});
        if (group.children.isEmpty()) {
            for (int row = group.firstRow; row < group.firstRow + group.rowCount; ++row)
                m_lines.append(Line{Line::Kind::Detail, row, index});
        } else {
            for (int child : group.children)
                addGroup(child);
        }
        m_lines.append(Line{Line::Kind::Subtotal, index, index});
    };
    if (levels > 0) {
        for (int index : std::as_const(m_topGroups))
            addGroup(index);
    } else {
        for (int row = 0; row < rows; ++row)
            m_lines.append(Line{Line::Kind::Detail, row, -1});
    }
    if (m_grandTotal)
        m_lines.append(Line{Line::Kind::GrandTotal, 0, -1});
    m_finished = true;
}

QString ReportResult::valueText(const Column &column, const QVariant &value, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return QString();
    qint64 number = 0;
    switch (column.type) {
    case Column::Type::Money:
        if (TableExport::integerValue(value, &number))
            return MoneyFormat::money(number, column.scale, locale);
        break;
    case Column::Type::Quantity:
        if (TableExport::integerValue(value, &number))
            return MoneyFormat::decimal(number, column.scale, locale);
        break;
    case Column::Type::Integer:
        if (TableExport::integerValue(value, &number))
            return MoneyFormat::decimal(number, 0, locale);
        break;
    case Column::Type::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
        break;
    case Column::Type::Text:
        break;
    }
    return value.toString();
}

QString ReportResult::text(int row, int column, const QLocale &locale) const
{
    return valueText(m_columns.at(column), value(row, column), locale);
}

QString ReportResult::groupValueText(int group) const
{
    const Group &g = m_groups.at(group);
    const QString text = valueText(m_columns.at(g.column), g.value);
    return text.isEmpty() ? tr("(none)") : text;
}

QString ReportResult::groupHeaderText(int group) const
{
    const Group &g = m_groups.at(group);
    return tr("%1: %2").arg(m_columns.at(g.column).labelText(), groupValueText(group));
}

QString ReportResult::subtotalText(int group) const
{
    return tr("Subtotal %1").arg(groupValueText(group));
}

QString ReportResult::grandTotalText()
{
    return tr("Grand total");
}

QList<QPair<QString, qint64>> ReportResult::chartData(int maxCategories) const
{
    QList<QPair<QString, qint64>> data;
    if (m_chart.kind == ReportDefinition::Chart::Kind::None)
        return data;
    int category = -1;
    int valueColumn = -1;
    for (int column = 0; column < columnCount(); ++column) {
        if (m_columns.at(column).key == m_chart.categoryColumn)
            category = column;
        if (m_columns.at(column).key == m_chart.valueColumn)
            valueColumn = column;
    }
    if (category < 0 || valueColumn < 0)
        return data;
    QHash<QString, int> index;
    for (int row = 0; row < rowCount(); ++row) {
        QString name = text(row, category);
        if (name.isEmpty())
            name = tr("(none)");
        qint64 number = 0;
        if (!TableExport::integerValue(value(row, valueColumn), &number))
            continue;
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, int(data.size()));
            data.append({name, 0});
        }
        data[it.value()].second += number;
    }
    if (data.size() > maxCategories && maxCategories > 1) {
        qint64 other = 0;
        for (qsizetype i = maxCategories - 1; i < data.size(); ++i)
            other += data.at(i).second;
        data.resize(maxCategories - 1);
        data.append({tr("Other"), other});
    }
    return data;
}

TableExport ReportResult::toTable() const
{
    QList<TableExport::Column> columns{TableExport::Column::text(tr("Line"))};
    for (const Column &column : m_columns) {
        TableExport::Column out;
        out.title = column.labelText();
        out.name = column.key;
        switch (column.type) {
        case Column::Type::Text:
            out.kind = TableExport::Kind::Text;
            break;
        case Column::Type::Money:
            out.kind = TableExport::Kind::Money;
            out.decimals = column.scale;
            break;
        case Column::Type::Quantity:
            out.kind = TableExport::Kind::Quantity;
            out.decimals = column.scale;
            break;
        case Column::Type::Integer:
            out.kind = TableExport::Kind::Integer;
            break;
        case Column::Type::Date:
            out.kind = TableExport::Kind::Date;
            break;
        }
        columns.append(out);
    }
    const int count = columnCount();
    // A form in two blocks (资产负债表) is exported side by side, as it
    // prints: its columns twice, each half with its own rows.
    const QList<Internal::TwoBlockRows::Line> blocks = Internal::TwoBlockRows::of(*this);
    if (!blocks.isEmpty()) {
        columns += columns.mid(1);
        for (int column = count + 1; column < columns.size(); ++column)
            columns[column].name += QStringLiteral("_2");
        TableExport table(m_title, columns);
        table.reserveRows(blocks.size());
        for (const Internal::TwoBlockRows::Line &line : blocks) {
            QVariantList row{QVariant()};
            row.reserve(2 * count + 1);
            for (const int source : {line.left, line.right})
                for (int column = 0; column < count; ++column)
                    row.append(source < 0 ? QVariant() : value(source, column));
            table.addRow(std::move(row));
        }
        return table;
    }
    TableExport table(m_title, columns);
    table.reserveRows(m_lines.size());
    for (const Line &line : m_lines) {
        QVariantList row;
        row.reserve(count + 1);
        switch (line.kind) {
        case Line::Kind::GroupHeader:
            continue; // the grouping columns of each row already say it
        case Line::Kind::Detail:
            row.append(QVariant());
            for (int column = 0; column < count; ++column)
                row.append(value(line.index, column));
            break;
        case Line::Kind::Subtotal:
        case Line::Kind::GrandTotal: {
            const bool grand = line.kind == Line::Kind::GrandTotal;
            row.append(grand ? grandTotalText() : tr("Subtotal"));
            QList<QVariant> cells(count);
            if (!grand) {
                // The group's own value and those of the groups around it.
                for (int group = line.index; group >= 0; group = m_groups.at(group).parent)
                    cells[m_groups.at(group).column] = m_groups.at(group).value;
            }
            for (int column = 0; column < count; ++column)
                if (m_columns.at(column).isSummed())
                    cells[column] = grand ? m_totals.at(column) : m_groups.at(line.index).totals.at(column);
            row += cells;
            break;
        }
        }
        table.addRow(std::move(row));
    }
    return table;
}

} // namespace Backroom
