#include "newcompanydialog.h"

#include "apppaths.h"
#include "localization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Backroom::Internal {

NewCompanyDialog::NewCompanyDialog(const QString &defaultFolder, QWidget *parent)
    : QDialog(parent)
    , m_folder(defaultFolder)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_demo(new QCheckBox(tr("Fill with demo data to try things out"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Company"));
    m_name->setPlaceholderText(tr("e.g. 上海示例贸易有限公司"));
    for (const QString &language : Localization::supportedLanguages())
        m_language->addItem(Localization::languageDisplayName(language), language);
    m_language->setCurrentIndex(m_language->findData(Localization::currentLanguage()));
    m_language->setToolTip(tr("The language of the chart of accounts, the forms and the demo data."));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_demo);
    form->addRow(tr("Company &file:"), pathRow);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::updateFileName);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; validate(); });
    connect(browseButton, &QPushButton::clicked, this, &NewCompanyDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFileName();
}

void NewCompanyDialog::updateFileName()
{
    if (!m_pathEdited) {
        // File names keep the company's own characters (Chinese included) but
        // drop those that are not allowed in file names on Windows.
        QString base = m_name->text().trimmed();
        base.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")));
        if (base.isEmpty())
            base = tr("company");
        m_path->setText(QDir::toNativeSeparators(m_folder + QLatin1Char('/') + base + QLatin1Char('.')
                                                 + AppPaths::companyFileSuffix()));
    }
    validate();
}

void NewCompanyDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New Company File"), filePath(),
                                                        tr("Backroom companies (*.backroom)"));
    if (chosen.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(QDir::toNativeSeparators(chosen));
    validate();
}

void NewCompanyDialog::validate()
{
    const bool exists = QFileInfo::exists(filePath());
    m_path->setToolTip(exists ? tr("A file with this name already exists.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!companyName().isEmpty() && !exists
                                                        && !m_path->text().trimmed().isEmpty());
}

QString NewCompanyDialog::companyName() const
{
    return m_name->text().trimmed();
}

QString NewCompanyDialog::language() const
{
    return m_language->currentData().toString();
}

bool NewCompanyDialog::demo() const
{
    return m_demo->isChecked();
}

QString NewCompanyDialog::filePath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + AppPaths::companyFileSuffix();
    return path;
}

} // namespace Backroom::Internal
