#include "recordformview.h"

#include "attachments.h"
#include "attachmentspanel.h"
#include "database.h"
#include "entity.h"
#include "fieldcodec.h"
#include "fieldeditor.h"
#include "workflow.h"
#include "workflowbar.h"

#include <QAction>
#include <QComboBox>
#include <QTableWidget>
#include <QHeaderView>
#include <QDialogButtonBox>
#include <QDialog>
#include <QApplication>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Backroom {

namespace {

// One undoable edit: the whole form before and after. Forms are small, so
// snapshots are cheap and undo can never drift out of step with the widgets.
// Consecutive edits of one field merge into one step.
class FormEditCommand : public QUndoCommand
{
public:
    FormEditCommand(RecordFormView *form, const QString &field, const QString &text,
                    RecordFormView::Snapshot before, RecordFormView::Snapshot after)
        : QUndoCommand(text)
        , m_form(form)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const FormEditCommand *>(other);
        if (edit->m_field != m_field)
            return false;
        m_after = edit->m_after;
        return true;
    }
    void undo() override { m_form->applySnapshot(m_before); }
    void redo() override
    {
        // The first redo is the push of an edit the widgets already show.
        if (m_pushed)
            m_form->applySnapshot(m_after);
        m_pushed = true;
    }

private:
    RecordFormView *m_form;
    QString m_field;
    RecordFormView::Snapshot m_before;
    RecordFormView::Snapshot m_after;
    bool m_pushed = false;
};

// Where a field's problem is said, right under it; hidden until there is one.
QLabel *makeErrorLabel(const Field &field, QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setObjectName(QStringLiteral("error-") + field.name());
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    return error;
}

bool isWide(const Field &field)
{
    return field.type() == Field::Type::LongText;
}

// Archived records, records in a state that is done with editing (approved,
// posted), and records the user may not change open read only (the records
// service would refuse the save anyway).
bool lockedForEditing(const Records &records, const Entity &entity, const Record &record)
{
    const Workflow *flow = entity.workflow();
    const bool finished = flow && !flow->isEditable(flow->stateOf(record));
    return record.archived || finished || !records.allows(QStringLiteral("update"), entity.id());
}

} // namespace

RecordFormView::RecordFormView(Records &records, const QString &entityId, QWidget *parent)
    : RecordEditor(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_entity(records.entity(entityId))
    , m_toolBar(new QToolBar(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_reloadButton(new QPushButton(this))
    , m_problemBox(new QFrame(this))
    , m_scroll(new QScrollArea(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("form-") + entityId);
    build();
    newRecord();
}

RecordFormView::~RecordFormView()
{
    // The undo stack clears itself while it is destroyed, after this part
    // of the form is gone; it must not call back into it.
    disconnect(m_undo, nullptr, this, nullptr);
}

void RecordFormView::build()
{
    m_backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back to List"), this);
    m_backAction->setToolTip(tr("Back to the list (Esc)"));
    m_saveAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_saveNewAction = new QAction(tr("Save && New"), this);
    m_saveNewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveNewAction->setToolTip(tr("Save and start another (%1)")
                                    .arg(m_saveNewAction->shortcut().toString(QKeySequence::NativeText)));
    m_revertAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Revert"), this);
    m_revertAction->setToolTip(tr("Drop unsaved changes"));
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    for (QAction *action : {m_backAction, m_saveAction, m_saveNewAction, m_revertAction, m_undoAction, m_redoAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_saveAction, m_saveNewAction, m_undoAction, m_redoAction});
    connect(m_backAction, &QAction::triggered, this, [this] {
        if (canClose())
            emit closeRequested();
    });
    connect(m_saveAction, &QAction::triggered, this, &RecordFormView::save);
    connect(m_saveNewAction, &QAction::triggered, this, &RecordFormView::saveAndNew);
    connect(m_revertAction, &QAction::triggered, this, &RecordFormView::revert);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { updateActions(); });

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_backAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_saveNewAction);
    m_toolBar->addAction(m_revertAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("formSubtitle"));
    QPalette muted = m_subtitle->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(muted);

    // The problem box: one summary sentence, and Reload after a conflict.
    auto *problemFrame = static_cast<QFrame *>(m_problemBox);
    problemFrame->setObjectName(QStringLiteral("formProblems"));
    problemFrame->setStyleSheet(QStringLiteral("#formProblems { background: #fdecea; border: 1px solid #e0a8a3; "
                                               "border-radius: 4px; } #formProblems QLabel { color: #8a1c12; }"));
    auto *problemLayout = new QHBoxLayout(problemFrame);
    problemLayout->setContentsMargins(10, 6, 10, 6);
    auto *problemIcon = new QLabel(problemFrame);
    problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    m_problems->setParent(problemFrame);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_problems, 1);
    m_reloadButton->setParent(problemFrame);
    m_reloadButton->setText(tr("Reload"));
    problemLayout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    connect(m_reloadButton, &QPushButton::clicked, this, &RecordFormView::reload);
    m_compareButton = new QPushButton(tr("Compare…"), problemFrame);
    m_compareButton->setToolTip(tr("See what the other person changed next to what you entered."));
    problemLayout->addWidget(m_compareButton, 0, Qt::AlignTop);
    connect(m_compareButton, &QPushButton::clicked, this, &RecordFormView::compareWithSaved);
    // After a save the database could not take (busy, a deadlock, the
    // server gone for a moment): the edits are still here, one click away
    // from being saved.
    m_retryButton = new QPushButton(tr("Try Again"), problemFrame);
    m_retryButton->setObjectName(QStringLiteral("retrySave"));
    m_retryButton->setToolTip(tr("Save your changes again"));
    problemLayout->addWidget(m_retryButton, 0, Qt::AlignTop);
    connect(m_retryButton, &QPushButton::clicked, this, &RecordFormView::save);
    m_problemBox->hide();

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(16, 12, 16, 16);
    bodyLayout->setSpacing(12);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(4, 1);
    bodyLayout->addLayout(grid);

    if (!m_entity) {
        m_title->setText(tr("Unknown kind of record “%1”").arg(m_entityId));
    } else {
        // Short fields two to a row, left then right; long texts across.
        const int lineHeight = QLineEdit().sizeHint().height();
        int row = 0;
        int side = 0;
        for (const Field &field : m_entity->fields()) {
            if (field.type() == Field::Type::ChildLines)
                continue;
            auto *editor = new FieldEditor(m_records, field, body);
            m_editors.insert(field.name(), editor);
            connect(editor, &FieldEditor::edited, this, [this, name = field.name()] { fieldEdited(name); });
            connect(editor, &FieldEditor::revealRequested, this, [this, name = field.name()] {
                if (m_revealCheck ? !m_revealCheck(name) : !mayReveal(name))
                    return;
                m_revealed.insert(name);
                if (FieldEditor *target = m_editors.value(name)) {
                    target->setMasked(false);
                    target->setReadOnly(m_readOnly);
                }
            });
            QLabel *error = nullptr;
            QWidget *cell = fieldCell(field, editor, &error);
            m_errorLabels.insert(field.name(), error);
            auto *label = new QLabel(field.isRequired() && !field.isReadOnly() ? field.label() + QStringLiteral(" *")
                                                                              : field.label(),
                                     body);
            label->setBuddy(editor->focusWidget());
            // Level with the editor's text even when a message opens under it.
            label->setMinimumHeight(lineHeight);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->setToolTip(field.helpText());
            label->setObjectName(QStringLiteral("label-") + field.name());
            if (isWide(field)) {
                if (side == 1) {
                    ++row;
                    side = 0;
                }
                grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
                grid->addWidget(cell, row, 1, 1, 4);
                ++row;
                continue;
            }
            const int column = side == 0 ? 0 : 3;
            grid->addWidget(label, row, column, Qt::AlignRight | Qt::AlignTop);
            grid->addWidget(cell, row, column + 1);
            side = 1 - side;
            if (side == 0)
                ++row;
        }
        for (const Field &field : m_entity->fields()) {
            if (field.type() != Field::Type::ChildLines)
                continue;
            auto *box = new QGroupBox(field.label(), body);
            auto *boxLayout = new QVBoxLayout(box);
            auto *lines = new ChildLinesEditor(m_records, field, box);
            boxLayout->addWidget(lines);
            QLabel *error = makeErrorLabel(field, box);
            boxLayout->addWidget(error);
            m_errorLabels.insert(field.name(), error);
            m_lineEditors.insert(field.name(), lines);
            connect(lines, &ChildLinesEditor::edited, this, [this, name = field.name()] { linesEdited(name); });
            bodyLayout->addWidget(box, 1);
        }
    }
    // Spare height goes below the fields, not between them.
    if (m_entity) {
        // Scans, contracts, receipts: any record can carry files.
        m_attachments = new Attachments(m_records.database(), m_records.userName(), this);
        auto *box = new QGroupBox(tr("Attachments"), body);
        auto *boxLayout = new QVBoxLayout(box);
        m_attachmentsPanel = new AttachmentsPanel(*m_attachments, box);
        boxLayout->addWidget(m_attachmentsPanel);
        bodyLayout->addWidget(box);
    }
    bodyLayout->addStretch(1);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *header = new QVBoxLayout;
    header->setContentsMargins(16, 10, 16, 0);
    header->setSpacing(2);
    if (m_entity && m_entity->workflow()) {
        // The state beside the title, its transitions as buttons.
        m_workflowBar = new WorkflowBar(m_records, m_entityId, this);
        m_workflowBar->setGuard([this] { return !isDirty() || save(); });
        connect(m_workflowBar, &WorkflowBar::transitioned, this, [this] {
            if (m_id)
                openRecord(m_id);
        });
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(m_title, 1);
        titleRow->addWidget(m_workflowBar);
        header->addLayout(titleRow);
    } else {
        header->addWidget(m_title);
    }
    header->addWidget(m_subtitle);
    header->addSpacing(6);
    header->addWidget(m_problemBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
}

QWidget *RecordFormView::fieldCell(const Field &field, FieldEditor *editor, QLabel **errorLabel)
{
    // The editor with its message underneath, so a problem sits where the
    // clerk looks, not only in a dialog.
    auto *cell = new QWidget(editor->widget()->parentWidget());
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->widget()->setParent(cell);
    layout->addWidget(editor->widget());
    QLabel *error = makeErrorLabel(field, cell);
    layout->addWidget(error);
    if (!field.helpText().isEmpty() && field.type() != Field::Type::Boolean) {
        auto *help = new QLabel(field.helpText(), cell);
        help->setWordWrap(true);
        QFont small = help->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        help->setFont(small);
        QPalette muted = help->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        help->setPalette(muted);
        layout->addWidget(help);
    }
    *errorLabel = error;
    return cell;
}

QList<ChildLinesEditor::Line> RecordFormView::readLines(const Field &field, qint64 parentId) const
{
    QList<ChildLinesEditor::Line> lines;
    if (parentId == 0)
        return lines;
    QuerySpec spec;
    spec.filter = Filter::where(field.childParentField(), Filter::Op::Equal, parentId);
    spec.includeArchived = true;
    if (!field.lineOrderField().isEmpty())
        spec.sort = {SortKey{field.lineOrderField(), Qt::AscendingOrder}};
    // A document's lines are few; the limit only guards against nonsense.
    spec.limit = 100000;
    for (const Record &record : m_records.select(field.childEntity(), spec)) {
        ChildLinesEditor::Line line;
        line.id = record.id;
        line.version = record.version;
        line.values = record.values;
        line.values.remove(field.childParentField());
        if (!field.lineOrderField().isEmpty())
            line.values.remove(field.lineOrderField());
        // Only the columns the grid shows take part in comparisons.
        if (const ChildLinesEditor *editor = m_lineEditors.value(field.name())) {
            QVariantMap shown;
            const Entity *child = editor->childEntity();
            for (const QString &column : editor->columns())
                if (child && child->field(column) && child->field(column)->isStored())
                    shown.insert(column, line.values.value(column));
            line.values = shown;
        }
        lines.append(line);
    }
    return lines;
}

bool RecordFormView::openRecord(qint64 id)
{
    if (!m_entity)
        return false;
    const std::optional<Record> record = m_records.read(m_entityId, id);
    if (!record)
        return false;
    m_id = record->id;
    m_version = record->version;
    m_archived = record->archived;
    m_system = record->system;
    m_revealed.clear();

    Snapshot loaded;
    for (const Field &field : m_entity->fields()) {
        if (field.type() == Field::Type::ChildLines)
            loaded.lines.insert(field.name(), readLines(field, id));
        else if (field.isStored())
            loaded.values.insert(field.name(), record->value(field.name()));
    }
    m_loaded = loaded;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setMasked(it.value()->field().isSensitive()
                              && !FieldCodec::isEmpty(loaded.values.value(it.key())));
    applySnapshot(loaded);
    m_current = loaded;
    m_undo->clear();
    clearProblems();
    setReadOnly(lockedForEditing(m_records, *m_entity, *record));
    if (m_workflowBar)
        m_workflowBar->setRecord(m_id, m_version);
    if (m_attachmentsPanel) {
        m_attachmentsPanel->setRecord(m_entityId, m_id);
        m_attachmentsPanel->setReadOnly(m_archived);
    }
    updateHeader();
    updateActions();
    emit titleChanged();
    return true;
}

void RecordFormView::newRecord()
{
    newRecord({});
}

void RecordFormView::newRecord(const QVariantMap &values)
{
    m_id = 0;
    m_version = 0;
    m_archived = false;
    m_system.clear();
    m_revealed.clear();
    Snapshot fresh;
    if (m_entity) {
        for (const Field &field : m_entity->fields()) {
            if (field.type() == Field::Type::ChildLines) {
                fresh.lines.insert(field.name(), {});
                continue;
            }
            if (!field.isStored())
                continue;
            QString ignored;
            const QVariant given = values.contains(field.name()) ? values.value(field.name()) : field.defaultValue();
            fresh.values.insert(field.name(), FieldCodec::normalize(field, given, &ignored));
        }
    }
    // A new record is compared with its defaults: opening one and leaving
    // it untouched is not unsaved work.
    m_loaded = fresh;
    if (!values.isEmpty()) {
        m_loaded.values.clear();
        for (auto it = fresh.values.cbegin(); it != fresh.values.cend(); ++it) {
            const Field *field = m_entity->field(it.key());
            QString ignored;
            m_loaded.values.insert(it.key(), FieldCodec::normalize(*field, field->defaultValue(), &ignored));
        }
    }
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setMasked(false);
    applySnapshot(fresh);
    m_current = fresh;
    m_undo->clear();
    clearProblems();
    setReadOnly(!m_records.allows(QStringLiteral("create"), m_entityId));
    if (m_workflowBar)
        m_workflowBar->setRecord(0);
    if (m_attachmentsPanel)
        m_attachmentsPanel->setRecord(m_entityId, 0);
    updateHeader();
    updateActions();
    emit titleChanged();
    m_focusFirstField = true;
    if (isVisible())
        focusFirstField();
}

void RecordFormView::focusFirstField()
{
    // A new record: the first editable field takes the cursor, ready for
    // typing.
    m_focusFirstField = false;
    if (!m_entity)
        return;
    for (const Field &field : m_entity->fields()) {
        FieldEditor *editor = m_editors.value(field.name());
        if (editor && !editor->isReadOnly() && !field.isNumbered()) {
            editor->focusWidget()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void RecordFormView::showEvent(QShowEvent *event)
{
    RecordEditor::showEvent(event);
    if (m_focusFirstField)
        focusFirstField();
}

RecordFormView::Snapshot RecordFormView::takeSnapshot() const
{
    Snapshot snapshot;
    if (!m_entity)
        return snapshot;
    for (const Field &field : m_entity->fields()) {
        if (field.type() == Field::Type::ChildLines) {
            if (const ChildLinesEditor *lines = m_lineEditors.value(field.name()))
                snapshot.lines.insert(field.name(), lines->lines());
        } else if (field.isStored()) {
            if (const FieldEditor *editor = m_editors.value(field.name()))
                snapshot.values.insert(field.name(), editor->value());
        }
    }
    return snapshot;
}

void RecordFormView::applySnapshot(const Snapshot &snapshot)
{
    m_applying = true;
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it)
        if (FieldEditor *editor = m_editors.value(it.key()))
            editor->setValue(it.value());
    for (auto it = snapshot.lines.cbegin(); it != snapshot.lines.cend(); ++it)
        if (ChildLinesEditor *lines = m_lineEditors.value(it.key()))
            lines->setLines(it.value());
    m_current = snapshot;
    m_applying = false;
    updateComputed();
    updateActions();
}

void RecordFormView::updateComputed()
{
    if (!m_entity)
        return;
    QVariantMap values = m_current.values;
    for (const Field &field : m_entity->fields()) {
        if (!field.isComputed())
            continue;
        if (FieldEditor *editor = m_editors.value(field.name())) {
            const QVariant computed = field.compute(values);
            values.insert(field.name(), computed);
            editor->setValue(computed);
        }
    }
}

void RecordFormView::recordEdit(const QString &field)
{
    if (m_applying)
        return;
    const Snapshot before = m_current;
    const Snapshot after = takeSnapshot();
    m_current = after;
    updateComputed();
    if (before != after) {
        const Field *declared = m_entity ? m_entity->field(field) : nullptr;
        m_undo->push(new FormEditCommand(this, field, tr("Change %1").arg(declared ? declared->label() : field),
                                         before, after));
    }
    updateActions();
}

void RecordFormView::fieldEdited(const QString &field)
{
    // A corrected field loses its message at once; others keep theirs
    // until the next save.
    if (FieldEditor *editor = m_editors.value(field)) {
        const QString inputError = editor->inputError();
        QLabel *label = m_errorLabels.value(field);
        if (!inputError.isEmpty()) {
            m_fieldErrors.insert(field, inputError);
        } else {
            m_fieldErrors.remove(field);
        }
        if (label) {
            label->setText(m_fieldErrors.value(field));
            label->setVisible(m_fieldErrors.contains(field));
        }
    }
    recordEdit(field);
}

void RecordFormView::linesEdited(const QString &field)
{
    recordEdit(field);
}

bool RecordFormView::isDirty() const
{
    return m_current != m_loaded;
}

QString RecordFormView::title() const
{
    if (!m_entity)
        return m_entityId;
    if (m_id == 0)
        return tr("New %1").arg(m_entity->label().toLower());
    const QString name = m_loaded.values.value(m_entity->displayFieldName()).toString();
    return name.isEmpty() ? tr("%1 %2").arg(m_entity->label()).arg(m_id) : name;
}

void RecordFormView::updateHeader()
{
    // The title (and its unsaved mark) follows the edits in updateActions().
    if (m_id == 0) {
        m_subtitle->setText(m_entity ? tr("A new %1, not saved yet.").arg(m_entity->label().toLower()) : QString());
        return;
    }
    const QDateTime when = QDateTime::fromString(m_system.value(QStringLiteral("updated_at")).toString(),
                                                 Qt::ISODateWithMs);
    QString text = tr("%1 · last changed by %2 on %3")
                       .arg(m_entity->label(), m_system.value(QStringLiteral("updated_by")).toString(),
                            when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (m_archived)
        text += QStringLiteral(" · ") + tr("Archived: read only");
    m_subtitle->setText(text);
}

void RecordFormView::updateActions()
{
    const bool dirty = isDirty();
    m_saveAction->setEnabled(!m_readOnly && m_entity && (dirty || m_id == 0));
    m_saveNewAction->setEnabled(!m_readOnly && m_entity);
    m_revertAction->setEnabled(dirty);
    m_title->setText(dirty ? title() + QStringLiteral(" *") : title());
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void RecordFormView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (FieldEditor *editor : std::as_const(m_editors))
        editor->setReadOnly(readOnly);
    for (ChildLinesEditor *lines : std::as_const(m_lineEditors))
        lines->setReadOnly(readOnly);
    updateActions();
}

QVariant RecordFormView::value(const QString &field) const
{
    if (const FieldEditor *editor = m_editors.value(field))
        return editor->field().isComputed() ? editor->value() : m_current.values.value(field);
    return {};
}

void RecordFormView::setValue(const QString &field, const QVariant &value)
{
    FieldEditor *editor = m_editors.value(field);
    if (!editor)
        return;
    QString ignored;
    editor->setValue(FieldCodec::normalize(editor->field(), value, &ignored));
    fieldEdited(field);
}

FieldEditor *RecordFormView::editor(const QString &field) const
{
    return m_editors.value(field);
}

ChildLinesEditor *RecordFormView::linesEditor(const QString &field) const
{
    return m_lineEditors.value(field);
}

QString RecordFormView::fieldError(const QString &field) const
{
    return m_fieldErrors.value(field);
}

QString RecordFormView::problemText() const
{
    return m_problemBox->isVisibleTo(const_cast<RecordFormView *>(this)) ? m_problems->text() : QString();
}

void RecordFormView::clearProblems()
{
    m_fieldErrors.clear();
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    for (ChildLinesEditor *lines : std::as_const(m_lineEditors))
        lines->setProblems({});
    m_problems->clear();
    m_problemBox->hide();
}

void RecordFormView::showProblems(const QString &summary, const QList<Records::FieldError> &fieldErrors, bool conflict)
{
    for (const Records::FieldError &error : fieldErrors) {
        const QString previous = m_fieldErrors.value(error.field);
        m_fieldErrors.insert(error.field, previous.isEmpty() ? error.message : previous + QLatin1Char('\n') + error.message);
    }
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        if (QLabel *label = m_errorLabels.value(it.key())) {
            label->setText(it.value());
            label->show();
        }
    }
    m_problems->setText(summary);
    m_reloadButton->setVisible(conflict);
    m_compareButton->setVisible(conflict && m_id != 0);
    m_retryButton->hide();
    m_problemBox->show();
    // Take the clerk to the first field that needs them.
    if (m_entity) {
        for (const Field &field : m_entity->fields()) {
            if (!m_fieldErrors.contains(field.name()))
                continue;
            if (FieldEditor *editor = m_editors.value(field.name())) {
                editor->focusWidget()->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(editor->widget());
            } else if (ChildLinesEditor *lines = m_lineEditors.value(field.name())) {
                lines->table()->setFocus(Qt::OtherFocusReason);
                m_scroll->ensureWidgetVisible(lines);
            }
            break;
        }
    }
}

Records::Result RecordFormView::writeLines(qint64 parentId)
{
    using Code = Records::Result::Code;
    for (const Field &field : m_entity->fields()) {
        if (field.type() != Field::Type::ChildLines)
            continue;
        const ChildLinesEditor *editor = m_lineEditors.value(field.name());
        const QList<ChildLinesEditor::Line> before = m_loaded.lines.value(field.name());
        const QList<ChildLinesEditor::Line> now = editor ? editor->lines() : QList<ChildLinesEditor::Line>();
        QSet<qint64> kept;
        for (const ChildLinesEditor::Line &line : now)
            kept.insert(line.id);
        for (const ChildLinesEditor::Line &line : before) {
            if (kept.contains(line.id))
                continue;
            const Records::Result removed = m_records.remove(field.childEntity(), line.id, line.version);
            if (removed.code == Code::Failed)
                return Records::Result{Code::Failed, removed.message, {}, m_id, m_version};
            if (!removed.ok())
                return Records::Result{Code::Invalid, removed.message, {{field.name(), removed.message}}, m_id,
                                       m_version};
        }
        QMap<int, QStringList> problems;
        QStringList messages;
        for (int index = 0; index < now.size(); ++index) {
            const ChildLinesEditor::Line &line = now.at(index);
            QVariantMap values = line.values;
            if (!field.lineOrderField().isEmpty())
                values.insert(field.lineOrderField(), qint64(index + 1));
            Records::Result result;
            if (line.id == 0) {
                values.insert(field.childParentField(), parentId);
                result = m_records.create(field.childEntity(), values);
            } else {
                QVariantMap previous;
                int previousIndex = -1;
                for (int i = 0; i < before.size(); ++i)
                    if (before.at(i).id == line.id) {
                        previous = before.at(i).values;
                        previousIndex = i;
                    }
                QVariantMap changes;
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    if (previous.value(it.key()) != it.value() || it.key() == field.lineOrderField())
                        changes.insert(it.key(), it.value());
                if (!field.lineOrderField().isEmpty() && previousIndex == index
                    && changes.size() == 1 && changes.contains(field.lineOrderField()))
                    changes.clear();
                if (changes.isEmpty())
                    continue;
                result = m_records.update(field.childEntity(), line.id, line.version, changes);
            }
            // The database failing (busy, a deadlock, the server gone) is
            // the whole save's problem, not this line's.
            if (result.code == Code::Failed)
                return Records::Result{Code::Failed, result.message, {}, m_id, m_version};
            if (!result.ok()) {
                QStringList fields;
                for (const Records::FieldError &error : std::as_const(result.fieldErrors)) {
                    fields.append(error.field);
                    messages.append(tr("Line %1: %2").arg(index + 1).arg(error.message));
                }
                if (result.fieldErrors.isEmpty())
                    messages.append(tr("Line %1: %2").arg(index + 1).arg(result.message));
                problems.insert(index, fields);
            }
        }
        if (!problems.isEmpty()) {
            if (ChildLinesEditor *lines = m_lineEditors.value(field.name()))
                lines->setProblems(problems);
            return Records::Result{Code::Invalid,
                                   tr("Some lines of %1 need attention; nothing was saved.").arg(field.label()),
                                   {{field.name(), messages.join(QLatin1Char('\n'))}}, m_id, m_version};
        }
    }
    return Records::Result{Code::Ok, {}, {}, parentId, 0};
}

bool RecordFormView::save()
{
    using Code = Records::Result::Code;
    if (!m_entity || m_readOnly)
        return false;
    // Commit what is being typed in the focused editor first.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
        focus->setFocus(Qt::OtherFocusReason);
    }
    m_current = takeSnapshot();

    clearProblems();
    // Text that is not a value (an amount like "12,3a") is the clerk's to
    // fix; saving would drop it silently.
    QList<Records::FieldError> inputErrors;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString problem = it.value()->inputError();
        if (!problem.isEmpty())
            inputErrors.append({it.key(), problem});
    }
    if (!inputErrors.isEmpty()) {
        m_lastResult = Records::Result{Code::Invalid, tr("Some fields need attention; nothing was saved."),
                                       inputErrors, m_id, m_version};
        showProblems(m_lastResult.message, inputErrors, false);
        return false;
    }
    if (m_id != 0 && !isDirty())
        return true;

    QVariantMap values;
    for (const Field &field : m_entity->fields()) {
        if (!field.isStored() || field.isReadOnly())
            continue;
        const QVariant now = m_current.values.value(field.name());
        if (m_id == 0) {
            if (!FieldCodec::isEmpty(now))
                values.insert(field.name(), now);
        } else if (now != m_loaded.values.value(field.name())) {
            values.insert(field.name(), now);
        }
    }

    // The record and its lines in one transaction, run again (a few times,
    // by the database) when another clerk's transaction deadlocked with it:
    // the records service cannot repeat its part alone inside this one.
    bool linesRefused = false;
    const Records::Result result = m_records.inTransaction(
        [&]() -> Records::Result {
            linesRefused = false;
            const Records::Result written = m_id == 0 ? m_records.create(m_entityId, values)
                                                      : m_records.update(m_entityId, m_id, m_version, values);
            if (!written.ok())
                return written;
            const Records::Result lines = writeLines(written.id);
            if (!lines.ok()) {
                linesRefused = true;
                return lines;
            }
            return written;
        },
        // %2: the database's reason.
        tr("The %1 could not be saved: %2").arg(m_entity->label()));
    m_lastResult = result;
    if (!result.ok()) {
        const bool conflict = result.code == Code::Conflict;
        const QString summary = result.fieldErrors.isEmpty() || linesRefused
                                    ? result.message
                                    : tr("Some fields need attention; nothing was saved.");
        if (result.code == Code::Failed) {
            // Nothing the clerk typed is wrong: keep it and offer the save again.
            showProblems(summary + QLatin1Char('\n') + tr("Your changes are still here, not saved yet."),
                         result.fieldErrors, false);
            m_retryButton->show();
        } else {
            showProblems(summary, result.fieldErrors, conflict);
        }
        return false;
    }
    m_records.notifyChanged(m_entityId, result.id);
    for (const Field &field : m_entity->fields())
        if (field.type() == Field::Type::ChildLines)
            m_records.notifyChanged(field.childEntity());
    openRecord(result.id);
    emit saved(result.id);
    return true;
}

bool RecordFormView::saveAndNew()
{
    if (!save())
        return false;
    newRecord();
    return true;
}

void RecordFormView::revert()
{
    applySnapshot(m_loaded);
    m_undo->clear();
    clearProblems();
    updateHeader();
    updateActions();
}

QList<RecordFormView::Difference> RecordFormView::differencesFromSaved() const
{
    QList<Difference> differences;
    if (!m_entity || m_id == 0)
        return differences;
    const std::optional<Record> saved = m_records.read(m_entityId, m_id);
    // Lines as a count and the first few, each as the grid shows it: enough
    // to tell two versions apart at a glance.
    const auto linesText = [this](const Field &field, const QList<ChildLinesEditor::Line> &lines) {
        constexpr int Shown = 5;
        const ChildLinesEditor *editor = m_lineEditors.value(field.name());
        const Entity *child = editor ? editor->childEntity() : nullptr;
        QStringList text{lines.size() == 1 ? tr("1 line") : tr("%1 lines").arg(lines.size())};
        for (int index = 0; child && index < lines.size() && index < Shown; ++index) {
            QStringList cells;
            for (const QString &column : editor->columns())
                if (const Field *shown = child->field(column); shown && lines.at(index).values.contains(column))
                    cells.append(FieldEditor::displayText(m_records, *shown, lines.at(index).values.value(column)));
            text.append(cells.join(QStringLiteral(" · ")));
        }
        if (lines.size() > Shown)
            text.append(tr("… and %1 more").arg(lines.size() - Shown));
        return text.join(QLatin1Char('\n'));
    };
    // Two versions of the lines differ in what they hold, not in their
    // row versions.
    const auto sameLines = [](const QList<ChildLinesEditor::Line> &a, const QList<ChildLinesEditor::Line> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const ChildLinesEditor::Line &x, const ChildLinesEditor::Line &y) {
                              return x.values == y.values;
                          });
    };
    for (const Field &field : m_entity->fields()) {
        if (field.type() == Field::Type::ChildLines) {
            const QList<ChildLinesEditor::Line> yours = m_current.lines.value(field.name());
            const QList<ChildLinesEditor::Line> before = m_loaded.lines.value(field.name());
            const QList<ChildLinesEditor::Line> now = saved ? readLines(field, m_id) : QList<ChildLinesEditor::Line>();
            const bool byOthers = saved && now != before;
            const bool byYou = yours != before;
            if (byOthers || byYou)
                differences.append({field.name(), field.label(), linesText(field, yours),
                                    saved ? linesText(field, now) : tr("(deleted)"), byOthers, byYou,
                                    !saved || !sameLines(yours, now)});
            continue;
        }
        if (!field.isStored())
            continue;
        const QVariant yours = m_current.values.value(field.name());
        const QVariant now = saved ? saved->values.value(field.name()) : QVariant();
        const bool byOthers = saved && now != m_loaded.values.value(field.name());
        if (yours == now && !byOthers)
            continue;
        // Shown as the form shows it: masked unless revealed there.
        const bool hidden = field.isSensitive() && !m_revealed.contains(field.name());
        const auto text = [&](const QVariant &value) {
            const QString shown = FieldEditor::displayText(m_records, field, value);
            return hidden ? Field::maskedText(shown) : shown;
        };
        differences.append({field.name(), field.label(), text(yours), saved ? text(now) : tr("(deleted)"), byOthers,
                            yours != m_loaded.values.value(field.name()), yours != now});
    }
    return differences;
}

void RecordFormView::compareWithSaved()
{
    const std::optional<Record> saved = m_id != 0 ? m_records.read(m_entityId, m_id) : std::nullopt;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("compareDialog"));
    dialog.setWindowTitle(tr("Compare with the Saved %1").arg(m_entity ? m_entity->label() : QString()));
    auto *layout = new QVBoxLayout(&dialog);
    const QString them = saved ? saved->system.value(QStringLiteral("updated_by")).toString() : QString();
    const QDateTime when =
        saved ? QDateTime::fromString(saved->system.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs)
              : QDateTime();
    auto *intro = new QLabel(saved ? tr("%1 saved this %2 at %3, after you opened it. Rows in bold are what they "
                                        "changed; nothing of yours has been saved.")
                                         .arg(them, m_entity->label().toLower(),
                                              QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                                   : tr("This %1 no longer exists; someone deleted it.").arg(m_entity->label()),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<Difference> differences = differencesFromSaved();
    const bool editable = saved && !lockedForEditing(m_records, *m_entity, *saved) && !m_readOnly;
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Field"), tr("You entered"), tr("Saved now"), tr("Keep")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setRowCount(int(differences.size()));
    // Where both changed a field, keeping one value loses the other: those
    // rows are marked, and each row says whose value it keeps (the clerk's
    // where they changed it, the saved one elsewhere) until the clerk
    // chooses otherwise.
    const QIcon both = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    bool anyBoth = false;
    QHash<QString, QComboBox *> choices;
    for (int row = 0; row < differences.size(); ++row) {
        const Difference &difference = differences.at(row);
        const bool conflicting = difference.changedByOthers && difference.changedByYou && difference.differs;
        anyBoth = anyBoth || conflicting;
        const QStringList cells{difference.label, difference.yours, difference.saved};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            QFont font = item->font();
            font.setBold(difference.changedByOthers);
            item->setFont(font);
            item->setToolTip(cells.at(column));
            if (conflicting) {
                item->setBackground(QColor(0xff, 0xf1, 0xc7));
                item->setToolTip(tr("You and %1 both changed this field: choose whose value to keep.").arg(them));
                if (column == 0)
                    item->setIcon(both);
            }
            table->setItem(row, column, item);
        }
        if (editable && difference.differs) {
            auto *choice = new QComboBox(table);
            choice->setObjectName(QStringLiteral("keep-") + difference.field);
            choice->addItem(tr("Mine"), true);
            choice->addItem(tr("Theirs"), false);
            choice->setCurrentIndex(difference.changedByYou ? 0 : 1);
            table->setCellWidget(row, 3, choice);
            choices.insert(difference.field, choice);
        } else {
            auto *item = new QTableWidgetItem(difference.differs ? QString() : tr("Same"));
            if (conflicting)
                item->setBackground(QColor(0xff, 0xf1, 0xc7));
            table->setItem(row, 3, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table);
    if (editable && !choices.isEmpty()) {
        auto *how = new QLabel(anyBoth ? tr("Rows marked ⚠ were changed by both of you. Choose in the last column "
                                            "whose value each field keeps; Keep My Changes puts them on top of "
                                            "the saved version, not saved yet, for you to check and save.")
                                       : tr("Keep My Changes puts the values chosen in the last column on top of "
                                            "the saved version, not saved yet, for you to check and save."),
                               &dialog);
        how->setWordWrap(true);
        layout->addWidget(how);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *reloadButton = buttons->addButton(tr("Reload Their Version"), QDialogButtonBox::DestructiveRole);
    reloadButton->setObjectName(QStringLiteral("reloadTheirs"));
    QPushButton *keepButton = buttons->addButton(tr("Keep My Changes"), QDialogButtonBox::AcceptRole);
    keepButton->setObjectName(QStringLiteral("keepMine"));
    keepButton->setEnabled(editable && !choices.isEmpty());
    if (saved && !editable)
        keepButton->setToolTip(tr("This %1 can no longer be changed: it is archived, done with editing, or not "
                                  "yours to change.").arg(m_entity->label().toLower()));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(reloadButton, &QPushButton::clicked, &dialog, [&dialog, this] {
        dialog.accept();
        reload();
    });
    connect(keepButton, &QPushButton::clicked, &dialog, [&dialog, &choices, this] {
        QStringList mine;
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            if (it.value()->currentData().toBool())
                mine.append(it.key());
        dialog.accept();
        keepMine(mine);
    });
    layout->addWidget(buttons);
    dialog.resize(720, 400);
    dialog.exec();
}

bool RecordFormView::keepMine()
{
    QStringList changed;
    if (m_entity) {
        for (const Field &field : m_entity->fields()) {
            const bool edited = field.type() == Field::Type::ChildLines
                                    ? m_current.lines.value(field.name()) != m_loaded.lines.value(field.name())
                                    : m_current.values.value(field.name()) != m_loaded.values.value(field.name());
            if (edited)
                changed.append(field.name());
        }
    }
    return keepMine(changed);
}

bool RecordFormView::keepMine(const QStringList &fields)
{
    if (!m_entity || m_id == 0 || m_readOnly)
        return false;
    const std::optional<Record> saved = m_records.read(m_entityId, m_id);
    if (!saved) {
        clearProblems();
        showProblems(tr("This %1 no longer exists; someone deleted it.").arg(m_entity->label()), {}, false);
        return false;
    }
    if (lockedForEditing(m_records, *m_entity, *saved)) {
        clearProblems();
        showProblems(tr("This %1 can no longer be changed: it is archived, done with editing, or not yours to "
                        "change. Reload to see it.").arg(m_entity->label().toLower()),
                     {}, true);
        m_compareButton->hide();
        return false;
    }
    const Snapshot mine = m_current;
    const QSet<QString> revealed = m_revealed;
    // Their version becomes what the form was opened at (its row version
    // too), so the save that follows is an ordinary one: refused again if
    // someone saves in between.
    if (!openRecord(m_id))
        return false;
    Snapshot merged = m_loaded;
    for (const QString &name : fields) {
        const Field *field = m_entity->field(name);
        if (!field)
            continue;
        if (field->type() != Field::Type::ChildLines) {
            if (mine.values.contains(name))
                merged.values.insert(name, mine.values.value(name));
            continue;
        }
        // The clerk's lines as a whole: a line still there is written over
        // at its new version, one they deleted comes back as new, and their
        // lines that are not among the clerk's are removed on saving.
        const QList<ChildLinesEditor::Line> theirs = m_loaded.lines.value(name);
        QList<ChildLinesEditor::Line> lines = mine.lines.value(name);
        for (ChildLinesEditor::Line &line : lines) {
            if (line.id == 0)
                continue;
            const auto found = std::find_if(theirs.cbegin(), theirs.cend(),
                                            [&](const ChildLinesEditor::Line &other) { return other.id == line.id; });
            if (found == theirs.cend()) {
                line.id = 0;
                line.version = 0;
            } else {
                line.version = found->version;
            }
        }
        merged.lines.insert(name, lines);
    }
    for (const QString &name : revealed) {
        if (FieldEditor *editor = m_editors.value(name)) {
            m_revealed.insert(name);
            editor->setMasked(false);
            editor->setReadOnly(m_readOnly);
        }
    }
    applySnapshot(merged);
    // One step back is their version, as Revert gives.
    m_undo->push(new FormEditCommand(this, QString(), tr("Keep My Changes"), m_loaded, merged));
    const QDateTime when = QDateTime::fromString(m_system.value(QStringLiteral("updated_at")).toString(),
                                                 Qt::ISODateWithMs);
    showProblems(tr("Your values are now on top of the version %1 saved at %2. Nothing is saved yet: check them and "
                    "save.")
                     .arg(m_system.value(QStringLiteral("updated_by")).toString(),
                          QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
                 {}, false);
    return true;
}

void RecordFormView::reload()
{
    if (m_id == 0) {
        newRecord();
        return;
    }
    if (!openRecord(m_id)) {
        clearProblems();
        showProblems(tr("This %1 no longer exists; someone deleted it.").arg(m_entity->label()), {}, false);
    }
}

bool RecordFormView::canClose()
{
    if (!isDirty())
        return true;
    const QString text = m_id == 0 ? tr("Save the new %1 before leaving?").arg(m_entity->label().toLower())
                                   : tr("Save the changes to “%1” before leaving?").arg(title());
    const Answer answer = askToSave(text);
    switch (answer) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        revert();
        return true;
    case Answer::Cancel:
        return false;
    }
    return false;
}

void RecordFormView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        m_backAction->trigger();
        return;
    }
    RecordEditor::keyPressEvent(event);
}

bool RecordFormView::mayReveal(const QString &field)
{
    QString refusal;
    if (m_records.unmask(m_entityId, recordId(), {field}, &refusal))
        return true;
    QMessageBox::information(this, tr("Sensitive Value"), refusal);
    return false;
}

} // namespace Backroom
