#include "iconcache.h"
#include "homepage.h"

#include "companyfile.h"
#include "companysession.h"
#include "emptystatewidget.h"
#include "suite.h"

#include <QDate>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom::Internal {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

HomePage::HomePage(Suite &suite, QWidget *parent)
    : QWidget(parent)
    , m_suite(suite)
    , m_greeting(new QLabel(this))
    , m_company(new QLabel(this))
{
    QFont greetingFont = m_greeting->font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.6);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);
    m_company->setForegroundRole(QPalette::PlaceholderText);

    auto *attentionFrame = new QFrame(this);
    attentionFrame->setFrameShape(QFrame::StyledPanel);
    auto *attention = new EmptyStateWidget(attentionFrame);
    attention->setObjectName(QStringLiteral("attention"));
    attention->setIcon(IconCache::icon(QStringLiteral(":/backroom/icons/home.svg")));
    attention->setTitle(tr("Nothing needs your attention"));
    attention->setText(tr("Vouchers waiting for your review, requests waiting for your approval, contracts "
                          "coming up for renewal and other work assigned to you will be listed here."));
    auto *attentionLayout = new QVBoxLayout(attentionFrame);
    attentionLayout->addWidget(attention);
    attentionFrame->setMinimumHeight(260);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(m_greeting);
    layout->addWidget(m_company);
    layout->addSpacing(12);
    layout->addWidget(sectionTitle(tr("Needs your attention"), content));
    layout->addWidget(attentionFrame, 1);


    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void HomePage::setSession(CompanySession *session)
{
    m_session = session;
    const int hour = QTime::currentTime().hour();
    const QString user = session ? session->userName() : QString();
    QString greeting;
    if (hour < 12)
        greeting = tr("Good morning, %1");
    else if (hour < 18)
        greeting = tr("Good afternoon, %1");
    else
        greeting = tr("Good evening, %1");
    m_greeting->setText(greeting.arg(user));
    if (session)
        m_company->setText(tr("%1 · %2")
                               .arg(session->company().companyName(),
                                    QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    else
        m_company->clear();
}

} // namespace Backroom::Internal
