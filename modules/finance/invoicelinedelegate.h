#pragma once

#include <QStyledItemDelegate>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// The cell editors of the invoice grid: the tax rate from the rates an
// invoice may carry, the account by code or name (leaf accounts; a code
// typed and Enter is enough), text and numbers as typed. Enter commits the
// cell and moves to the next one, as on the voucher screen.
class InvoiceLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InvoiceLineDelegate(Records &records, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Records &m_records;
};

} // namespace Backroom::Finance
