#pragma once

#include "bankmatcher.h"
#include "reportdefinition.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// The cashier's bank reconciliation screen (银行对账): a bank account and
// one of its statements; the statement's lines on the left, the books'
// lines of the account on the right (those not yet matched, or all), the
// totals of what is selected on each side and their difference below.
// Keyboard first: Tab moves between the two lists, Space or Ctrl+click
// selects several, Ctrl+M matches what is selected, Ctrl+U undoes the
// match of the selected statement lines, Ctrl+R matches automatically,
// Ctrl+I imports a statement, Ctrl+P shows the reconciliation statement.
// With the matched lines shown, a matched statement line selects the book
// lines it was matched with.
class BankReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit BankReconciliationPage(Records &records, QWidget *parent = nullptr);

    qint64 account() const;
    qint64 statement() const;
    void setAccount(qint64 account);
    void setStatement(qint64 statement);
    void setShowMatched(bool on);

    // For tests and screenshots.
    QTableWidget *statementTable() const { return m_bankTable; }
    QTableWidget *bookTable() const { return m_bookTable; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *messageLabel() const { return m_message; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    // What the selection would match; the matches as the buttons make them.
    BankMatcher::Outcome autoMatch();
    Records::Result matchSelected();
    Records::Result unmatchSelected();
    void reload();

private:
    void fillAccounts();
    void fillStatements(qint64 select = 0);
    void fillLines();
    void updateTotals();
    void showPartners();
    void importStatement();
    void showReport();
    void say(const QString &text, bool problem);
    QList<qint64> selectedIds(QTableWidget *table) const;

    Records &m_records;
    ReportDefinition m_report;
    QComboBox *m_accountCombo;
    QComboBox *m_statementCombo;
    QCheckBox *m_showMatched;
    QLabel *m_statementInfo;
    QTableWidget *m_bankTable;
    QTableWidget *m_bookTable;
    QLabel *m_totals;
    QLabel *m_message;
    QHash<QString, QAction *> m_actions;
    QList<BankLine> m_bankLines;
    QList<BookLine> m_bookLines;
};

} // namespace Backroom::Finance
