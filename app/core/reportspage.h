#pragma once

#include "coreglobal.h"
#include "pagecontribution.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace Backroom {

class CompanySession;
class ExtensionRegistries;
class Records;
class ReportView;

// A module's "Reports" page: its declared reports in a list on the left,
// the chosen one's ReportView on the right (made when first chosen).
class BACKROOM_CORE_EXPORT ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Records &records, const ExtensionRegistries &registries, const QString &moduleId,
                QWidget *parent = nullptr);

    QListWidget *reportList() const { return m_list; }
    ReportView *currentView() const;
    // Shows the report; false when the module has no such report.
    bool openReport(const QString &reportId);
    // Shows the report with these parameter values (those it declares) and
    // runs it; false when the module has no such report.
    bool openReport(const QString &reportId, const QVariantMap &parameters);

    // The page for a module's reports, "<module>/reports"; opening a row's
    // record goes through the session to the page listing that entity.
    static PageContribution contribution(const QString &moduleId, const ExtensionRegistries &registries,
                                         int order = 900);

signals:
    void drillDownRequested(const QString &entityId, qint64 recordId);

private:
    void showRow(int row);

    Records &m_records;
    const ExtensionRegistries &m_registries;
    QString m_moduleId;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QHash<QString, ReportView *> m_views;
};

} // namespace Backroom
