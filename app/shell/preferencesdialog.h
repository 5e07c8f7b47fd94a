#pragma once

#include "settingspagecontribution.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace Backroom {

class ExtensionRegistries;

namespace Internal {

// Edit → Preferences: the shell's own settings (language) and the pages
// modules contribute.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const ExtensionRegistries &registries, QWidget *parent = nullptr);

    void accept() override;

private:
    QTabWidget *m_tabs;
    QComboBox *m_language;
    QSpinBox *m_lockMinutes;
    QList<QPair<SettingsPageContribution, QWidget *>> m_modulePages;
};

} // namespace Internal
} // namespace Backroom
