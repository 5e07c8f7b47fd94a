#include "invoicelinesview.h"

#include "invoicelinesmodel.h"

#include <QKeyEvent>
#include <QTimer>

namespace Backroom::Finance {

void InvoiceLinesView::commitEditing()
{
    if (state() != EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void InvoiceLinesView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable)) {
            edit(current);
            return;
        }
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier && currentIndex().isValid()) {
        emit removeLineRequested(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void InvoiceLinesView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const QModelIndex from = currentIndex();
    if (hint != QAbstractItemDelegate::EditNextItem || !from.isValid()) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    // Along the line's editable cells, then the next line's description
    // (the model keeps a blank line at the end to type into).
    const int column = from.column() + 1;
    const QModelIndex next = InvoiceLinesModel::isEditableColumn(column) ? model()->index(from.row(), column)
                                                                         : model()->index(from.row() + 1, 0);
    if (!next.isValid())
        return;
    setCurrentIndex(next);
    // After the editor is gone; editing at once would reuse it.
    QTimer::singleShot(0, this, [this, next] {
        if (next.isValid() && currentIndex() == next)
            edit(next);
    });
}

} // namespace Backroom::Finance
