#pragma once

#include "paymentbook.h"

#include <QAbstractTableModel>

namespace Backroom::Finance {

// The allocation grid of the payment screen (核销): the partner's open
// invoices, oldest due first, with what this payment settles of each in the
// last column, which the clerk fills (or Allocate Oldest First does).
class AllocationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, DueDate, Total, Open, Allocate, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Open items (counting this payment's own allocations as open) and
    // what the payment allocates now.
    void setItems(const QList<OpenItem> &items, const QList<Allocation> &allocations);
    QList<Allocation> allocations() const;
    qint64 allocatedTotal() const;
    // Fills the Allocate column from the oldest item on until `amount` is used.
    void allocateOldestFirst(qint64 amount);
    void setReadOnly(bool readOnly);

signals:
    void allocationsChanged();

private:
    QList<OpenItem> m_items;
    QList<qint64> m_amounts;
    bool m_readOnly = false;
};

} // namespace Backroom::Finance
