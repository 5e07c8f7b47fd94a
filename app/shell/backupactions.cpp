#include "backupactions.h"

#include "auditlog.h"
#include "companyfile.h"
#include "companysession.h"
#include "records.h"
#include "suite.h"
#include "useraccounts.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

namespace Backroom::Internal {

BackupActions::BackupActions(Suite &suite, QWidget *window)
    : QObject(window)
    , m_suite(suite)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("automaticBackupTimer"));
    connect(m_timer, &QTimer::timeout, this, &BackupActions::backUpOnSchedule);
}

void BackupActions::setCompany(CompanyFile *company, CompanySession *session)
{
    m_company = company;
    m_session = session;
    m_auditHeadAtLastBackup = -1;
    applySettings();
}

void BackupActions::applySettings()
{
    const AutomaticBackups::Settings settings = AutomaticBackups::Settings::load();
    if (m_company && settings.enabled && settings.intervalHours > 0)
        m_timer->start(std::chrono::hours(settings.intervalHours));
    else
        m_timer->stop();
}

CompanyBackup::Progress BackupActions::progressIn(QProgressDialog &dialog)
{
    dialog.setRange(0, 1000);
    return [&dialog](qint64 done, qint64 total) {
        dialog.setValue(int(std::min<qint64>(1000, done * 1000 / std::max<qint64>(total, 1))));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

bool BackupActions::mayBackUp(QString *refusal) const
{
    // A backup holds the whole company, password hashes and salaries
    // included: administrators only, as backroom-cli backup and migrate.
    return m_session->records().check(UserAccounts::administerAction(), UserAccounts::securityScope(), refusal);
}

void BackupActions::backUp()
{
    if (!m_company || m_running)
        return;
    QString refusal;
    if (!mayBackUp(&refusal)) {
        QMessageBox::warning(m_window, tr("Back Up Company"), refusal);
        return;
    }
    // The automatic backups' folder, else the company's own.
    const AutomaticBackups::Settings settings = AutomaticBackups::Settings::load();
    QString folder = settings.folder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_company->isOnServer() ? QDir::homePath() : QFileInfo(m_company->path()).absolutePath();
    const QString suggested = QDir(folder).filePath(CompanyBackup::suggestedFileName(m_company->companyName()));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back Up Company"), suggested,
                                                        tr("Backroom backups (*.bkbackup)"));
    if (target.isEmpty())
        return;

    m_running = true;
    QProgressDialog dialog(tr("Backing up “%1”…").arg(m_company->companyName()), tr("Cancel"), 0, 1000, m_window);
    dialog.setWindowTitle(tr("Back Up Company"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CompanyBackup backup(m_suite.schemas(), m_suite.registries().verifiers.items());
    // The file dialog asked before replacing an existing file.
    const CompanyBackup::Result result =
        backup.backUp(*m_company, target, m_session->userName(), progressIn(dialog), true);
    QApplication::restoreOverrideCursor();
    dialog.reset();
    m_running = false;
    if (result.cancelled) {
        emit statusMessage(tr("The backup was cancelled; nothing was written."), 8000);
        return;
    }
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Backup Failed"), result.message);
        return;
    }
    emit statusMessage(tr("Backed up to %1 (%2).")
                           .arg(QDir::toNativeSeparators(result.path), QLocale().formattedDataSize(result.backupSize)),
                       10000);
}

CompanyBackup::Result BackupActions::runAutomatic(const QString &label, const QString &cancelText)
{
    m_running = true;
    QProgressDialog dialog(label, cancelText, 0, 1000, m_window);
    dialog.setWindowTitle(tr("Automatic Backup"));
    dialog.setWindowModality(Qt::WindowModal);
    // Quick ones pass without a flash of a dialog.
    dialog.setMinimumDuration(800);
    const CompanyBackup backup(m_suite.schemas(), m_suite.registries().verifiers.items());
    const CompanyBackup::Result result = AutomaticBackups::run(*m_company, AutomaticBackups::Settings::load(), backup,
                                                               m_session->userName(), progressIn(dialog));
    dialog.reset();
    m_running = false;
    if (result.ok)
        m_auditHeadAtLastBackup = AuditLog(m_company->database()).head().id;
    return result;
}

void BackupActions::reportAutomaticFailure(const CompanyBackup::Result &result)
{
    if (result.cancelled) {
        emit statusMessage(tr("The automatic backup was skipped."), 10000);
        return;
    }
    emit statusMessage(tr("The automatic backup failed: %1").arg(result.message), 0);
    QMessageBox::warning(m_window, tr("Automatic Backup Failed"),
                         tr("The automatic backup of “%1” failed: %2\n\nCheck the folder in Edit → Preferences → "
                            "Backups, or back up with File → Back Up Company.")
                             .arg(m_company ? m_company->companyName() : QString(), result.message));
}

void BackupActions::backUpOnSchedule()
{
    if (!m_company || m_running || !AutomaticBackups::Settings::load().enabled)
        return;
    QString refusal;
    if (!mayBackUp(&refusal)) {
        // Said once: the schedule stops for this session.
        m_timer->stop();
        emit statusMessage(tr("No automatic backups: %1").arg(refusal), 0);
        return;
    }
    const CompanyBackup::Result result =
        runAutomatic(tr("Making the scheduled backup of “%1”…").arg(m_company->companyName()), tr("Skip"));
    if (!result.ok)
        reportAutomaticFailure(result);
    else
        emit statusMessage(tr("Automatic backup made: %1").arg(QDir::toNativeSeparators(result.path)), 10000);
}

void BackupActions::backUpBeforeClosing()
{
    if (!m_company || m_running)
        return;
    const AutomaticBackups::Settings settings = AutomaticBackups::Settings::load();
    if (!settings.enabled || !settings.onClose)
        return;
    // Nothing written since this session's last backup: it is still current.
    if (m_auditHeadAtLastBackup >= 0 && AuditLog(m_company->database()).head().id == m_auditHeadAtLastBackup)
        return;
    QString refusal;
    if (!mayBackUp(&refusal)) {
        QMessageBox::warning(m_window, tr("Automatic Backup"), tr("No automatic backup was made: %1").arg(refusal));
        return;
    }
    const CompanyBackup::Result result =
        runAutomatic(tr("Backing up “%1” before closing it…").arg(m_company->companyName()), tr("Skip"));
    if (!result.ok)
        reportAutomaticFailure(result);
}

} // namespace Backroom::Internal
