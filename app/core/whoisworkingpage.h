#pragma once

#include "coreglobal.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableWidget;

namespace Backroom {

class CompanySession;
class EmptyStateWidget;

// System Administration → Who Is Working (在线用户): the company's server
// connections now (WhoIsWorking), clerks first, this window's own marked;
// refreshed when shown and on Refresh. A company file says instead that
// one desk works in it at a time.
class BACKROOM_CORE_EXPORT WhoIsWorkingPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { ClerkColumn, ComputerColumn, KindColumn, SinceColumn, StateColumn, ProcessColumn, ColumnCount };

    explicit WhoIsWorkingPage(CompanySession &session, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    CompanySession &m_session;
    QAction *m_refresh = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    EmptyStateWidget *m_oneDesk = nullptr;
};

} // namespace Backroom
