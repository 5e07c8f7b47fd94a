#include "reporttreemodel.h"

#include "reportresult.h"
#include "twoblockrows.h"

#include <QCollator>
#include <QDate>
#include <QFont>

#include <algorithm>
#include <numeric>

namespace Backroom {

namespace {

// internalId: the node kind in the high bits, the group or slot below.
constexpr quintptr kGroup = quintptr(1) << 40;
constexpr quintptr kDetail = quintptr(2) << 40;
constexpr quintptr kGrand = quintptr(3) << 40;
constexpr quintptr kValueMask = (quintptr(1) << 40) - 1;

// A report in two blocks (ReportDefinition::twoBlocks, 资产负债表)
// is shown side by side as it prints: the columns twice, and m_order holds
// one triple per line of the screen — the left row, the right row (-1:
// blank) and these flags — instead of a permutation of the rows. Such a
// model has twice the result's columns, which no other model has.
constexpr int kTriple = 3;
constexpr int kSpans = 1;
constexpr int kTotals = 2;

bool twoBlocks(const ReportResult *result, qsizetype shownColumns)
{
    return result && shownColumns == 2 * qsizetype(result->columnCount());
}

} // namespace

ReportTreeModel::ReportTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

ReportTreeModel::~ReportTreeModel() = default;

void ReportTreeModel::setResult(std::shared_ptr<const ReportResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_columns.clear();
    m_order.clear();
    if (m_result) {
        m_columns = m_result->detailColumns();
        if (m_columns.isEmpty())
            for (int column = 0; column < m_result->columnCount(); ++column)
                m_columns.append(column);
        const QList<Internal::TwoBlockRows::Line> lines = Internal::TwoBlockRows::of(*m_result);
        if (!lines.isEmpty() && m_columns.size() == m_result->columnCount()) {
            m_columns += m_columns;
            for (const Internal::TwoBlockRows::Line &line : lines) {
                m_order.push_back(line.left);
                m_order.push_back(line.right);
                m_order.push_back((line.spans ? kSpans : 0) | (line.totals ? kTotals : 0));
            }
        } else {
            m_order.resize(m_result->rowCount());
            std::iota(m_order.begin(), m_order.end(), 0);
        }
    }
    endResetModel();
}

ReportTreeModel::NodeKind ReportTreeModel::kind(const QModelIndex &index) const
{
    if (!index.isValid() || !m_result)
        return NodeKind::None;
    switch (index.internalId() & ~kValueMask) {
    case kGroup:
        return NodeKind::Group;
    case kDetail:
        return NodeKind::Detail;
    case kGrand:
        return NodeKind::GrandTotal;
    default:
        return NodeKind::None;
    }
}

int ReportTreeModel::resultRow(const QModelIndex &index) const
{
    if (kind(index) == NodeKind::Detail && twoBlocks(m_result.get(), m_columns.size())) {
        // The row of the half the cell is in, so a double click on either
        // side opens what that side's line stands for.
        const size_t line = size_t(index.internalId() & kValueMask) * kTriple;
        const bool right = index.column() >= m_result->columnCount();
        if (m_order.at(line + 2) & kSpans)
            return right ? -1 : m_order.at(line);
        return m_order.at(line + (right ? 1 : 0));
    }
    return kind(index) == NodeKind::Detail ? m_order.at(index.internalId() & kValueMask) : -1;
}

int ReportTreeModel::group(const QModelIndex &index) const
{
    return kind(index) == NodeKind::Group ? int(index.internalId() & kValueMask) : -1;
}

QModelIndex ReportTreeModel::groupIndex(int group, int column) const
{
    return createIndex(m_result->groups().at(group).indexInParent, column, kGroup | quintptr(group));
}

QModelIndex ReportTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_result || row < 0 || column < 0 || column >= m_columns.size())
        return {};
    if (!parent.isValid()) {
        if (twoBlocks(m_result.get(), m_columns.size()))
            return row < rowCount() ? createIndex(row, column, kDetail | quintptr(row)) : QModelIndex();
        if (m_result->groupColumns().isEmpty()) {
            if (row < m_result->rowCount())
                return createIndex(row, column, kDetail | quintptr(row));
        } else if (row < m_result->topGroups().size()) {
            return groupIndex(m_result->topGroups().at(row), column);
        }
        return row == rowCount() - 1 && m_result->hasGrandTotal() ? createIndex(row, column, kGrand) : QModelIndex();
    }
    if (kind(parent) != NodeKind::Group)
        return {};
    const ReportResult::Group &g = m_result->groups().at(group(parent));
    if (!g.children.isEmpty())
        return row < g.children.size() ? groupIndex(g.children.at(row), column) : QModelIndex();
    return row < g.rowCount ? createIndex(row, column, kDetail | quintptr(g.firstRow + row)) : QModelIndex();
}

QModelIndex ReportTreeModel::parent(const QModelIndex &child) const
{
    switch (kind(child)) {
    case NodeKind::Group: {
        const int parentGroup = m_result->groups().at(group(child)).parent;
        return parentGroup < 0 ? QModelIndex() : groupIndex(parentGroup, 0);
    }
    case NodeKind::Detail: {
        // Sorting permutes rows within their group, so the slot's group is
        // the group of the row first placed there.
        const int g = m_result->groupOfRow(int(child.internalId() & kValueMask));
        return g < 0 ? QModelIndex() : groupIndex(g, 0);
    }
    default:
        return {};
    }
}

int ReportTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_result)
        return 0;
    if (!parent.isValid()) {
        if (twoBlocks(m_result.get(), m_columns.size()))
            return int(m_order.size() / kTriple);
        const int extra = m_result->hasGrandTotal() ? 1 : 0;
        return (m_result->groupColumns().isEmpty() ? m_result->rowCount() : int(m_result->topGroups().size())) + extra;
    }
    if (parent.column() != 0 || kind(parent) != NodeKind::Group)
        return 0;
    const ReportResult::Group &g = m_result->groups().at(group(parent));
    return g.children.isEmpty() ? g.rowCount : int(g.children.size());
}

int ReportTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_columns.size());
}

QVariant ReportTreeModel::data(const QModelIndex &index, int role) const
{
    const NodeKind node = kind(index);
    if (node == NodeKind::None)
        return {};
    const int column = m_columns.at(index.column());
    const ReportDefinition::Column &spec = m_result->columns().at(column);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((spec.isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::FontRole && node == NodeKind::Detail && twoBlocks(m_result.get(), m_columns.size())
        && (m_order.at(size_t(index.internalId() & kValueMask) * kTriple + 2) & kTotals)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::FontRole && node != NodeKind::Detail) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (node) {
    case NodeKind::Detail: {
        const int row = resultRow(index);
        return row < 0 ? QVariant() : QVariant(m_result->text(row, column));
    }
    case NodeKind::Group: {
        const int g = group(index);
        if (index.column() == 0)
            return QStringLiteral("%1 (%2)").arg(m_result->groupValueText(g)).arg(m_result->groups().at(g).rowCount);
        return spec.isSummed() ? ReportResult::valueText(spec, m_result->groups().at(g).totals.at(column)) : QVariant();
    }
    case NodeKind::GrandTotal:
        if (index.column() == 0)
            return ReportResult::grandTotalText();
        return spec.isSummed() ? ReportResult::valueText(spec, m_result->total(column)) : QVariant();
    case NodeKind::None:
        break;
    }
    return {};
}

QVariant ReportTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_result || section < 0 || section >= m_columns.size())
        return {};
    const ReportDefinition::Column &spec = m_result->columns().at(m_columns.at(section));
    if (role == Qt::DisplayRole)
        return spec.labelText();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((spec.isNumber() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

void ReportTreeModel::sort(int column, Qt::SortOrder order)
{
    // A form in two blocks keeps the form's order.
    if (!m_result || column < 0 || column >= m_columns.size() || twoBlocks(m_result.get(), m_columns.size()))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> before = m_order;
    const int resultColumn = m_columns.at(column);
    const ReportDefinition::Column &spec = m_result->columns().at(resultColumn);
    QCollator collator;
    collator.setNumericMode(true);
    auto less = [&](int a, int b) {
        const QVariant &x = m_result->value(a, resultColumn);
        const QVariant &y = m_result->value(b, resultColumn);
        // Empty cells last in either order.
        if (x.isNull() != y.isNull())
            return order == Qt::AscendingOrder ? y.isNull() : x.isNull();
        int compared = 0;
        if (spec.isNumber())
            compared = x.toLongLong() < y.toLongLong() ? -1 : (x.toLongLong() > y.toLongLong() ? 1 : 0);
        else if (spec.type == ReportDefinition::Column::Type::Date)
            compared = x.toDate() < y.toDate() ? -1 : (x.toDate() > y.toDate() ? 1 : 0);
        else
            compared = collator.compare(x.toString(), y.toString());
        return order == Qt::AscendingOrder ? compared < 0 : compared > 0;
    };
    if (m_result->groupColumns().isEmpty()) {
        std::stable_sort(m_order.begin(), m_order.end(), less);
    } else {
        for (const ReportResult::Group &g : m_result->groups())
            if (g.children.isEmpty())
                std::stable_sort(m_order.begin() + g.firstRow, m_order.begin() + g.firstRow + g.rowCount, less);
    }
    // Selected and current rows follow their records to their new places.
    std::vector<int> slotOf(m_order.size());
    for (size_t slot = 0; slot < m_order.size(); ++slot)
        slotOf[m_order[slot]] = int(slot);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex &index : persistent) {
        if (kind(index) != NodeKind::Detail) {
            moved.append(index);
            continue;
        }
        const int oldSlot = int(index.internalId() & kValueMask);
        const int newSlot = slotOf[before[oldSlot]];
        moved.append(createIndex(index.row() + newSlot - oldSlot, index.column(), kDetail | quintptr(newSlot)));
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Backroom
