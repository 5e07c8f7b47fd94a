#pragma once

#include "coreglobal.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QHeaderView;
class QLabel;
class QMenu;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace Backroom {

class EmptyStateWidget;
class RecordFilterBar;
class RecordListModel;
class Records;

// The list of one declared entity: filter bar, table, totals row and a
// status line, or an empty state that says what to do next.
//
// Keyboard first: Enter opens the current record, Ctrl+N asks for a new one,
// Delete archives the selection after a confirmation, F5 refreshes, Ctrl+F
// goes to the search, and typing in the table continues in the search field.
// The visible columns (header context menu) and their widths are kept per
// entity in QSettings. The list emits what the clerk wants (openRequested,
// newRequested); forms and batch actions (print, export) belong to the caller,
// which reads selectedIds().
class BACKROOM_CORE_EXPORT RecordListView : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        List,       // rows to show
        NoRecords,  // the entity has none at all
        NoMatches,  // the filter or search matches none
    };

    // Asks the clerk a question with the action's name on the button; true
    // goes ahead. Tests answer it instead of a message box.
    using Confirmation = std::function<bool(const QString &title, const QString &text, const QString &action)>;
    // Tells the clerk something went wrong.
    using Notification = std::function<void(const QString &title, const QString &text)>;

    RecordListView(Records &records, const QString &entityId, QWidget *parent = nullptr);
    ~RecordListView() override;

    RecordListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    RecordFilterBar *filterBar() const { return m_filterBar; }
    QHeaderView *totalsRow() const { return m_totals; }

    State state() const { return m_state; }
    EmptyStateWidget *emptyState() const;   // the one shown, or nullptr
    QString statusText() const;
    // The totals row's text under a money column ("" when none).
    QString totalText(const QString &field) const;

    qint64 currentId() const;
    // Selected records in list order. A large selection is read page by page.
    QList<qint64> selectedIds() const;
    int selectedCount() const;
    void selectIds(const QList<qint64> &ids);

    QStringList visibleColumns() const;
    // Shows these columns and remembers them for this entity.
    void setVisibleColumns(const QStringList &fields);
    // The header's context menu: a check per field, and "Default columns".
    QMenu *createColumnMenu(QWidget *parent);

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }

    QAction *openAction() const { return m_openAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *archiveAction() const { return m_archiveAction; }
    QAction *refreshAction() const { return m_refreshAction; }

public slots:
    void refresh();
    void archiveSelected();
    void clearFilter();
    void focusSearch();
    void openCurrent();

signals:
    void openRequested(qint64 id);
    void newRequested();
    // The selection changed: batch actions enable themselves from here.
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyQuery();
    void beforeReset();
    void afterReset();
    void restorePlace();
    void updateState();
    void updateStatus();
    void updateTotals();
    void applyColumnWidths();
    int defaultWidth(const QString &field) const;
    void saveWidthsLater();
    void saveWidths();
    QString settingsKey(const char *name) const;
    QList<std::pair<int, int>> selectedRowRanges() const;
    void showColumnMenu(const QPoint &position);

    Records &m_records;
    QString m_entityId;
    RecordListModel *m_model;
    RecordFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QHeaderView *m_totals;
    QStandardItemModel *m_totalsModel;
    QWidget *m_totalsHolder;
    QLabel *m_status;
    EmptyStateWidget *m_noRecords;
    EmptyStateWidget *m_noMatches;
    QAction *m_openAction;
    QAction *m_newAction;
    QAction *m_archiveAction;
    QAction *m_refreshAction;
    State m_state = State::List;
    Confirmation m_confirm;
    Notification m_notify;
    // Kept across a refresh so the clerk's place survives it.
    qint64 m_keptCurrent = 0;
    QList<qint64> m_keptSelection;
    int m_keptColumn = 0;
    bool m_restorePending = false;
    QHash<QString, int> m_widths;   // field → width the clerk gave it
    QTimer m_saveWidths;
    bool m_applyingWidths = false;
};

} // namespace Backroom
