#pragma once

#include "settingspagecontribution.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Backroom {

class ExtensionRegistries;

namespace Internal {

// Edit → Preferences: the shell's own settings (language, idle lock,
// automatic backups) and the pages modules contribute.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const ExtensionRegistries &registries, QWidget *parent = nullptr);

    // The open company's file: the Backups page warns when the backup
    // folder is on its disk.
    void setCompanyPath(const QString &path);

    void accept() override;

private:
    QWidget *createBackupPage();
    void updateBackupState();

    QTabWidget *m_tabs;
    QComboBox *m_language;
    QSpinBox *m_lockMinutes;
    QCheckBox *m_backupEnabled = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupGenerations = nullptr;
    QSpinBox *m_backupInterval = nullptr;
    QCheckBox *m_backupOnClose = nullptr;
    QLabel *m_backupWarning = nullptr;
    QString m_companyPath;
    QList<QPair<SettingsPageContribution, QWidget *>> m_modulePages;
};

} // namespace Internal
} // namespace Backroom
