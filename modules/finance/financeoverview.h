#pragma once

#include "emptystatewidget.h"

namespace Backroom {
class CompanySession;
}

namespace Backroom::Finance {

// The finance department's landing page: where this month's vouchers
// stand, and the way to the voucher list, the chart and the reports.
class FinanceOverview : public EmptyStateWidget
{
    Q_OBJECT

public:
    FinanceOverview(CompanySession *session, const QString &title, const QString &iconPath, QWidget *parent = nullptr);

    void refresh();

private:
    CompanySession *m_session;
};

} // namespace Backroom::Finance
