#pragma once

#include "automaticbackups.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QTimer;
class QWidget;

namespace Backroom {

class CompanyFile;
class CompanySession;
class Suite;

namespace Internal {

// The window's backups: File → Back Up (with progress and Cancel) and the
// automatic backups of Preferences → Backups, on a schedule while a company
// is open and when it is closed. A failed automatic backup is shown (a
// message box, and the status bar), never swallowed; the one made on closing
// can be skipped from its progress dialog.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(Suite &suite, QWidget *window);

    // The company now open (nullptr: none); starts or stops the schedule.
    void setCompany(CompanyFile *company, CompanySession *session);
    // After Preferences: the schedule follows the new settings.
    void applySettings();

    void backUp();
    // The automatic backup on closing, when the settings ask for one and
    // something was written since this session's last one.
    void backUpBeforeClosing();
    // The scheduled one (the timer calls it).
    void backUpOnSchedule();

    // Progress for a CompanyBackup, shown in `dialog`; its Cancel cancels.
    static CompanyBackup::Progress progressIn(QProgressDialog &dialog);

signals:
    void statusMessage(const QString &message, int timeout);

private:
    bool mayBackUp(QString *refusal) const;
    CompanyBackup::Result runAutomatic(const QString &label, const QString &cancelText);
    void reportAutomaticFailure(const CompanyBackup::Result &result);

    Suite &m_suite;
    QWidget *m_window;
    CompanyFile *m_company = nullptr;
    CompanySession *m_session = nullptr;
    QTimer *m_timer;
    bool m_running = false;
    qint64 m_auditHeadAtLastBackup = -1;
};

} // namespace Internal
} // namespace Backroom
