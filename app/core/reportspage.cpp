#include "reportspage.h"

#include "companysession.h"
#include "extensionregistries.h"
#include "reportview.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Backroom {

ReportsPage::ReportsPage(Records &records, const ExtensionRegistries &registries, const QString &moduleId,
                         QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_registries(registries)
    , m_moduleId(moduleId)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reports-") + moduleId);
    for (const ReportDefinition &report : registries.reports.itemsOf(moduleId)) {
        auto *item = new QListWidgetItem(report.title(), m_list);
        item->setData(Qt::UserRole, report.id());
        item->setToolTip(report.descriptionText());
    }
    auto *hint = new QLabel(tr("Choose a report on the left."), m_stack);
    hint->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(hint);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 800});
    m_list->setMinimumWidth(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsPage::showRow);
    // The shell's File → Print… and Export… find these by name and act on
    // the report on show, once it has a result.
    auto *print = new QAction(tr("Print…"), this);
    print->setObjectName(QStringLiteral("backroom-print"));
    connect(print, &QAction::triggered, this, [this] {
        if (ReportView *view = currentView(); view && view->result())
            view->print();
    });
    auto *exportAction = new QAction(tr("Export…"), this);
    exportAction->setObjectName(QStringLiteral("backroom-export"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (ReportView *view = currentView(); view && view->result())
            view->exportXlsx();
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

ReportView *ReportsPage::currentView() const
{
    return qobject_cast<ReportView *>(m_stack->currentWidget());
}

bool ReportsPage::openReport(const QString &reportId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == reportId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool ReportsPage::openReport(const QString &reportId, const QVariantMap &parameters)
{
    if (!openReport(reportId))
        return false;
    ReportView *view = currentView();
    if (!view || view->definition().id() != reportId)
        return false;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        if (view->definition().parameter(it.key()))
            view->setParameterValue(it.key(), it.value());
    view->run();
    return true;
}

void ReportsPage::showRow(int row)
{
    if (row < 0)
        return;
    const QString id = m_list->item(row)->data(Qt::UserRole).toString();
    ReportView *view = m_views.value(id);
    if (!view) {
        const ReportDefinition *definition = m_registries.reports.find(id);
        if (!definition)
            return;
        view = new ReportView(m_records, *definition, m_stack);
        connect(view, &ReportView::drillDownRequested, this, &ReportsPage::drillDownRequested);
        connect(view, &ReportView::reportRequested, this,
                [this](const QString &reportId, const QVariantMap &parameters) { openReport(reportId, parameters); });
        m_stack->addWidget(view);
        m_views.insert(id, view);
    }
    m_stack->setCurrentWidget(view);
}

PageContribution ReportsPage::contribution(const QString &moduleId, const ExtensionRegistries &registries, int order)
{
    PageContribution page;
    page.id = moduleId + QStringLiteral("/reports");
    page.order = order;
    page.title = [] { return tr("Reports"); };
    const ExtensionRegistries *known = &registries;
    page.create = [moduleId, known](CompanySession *session, QWidget *parent) -> QWidget * {
        auto *reports = new ReportsPage(session->records(), *known, moduleId, parent);
        connect(reports, &ReportsPage::drillDownRequested, reports,
                [session](const QString &entityId, qint64 id) { session->openRecord(entityId, id); });
        return reports;
    };
    page.available = [moduleId](const AccessControl &access) { return access.allows(QStringLiteral("read"), moduleId); };
    page.canClose = [](QWidget *page) {
        // A running report is canceled with its page; nothing unsaved.
        Q_UNUSED(page);
        return true;
    };
    return page;
}

} // namespace Backroom
