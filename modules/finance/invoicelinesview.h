#pragma once

#include <QTableView>

namespace Backroom::Finance {

// The invoice grid's keys: Enter edits the current cell, and after the last
// editable cell of a line (the account) moves to the next line's
// description; Ctrl+Delete removes the line.
class InvoiceLinesView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

    // Writes the cell being edited to the model and closes its editor.
    void commitEditing();

signals:
    void removeLineRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
};

} // namespace Backroom::Finance
