#include "whoisworkingpage.h"

#include "companyfile.h"
#include "companysession.h"
#include "emptystatewidget.h"
#include "whoisworking.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QSysInfo>
#include <QTableWidget>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

namespace Backroom {

WhoIsWorkingPage::WhoIsWorkingPage(CompanySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("whoIsWorkingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    if (!session.company().isOnServer()) {
        m_oneDesk = new EmptyStateWidget(this);
        m_oneDesk->setObjectName(QStringLiteral("oneDesk"));
        m_oneDesk->setIcon(QIcon(QStringLiteral(":/backroom/icons/modules/administration.svg")));
        m_oneDesk->setTitle(tr("One desk at a time"));
        m_oneDesk->setText(WhoIsWorking::oneDeskSentence(
            WhoIsWorking::thisDesk(QSysInfo::machineHostName(), session.userName())));
        layout->addWidget(m_oneDesk, 1);
        return;
    }

    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Ask the server again who is connected to this company"));
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_refresh);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("connections"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("User"), tr("Computer"), tr("Connection"), tr("Connected Since"), tr("State"), tr("Server Process")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(8, 6, 8, 6);

    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    // Asked when shown (showEvent), not here: a page made and never shown
    // costs the server nothing.
    connect(m_refresh, &QAction::triggered, this, &WhoIsWorkingPage::refresh);
}

void WhoIsWorkingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_table)
        refresh();
}

void WhoIsWorkingPage::refresh()
{
    if (!m_table)
        return;
    QString error;
    const std::optional<QList<WhoIsWorking::Connection>> connections =
        WhoIsWorking::list(m_session.company().database(), &error);
    m_table->setRowCount(0);
    if (!connections) {
        m_status->setText(tr("The server could not say who is connected: %1").arg(error));
        return;
    }
    m_table->setRowCount(int(connections->size()));
    QSet<QString> clerks;
    for (int row = 0; row < connections->size(); ++row) {
        const WhoIsWorking::Connection &connection = connections->at(row);
        if (!connection.clerk.isEmpty())
            clerks.insert(connection.clerk);
        const QStringList cells{connection.mine ? tr("%1 (this window)").arg(connection.clerkText())
                                                : connection.clerkText(),
                                connection.hostText(), connection.kindText(), connection.sinceText(),
                                connection.stateText(), QString::number(connection.pid)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (connection.mine) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            // Unfinished work holding locks is what the administrator looks for.
            if (column == StateColumn && connection.inOpenTransaction())
                item->setForeground(palette().color(QPalette::Link));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("Connections to this company: %1; signed-in users: %2. Asked the server at %3.")
                          .arg(connections->size())
                          .arg(clerks.size())
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
}

} // namespace Backroom
