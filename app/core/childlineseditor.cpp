#include "childlineseditor.h"

#include "entity.h"
#include "fieldcodec.h"
#include "fieldeditor.h"
#include "moneyformat.h"
#include "records.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Backroom {

namespace {

constexpr int ValueRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int VersionRole = Qt::UserRole + 3;

bool isTotalled(const Field &field)
{
    return field.type() == Field::Type::Money || field.type() == Field::Type::Quantity;
}

bool isNumeric(const Field &field)
{
    return isTotalled(field) || field.type() == Field::Type::Integer;
}

// Cells are edited with the form's own field editors, so an amount cell
// accepts "1,234.5" exactly like the amount field above it.
class LineDelegate : public QStyledItemDelegate
{
public:
    LineDelegate(Records &records, const Entity &child, const QStringList &columns, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_records(records)
        , m_child(child)
        , m_columns(columns)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        const Field *field = m_child.field(m_columns.value(index.column()));
        if (!field || field->isReadOnly())
            return nullptr;
        auto *editor = new FieldEditor(m_records, *field, parent);
        editor->widget()->setProperty("fieldEditor", QVariant::fromValue<QObject *>(editor));
        return editor->widget();
    }

    void setEditorData(QWidget *widget, const QModelIndex &index) const override
    {
        if (auto *editor = editorOf(widget))
            editor->setValue(index.data(ValueRole));
    }

    void setModelData(QWidget *widget, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        FieldEditor *editor = editorOf(widget);
        if (!editor)
            return;
        const QString problem = editor->inputError();
        if (!problem.isEmpty()) {
            // Unreadable text is not a value; the cell keeps its old one
            // and says why.
            model->setData(index, problem, Qt::ToolTipRole);
            return;
        }
        model->setData(index, QVariant(), Qt::ToolTipRole);
        model->setData(index, editor->value(), ValueRole);
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        // Enter moves on, as in a spreadsheet or a voucher grid.
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                if (auto *widget = qobject_cast<QWidget *>(object)) {
                    emit commitData(widget);
                    emit closeEditor(widget, QAbstractItemDelegate::EditNextItem);
                    return true;
                }
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    static FieldEditor *editorOf(QWidget *widget)
    {
        return qobject_cast<FieldEditor *>(widget->property("fieldEditor").value<QObject *>());
    }

    Records &m_records;
    const Entity &m_child;
    QStringList m_columns;
};

} // namespace

ChildLinesEditor::ChildLinesEditor(Records &records, const Field &linesField, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_field(linesField)
    , m_child(records.entity(linesField.childEntity()))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_totals(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    setObjectName(QStringLiteral("lines-") + linesField.name());
    QStringList headers;
    if (m_child) {
        for (const Field &field : m_child->fields()) {
            if (field.name() == linesField.childParentField() || field.name() == linesField.lineOrderField()
                || field.type() == Field::Type::ChildLines || field.type() == Field::Type::Attachment)
                continue;
            m_columns.append(field.name());
            headers.append(field.label());
        }
    }
    m_model->setHorizontalHeaderLabels(headers);
    m_table->setModel(m_model);
    if (m_child)
        m_table->setItemDelegate(new LineDelegate(records, *m_child, m_columns, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6);
    m_table->installEventFilter(this);
    if (m_child) {
        for (int column = 0; column < m_columns.size(); ++column) {
            const Field *field = m_child->field(m_columns.at(column));
            const int width = field->type() == Field::Type::Text && field->maxLength() > 60 ? 240
                            : field->type() == Field::Type::Reference || field->type() == Field::Type::LongText ? 200
                            : isNumeric(*field) ? 120 : 110;
            m_table->setColumnWidth(column, width);
        }
    }

    auto setUp = [this](QToolButton *button, const QString &text, const QString &tip, QStyle::StandardPixmap icon) {
        button->setText(text);
        button->setToolTip(tip);
        button->setIcon(style()->standardIcon(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    };
    setUp(m_add, tr("Add line"), tr("Add a line (Insert)"), QStyle::SP_FileDialogNewFolder);
    setUp(m_remove, tr("Remove line"), tr("Remove the current line (Ctrl+Delete)"), QStyle::SP_DialogDiscardButton);
    setUp(m_up, tr("Up"), tr("Move the line up (Alt+Up)"), QStyle::SP_ArrowUp);
    setUp(m_down, tr("Down"), tr("Move the line down (Alt+Down)"), QStyle::SP_ArrowDown);
    m_add->setObjectName(QStringLiteral("addLine"));
    m_remove->setObjectName(QStringLiteral("removeLine"));
    connect(m_add, &QToolButton::clicked, this, &ChildLinesEditor::addLine);
    connect(m_remove, &QToolButton::clicked, this, &ChildLinesEditor::removeCurrentLine);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentLine(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentLine(1); });
    // Without an order field, lines keep the order they were saved in.
    const bool orderable = !linesField.lineOrderField().isEmpty();
    m_up->setVisible(orderable);
    m_down->setVisible(orderable);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    m_totals->setObjectName(QStringLiteral("linesTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_totals);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_model, &QStandardItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                if (m_loading || (!roles.isEmpty() && !roles.contains(ValueRole)))
                    return;
                recompute(topLeft.row(), topLeft.column());
                updateTotals();
                emit edited();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChildLinesEditor::updateButtons);
    updateTotals();
    updateButtons();
}

int ChildLinesEditor::columnOf(const QString &field) const
{
    return int(m_columns.indexOf(field));
}

void ChildLinesEditor::appendRow(const Line &line)
{
    QList<QStandardItem *> items;
    for (const QString &name : std::as_const(m_columns)) {
        const Field *field = m_child->field(name);
        auto *item = new QStandardItem;
        item->setData(line.values.value(name), ValueRole);
        item->setData(FieldEditor::displayText(m_records, *field, line.values.value(name)), Qt::DisplayRole);
        if (isNumeric(*field))
            item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        item->setEditable(!m_readOnly && !field->isReadOnly());
        items.append(item);
    }
    if (!items.isEmpty()) {
        items.first()->setData(line.id, IdRole);
        items.first()->setData(line.version, VersionRole);
    }
    m_model->appendRow(items);
    recompute(m_model->rowCount() - 1);
}

void ChildLinesEditor::setLines(const QList<Line> &lines)
{
    m_loading = true;
    m_model->removeRows(0, m_model->rowCount());
    if (m_child)
        for (const Line &line : lines)
            appendRow(line);
    m_loading = false;
    updateTotals();
    updateButtons();
}

QVariantMap ChildLinesEditor::rowValues(int row) const
{
    QVariantMap values;
    for (int column = 0; column < m_columns.size(); ++column) {
        const Field *field = m_child->field(m_columns.at(column));
        if (field->isStored())
            values.insert(m_columns.at(column), m_model->item(row, column)->data(ValueRole));
    }
    return values;
}

QList<ChildLinesEditor::Line> ChildLinesEditor::lines() const
{
    QList<Line> result;
    if (m_columns.isEmpty())
        return result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        Line line;
        line.id = m_model->item(row, 0)->data(IdRole).toLongLong();
        line.version = m_model->item(row, 0)->data(VersionRole).toLongLong();
        line.values = rowValues(row);
        result.append(line);
    }
    return result;
}

int ChildLinesEditor::lineCount() const
{
    return m_model->rowCount();
}

QVariant ChildLinesEditor::value(int line, const QString &field) const
{
    const int column = columnOf(field);
    if (line < 0 || line >= m_model->rowCount() || column < 0)
        return {};
    return m_model->item(line, column)->data(ValueRole);
}

void ChildLinesEditor::setValue(int line, const QString &field, const QVariant &value)
{
    const int column = columnOf(field);
    if (line < 0 || line >= m_model->rowCount() || column < 0)
        return;
    m_model->item(line, column)->setData(value, ValueRole);
}

void ChildLinesEditor::recompute(int row, int editedColumn)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    QVariantMap values = rowValues(row);
    for (int column = 0; column < m_columns.size(); ++column) {
        const Field *field = m_child->field(m_columns.at(column));
        QStandardItem *item = m_model->item(row, column);
        if (field->isComputed()) {
            const QVariant computed = field->compute(values);
            item->setData(computed, ValueRole);
            values.insert(field->name(), computed);
        } else if (editedColumn >= 0 && column != editedColumn) {
            // Only the edited cell and the computed ones can have changed; a
            // reference column's text costs a query.
            continue;
        }
        item->setData(FieldEditor::displayText(m_records, *field, item->data(ValueRole)), Qt::DisplayRole);
    }
    m_loading = wasLoading;
}

qint64 ChildLinesEditor::total(const QString &field) const
{
    const int column = columnOf(field);
    if (column < 0)
        return 0;
    qint64 sum = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        sum += m_model->item(row, column)->data(ValueRole).toLongLong();
    return sum;
}

QString ChildLinesEditor::totalsText() const
{
    QStringList parts{tr("%n line(s)", nullptr, lineCount())};
    for (const QString &name : m_columns) {
        const Field *field = m_child->field(name);
        if (!isTotalled(*field))
            continue;
        const qint64 sum = total(name);
        parts.append(tr("%1: %2").arg(field->label(), field->type() == Field::Type::Money
                                                          ? MoneyFormat::money(sum)
                                                          : MoneyFormat::decimal(sum, field->scale())));
    }
    return parts.join(QStringLiteral("    "));
}

void ChildLinesEditor::updateTotals()
{
    m_totals->setText(totalsText());
}

void ChildLinesEditor::updateButtons()
{
    const int row = m_table->currentIndex().row();
    m_add->setEnabled(!m_readOnly && m_child);
    m_remove->setEnabled(!m_readOnly && row >= 0);
    m_up->setEnabled(!m_readOnly && row > 0);
    m_down->setEnabled(!m_readOnly && row >= 0 && row < m_model->rowCount() - 1);
}

void ChildLinesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_columns.size(); ++column)
            m_model->item(row, column)->setEditable(!readOnly && !m_child->field(m_columns.at(column))->isReadOnly());
    updateButtons();
}

void ChildLinesEditor::setProblems(const QMap<int, QStringList> &problems)
{
    m_loading = true;
    const QBrush problem(QColor(0xfd, 0xe2, 0xe1));
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_columns.size(); ++column)
            m_model->item(row, column)->setData(problems.value(row).contains(m_columns.at(column)) ? QVariant(problem)
                                                                                                   : QVariant(),
                                                Qt::BackgroundRole);
    m_loading = false;
}

void ChildLinesEditor::addLine()
{
    if (m_readOnly || !m_child)
        return;
    Line line;
    for (const QString &name : std::as_const(m_columns)) {
        const Field *field = m_child->field(name);
        if (field->defaultValue().isValid()) {
            QString ignored;
            line.values.insert(name, FieldCodec::normalize(*field, field->defaultValue(), &ignored));
        }
    }
    appendRow(line);
    const int row = m_model->rowCount() - 1;
    int column = 0;
    while (column < m_columns.size() && m_child->field(m_columns.at(column))->isReadOnly())
        ++column;
    m_table->setCurrentIndex(m_model->index(row, column));
    m_table->setFocus();
    updateTotals();
    updateButtons();
    emit edited();
}

void ChildLinesEditor::removeCurrentLine()
{
    const int row = m_table->currentIndex().row();
    if (m_readOnly || row < 0)
        return;
    const int column = m_table->currentIndex().column();
    m_model->removeRow(row);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
    updateTotals();
    updateButtons();
    emit edited();
}

void ChildLinesEditor::moveCurrentLine(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.row();
    const int target = row + delta;
    if (m_readOnly || m_field.lineOrderField().isEmpty() || row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    const QList<QStandardItem *> items = m_model->takeRow(row);
    m_model->insertRow(target, items);
    m_table->setCurrentIndex(m_model->index(target, current.column()));
    updateButtons();
    emit edited();
}

bool ChildLinesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addLine();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
            removeCurrentLine();
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::AltModifier) {
            moveCurrentLine(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        // Keys reach the table itself only while no cell is being edited.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_table->currentIndex();
            if (current.isValid() && current.row() == m_model->rowCount() - 1
                && current.column() == m_columns.size() - 1) {
                addLine();
            } else if (current.isValid()) {
                m_table->edit(current);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Backroom
