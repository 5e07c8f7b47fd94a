#include "subledgerposting.h"

#include "database.h"
#include "financeentities.h"
#include "receivablesentities.h"

namespace Backroom::Finance {

namespace {

using Code = Records::Result::Code;

// Runs one step in a transaction of its own (a savepoint inside the
// caller's), reading the document first.
Records::Result inTransaction(Records &records, const QString &entityId, qint64 id, qint64 version,
                              const std::function<Records::Result(const Record &)> &step)
{
    Database &db = records.database();
    const auto work = [&]() -> Records::Result {
        const std::optional<Record> document = records.read(entityId, id);
        if (!document)
            return SubledgerPosting::failure(Code::NotFound, SubledgerPosting::tr("This document no longer exists."));
        if (document->version != version)
            return SubledgerPosting::failure(
                Code::Conflict, SubledgerPosting::tr("Someone else changed this document since it was opened; open it again."));
        return step(*document);
    };
    const Records::Result result =
        records.inTransaction(work, SubledgerPosting::tr("The document could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        records.notifyChanged(entityId, id);
        records.notifyChanged(FinanceEntities::voucher());
    }
    return result;
}

} // namespace

Records::Result SubledgerPosting::failure(Records::Result::Code code, const QString &message)
{
    Records::Result result;
    result.code = code;
    result.message = message;
    return result;
}

Records::Result SubledgerPosting::prepared(const QList<Records::FieldError> &problems,
                                           const std::optional<VoucherPostingRequest> &request, const QString &error,
                                           VoucherPostingRequest *out)
{
    if (!problems.isEmpty()) {
        Records::Result result = failure(Code::Invalid, problems.constFirst().message);
        result.fieldErrors = problems;
        return result;
    }
    if (!request)
        return failure(Code::Refused, error);
    *out = *request;
    return {};
}

Records::Result SubledgerPosting::post(Records &records, const VoucherPosting &posting, const QString &entityId,
                                       qint64 id, qint64 version, const Prepare &prepare)
{
    if (!posting.available())
        return failure(Code::Refused, tr("Nothing can be posted: the finance module's posting service is not available."));
    return inTransaction(records, entityId, id, version, [&](const Record &document) -> Records::Result {
        if (document.value(QStringLiteral("state")).toString() != ReceivablesEntities::draft())
            return failure(Code::Refused, tr("Only a draft is posted."));
        VoucherPostingRequest request;
        Records::Result ready = prepare(document, &request);
        if (!ready.ok())
            return ready;
        const VoucherPostingResult voucher = posting.post(records, request);
        if (!voucher.ok)
            return failure(Code::Refused, tr("The voucher was refused: %1").arg(voucher.message));
        Records::Result result = records.update(entityId, id, version, {{QStringLiteral("voucher"), voucher.voucherId}});
        if (result.ok())
            result = records.transition(entityId, id, result.version, QStringLiteral("post"));
        return result;
    });
}

Records::Result SubledgerPosting::cancel(Records &records, const VoucherPosting &posting, const QString &entityId,
                                         qint64 id, qint64 version, const QString &comment,
                                         const BeforeCancel &beforeCancel)
{
    if (!posting.available())
        return failure(Code::Refused, tr("Nothing can be cancelled: the finance module's posting service is not available."));
    return inTransaction(records, entityId, id, version, [&](const Record &document) -> Records::Result {
        if (document.value(QStringLiteral("state")).toString() != ReceivablesEntities::posted())
            return failure(Code::Refused, tr("Only a posted document is cancelled; a draft can be deleted."));
        if (beforeCancel) {
            const Records::Result ready = beforeCancel(document);
            if (!ready.ok())
                return ready;
        }
        // Dated as the document, so the red voucher sits in the same month
        // (which must still be open) and the month's books show nothing.
        const VoucherPostingResult red = posting.reverse(records, document.value(QStringLiteral("voucher")).toLongLong(),
                                                         document.value(QStringLiteral("date")).toDate(), true);
        if (!red.ok)
            return failure(Code::Refused, tr("The voucher could not be reversed: %1").arg(red.message));
        return records.transition(entityId, id, version, QStringLiteral("cancel"), comment);
    });
}

} // namespace Backroom::Finance
