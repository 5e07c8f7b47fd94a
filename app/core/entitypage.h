#pragma once

#include "coreglobal.h"
#include "pagecontribution.h"

#include <QWidget>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace Backroom {

class CompanySession;
class DocumentService;
class ExtensionRegistries;
class RecordEditor;
class RecordListView;
class Records;

// Everything a module gets for an entity without writing a screen: the
// list (search, filters, totals) and, on Enter or a double click, the form;
// Back returns to the list on the record just edited. Import and export sit
// on the list's tool bar. A module's own list or form, registered as an
// EntityViewContribution, takes the generic one's place.
class BACKROOM_CORE_EXPORT EntityPage : public QWidget
{
    Q_OBJECT

public:
    EntityPage(CompanySession &session, const QString &entityId, QWidget *parent = nullptr);
    // Without a session (tests, tools): generic views only unless registries
    // are given.
    EntityPage(Records &records, const QString &entityId, const ExtensionRegistries *registries = nullptr,
               QWidget *parent = nullptr);
    ~EntityPage() override;

    QString entityId() const { return m_entityId; }
    RecordListView *listView() const { return m_list; }
    RecordEditor *editor() const { return m_editor; }
    bool isEditing() const;
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *printPreviewAction() const { return m_previewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *pdfAction() const { return m_pdfAction; }
    // Only for users who may unmask an entity with sensitive fields.
    QAction *showSensitiveAction() const { return m_showSensitiveAction; }
    QAction *printSensitiveAction() const { return m_printSensitiveAction; }

    // Asks the form about unsaved changes.
    bool canClose();

    // A module page showing this entity, titled with its plural label.
    static PageContribution contribution(const QString &moduleId, const QString &entityId,
                                         const ExtensionRegistries &registries, int order = 0);

public slots:
    void openRecord(qint64 id);
    void newRecord();
    // Back to the list, if the form lets go.
    bool showList();
    void importRecords();
    void exportRecords();
    // The selected records in the list, or the open record in the form.
    void printRecords(int output);

private:
    QList<qint64> printTargets() const;
    QMenu *templateMenu(QWidget *parent);

    void build(const ExtensionRegistries *registries);
    void updateActions();

    Records &m_records;
    QString m_entityId;
    QStackedWidget *m_stack;
    QToolBar *m_toolBar;
    RecordListView *m_list = nullptr;
    RecordEditor *m_editor = nullptr;
    QWidget *m_listPage = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_showSensitiveAction = nullptr;
    QAction *m_printSensitiveAction = nullptr;
    QString m_templateName;   // empty: the entity's own
    std::unique_ptr<DocumentService> m_documents;
};

} // namespace Backroom
