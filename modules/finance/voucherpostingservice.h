#pragma once

#include "voucherposting.h"

#include <QCoreApplication>

namespace Backroom::Finance {

// The finance module's side of the journal-posting extension point
// (VoucherPosting in the core): a request from another document becomes a
// voucher of kind "generated" through VoucherBook — the same checks as on
// screen (balanced, leaf accounts, the dimensions each account asks for, an
// open period), numbered in its word and month, linked to its source —
// and, when asked, posted at once (needs "post" on vouchers; recorded in the
// workflow history and the audit log). All in one transaction, inside the
// caller's when one is open.
class VoucherPostingService
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VoucherPostingService)

public:
    static VoucherPostingContribution contribution();

    static VoucherPostingResult post(Records &records, const VoucherPostingRequest &request);
    static VoucherPostingResult reverse(Records &records, qint64 voucherId, const QDate &date, bool post);
};

} // namespace Backroom::Finance
