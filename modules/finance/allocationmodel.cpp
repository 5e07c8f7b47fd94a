#include "allocationmodel.h"

#include "fieldcodec.h"
#include "moneyformat.h"

#include <QColor>

#include <algorithm>

namespace Backroom::Finance {

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OpenItem &item = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == DueDate && item.dueDate.isValid()
        && item.dueDate < QDate::currentDate())
        return QColor(0xc6, 0x28, 0x28);   // overdue
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const qint64 amount = m_amounts.at(index.row());
    switch (index.column()) {
    case Number: return item.number;
    case Date: return item.date.toString(Qt::ISODate);
    case DueDate: return item.dueDate.toString(Qt::ISODate);
    case Total: return MoneyFormat::money(item.total);
    case Open: return MoneyFormat::money(item.open);
    case Allocate:
        if (role == Qt::EditRole)
            return amount ? FieldCodec::formatDecimal(amount, 2) : QString();
        return amount ? MoneyFormat::money(amount) : QString();
    default: return {};
    }
}

bool AllocationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Allocate || role != Qt::EditRole || m_readOnly)
        return false;
    const QString text = value.toString().trimmed().remove(QLatin1Char(','));
    qint64 amount = 0;
    if (!text.isEmpty()) {
        const std::optional<qint64> parsed = FieldCodec::parseDecimal(text, 2);
        if (!parsed)
            return false;
        amount = *parsed;
    }
    m_amounts[index.row()] = amount;
    emit dataChanged(index, index);
    emit allocationsChanged();
    return true;
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Number: return tr("Invoice");
    case Date: return tr("Date");
    case DueDate: return tr("Due date");
    case Total: return tr("Total");
    case Open: return tr("Open");
    case Allocate: return tr("Allocate");
    default: return {};
    }
}

Qt::ItemFlags AllocationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Allocate && !m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

void AllocationModel::setItems(const QList<OpenItem> &items, const QList<Allocation> &allocations)
{
    beginResetModel();
    m_items = items;
    m_amounts.fill(0, items.size());
    for (int row = 0; row < m_items.size(); ++row)
        for (const Allocation &allocation : allocations)
            if (allocation.invoice == m_items.at(row).invoice)
                m_amounts[row] += allocation.amount;
    endResetModel();
    emit allocationsChanged();
}

QList<Allocation> AllocationModel::allocations() const
{
    QList<Allocation> list;
    for (int row = 0; row < m_items.size(); ++row)
        if (m_amounts.at(row) != 0)
            list.append({m_items.at(row).invoice, m_amounts.at(row)});
    return list;
}

qint64 AllocationModel::allocatedTotal() const
{
    qint64 total = 0;
    for (qint64 amount : m_amounts)
        total += amount;
    return total;
}

void AllocationModel::allocateOldestFirst(qint64 amount)
{
    if (m_readOnly)
        return;
    qint64 left = amount;
    for (int row = 0; row < m_items.size(); ++row) {
        const qint64 take = std::clamp<qint64>(left, 0, m_items.at(row).open);
        m_amounts[row] = take;
        left -= take;
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, Allocate), index(int(m_items.size()) - 1, Allocate));
    emit allocationsChanged();
}

void AllocationModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

} // namespace Backroom::Finance
