#include "preferencesdialog.h"

#include "automaticbackups.h"
#include "extensionregistries.h"
#include "localization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Backroom::Internal {

PreferencesDialog::PreferencesDialog(const ExtensionRegistries &registries, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_language(new QComboBox(this))
    , m_lockMinutes(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *general = new QWidget(m_tabs);
    m_language->addItem(tr("Same as the system (%1)").arg(Localization::languageDisplayName(Localization::systemLanguage())),
                        QString());
    for (const QString &language : Localization::supportedLanguages())
        m_language->addItem(Localization::languageDisplayName(language), language);
    const QString saved = QSettings().value(Localization::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time Backroom starts."), general);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    // An unattended desk must not show salaries to whoever walks by.
    m_lockMinutes->setRange(0, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setValue(QSettings().value(QStringLiteral("security/lockAfterMinutes"), 15).toInt());
    form->addRow(tr("Lock when &idle for:"), m_lockMinutes);
    m_tabs->addTab(general, tr("General"));
    m_tabs->addTab(createBackupPage(), tr("Backups"));

    for (const SettingsPageContribution &page : registries.settingsPages.items()) {
        QWidget *widget = page.create(m_tabs);
        m_tabs->addTab(widget, page.title ? page.title() : page.id);
        m_modulePages.append({page, widget});
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, 360);
}

QWidget *PreferencesDialog::createBackupPage()
{
    const AutomaticBackups::Settings settings = AutomaticBackups::Settings::load();
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("backupPage"));
    m_backupEnabled = new QCheckBox(tr("Back up the open company &automatically"), page);
    m_backupEnabled->setObjectName(QStringLiteral("backupEnabled"));
    m_backupEnabled->setChecked(settings.enabled);
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(settings.folder), page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("A folder on another disk, a USB drive or a network share"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for Automatic Backups"),
                                                                 m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupGenerations = new QSpinBox(page);
    m_backupGenerations->setObjectName(QStringLiteral("backupGenerations"));
    m_backupGenerations->setRange(1, 999);
    m_backupGenerations->setValue(settings.generations);
    m_backupInterval = new QSpinBox(page);
    m_backupInterval->setObjectName(QStringLiteral("backupInterval"));
    m_backupInterval->setRange(0, 168);
    m_backupInterval->setSuffix(tr(" h"));
    m_backupInterval->setSpecialValueText(tr("Only when closing"));
    m_backupInterval->setValue(settings.intervalHours);
    m_backupOnClose = new QCheckBox(tr("Also when the company is &closed"), page);
    m_backupOnClose->setObjectName(QStringLiteral("backupOnClose"));
    m_backupOnClose->setChecked(settings.onClose);
    m_backupWarning = new QLabel(page);
    m_backupWarning->setObjectName(QStringLiteral("backupWarning"));
    m_backupWarning->setWordWrap(true);

    auto *form = new QFormLayout(page);
    form->addRow(m_backupEnabled);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(tr("&Keep:"), m_backupGenerations);
    form->addRow(tr("&Every:"), m_backupInterval);
    form->addRow(QString(), m_backupOnClose);
    form->addRow(QString(), m_backupWarning);
    auto *note = new QLabel(tr("Each backup is checked before older ones are removed; the number above is kept "
                               "per company. File → Back Up Company makes one at any time, File → Restore "
                               "Company brings one back."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    connect(m_backupEnabled, &QCheckBox::toggled, this, &PreferencesDialog::updateBackupState);
    connect(m_backupFolder, &QLineEdit::textChanged, this, &PreferencesDialog::updateBackupState);
    connect(m_backupInterval, &QSpinBox::valueChanged, this, &PreferencesDialog::updateBackupState);
    connect(m_backupOnClose, &QCheckBox::toggled, this, &PreferencesDialog::updateBackupState);
    updateBackupState();
    return page;
}

void PreferencesDialog::setCompanyPath(const QString &path)
{
    m_companyPath = path;
    updateBackupState();
}

void PreferencesDialog::updateBackupState()
{
    const bool enabled = m_backupEnabled->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_backupFolder), static_cast<QWidget *>(m_backupGenerations),
                            static_cast<QWidget *>(m_backupInterval), static_cast<QWidget *>(m_backupOnClose)})
        widget->setEnabled(enabled);
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    QString warning;
    if (enabled && folder.isEmpty())
        warning = tr("Choose the folder the backups go to.");
    else if (enabled && m_backupInterval->value() == 0 && !m_backupOnClose->isChecked())
        warning = tr("With neither a schedule nor closing, no automatic backup is ever made.");
    else if (enabled && AutomaticBackups::onSameDisk(folder, m_companyPath))
        warning = tr("This folder is on the same disk as the open company: a failing disk would take the backups "
                     "with it. Choose another disk, a USB drive or a network share.");
    m_backupWarning->setText(warning);
    m_backupWarning->setVisible(!warning.isEmpty());
    QPalette palette = m_backupWarning->palette();
    palette.setColor(QPalette::WindowText, QColor(0xB0, 0x40, 0x00));
    m_backupWarning->setPalette(palette);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString before = settings.value(Localization::settingsKey()).toString();
    const QString chosen = m_language->currentData().toString();
    if (chosen.isEmpty())
        settings.remove(Localization::settingsKey());
    else
        settings.setValue(Localization::settingsKey(), chosen);
    settings.setValue(QStringLiteral("security/lockAfterMinutes"), m_lockMinutes->value());
    AutomaticBackups::Settings backups;
    backups.enabled = m_backupEnabled->isChecked();
    backups.folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    backups.generations = m_backupGenerations->value();
    backups.intervalHours = m_backupInterval->value();
    backups.onClose = m_backupOnClose->isChecked();
    backups.save();
    for (const auto &[page, widget] : std::as_const(m_modulePages))
        if (page.apply)
            page.apply(widget);
    if (before != chosen)
        QMessageBox::information(this, tr("Language"),
                                 tr("Backroom will use the new language the next time it starts."));
    QDialog::accept();
}

} // namespace Backroom::Internal
