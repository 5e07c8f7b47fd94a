#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace Backroom::Internal {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    m_timer->setInterval(m_minutes * 60 * 1000);
    restart();
}

void IdleWatcher::setTimeoutMsecsForTesting(int msecs)
{
    m_minutes = 1;
    m_timer->setInterval(msecs);
    restart();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    restart();
}

void IdleWatcher::restart()
{
    m_timedOut = false;
    if (m_active && m_minutes > 0)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Restarting a running timer is cheap; every input counts as presence.
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Backroom::Internal
