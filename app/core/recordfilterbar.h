#pragma once

#include "coreglobal.h"
#include "recordquery.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLineEdit;
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
    QWidget *datePopup(const Field &field, QWidget *popup);
    QWidget *choicePopup(const Field &field, QWidget *popup);
    QWidget *booleanPopup(const Field &field, QWidget *popup);
    QWidget *referencePopup(const Field &field, QWidget *popup);
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
};

} // namespace Backroom
