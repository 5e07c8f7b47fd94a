#include "iconcache.h"
#include "modulearea.h"

#include "companysession.h"
#include "emptystatewidget.h"
#include "modulespec.h"

#include <QApplication>
#include <QIcon>
#include <QStackedLayout>
#include <QStyle>
#include <QTabWidget>

#include <algorithm>

namespace Backroom::Internal {

ModuleArea::ModuleArea(const ModuleSpec &spec, QList<PageContribution> pages, QWidget *parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_allPages(std::move(pages))
    , m_layout(new QStackedLayout(this))
{
    std::stable_sort(m_allPages.begin(), m_allPages.end(),
                     [](const PageContribution &a, const PageContribution &b) { return a.order < b.order; });
    m_pages = m_allPages;
    // The placeholder is built when the area is first shown: ten departments'
    // large icons need not be rendered before the window appears.
}

void ModuleArea::showEvent(QShowEvent *event)
{
    if (!m_tabs && !m_placeholder)
        showPlaceholder();
    QWidget::showEvent(event);
}

QString ModuleArea::moduleId() const
{
    return m_spec.id();
}

QStringList ModuleArea::pageIds() const
{
    QStringList ids;
    for (const PageContribution &page : m_pages)
        ids.append(page.id);
    return ids;
}

void ModuleArea::showPlaceholder()
{
    auto *empty = new EmptyStateWidget(this);
    if (m_spec.hasError()) {
        empty->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        empty->setTitle(tr("%1 could not be started").arg(m_spec.displayName()));
        empty->setText(tr("%1\n\nThe other departments work normally. Reinstalling Backroom usually repairs a "
                          "module; Help → Module Status shows every module's state.")
                           .arg(m_spec.errorString()));
    } else if (!m_session) {
        empty->setIcon(IconCache::icon(m_spec.iconPath()));
        empty->setTitle(m_spec.displayName());
        empty->setText(tr("Open or create a company to work in %1.").arg(m_spec.displayName()));
    } else if (m_pages.isEmpty() && !m_allPages.isEmpty()) {
        empty->setIcon(IconCache::icon(m_spec.iconPath()));
        empty->setTitle(m_spec.displayName());
        empty->setText(tr("%1 may not open any page of %2. An administrator can grant it with a role.")
                           .arg(m_session->userName(), m_spec.displayName()));
    } else {
        empty->setIcon(IconCache::icon(m_spec.iconPath()));
        empty->setTitle(m_spec.displayName());
        empty->setText(tr("%1 has no pages yet.").arg(m_spec.displayName()));
    }
    if (m_placeholder) {
        m_layout->removeWidget(m_placeholder);
        delete m_placeholder;
    }
    m_placeholder = empty;
    m_layout->addWidget(empty);
    m_layout->setCurrentWidget(empty);
}

void ModuleArea::setSession(CompanySession *session)
{
    if (m_tabs) {
        m_layout->removeWidget(m_tabs);
        delete m_tabs; // pages belong to the previous company
        m_tabs = nullptr;
    }
    m_session = session;
    // Only the pages this user may use.
    m_pages.clear();
    for (const PageContribution &page : std::as_const(m_allPages))
        if (!session || !page.available || page.available(session->access()))
            m_pages.append(page);
    if (m_placeholder) {
        m_layout->removeWidget(m_placeholder);
        delete m_placeholder;
        m_placeholder = nullptr;
    }
    if (isVisible())
        showPlaceholder();
}

void ModuleArea::ensurePages()
{
    if (m_tabs || !m_session || m_spec.hasError() || m_pages.isEmpty())
        return;
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    for (const PageContribution &page : std::as_const(m_pages)) {
        QWidget *widget = nullptr;
        try {
            widget = page.create(m_session, m_tabs);
        } catch (const std::exception &error) {
            qWarning("Backroom: page %s threw: %s", qPrintable(page.id), error.what());
        } catch (...) {
            qWarning("Backroom: page %s threw", qPrintable(page.id));
        }
        if (!widget) {
            // One broken page must not take the window down with it.
            auto *broken = new EmptyStateWidget(m_tabs);
            broken->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            broken->setTitle(tr("This page could not be opened"));
            broken->setText(tr("The %1 module failed to build the page “%2”. The rest of Backroom works normally.")
                                .arg(m_spec.displayName(), page.title ? page.title() : page.id));
            widget = broken;
        }
        widget->setObjectName(page.id);
        m_tabs->addTab(widget, page.icon, page.title ? page.title() : page.id);
    }
    m_layout->addWidget(m_tabs);
    m_layout->setCurrentWidget(m_tabs);
    if (m_placeholder) {
        m_layout->removeWidget(m_placeholder);
        delete m_placeholder;
        m_placeholder = nullptr;
    }
}

bool ModuleArea::showPage(const QString &pageId)
{
    const qsizetype index = pageIds().indexOf(pageId);
    if (index < 0)
        return false;
    ensurePages();
    if (m_tabs)
        m_tabs->setCurrentIndex(int(index));
    return true;
}

bool ModuleArea::canClose() const
{
    if (!m_tabs)
        return true;
    for (int index = 0; index < m_tabs->count(); ++index) {
        QWidget *widget = m_tabs->widget(index);
        for (const PageContribution &page : m_pages)
            if (page.id == widget->objectName() && page.canClose && !page.canClose(widget)) {
                m_tabs->setCurrentIndex(index);
                return false;
            }
    }
    return true;
}

QWidget *ModuleArea::currentPage() const
{
    return m_tabs ? m_tabs->currentWidget() : nullptr;
}

QString ModuleArea::currentPageId() const
{
    if (!m_tabs || m_tabs->currentIndex() < 0)
        return m_spec.id();
    return m_tabs->currentWidget()->objectName();
}

} // namespace Backroom::Internal
