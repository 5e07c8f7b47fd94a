#pragma once

#include "coreglobal.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Backroom {

class ReportResult;

// A report result as a tree for QTreeView: one node per group (its value,
// row count and subtotals), the rows under the innermost groups, and a grand
// total row at the end. Sorting reorders rows within their group only, so
// groups and their subtotals stay where they are.
class BACKROOM_CORE_EXPORT ReportTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { None, Group, Detail, GrandTotal };

    explicit ReportTreeModel(QObject *parent = nullptr);
    ~ReportTreeModel() override;

    void setResult(std::shared_ptr<const ReportResult> result);
    std::shared_ptr<const ReportResult> result() const { return m_result; }
    // The result column shown in each model column.
    const QList<int> &shownColumns() const { return m_columns; }

    NodeKind kind(const QModelIndex &index) const;
    // The result row of a detail node, -1 for other nodes.
    int resultRow(const QModelIndex &index) const;
    // The group of a group node, -1 for other nodes.
    int group(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QModelIndex groupIndex(int group, int column) const;

    std::shared_ptr<const ReportResult> m_result;
    QList<int> m_columns;
    std::vector<int> m_order;   // slot → result row; a permutation within each innermost group
};

} // namespace Backroom
