#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The bank reconciliation statement (银行存款余额调节表) of one bank
// statement: the books' balance of the account and the bank's on the
// statement date, what the bank has and the books do not yet (银行已收企业
// 未收, 银行已付企业未付), what the books have and the bank does not yet
// (企业已收银行未收, 企业已付银行未付), and the two adjusted balances, which
// agree when every difference is explained.
//
// An item is outstanding on the day when it is not matched, or matched
// only with the other side's lines dated after the day. The books' lines
// before the account's first statement are taken as agreed with the bank
// (that statement's opening balance is where reconciling starts), and the
// opening-balances voucher is never an item.
struct BankReconciliation
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankReconciliation)

public:
    struct Item
    {
        bool bank = false;      // a statement line; else a voucher line
        qint64 id = 0;          // the statement line, or the voucher
        QDate date;
        QString document;       // the bank reference, or the voucher
        QString summary;
        qint64 amount = 0;      // positive
    };

    qint64 statement = 0;
    qint64 account = 0;
    QString accountText;        // "100201 银行存款 / 工商银行"
    QDate asOf;
    qint64 bookBalance = 0;
    qint64 bankBalance = 0;
    QList<Item> bankReceived;   // 银行已收、企业未收: adds to the books
    QList<Item> bankPaid;       // 银行已付、企业未付: deducted from the books
    QList<Item> bookReceived;   // 企业已收、银行未收: adds to the bank
    QList<Item> bookPaid;       // 企业已付、银行未付: deducted from the bank

    static qint64 total(const QList<Item> &items);
    qint64 adjustedBook() const { return bookBalance + total(bankReceived) - total(bankPaid); }
    qint64 adjustedBank() const { return bankBalance + total(bookReceived) - total(bookPaid); }
    bool agrees() const { return adjustedBook() == adjustedBank(); }

    static std::optional<BankReconciliation> compute(Database &db, qint64 statementId, QString *errorString);
    // The latest statement (by its date) of the account, or of any account
    // when 0; 0 when there is none.
    static qint64 latestStatement(Database &db, qint64 account);
};

} // namespace Backroom::Finance
