#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Backroom::Finance {

// Save as Template: the name the picker will find it by, an optional
// category (one already used, or a new one), and whether the amounts are
// kept (a monthly rent) or only the accounts (a utility bill that varies).
class VoucherTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    VoucherTemplateDialog(const QString &suggestedName, const QStringList &categories, QWidget *parent = nullptr);

    QString name() const;
    QString category() const;
    bool keepsAmounts() const;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_amounts = nullptr;
};

} // namespace Backroom::Finance
