#pragma once

#include "records.h"
#include "voucherposting.h"

#include <QCoreApplication>

#include <functional>

namespace Backroom::Finance {

// What posting and cancelling an invoice or a payment have in common: one
// transaction (retried on a busy server) in which the voucher is made — or
// reversed — through the posting service, the document is linked to it and
// takes its workflow step. Either all of it happens or none.
class SubledgerPosting
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::SubledgerPosting)

public:
    // Checks the document (read inside the transaction) and says what its
    // voucher is; a refusal ends the step with nothing written.
    using Prepare = std::function<Records::Result(const Record &document, VoucherPostingRequest *request)>;
    // Work done before the step once the red voucher exists (removing
    // allocations); a refusal rolls everything back.
    using BeforeCancel = std::function<Records::Result(const Record &document)>;

    static Records::Result post(Records &records, const VoucherPosting &posting, const QString &entityId, qint64 id,
                                qint64 version, const Prepare &prepare);
    static Records::Result cancel(Records &records, const VoucherPosting &posting, const QString &entityId, qint64 id,
                                  qint64 version, const QString &comment, const BeforeCancel &beforeCancel);

    static Records::Result failure(Records::Result::Code code, const QString &message);
    // What a Prepare returns: the document's problems if it has any, else
    // the voucher request (or why none could be made) put in *out.
    static Records::Result prepared(const QList<Records::FieldError> &problems,
                                    const std::optional<VoucherPostingRequest> &request, const QString &error,
                                    VoucherPostingRequest *out);
};

} // namespace Backroom::Finance
