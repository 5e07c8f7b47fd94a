#pragma once

#include "accountdirectory.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>

#include <functional>

#include <optional>

namespace Backroom::Finance {

// A line of a bank statement, as the matching screen shows it.
struct BankLine
{
    qint64 id = 0;
    qint64 statement = 0;
    int lineNo = 0;
    QDate date;
    QString summary;
    QString counterparty;
    QString counterpartyAccount;
    QString reference;
    qint64 amountIn = 0;
    qint64 amountOut = 0;
    std::optional<qint64> balance;
    qint64 matchGroup = 0;      // 0: not matched
    qint64 signedAmount() const { return amountIn - amountOut; }
};

// A voucher line of the bank account: what the books say went through the
// bank (the bank journal, 银行日记账). A voucher the clerk entered but has
// not posted yet (draft or reviewed: 未记账) is a candidate too, since the
// voucher often comes before its posting; `posted` tells them apart.
struct BookLine
{
    qint64 id = 0;              // finance_voucher_line
    qint64 voucher = 0;
    QString voucherReference;   // "2026-11 记-0007"
    QDate date;
    QString summary;
    qint64 debit = 0;           // money in, for the books
    qint64 credit = 0;
    QString partner;            // the voucher's partner, if any
    QString document;           // the receipt's or payment's number
    QString reference;          // the receipt's or payment's bank reference
    qint64 matchGroup = 0;
    bool posted = true;
    qint64 signedAmount() const { return debit - credit; }
};

// Matches statement lines with the books (银行对账): automatically
// (自动对账), one with one, and by hand (手工对账), any with any as long as
// the totals agree. Matches are stored in finance.bank_match; a line's
// state says whether it is matched.
class BankMatcher
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankMatcher)

public:
    explicit BankMatcher(Records &records);

    // The accounts statements are kept for: the chart's bank accounts
    // (1002…) and any account a statement was imported for, leaves only.
    static QList<AccountDirectory::Account> bankAccounts(Database &db);

    QList<BankLine> statementLines(qint64 statementId, QString *errorString = nullptr) const;
    // The account's voucher lines — posted, reviewed and draft — dated
    // from `from` up to `upTo` (either open when null), opening balances
    // left out; matched ones too when asked.
    QList<BookLine> bookLines(qint64 account, const QDate &from, const QDate &upTo, bool includeMatched,
                              QString *errorString = nullptr) const;
    // Where reconciling the account starts: its first statement's first
    // day (the books before it agreed with the bank); null without one.
    QDate reconcilingSince(qint64 account) const;

    struct Outcome
    {
        Records::Result result;
        int matched = 0;       // pairs made
        int ambiguous = 0;     // statement lines with more than one equally good candidate
    };
    // Every unmatched line of the statement with an unmatched voucher line
    // of its account: the same amount on the same side (money in with a
    // debit), dated within `days` days either way. The bank reference found
    // in the voucher's summary or its payment's reference, then the
    // counterparty's name in the partner or summary, then the nearer date
    // decide between candidates; a pair is taken only when each is the
    // other's one best choice, so the outcome depends on neither order
    // nor ids, and a tie is left for the clerk.
    Outcome autoMatch(qint64 statementId, int days = 5);

    // Pure: the pairs (index into bank, index into book) autoMatch makes.
    static QList<QPair<int, int>> pairs(const QList<BankLine> &bank, const QList<BookLine> &book, int days,
                                        int *ambiguous = nullptr);

    // By hand: these statement lines with these voucher lines, as one
    // match; refused unless none is matched yet and the totals agree.
    Records::Result match(const QList<qint64> &statementLines, const QList<qint64> &voucherLines);
    // Undoes the matches these statement lines belong to, whole.
    Records::Result unmatch(const QList<qint64> &statementLines);

    // A matched voucher keeps its bank lines as they were matched, posted
    // or not: the voucher book asks these before it deletes or changes an
    // unposted voucher. Why deleting it is refused (empty when it may go)…
    static QString removalRefused(Database &db, qint64 voucherId);
    // …and the lines an edit may not change: a matched line stays at its
    // place with its account and amount. `lines` are the entered lines in
    // order as (account, debit − credit); field errors name them by place.
    static QList<Records::FieldError> changeRefused(Database &db, qint64 voucherId,
                                                    const QList<QPair<qint64, qint64>> &lines);

private:
    Records::Result failure(Records::Result::Code code, const QString &message) const;
    // Runs `work` in a write transaction, one clerk at a time, again when
    // another connection got in the way; says what changed once committed.
    Records::Result locked(const QString &commitFailure, const std::function<Records::Result()> &work);
    // Inside the caller's transaction.
    Records::Result store(const QList<qint64> &statementLines, const QList<qint64> &voucherLines, const QString &method);

    Records &m_records;
};

} // namespace Backroom::Finance
