#pragma once

#include <QObject>

class QTimer;

namespace Backroom::Internal {

// Notices when nobody has touched the keyboard or mouse for a while, so a
// desk left unattended does not leave salaries and bank accounts on screen.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 switches it off.
    void setTimeoutMinutes(int minutes);
    int timeoutMinutes() const { return m_minutes; }
    void setActive(bool active);
    // Tests: milliseconds instead of minutes.
    void setTimeoutMsecsForTesting(int msecs);
    // Whether the last idle() has come and no input since.
    bool isTimedOut() const { return m_timedOut; }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer *m_timer;
    int m_minutes = 0;
    bool m_active = false;
    bool m_timedOut = false;
};

} // namespace Backroom::Internal
