#include "entitypage.h"

#include "companysession.h"
#include "documentprinter.h"
#include "documentservice.h"
#include "exportdialog.h"
#include "extensionregistries.h"
#include "importdialog.h"
#include "recordformview.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

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
    // find() points into the registry; items() would be a copy gone by the
    // time the views are made.
    const EntityViewContribution *custom = registries ? registries->entityViews.find(m_entityId) : nullptr;

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
    m_toolBar->addSeparator();

    // Printing: the selected records from the list (one document each, in
    // one job), or the open record from the form.
    m_previewAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Print Preview…"), this);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_previewAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Ctrl+P belongs to the shell's File → Print…, which triggers the page's
    // action named "backroom-print"; a second Ctrl+P here would be ambiguous.
    m_printAction = new QAction(tr("Print…"), this);
    m_printAction->setObjectName(QStringLiteral("backroom-print"));
    m_exportAction->setObjectName(QStringLiteral("backroom-export"));
    m_pdfAction = new QAction(tr("Save as PDF…"), this);
    for (QAction *action : {m_previewAction, m_printAction, m_pdfAction})
        addAction(action);
    auto *printButton = new QToolButton(m_toolBar);
    printButton->setDefaultAction(m_previewAction);
    printButton->setText(tr("Print"));
    printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    printButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(m_previewAction);
    printMenu->addAction(m_printAction);
    printMenu->addAction(m_pdfAction);
    printMenu->addSeparator();
    printMenu->addMenu(templateMenu(printMenu));
    // Sensitive values in clear, on screen or on paper, only for who may
    // unmask them; each time is audited, and such prints say CONFIDENTIAL.
    const Entity *declared = m_records.entity(m_entityId);
    const bool sensitive = declared && std::any_of(declared->fields().cbegin(), declared->fields().cend(),
                                                   [](const Field &field) { return field.isSensitive(); });
    if (sensitive && m_records.allows(QStringLiteral("unmask"), m_entityId)) {
        m_showSensitiveAction = new QAction(tr("Show Sensitive Values"), this);
        m_showSensitiveAction->setCheckable(true);
        m_showSensitiveAction->setToolTip(tr("Show ID numbers, bank accounts and salaries in clear; recorded in the "
                                             "audit log"));
        connect(m_showSensitiveAction, &QAction::toggled, this, [this](bool on) {
            QString refusal;
            if (!m_list->model()->setSensitiveUnmasked(on, &refusal)) {
                const QSignalBlocker blocker(m_showSensitiveAction);
                m_showSensitiveAction->setChecked(false);
                QMessageBox::information(this, tr("Sensitive Values"), refusal);
            }
        });
        m_printSensitiveAction = printMenu->addAction(tr("Print Sensitive Values in Clear"));
        m_printSensitiveAction->setCheckable(true);
    }
    printButton->setMenu(printMenu);
    QAction *printButtonAction = m_toolBar->addWidget(printButton);
    const bool mayPrint = m_records.allows(QStringLiteral("print"), m_entityId);
    connect(m_previewAction, &QAction::triggered, this, [this] { printRecords(int(DocumentPrinter::Output::Preview)); });
    connect(m_printAction, &QAction::triggered, this, [this] { printRecords(int(DocumentPrinter::Output::Printer)); });
    connect(m_pdfAction, &QAction::triggered, this, [this] { printRecords(int(DocumentPrinter::Output::Pdf)); });
    if (auto *form = qobject_cast<RecordFormView *>(m_editor)) {
        auto *formPrint = new QToolButton(form->toolBar());
        formPrint->setDefaultAction(m_previewAction);
        formPrint->setText(tr("Print"));
        formPrint->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        formPrint->setPopupMode(QToolButton::MenuButtonPopup);
        formPrint->setMenu(printMenu);
        form->toolBar()->addSeparator();
        form->toolBar()->addWidget(formPrint)->setVisible(mayPrint);
    }
    if (m_showSensitiveAction) {
        m_toolBar->addSeparator();
        m_toolBar->addAction(m_showSensitiveAction);
    }
    // The services refuse what the user may not do; what they may never do
    // here is not offered either.
    m_importAction->setVisible(m_records.allows(QStringLiteral("create"), m_entityId));
    m_exportAction->setVisible(m_records.allows(QStringLiteral("export"), m_entityId));
    printButtonAction->setVisible(mayPrint);
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
    page.available = [entityId](const AccessControl &access) { return access.allows(QStringLiteral("read"), entityId); };
    page.canClose = [](QWidget *page) {
        auto *entityPage = qobject_cast<EntityPage *>(page);
        return !entityPage || entityPage->canClose();
    };
    return page;
}

QMenu *EntityPage::templateMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Template"), parent);
    // Filled when opened: templates may be added or reset while the app runs.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        if (!m_documents)
            m_documents = std::make_unique<DocumentService>(m_records);
        const TemplateStore &store = m_documents->templates();
        auto *group = new QActionGroup(menu);
        for (const QString &name : store.namesFor(m_entityId)) {
            const DocumentTemplate loaded = store.load(name);
            const QString title = name == m_entityId && store.origin(name) == TemplateStore::Origin::Generated
                                      ? TemplateStore::originText(TemplateStore::Origin::Generated)
                                      : (loaded.isValid() ? loaded.title() : name);
            QAction *choice = menu->addAction(tr("%1 (%2)").arg(title, TemplateStore::originText(store.origin(name))));
            choice->setCheckable(true);
            choice->setChecked(name == (m_templateName.isEmpty() ? m_entityId : m_templateName));
            group->addAction(choice);
            connect(choice, &QAction::triggered, this, [this, name] { m_templateName = name == m_entityId ? QString() : name; });
        }
        menu->addSeparator();
        const QString current = m_templateName.isEmpty() ? m_entityId : m_templateName;
        QAction *customize = menu->addAction(tr("Edit a Copy of This Template…"));
        connect(customize, &QAction::triggered, this, [this, current] {
            QString error;
            const QString path = m_documents->templates().customize(current, &error);
            if (path.isEmpty()) {
                QMessageBox::warning(this, tr("Templates"), error);
                return;
            }
            QMessageBox::information(this, tr("Templates"),
                                     tr("Your copy is %1. Edit it with any text editor; Backroom uses it from the next print.")
                                         .arg(QDir::toNativeSeparators(path)));
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
        QAction *reset = menu->addAction(tr("Reset to the Shipped Template"));
        reset->setEnabled(m_documents->templates().origin(current) == TemplateStore::Origin::User);
        connect(reset, &QAction::triggered, this, [this, current] {
            QString keptAs;
            QString error;
            if (!m_documents->templates().resetToShipped(current, &keptAs, &error)) {
                QMessageBox::warning(this, tr("Templates"), error);
                return;
            }
            QMessageBox::information(this, tr("Templates"),
                                     tr("The shipped template is in use again. Your copy was kept as %1.")
                                         .arg(QDir::toNativeSeparators(keptAs)));
        });
    });
    return menu;
}

QList<qint64> EntityPage::printTargets() const
{
    if (isEditing())
        return m_editor->recordId() ? QList<qint64>{m_editor->recordId()} : QList<qint64>();
    QList<qint64> ids = m_list->selectedIds();
    if (ids.isEmpty() && m_list->currentId())
        ids.append(m_list->currentId());
    return ids;
}

void EntityPage::printRecords(int output)
{
    const QList<qint64> ids = printTargets();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Print"), isEditing() ? tr("Save the record first; then it can be printed.")
                                                                 : tr("Select the records to print."));
        return;
    }
    if (isEditing() && m_editor->isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Print"), tr("The record has unsaved changes; the print shows it as last saved. Print anyway?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (!m_documents)
        m_documents = std::make_unique<DocumentService>(m_records);
    DocumentPrinter printer(*m_documents, this);
    printer.printRecords(m_entityId, ids, DocumentPrinter::Output(output), m_templateName,
                         m_printSensitiveAction && m_printSensitiveAction->isChecked());
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
