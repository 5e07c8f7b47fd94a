#pragma once

#include "coreglobal.h"
#include "recordquery.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

class QDialog;
class QHBoxLayout;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace Backroom {

class Entity;
class Field;
class Records;

// The line above a record list: a quick search over the entity's searchable
// text fields, a button per filterable column (date range, choice, yes/no,
// referenced record) that opens a small popup, and "Clear filter".
//
// It only states the question: on queryChanged() RecordListView hands
// searchText() and filter() to the model. Typing is debounced (150 ms by
// default) so a million-row list is asked once per pause, not once per key.
//
// At the right, "Saved filters" keeps the clerk's named questions for this
// entity (SavedFilters, per user, in the company file): choosing one sets
// the search and every field's button as if the clerk had made them, and
// the list takes the order saved with it.
class BACKROOM_CORE_EXPORT RecordFilterBar : public QWidget
{
    Q_OBJECT

public:
    RecordFilterBar(Records &records, const QString &entityId, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QString searchText() const;
    // Sets the text and reports it at once, without the typing delay.
    void setSearchText(const QString &text);
    void setSearchDelay(int milliseconds) { m_searchTimer.setInterval(milliseconds); }
    // False when the entity has no searchable text field (the field is
    // then disabled: a search could only ever match nothing).
    bool canSearch() const { return !m_searchLabels.isEmpty(); }

    // Date, date-time, choice, yes/no and reference fields can be filtered.
    static bool isFilterable(const Field &field);
    // The fields that get a button, in this order (the list's columns);
    // fields with an active filter keep theirs.
    void setFields(const QStringList &fields);
    QToolButton *filterButton(const QString &field) const { return m_buttons.value(field); }

    // One field's condition and the words its button shows for it (what the
    // popups do, and what a caller restoring a saved filter does).
    void setFieldFilter(const QString &field, const Filter &filter, const QString &summary);
    void clearFieldFilter(const QString &field);
    // The field conditions, all of them required.
    Filter filter() const;
    QStringList filteredFields() const { return m_filters.keys(); }
    // A search or a field filter narrows the list.
    bool isActive() const;

    // Opens the popup of one field's filter under its button.
    void openFilterPopup(const QString &field);

    // The whole question at once (a saved filter): the search text, and the
    // filter split into one condition per field where it can be, each on
    // its field's button with its popup ready; conditions that span fields
    // stay together on one "More conditions" button. Reports once.
    void setQuerySpec(const QuerySpec &spec);
    // Search and filter, with the order and archived choice of the list
    // (from the list-spec source, else as last set).
    QuerySpec querySpec() const;
    // Where querySpec() finds the list's order and archived choice;
    // RecordListView passes its model's.
    void setListSpecSource(std::function<QuerySpec()> source) { m_listSpecSource = std::move(source); }
    // After setQuerySpec(): moves the order and archived choice it brought
    // into spec, once; false when there is nothing to take.
    bool takeListSettings(QuerySpec *spec);

    // ---- saved filters
    QToolButton *savedFiltersButton() const { return m_savedButton; }
    QMenu *savedFiltersMenu() const { return m_savedMenu; }
    // Fills the menu from the company file (done each time it opens).
    void updateSavedFiltersMenu();
    // The saved filter the bar shows unchanged, or empty.
    QString activeSavedFilter() const { return m_activeSaved; }
    // Applies a saved filter; tells the clerk what of it no longer applies.
    bool applySavedFilter(const QString &name);
    // Saves the current question under a name, asking before replacing
    // another of that name.
    bool saveCurrentFilter(const QString &name);
    // Asks a name and saves ("Save current filter…").
    void saveCurrentFilterAs();
    // A small dialog to rename and delete saved filters (not shown yet).
    QDialog *createManageDialog(QWidget *parent);

    // Dialog seams, so tests answer instead of a modal box.
    // Returns the name typed, or an empty string when cancelled.
    using NameQuestion = std::function<QString(const QString &title, const QString &label, const QString &text)>;
    using Confirmation = std::function<bool(const QString &title, const QString &text, const QString &action)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;
    void setNameQuestion(NameQuestion ask) { m_askName = std::move(ask); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }

    // One condition in words, as a clerk reads it: "Credit limit ≥ 1,000.00".
    QString describe(const Filter &filter) const;

public slots:
    // Empties the search and every field filter; reports each kind once.
    void clear();

signals:
    // The search (after the typing pause) or a field filter changed; read
    // searchText() and filter(). One signal for both, so that "Clear
    // filter" asks the database once.
    void queryChanged();
    // Down, Enter or Return in the search field: the list should take the
    // keyboard.
    void focusListRequested();
    // The saved filter shown unchanged is another one (or none).
    void activeSavedFilterChanged(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Condition
    {
        Filter filter;
        QString summary;
        QVariantList state;   // what the popup shows when opened again
    };

    void rebuildButtons();
    void updateButton(const QString &field);
    void updateClearButton();
    // Clear (and, given onApply, a default Apply) at the foot of a popup.
    QHBoxLayout *popupButtons(const QString &key, QWidget *content, QWidget *popup,
                              const std::function<void()> &onApply, QPushButton **clear = nullptr);
    QWidget *datePopup(const Field &field, QWidget *popup);
    QWidget *choicePopup(const Field &field, QWidget *popup);
    QWidget *booleanPopup(const Field &field, QWidget *popup);
    QWidget *referencePopup(const Field &field, QWidget *popup);
    QWidget *conditionPopup(const QString &key, QWidget *popup);
    Condition conditionFor(const QString &field, const Filter &filter) const;
    QString valueText(const Field &field, const QVariant &value) const;
    QString describeValue(const Filter &filter, bool withLabel) const;
    QString currentKey() const;
    void setActiveSaved(const QString &name);
    void checkActiveSaved();
    QString askName(const QString &title, const QString &label, const QString &text);
    bool confirm(const QString &title, const QString &text, const QString &action);
    void notify(const QString &title, const QString &text);
    void emitSearch();
    void apply(const QString &field, const Filter &filter, const QString &summary, const QVariantList &state);

    Records &m_records;
    QString m_entityId;
    QLineEdit *m_search;
    QHBoxLayout *m_buttonRow;
    QToolButton *m_clear;
    QStringList m_fields;
    QStringList m_searchLabels;
    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, Condition> m_filters;
    QTimer m_searchTimer;
    QString m_reportedSearch;
    QToolButton *m_savedButton;
    QMenu *m_savedMenu;
    QString m_activeSaved;
    QString m_activeKey;     // the question as it was when the saved filter was applied
    std::function<QuerySpec()> m_listSpecSource;
    QList<SortKey> m_sort;
    bool m_includeArchived = false;
    bool m_listSettingsPending = false;
    NameQuestion m_askName;
    Confirmation m_confirm;
    Notification m_notify;
};

} // namespace Backroom
