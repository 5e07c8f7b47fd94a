#pragma once

#include <QStyledItemDelegate>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

class AccountDirectory;
class VoucherLinesModel;

// The editors of the voucher grid's cells and the keys clerks of Kingdee
// KIS and Yonyou T3 expect inside them: Enter commits and asks to move on
// (the grid decides where), "=" asks for the balancing amount, Space moves
// the amount to the other side, Ctrl+Delete removes the line. A cell whose
// text cannot be read keeps its editor open and says why.
class VoucherLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    VoucherLineDelegate(Records &records, AccountDirectory &accounts, VoucherLinesModel &model,
                        QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Turns the editor's text into a value (resolving a typed account);
    // false with the reason when it cannot.
    bool readEditor(QWidget *editor, QString *problem) const;
    // Writes an open editor's value to the model and closes it; false, with
    // the editor left open, when its text cannot be read.
    bool finish(QWidget *editor);
    // Closes an open editor without writing it.
    void discard(QWidget *editor);
    // The cell an open editor edits.
    static QModelIndex cellOf(QWidget *editor);

signals:
    void advanceRequested(const QModelIndex &from);
    void balanceRequested(const QModelIndex &cell);
    // The amount was moved; the cursor belongs on `to`.
    void amountMoved(const QModelIndex &to);
    void removeLineRequested(int row);
    // What keeps a cell's text from being taken ("" clears it).
    void inputProblem(const QString &message);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Records &m_records;
    AccountDirectory &m_accounts;
    VoucherLinesModel &m_model;
};

} // namespace Backroom::Finance
