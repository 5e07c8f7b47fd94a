#pragma once

#include "accountdirectory.h"
#include "records.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// One line of a voucher as the clerk enters it. Amounts in minor units; a
// red (reversing) line has a negative amount on its usual side.
struct VoucherLine
{
    qint64 id = 0;          // 0 for a new line
    QString summary;        // 摘要
    qint64 account = 0;
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 department = 0;  // 0: none
    qint64 partner = 0;
    qint64 person = 0;
    // 外币核算, on an account kept in a foreign currency only: the currency
    // (the account's), the original amount in its minor units with the sign
    // of the local amount on the line's side, and the rate scaled by 10^6.
    // The local amount is foreignAmount × rate rounded to 分
    // (ForeignCurrency::localAmount).
    qint64 currency = 0;
    qint64 foreignAmount = 0;
    qint64 rate = 0;

    // A stored line (a voucher's or a template's: the same fields), its id kept.
    static VoucherLine fromRecord(const Record &row);
    bool operator==(const VoucherLine &) const = default;
};

struct Voucher
{
    qint64 id = 0;
    qint64 version = 0;
    QString word = QStringLiteral("记");
    qint64 number = 0;      // given at save
    QDate date;
    int attachments = 0;
    QString state;          // FinanceEntities::draft() … posted()
    qint64 reverses = 0;    // the voucher a red voucher cancels
    // "entry", or what the books generated: "opening" (OpeningBalances),
    // "closing" (PeriodClose's profit-and-loss carry-forward).
    QString kind = QStringLiteral("entry");
    // A "generated" voucher's document (VoucherPostingService).
    QString sourceEntity;
    qint64 sourceId = 0;
    QString sourceNumber;
    QString preparedBy;
    QList<VoucherLine> lines;

    qint64 totalDebit() const;
    qint64 totalCredit() const;
    // "记-0007": word and number as printed (empty before the first save).
    QString displayNumber() const;
};

// The voucher book (凭证): the one way vouchers are written, so that every
// writer — the entry screen, the command line, other modules posting into
// finance — keeps the same rules: lines complete and on leaf accounts with
// the dimensions the account asks for, debits equal credits, a gap-free
// number per word and month taken in the same transaction, review by
// someone other than the preparer, posted vouchers final (corrected by a red
// reversing voucher). Writes go through Records, so access checks and the
// audit log see every voucher and line.
class VoucherBook
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VoucherBook)

public:
    explicit VoucherBook(Records &records);

    std::optional<Voucher> load(qint64 id) const;

    // What keeps the voucher from being saved; each FieldError's field is
    // "date", "word" or "lines/N/column" (N from 1, as the grid shows it).
    // Empty when it may be saved.
    QList<Records::FieldError> problems(const Voucher &voucher) const;

    // Creates the voucher (id 0) or replaces a draft's header and lines, in
    // one transaction; a new voucher, or one moved to another word or month,
    // gets the next number there. The result's id and version are the
    // voucher's.
    Records::Result save(const Voucher &voucher);
    Records::Result remove(qint64 id, qint64 version);

    // Workflow steps (审核, 取消审核, 记账).
    Records::Result review(qint64 id, qint64 version);
    Records::Result cancelReview(qint64 id, qint64 version);
    Records::Result post(qint64 id, qint64 version);

    // Posts a voucher the books generated themselves — the opening balances,
    // the carry-forward of a period close — straight from draft: what they
    // contain follows from vouchers already reviewed, so there is nothing
    // for a second person to check. Also an imported one (`import --post`),
    // reviewed in the books it came from, or one another document generated
    // through the posting service (kind "generated"), whose document was
    // checked where it was entered. Needs "post"; recorded in the
    // workflow history and the audit log like any posting.
    Records::Result postGenerated(qint64 id, const QString &comment);

    // Whether the period is closed (结账) — it or a later one: months close
    // in order — so nothing in it may change.
    static bool isClosed(Database &db, const QString &period);

    // 红字冲销: a new draft dated `date` with the posted voucher's lines at
    // negated amounts on the same sides, referring to it.
    Records::Result reverse(qint64 id, const QDate &date);
    // A new draft with the same lines, dated `date`.
    Records::Result copy(qint64 id, const QDate &date);

    // 凭证整理: vouchers of this word and month that are not posted take the
    // lowest numbers posted ones leave free, in their present order, so the
    // month's numbers run 1…N without a gap. Returns how many changed.
    std::optional<int> renumber(const QString &word, const QString &period, QString *errorString);

    // The refusals the workflow's guards give (translated); also the rules
    // the database's triggers enforce.
    static QString postingRefusal(Database &db, const Record &voucher, const QString &user);
    static QString reviewRefusal(Database &db, const Record &voucher, const QString &user);

private:
    static QString closedRefusal(Database &db, const Record &voucher);
    // The 外币核算 rules of one line (line number n) on its account; a
    // revaluation (期末调汇) line adjusts the local amount without one.
    void foreignProblems(const VoucherLine &line, int n, const AccountDirectory::Account &account, bool revaluation,
                         QList<Records::FieldError> *errors) const;
    Records::Result saveInTransaction(const Voucher &voucher);
    Records::Result fromOriginal(qint64 id, const QDate &date, bool reversing);
    Records::Result invalid(QList<Records::FieldError> errors) const;

    Records &m_records;
};

} // namespace Backroom::Finance
