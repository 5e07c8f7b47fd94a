#pragma once

#include "vouchertemplates.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Backroom::Finance {

// New from Template (F7 or Ctrl+T on the voucher screen): the templates by
// name with a type-ahead above them. Typing narrows the list to the names
// (and categories) containing what was typed, Up and Down move in it without
// leaving the box, Enter takes the highlighted one, Escape leaves.
class VoucherTemplatePicker : public QDialog
{
    Q_OBJECT

public:
    explicit VoucherTemplatePicker(const QList<VoucherTemplate> &templates, QWidget *parent = nullptr);

    // The template taken, 0 before one is.
    qint64 chosenId() const { return m_chosen; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // The names shown now, top to bottom.
    QStringList visibleNames() const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void applyFilter(const QString &typed);
    void moveSelection(int step);
    void take();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    qint64 m_chosen = 0;
};

} // namespace Backroom::Finance
