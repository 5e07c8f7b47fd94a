#include "financeoverview.h"

#include "companyfile.h"
#include "companysession.h"
#include "financeentities.h"
#include "iconcache.h"
#include "periodsummary.h"
#include "records.h"

#include <QDate>
#include <QPushButton>

namespace Backroom::Finance {

FinanceOverview::FinanceOverview(CompanySession *session, const QString &title, const QString &iconPath,
                                 QWidget *parent)
    : EmptyStateWidget(parent)
    , m_session(session)
{
    setIcon(IconCache::icon(iconPath));
    setTitle(title);
    if (!session)
        return;
    const auto open = [session](const QString &page) { return [session, page] { session->openPage(page); }; };
    connect(addButton(tr("&Vouchers")), &QPushButton::clicked, this,
            open(QStringLiteral("finance/") + FinanceEntities::voucher()));
    connect(addButton(tr("&Chart of Accounts")), &QPushButton::clicked, this,
            open(QStringLiteral("finance/") + FinanceEntities::account()));
    connect(addButton(tr("&Opening Balances")), &QPushButton::clicked, this, open(QStringLiteral("finance/opening")));
    connect(addButton(tr("Period C&lose")), &QPushButton::clicked, this, open(QStringLiteral("finance/periods")));
    connect(addButton(tr("&Reports")), &QPushButton::clicked, this, open(QStringLiteral("finance/reports")));
    connect(&session->records(), &Records::changed, this, [this](const QString &entityId) {
        if (entityId.startsWith(QLatin1String("finance.")))
            refresh();
    });
    refresh();
}

void FinanceOverview::refresh()
{
    if (!m_session)
        return;
    QString error;
    const std::optional<PeriodSummary> summary =
        PeriodSummary::of(m_session->records(), FinanceEntities::periodOf(QDate::currentDate()), &error);
    setText(m_session->company().companyName() + QStringLiteral("\n\n") + (summary ? summary->text() : error));
}

} // namespace Backroom::Finance
