#pragma once

#include "companychoicecontribution.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Backroom::Internal {

// File → New Company: name, language of the chart and forms, the modules'
// creation questions (which chart of accounts), demo data, where the
// company file goes, and its administrator (who signs in first).
class NewCompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCompanyDialog(const QString &defaultFolder, const QList<CompanyChoiceContribution> &choices = {},
                              QWidget *parent = nullptr);

    QString companyName() const;
    QString language() const;
    bool demo() const;
    // The answer to each creation question, by its id.
    QMap<QString, QString> choices() const;
    // The list for one question (tests).
    QComboBox *choiceBox(const QString &choiceId) const { return m_choiceBoxes.value(choiceId); }
    // The file, or the server's address when "On a Server…" chose one.
    QString filePath() const;
    QString serverPassword() const { return m_serverPassword; }
    // Whether the clerk asked to keep the server's password in the system
    // keychain (the window saves it once the new company opened).
    bool rememberServerPassword() const { return m_rememberServerPassword; }
    // What "On a Server…" would have asked (tests set it directly).
    void setServer(const QString &url, const QString &password, bool remember = false);
    QString administratorLogin() const;
    QString administratorName() const;
    QString administratorPassword() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QString problem() const;

private:
    void updateFileName();
    void browse();
    void chooseServer();
    void validate();
    // Each question not touched yet follows the language's default.
    void applyChoiceDefaults();

    QString m_folder;
    QLineEdit *m_name;
    QComboBox *m_language;
    QCheckBox *m_demo;
    QLineEdit *m_path;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_login;
    QLineEdit *m_adminName;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
    QString m_serverUrl;
    QString m_serverPassword;
    bool m_rememberServerPassword = false;
    QList<CompanyChoiceContribution> m_choices;
    QMap<QString, QComboBox *> m_choiceBoxes;
    QMap<QString, bool> m_choiceTouched;
};

} // namespace Backroom::Internal
