#pragma once

#include <QWidget>

class QListWidget;

namespace Backroom::Internal {

// Shown when no company is open: create one, open one, try the demo, or pick
// a recent company.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Backroom::Internal
