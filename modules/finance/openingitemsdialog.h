#pragma once

#include "openingitems.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Backroom::Finance {

// 期初往来录入, reached from the opening balances page: each customer's
// open invoices (or each supplier's open bills) when the books started —
// partner, number, date, due date, amount still open — with their total
// against the control account's opening balance always in view. Saving goes
// through OpeningItems; an item a receipt has been allocated to is shown
// but cannot change.
class OpeningItemsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { Partner, Number, Date, DueDate, Amount, Summary, Settled, ColumnCount };

    explicit OpeningItemsDialog(Records &records, QWidget *parent = nullptr);

    void setDirection(ReceivablesEntities::Direction direction);
    ReceivablesEntities::Direction direction() const;
    // The rows as entered (blank rows left out); a row's amount that does
    // not read as money makes it 0, which problems() names.
    QList<OpeningItem> items() const;
    void setItems(const QList<OpeningItem> &items);
    QTableWidget *grid() const { return m_grid; }
    QString statusText() const;
    QString message() const;

public slots:
    void reload();
    bool save();
    void addRow();

private:
    void fillRow(int row, const OpeningItem &item);
    void updateStatus();

    Records &m_records;
    QComboBox *m_side = nullptr;
    QTableWidget *m_grid = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    bool m_readOnly = false;
};

} // namespace Backroom::Finance
