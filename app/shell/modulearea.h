#pragma once

#include "pagecontribution.h"

#include <QWidget>

class QStackedLayout;
class QTabWidget;

namespace Backroom {

class CompanySession;
class ModuleSpec;

namespace Internal {

// One module's part of the main window: its pages as tabs, created the first
// time the module is shown for the open company. A failed module shows its
// error instead.
class ModuleArea : public QWidget
{
    Q_OBJECT

public:
    ModuleArea(const ModuleSpec &spec, QList<PageContribution> pages, QWidget *parent = nullptr);

    const ModuleSpec &spec() const { return m_spec; }
    QString moduleId() const;
    QStringList pageIds() const;
    bool showPage(const QString &pageId);
    QString currentPageId() const;
    QWidget *currentPage() const;

    // Asks each page whether it may be destroyed (unsaved work).
    bool canClose() const;
    void setSession(CompanySession *session);
    // Creates the pages if a company is open and they do not exist yet.
    void ensurePages();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPlaceholder();

    const ModuleSpec &m_spec;
    QList<PageContribution> m_allPages;
    QList<PageContribution> m_pages;     // those the session's user may use
    CompanySession *m_session = nullptr;
    QStackedLayout *m_layout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_placeholder = nullptr;
};

} // namespace Internal
} // namespace Backroom
