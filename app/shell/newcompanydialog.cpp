#include "newcompanydialog.h"

#include "apppaths.h"
#include "localization.h"
#include "servercompanydialog.h"
#include "useraccounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Backroom::Internal {

NewCompanyDialog::NewCompanyDialog(const QString &defaultFolder, const QList<CompanyChoiceContribution> &choices,
                                   QWidget *parent)
    : QDialog(parent)
    , m_folder(defaultFolder)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_demo(new QCheckBox(tr("Fill with demo data to try things out"), this))
    , m_path(new QLineEdit(this))
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_adminName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_choices(choices)
{
    setWindowTitle(tr("New Company"));
    m_name->setPlaceholderText(tr("e.g. 上海示例贸易有限公司"));
    for (const QString &language : Localization::supportedLanguages())
        m_language->addItem(Localization::languageDisplayName(language), language);
    m_language->setCurrentIndex(m_language->findData(Localization::currentLanguage()));
    m_language->setToolTip(tr("The language of the chart of accounts, the forms and the demo data."));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    // Several clerks at once: the company goes to a PostgreSQL server.
    auto *serverButton = new QPushButton(tr("On a Server…"), this);
    serverButton->setToolTip(tr("Keep the company on a PostgreSQL server, for several clerks at once."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    pathRow->addWidget(serverButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    for (const CompanyChoiceContribution &choice : m_choices) {
        auto *box = new QComboBox(this);
        box->setObjectName(choice.id);
        for (const CompanyChoiceContribution::Option &option : choice.options)
            box->addItem(option.label(), option.value);
        if (choice.help)
            box->setToolTip(choice.help());
        m_choiceBoxes.insert(choice.id, box);
        form->addRow(choice.label() + QLatin1Char(':'), box);
        // A clerk's own pick stays when the language changes afterwards.
        connect(box, &QComboBox::activated, this, [this, id = choice.id] { m_choiceTouched.insert(id, true); });
    }
    applyChoiceDefaults();
    connect(m_language, &QComboBox::currentIndexChanged, this, &NewCompanyDialog::applyChoiceDefaults);
    form->addRow(QString(), m_demo);
    // A row of a layout gets no buddy by itself: without one the label would
    // show its "&".
    m_pathLabel = new QLabel(tr("Company &file:"), this);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_pathLabel, pathRow);

    // The administrator signs in first and adds everyone else; the company
    // file never exists without one.
    auto *administrator = new QGroupBox(tr("Administrator"), this);
    auto *adminForm = new QFormLayout(administrator);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    m_adminName->setPlaceholderText(tr("e.g. 王芳"));
    adminForm->addRow(tr("&User name:"), m_login);
    adminForm->addRow(tr("Full na&me:"), m_adminName);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Repeat it:"), m_repeat);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    adminForm->addRow(m_problem);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(administrator);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::updateFileName);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; validate(); });
    connect(browseButton, &QPushButton::clicked, this, &NewCompanyDialog::browse);
    connect(serverButton, &QPushButton::clicked, this, &NewCompanyDialog::chooseServer);
    // Typing a path again leaves the server.
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_serverUrl.clear();
        m_serverPassword.clear();
        m_rememberServerPassword = false;
        validate();
    });
    for (QLineEdit *edit : {m_login, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
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

void NewCompanyDialog::chooseServer()
{
    ServerCompanyDialog dialog(this);
    dialog.setForNewCompany();
    if (!m_serverUrl.isEmpty()) {
        dialog.setUrl(m_serverUrl);
        dialog.setRememberPassword(m_rememberServerPassword);
    }
    if (dialog.exec() == QDialog::Accepted)
        setServer(dialog.url(), dialog.password(), dialog.rememberPassword());
}

void NewCompanyDialog::setServer(const QString &url, const QString &password, bool remember)
{
    m_serverUrl = url;
    m_serverPassword = password;
    m_rememberServerPassword = remember;
    m_pathEdited = true;
    m_path->setText(url);
    validate();
}

void NewCompanyDialog::validate()
{
    if (m_pathLabel)
        m_pathLabel->setText(m_serverUrl.isEmpty() ? tr("Company &file:") : tr("&Database:"));
    const bool exists = m_serverUrl.isEmpty() && QFileInfo::exists(filePath());
    m_path->setToolTip(exists ? tr("A file with this name already exists.") : QString());
    // Says what is wrong only once something was typed: an empty form is not
    // an error yet.
    const QString wrong = problem();
    m_problem->setText(m_password->text().isEmpty() && m_repeat->text().isEmpty() ? QString() : wrong);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!companyName().isEmpty() && !exists
                                                        && !m_path->text().trimmed().isEmpty() && wrong.isEmpty());
}

QString NewCompanyDialog::problem() const
{
    if (const QString login = UserAccounts::loginProblem(administratorLogin()); !login.isEmpty())
        return login;
    if (const QString password = UserAccounts::passwordProblem(m_password->text(), administratorLogin());
        !password.isEmpty())
        return password;
    if (m_password->text() != m_repeat->text())
        return tr("The two passwords differ.");
    return QString();
}

QString NewCompanyDialog::administratorLogin() const
{
    return m_login->text().trimmed();
}

QString NewCompanyDialog::administratorName() const
{
    return m_adminName->text().trimmed();
}

QString NewCompanyDialog::administratorPassword() const
{
    return m_password->text();
}

QString NewCompanyDialog::companyName() const
{
    return m_name->text().trimmed();
}

QString NewCompanyDialog::language() const
{
    return m_language->currentData().toString();
}

QMap<QString, QString> NewCompanyDialog::choices() const
{
    QMap<QString, QString> answers;
    for (auto box = m_choiceBoxes.cbegin(); box != m_choiceBoxes.cend(); ++box)
        answers.insert(box.key(), box.value()->currentData().toString());
    return answers;
}

void NewCompanyDialog::applyChoiceDefaults()
{
    for (const CompanyChoiceContribution &choice : std::as_const(m_choices)) {
        if (m_choiceTouched.value(choice.id))
            continue;
        QComboBox *box = m_choiceBoxes.value(choice.id);
        const int index = box->findData(choice.defaultFor(language()));
        if (index >= 0)
            box->setCurrentIndex(index);
    }
}

bool NewCompanyDialog::demo() const
{
    return m_demo->isChecked();
}

QString NewCompanyDialog::filePath() const
{
    if (!m_serverUrl.isEmpty())
        return m_serverUrl;
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + AppPaths::companyFileSuffix();
    return path;
}

} // namespace Backroom::Internal
