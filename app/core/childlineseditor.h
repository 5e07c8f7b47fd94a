#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QVariantMap>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace Backroom {

class Entity;
class Records;

// Edits the lines of a one-to-many field (an order's lines) in place: a grid
// whose cells use the same editors as the form, with Add, Remove, Move up
// and Move down, computed columns recalculated as the clerk types, and the
// totals of amount and quantity columns underneath. Keyboard first: Insert
// adds a line, Ctrl+Delete removes one, Alt+Up/Down moves it, and Enter
// moves to the next cell — from the last cell to a new line.
//
// It edits a copy; the form writes the lines with the record, in one
// transaction.
class BACKROOM_CORE_EXPORT ChildLinesEditor : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        qint64 id = 0;        // 0 for a line not saved yet
        qint64 version = 0;
        QVariantMap values;   // typed values by child field name
        bool operator==(const Line &other) const
        {
            return id == other.id && version == other.version && values == other.values;
        }
    };

    ChildLinesEditor(Records &records, const Field &linesField, QWidget *parent = nullptr);

    const Field &linesField() const { return m_field; }
    const Entity *childEntity() const { return m_child; }
    // The child fields shown as columns, in order.
    QStringList columns() const { return m_columns; }

    void setLines(const QList<Line> &lines);
    QList<Line> lines() const;
    int lineCount() const;
    // The value of one cell, typed.
    QVariant value(int line, const QString &field) const;
    // Sets a cell as if the clerk had typed it (emits edited()).
    void setValue(int line, const QString &field, const QVariant &value);
    // The sum of a money or quantity column, as shown under it.
    qint64 total(const QString &field) const;
    QString totalsText() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Marks the cells the last save refused (line index → field names) and
    // clears earlier marks.
    void setProblems(const QMap<int, QStringList> &problems);

    QTableView *table() const { return m_table; }

public slots:
    void addLine();
    void removeCurrentLine();
    void moveCurrentLine(int delta);

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const Line &line);
    // Computed values of a line, and the texts of those cells and of the
    // edited one (every cell when editedColumn is -1).
    void recompute(int row, int editedColumn = -1);
    void updateTotals();
    void updateButtons();
    QVariantMap rowValues(int row) const;
    int columnOf(const QString &field) const;

    Records &m_records;
    Field m_field;
    const Entity *m_child = nullptr;
    QStringList m_columns;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_totals;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace Backroom
