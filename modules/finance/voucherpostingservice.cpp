#include "voucherpostingservice.h"

#include "database.h"
#include "financeentities.h"
#include "records.h"
#include "voucherbook.h"

namespace Backroom::Finance {

namespace {

VoucherPostingResult refused(const QString &message, QStringList problems = {})
{
    VoucherPostingResult result;
    result.message = message;
    result.problems = problems.isEmpty() ? QStringList{message} : problems;
    return result;
}

VoucherPostingResult fromRecords(const Records::Result &result)
{
    QStringList problems;
    for (const Records::FieldError &error : result.fieldErrors)
        problems.append(error.message);
    return refused(result.message, problems);
}

// Saves the voucher and, when asked, posts it, in one transaction.
VoucherPostingResult write(Records &records, const Voucher &voucher, bool post)
{
    Database &db = records.database();
    QString reference;
    const Records::Result saved = records.inTransaction(
        [&] {
            VoucherBook book(records);
            Records::Result result = book.save(voucher);
            if (result.ok() && post)
                result = book.postGenerated(result.id, voucher.sourceNumber);
            if (result.ok())
                reference = db.scalar(QStringLiteral("SELECT reference FROM finance_voucher WHERE id = ?"), {result.id})
                                .value_or(QVariant())
                                .toString();
            return result;
        },
        VoucherPostingService::tr("The voucher could not be saved: %1"));
    if (!saved.ok())
        return fromRecords(saved);
    if (db.transactionDepth() == 0) {
        records.notifyChanged(FinanceEntities::voucher(), saved.id);
        records.notifyChanged(FinanceEntities::voucherLine());
    }
    VoucherPostingResult result;
    result.ok = true;
    result.voucherId = saved.id;
    result.reference = reference;
    return result;
}

} // namespace

VoucherPostingContribution VoucherPostingService::contribution()
{
    VoucherPostingContribution made;
    made.id = VoucherPosting::contributionKey();
    made.post = &VoucherPostingService::post;
    made.reverse = &VoucherPostingService::reverse;
    return made;
}

VoucherPostingResult VoucherPostingService::post(Records &records, const VoucherPostingRequest &request)
{
    Database &db = records.database();
    Voucher voucher;
    voucher.word = request.word.isEmpty() ? QStringLiteral("记") : request.word;
    voucher.date = request.date;
    voucher.attachments = request.attachments;
    voucher.kind = QStringLiteral("generated");
    voucher.sourceEntity = request.sourceEntity;
    voucher.sourceId = request.sourceId;
    voucher.sourceNumber = request.sourceNumber;
    QStringList unknown;
    for (const VoucherPostingLine &given : request.lines) {
        VoucherLine line;
        line.summary = given.summary.trimmed().isEmpty() ? request.summary : given.summary;
        const auto id = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {given.accountCode});
        line.account = id && !id->isNull() ? id->toLongLong() : 0;
        if (!line.account)
            unknown.append(tr("The chart of accounts has no account %1.").arg(given.accountCode));
        line.debit = given.debit;
        line.credit = given.credit;
        line.partner = given.partner;
        line.department = given.department;
        line.person = given.person;
        voucher.lines.append(line);
    }
    if (!unknown.isEmpty())
        return refused(unknown.constFirst(), unknown);
    // The screen's rules, in the clerk's words, before anything is written.
    const QList<Records::FieldError> problems = VoucherBook(records).problems(voucher);
    if (!problems.isEmpty()) {
        QStringList texts;
        for (const Records::FieldError &problem : problems)
            texts.append(problem.message);
        return refused(texts.size() == 1 ? texts.constFirst()
                                         : tr("The voucher has %n problem(s): %1", nullptr, int(texts.size()))
                                               .arg(texts.constFirst()),
                       texts);
    }
    return write(records, voucher, request.post);
}

VoucherPostingResult VoucherPostingService::reverse(Records &records, qint64 voucherId, const QDate &date, bool post)
{
    VoucherBook book(records);
    const std::optional<Voucher> original = book.load(voucherId);
    if (!original)
        return refused(tr("The voucher to reverse no longer exists."));
    if (original->state != FinanceEntities::posted())
        return refused(tr("Only a posted voucher is reversed; a draft can simply be changed or deleted."));
    Voucher red;
    red.word = original->word;
    red.date = date;
    red.kind = QStringLiteral("generated");
    red.reverses = original->id;
    red.sourceEntity = original->sourceEntity;
    red.sourceId = original->sourceId;
    red.sourceNumber = original->sourceNumber;
    const QString number = FinanceEntities::reference(FinanceEntities::periodOf(original->date), original->word,
                                                      original->number);
    for (VoucherLine line : original->lines) {
        line.id = 0;
        line.debit = -line.debit;
        line.credit = -line.credit;
        line.summary = tr("Reversal of %1: %2").arg(number, line.summary);
        red.lines.append(line);
    }
    return write(records, red, post);
}

} // namespace Backroom::Finance
