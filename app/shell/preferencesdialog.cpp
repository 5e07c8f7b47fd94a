#include "preferencesdialog.h"

#include "extensionregistries.h"
#include "localization.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
    resize(520, 320);
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
    for (const auto &[page, widget] : std::as_const(m_modulePages))
        if (page.apply)
            page.apply(widget);
    if (before != chosen)
        QMessageBox::information(this, tr("Language"),
                                 tr("Backroom will use the new language the next time it starts."));
    QDialog::accept();
}

} // namespace Backroom::Internal
