#include "periodspage.h"

#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "periodclose.h"
#include "records.h"
#include "revaluation.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom::Finance {

PeriodsPage::PeriodsPage(Records &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
{
    auto *title = new QLabel(tr("Period close"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Months are closed in order once every voucher in them is posted; closing carries the "
                                "month's income and expenses to the profit account and locks the month. Reopening "
                                "goes back from the latest closed month and needs a reason."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("State"), tr("Vouchers"), tr("Not posted"), tr("Closed by"),
                                        tr("Closed at"), tr("Carry-forward voucher")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_checks = new QLabel(this);
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_checks->setMinimumWidth(320);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    m_close = new QPushButton(this);
    m_reopen = new QPushButton(this);
    m_revalue = new QPushButton(this);
    m_revalue->setObjectName(QStringLiteral("revalue"));
    connect(m_revalue, &QPushButton::clicked, this, &PeriodsPage::revalue);
    connect(m_close, &QPushButton::clicked, this, &PeriodsPage::closeNext);
    connect(m_reopen, &QPushButton::clicked, this, &PeriodsPage::reopenLast);

    auto *side = new QVBoxLayout;
    side->addWidget(m_checks, 1);
    side->addWidget(m_revalue);
    side->addWidget(m_close);
    side->addWidget(m_reopen);
    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 3);
    body->addLayout(side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Close period"), question) == QMessageBox::Yes;
    };
    m_askReason = [this](const QString &question) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Reopen period"), question, QLineEdit::Normal, {}, &ok);
        return ok ? std::optional<QString>(reason) : std::nullopt;
    };
    connect(&m_records, &Records::changed, this, [this](const QString &entityId) {
        if (entityId == FinanceEntities::voucher() || entityId == FinanceEntities::period())
            refresh();
    });
    refresh();
}

QString PeriodsPage::message() const
{
    return m_message->text();
}

void PeriodsPage::refresh()
{
    PeriodClose closing(m_records);
    m_lastClosed = closing.lastClosed();
    const QString thisMonth = FinanceEntities::periodOf(QDate::currentDate());
    // Up to this month, or the month after the last closed one when the
    // books run ahead of the calendar.
    QString until = thisMonth;
    if (!m_lastClosed.isEmpty() && FinanceEntities::nextPeriod(m_lastClosed) > until)
        until = FinanceEntities::nextPeriod(m_lastClosed);
    const QList<PeriodClose::Status> months = closing.statuses(until);
    m_nextToClose = m_lastClosed.isEmpty() ? (months.isEmpty() ? thisMonth : months.constFirst().period)
                                           : FinanceEntities::nextPeriod(m_lastClosed);

    const QLocale locale;
    m_table->setRowCount(int(months.size()));
    // Newest first: the month being worked on is the one looked at.
    for (int i = 0; i < months.size(); ++i) {
        const PeriodClose::Status &month = months.at(months.size() - 1 - i);
        const auto set = [&](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            m_table->setItem(i, column, item);
        };
        set(0, month.period);
        set(1, month.closed ? tr("Closed") : tr("Open"));
        set(2, locale.toString(month.vouchers), Qt::AlignRight | Qt::AlignVCenter);
        set(3, month.unposted ? locale.toString(month.unposted) : QString(), Qt::AlignRight | Qt::AlignVCenter);
        set(4, month.closed ? month.closedBy : QString());
        set(5, month.closed ? locale.toString(month.closedAt.toLocalTime(), QLocale::ShortFormat) : QString());
        set(6, month.closed && month.carryVoucher > 0
                   ? m_records.displayName(FinanceEntities::voucher(), month.carryVoucher)
                   : QString());
        if (month.closed)
            for (int column = 0; column < m_table->columnCount(); ++column)
                m_table->item(i, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (month.unposted > 0)
            m_table->item(i, 3)->setForeground(QColor(0xb0, 0x30, 0x20));
    }
    m_table->resizeColumnsToContents();

    m_close->setText(tr("Close %1…").arg(m_nextToClose));
    m_reopen->setText(m_lastClosed.isEmpty() ? tr("Reopen…") : tr("Reopen %1…").arg(m_lastClosed));
    // Offered only to books that keep an account in a foreign currency.
    const auto foreign = m_records.database().scalar(
        QStringLiteral("SELECT count(*) FROM finance_account WHERE currency IS NOT NULL"));
    m_revalue->setVisible(foreign && foreign->toLongLong() > 0);
    m_revalue->setText(tr("Revalue foreign currencies for %1…").arg(m_nextToClose));
    m_revalue->setEnabled(m_records.allows(QStringLiteral("post"), FinanceEntities::voucher()));
    m_reopen->setEnabled(!m_lastClosed.isEmpty() && m_records.allows(QStringLiteral("administer"), FinanceEntities::period()));
    showChecks();
}

void PeriodsPage::showChecks()
{
    QString error;
    const std::optional<QList<PeriodClose::Check>> checks = PeriodClose(m_records).checks(m_nextToClose, &error);
    if (!checks) {
        m_checks->setText(error.toHtmlEscaped());
        m_close->setEnabled(false);
        return;
    }
    bool ready = true;
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing='4'>")
                       .arg(tr("Closing %1 checks:").arg(m_nextToClose).toHtmlEscaped());
    for (const PeriodClose::Check &check : *checks) {
        ready = ready && check.passed;
        html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td></tr>")
                    .arg(check.passed ? QStringLiteral("#2e7d32") : QStringLiteral("#b03020"),
                         check.passed ? QStringLiteral("✔") : QStringLiteral("✘"), check.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_checks->setText(html);
    m_close->setEnabled(ready && m_records.allows(QStringLiteral("post"), FinanceEntities::period()));
}

bool PeriodsPage::closeNext()
{
    const QString period = m_nextToClose;
    if (!m_confirm(tr("Close %1? Its vouchers can no longer be changed until it is reopened.").arg(period)))
        return false;
    const Records::Result result = PeriodClose(m_records).close(period);
    if (!result.ok()) {
        m_message->setText(result.message);
        refresh();
        return false;
    }
    refresh();
    m_message->setText(result.id > 0 ? tr("%1 is closed; %2 carried its profit and loss forward.")
                                           .arg(period, m_records.displayName(FinanceEntities::voucher(), result.id))
                                     : tr("%1 is closed.").arg(period));
    return true;
}

bool PeriodsPage::revalue()
{
    const QString period = m_nextToClose;
    Revaluation revaluation(m_records);
    QString error;
    const std::optional<QList<Revaluation::Line>> lines = revaluation.compute(period, &error);
    if (!lines) {
        m_message->setText(error);
        return false;
    }
    QStringList shown;
    qint64 net = 0;
    for (const Revaluation::Line &line : *lines) {
        if (line.difference() == 0)
            continue;
        net += line.difference();
        shown.append(tr("%1: %2 at %3 is %4; the books have %5, a difference of %6.")
                         .arg(line.accountText,
                              ForeignCurrency::amountText(line.currencyCode, line.foreignBalance, line.decimals),
                              ForeignCurrency::rateText(line.rate), MoneyFormat::money(line.revalued),
                              MoneyFormat::money(line.localBalance), MoneyFormat::money(line.difference())));
    }
    if (shown.isEmpty()) {
        m_message->setText(Revaluation::nothingToRevalue(period));
        return false;
    }
    const QString question =
        tr("Revalue the foreign-currency accounts at the end of %1?").arg(period) + QStringLiteral("\n\n")
        + shown.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
        + (net > 0 ? tr("An exchange gain of %1 is credited to exchange gains and losses.")
                   : tr("An exchange loss of %1 is debited to exchange gains and losses."))
              .arg(MoneyFormat::money(qAbs(net)));
    if (!m_confirm(question))
        return false;
    const Records::Result result = revaluation.post(period);
    refresh();
    m_message->setText(result.ok() ? tr("%1 posted the exchange revaluation of %2.")
                                         .arg(m_records.displayName(FinanceEntities::voucher(), result.id), period)
                                   : result.message);
    return result.ok();
}

bool PeriodsPage::reopenLast()
{
    const QString period = m_lastClosed;
    if (period.isEmpty())
        return false;
    const std::optional<QString> reason =
        m_askReason(tr("Why is %1 reopened? The reason goes into the audit log.").arg(period));
    if (!reason)
        return false;
    const Records::Result result = PeriodClose(m_records).reopen(period, *reason);
    refresh();
    m_message->setText(result.ok() ? tr("%1 is open again.").arg(period) : result.message);
    return result.ok();
}

} // namespace Backroom::Finance
