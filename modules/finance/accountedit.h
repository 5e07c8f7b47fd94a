#pragma once

#include "accountdirectory.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Backroom::Finance {

// The Account cell's editor: the clerk types a code prefix ("1002") or part
// of a name ("银行") and picks from the leaf accounts offered. Each keystroke
// asks the database for at most AccountDirectory::MaxMatches accounts, so
// the popup holds only matches, never the chart.
class AccountEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit AccountEdit(AccountDirectory &accounts, QWidget *parent = nullptr);

    qint64 accountId() const { return m_id; }
    // Sets the account (0 for none) and shows it as "1001 库存现金".
    void setAccountId(qint64 id);
    // The matches offered for the text typed so far ("1001 库存现金", …).
    QStringList suggestions() const;
    // Turns what was typed into an account: the highlighted suggestion, a
    // leaf account's exact code or full text, or the only match. False, with
    // inputError() saying why, when the text names no account or several.
    bool resolve();
    QString inputError() const { return m_error; }

signals:
    // The clerk chose an account from the popup (Enter or a click on it).
    void picked();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    // Shows these matches in the popup (hidden when there are none).
    void offer(const QList<AccountDirectory::Account> &matches);
    void pick(const AccountDirectory::Account &account);

    AccountDirectory &m_accounts;
    QList<AccountDirectory::Account> m_matches;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    qint64 m_id = 0;
    QString m_shown;
    QString m_error;
};

} // namespace Backroom::Finance
