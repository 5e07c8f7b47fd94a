#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Backroom::Internal {

// File → New Company: name, language of the chart and forms, demo data, and
// where the company file goes.
class NewCompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCompanyDialog(const QString &defaultFolder, QWidget *parent = nullptr);

    QString companyName() const;
    QString language() const;
    bool demo() const;
    QString filePath() const;

private:
    void updateFileName();
    void browse();
    void validate();

    QString m_folder;
    QLineEdit *m_name;
    QComboBox *m_language;
    QCheckBox *m_demo;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace Backroom::Internal
