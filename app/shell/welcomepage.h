#pragma once

#include <QWidget>

class QListWidget;
class QMenu;

namespace Backroom::Internal {

// Shown when no company is open: create one, open one, try the demo, or pick
// a recent company.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    // The recent entry's context menu (nullptr when it offers nothing): a
    // server company's "Forget Saved Password" while a keychain is available.
    QMenu *contextMenuFor(const QString &path);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);
    void forgetPasswordRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Backroom::Internal
