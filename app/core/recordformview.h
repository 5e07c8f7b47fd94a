#pragma once

#include "childlineseditor.h"
#include "coreglobal.h"
#include "recordeditor.h"
#include "records.h"

#include <QHash>
#include <QVariantMap>

#include <functional>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolBar;
class QUndoStack;

namespace Backroom {

class Attachments;
class AttachmentsPanel;
class FieldEditor;
class WorkflowBar;

// The form of one record, built from the entity's declaration: an editor
// per field chosen by type, the child lines in grids, validation shown next
// to each field, and Save, Save & New, Revert, Undo and Redo.
//
// A save writes the record and all its lines in one transaction with the
// row version it was opened at: if someone else saved first, nothing is
// written and the form says who and when, and offers to reload, or to
// compare and keep the clerk's own values on top of theirs. A save the
// database could not take (busy, a deadlock retried in vain, the server
// gone) keeps the clerk's edits and offers Try Again. Leaving a form with
// unsaved changes asks first.
class BACKROOM_CORE_EXPORT RecordFormView : public RecordEditor
{
    Q_OBJECT

public:
    // Whether the clerk may see a masked value; without one, the records
    // service decides ("unmask" on the entity) and audits.
    using RevealCheck = std::function<bool(const QString &field)>;

    RecordFormView(Records &records, const QString &entityId, QWidget *parent = nullptr);
    ~RecordFormView() override;

    QString entityId() const override { return m_entityId; }
    qint64 recordId() const override { return m_id; }
    qint64 recordVersion() const { return m_version; }
    bool openRecord(qint64 id) override;
    void newRecord() override;
    // A new record with some fields filled (from a list's filter, a copy).
    void newRecord(const QVariantMap &values);
    bool isDirty() const override;
    bool canClose() override;
    QString title() const override;
    bool isReadOnly() const { return m_readOnly; }

    // Typed values as the clerk has them now; setValue() edits as the clerk
    // would (undoable, marks the form dirty).
    QVariant value(const QString &field) const;
    void setValue(const QString &field, const QVariant &value);
    FieldEditor *editor(const QString &field) const;
    ChildLinesEditor *linesEditor(const QString &field) const;
    // The state and its transitions, for entities with a workflow.
    WorkflowBar *workflowBar() const { return m_workflowBar; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachmentsPanel; }
    // The message shown next to a field ("" when none) and above the form.
    QString fieldError(const QString &field) const;
    QString problemText() const;
    // The result of the last save.
    const Records::Result &lastResult() const { return m_lastResult; }

    QUndoStack *undoStack() const { return m_undo; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAndNewAction() const { return m_saveNewAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *backAction() const { return m_backAction; }
    // Pages add their own actions (printing) here.
    QToolBar *toolBar() const { return m_toolBar; }

    void setRevealCheck(RevealCheck check) { m_revealCheck = std::move(check); }

    // A record and its lines as the form holds them; public for the undo
    // commands.
    struct Snapshot
    {
        QVariantMap values;
        QHash<QString, QList<ChildLinesEditor::Line>> lines;
        bool operator==(const Snapshot &other) const { return values == other.values && lines == other.lines; }
        bool operator!=(const Snapshot &other) const { return !(*this == other); }
    };
    void applySnapshot(const Snapshot &snapshot);

    // After a save was refused because someone else saved first: every
    // field where the clerk's form and the record as saved now differ, as
    // text, and who changed it since the form was opened: the other clerk,
    // this one, or both (where keeping one value loses the other). Child
    // lines are one row each, as a whole.
    struct Difference
    {
        QString field;
        QString label;
        QString yours;
        QString saved;
        bool changedByOthers = false;
        bool changedByYou = false;
        bool differs = true;   // the values, where the texts may agree (masked, long lines)
    };
    QList<Difference> differencesFromSaved() const;
    // After such a refusal: the record as saved now becomes the form's base
    // (its version and values), and the form's own values of `fields` go
    // back on top, unsaved, for the clerk to check and save as usual; every
    // other field takes the saved value. Child lines go as a whole. Without
    // `fields`, every field the clerk changed. False (and nothing changes)
    // when the record is gone or can no longer be edited.
    bool keepMine(const QStringList &fields);
    bool keepMine();

public slots:
    bool save();
    bool saveAndNew();
    void revert();
    // Reads the record again, dropping unsaved changes.
    void reload();
    // Shows differencesFromSaved(), with Reload at hand.
    void compareWithSaved();

signals:
    void dirtyChanged(bool dirty);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool mayReveal(const QString &field);
    void build();
    void focusFirstField();
    QWidget *fieldCell(const Field &field, FieldEditor *editor, QLabel **errorLabel);
    Snapshot takeSnapshot() const;
    void fieldEdited(const QString &field);
    void linesEdited(const QString &field);
    void recordEdit(const QString &field);
    void updateComputed();
    void updateHeader();
    void updateActions();
    void setReadOnly(bool readOnly);
    void clearProblems();
    void showProblems(const QString &summary, const QList<Records::FieldError> &fieldErrors, bool conflict);
    Records::Result writeLines(qint64 parentId);
    QList<ChildLinesEditor::Line> readLines(const Field &field, qint64 parentId) const;

    Records &m_records;
    QString m_entityId;
    const Entity *m_entity;
    qint64 m_id = 0;
    qint64 m_version = 0;
    bool m_archived = false;
    bool m_readOnly = false;
    QVariantMap m_system;
    Snapshot m_loaded;        // as read from the database
    Snapshot m_current;       // as of the last recorded edit
    bool m_applying = false;
    bool m_wasDirty = false;
    bool m_focusFirstField = false;
    Records::Result m_lastResult;

    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, ChildLinesEditor *> m_lineEditors;
    QHash<QString, QString> m_fieldErrors;
    QSet<QString> m_revealed;

    QToolBar *m_toolBar;
    Attachments *m_attachments = nullptr;
    AttachmentsPanel *m_attachmentsPanel = nullptr;
    WorkflowBar *m_workflowBar = nullptr;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_problems;
    QPushButton *m_reloadButton;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QWidget *m_problemBox;
    QScrollArea *m_scroll;
    QUndoStack *m_undo;
    QAction *m_backAction;
    QAction *m_saveAction;
    QAction *m_saveNewAction;
    QAction *m_revertAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    RevealCheck m_revealCheck;
};

} // namespace Backroom
