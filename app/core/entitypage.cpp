#include "entitypage.h"

#include "companysession.h"
#include "exportdialog.h"
#include "extensionregistries.h"
#include "importdialog.h"
#include "recordformview.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"

#include <QAction>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Backroom {

EntityPage::EntityPage(CompanySession &session, const QString &entityId, QWidget *parent)
    : EntityPage(session.records(), entityId, &session.registries(), parent)
{
}

EntityPage::EntityPage(Records &records, const QString &entityId, const ExtensionRegistries *registries,
                       QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_stack(new QStackedWidget(this))
    , m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("entity-") + entityId);
    build(registries);
}

EntityPage::~EntityPage() = default;

void EntityPage::build(const ExtensionRegistries *registries)
{
    const EntityViewContribution *custom = nullptr;
    if (registries)
        for (const EntityViewContribution &view : registries->entityViews.items())
            if (view.id == m_entityId)
                custom = &view;

    m_listPage = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    m_list = custom && custom->createList ? custom->createList(m_records, m_listPage)
                                          : new RecordListView(m_records, m_entityId, m_listPage);
    m_editor = custom && custom->createForm ? custom->createForm(m_records, m_stack)
                                            : new RecordFormView(m_records, m_entityId, m_stack);

    QAction *newAction = m_list->newAction();
    newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    QAction *openAction = m_list->openAction();
    openAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    QAction *archiveAction = m_list->archiveAction();
    archiveAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    QAction *refreshAction = m_list->refreshAction();
    refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_importAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Import…"), this);
    m_importAction->setToolTip(tr("Import records from a CSV file"));
    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Export…"), this);
    m_exportAction->setToolTip(tr("Export the list, as filtered, to CSV or Excel"));

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(newAction);
    m_toolBar->addAction(openAction);
    m_toolBar->addAction(archiveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_exportAction);
    listLayout->addWidget(m_toolBar);
    listLayout->addWidget(m_list, 1);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_importAction, &QAction::triggered, this, &EntityPage::importRecords);
    connect(m_exportAction, &QAction::triggered, this, &EntityPage::exportRecords);
    connect(m_list, &RecordListView::openRequested, this, &EntityPage::openRecord);
    connect(m_list, &RecordListView::newRequested, this, &EntityPage::newRecord);
    connect(m_list, &RecordListView::selectionChanged, this, &EntityPage::updateActions);
    connect(m_list->model(), &RecordListModel::counted, this, &EntityPage::updateActions);
    connect(m_editor, &RecordEditor::closeRequested, this, [this] {
        const qint64 id = m_editor->recordId();
        m_stack->setCurrentWidget(m_listPage);
        if (id)
            m_list->selectIds({id});
        m_list->setFocus(Qt::OtherFocusReason);
    });
    updateActions();
}

PageContribution EntityPage::contribution(const QString &moduleId, const QString &entityId,
                                          const ExtensionRegistries &registries, int order)
{
    PageContribution page;
    page.id = moduleId + QLatin1Char('/') + entityId;
    page.order = order;
    const ExtensionRegistries *known = &registries;
    page.title = [known, entityId] {
        const Entity *entity = known->entities.find(entityId);
        return entity ? entity->pluralLabel() : entityId;
    };
    page.create = [entityId](CompanySession *session, QWidget *parent) -> QWidget * {
        return new EntityPage(*session, entityId, parent);
    };
    page.canClose = [](QWidget *page) {
        auto *entityPage = qobject_cast<EntityPage *>(page);
        return !entityPage || entityPage->canClose();
    };
    return page;
}

bool EntityPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void EntityPage::openRecord(qint64 id)
{
    if (isEditing() && !m_editor->canClose())
        return;
    if (!m_editor->openRecord(id))
        return;
    m_stack->setCurrentWidget(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void EntityPage::newRecord()
{
    if (isEditing() && !m_editor->canClose())
        return;
    m_editor->newRecord();
    m_stack->setCurrentWidget(m_editor);
}

bool EntityPage::showList()
{
    if (isEditing() && !m_editor->canClose())
        return false;
    m_stack->setCurrentWidget(m_listPage);
    return true;
}

bool EntityPage::canClose()
{
    return !isEditing() || m_editor->canClose();
}

void EntityPage::importRecords()
{
    // The dialog reads, maps, previews and checks; it writes all rows or none.
    ImportDialog dialog(m_records, m_entityId, this);
    dialog.exec();
}

void EntityPage::exportRecords()
{
    // What the list shows: its filter, search, order and visible columns,
    // or only the selected rows.
    ExportDialog dialog(m_records, m_entityId, m_list->model()->querySpec(), m_list->visibleColumns(),
                        m_list->selectedCount() > 1 ? m_list->selectedIds() : QList<qint64>(), this);
    dialog.exec();
}

void EntityPage::updateActions()
{
    m_exportAction->setEnabled(m_list->state() != RecordListView::State::NoRecords);
}

} // namespace Backroom
