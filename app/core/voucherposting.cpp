#include "voucherposting.h"

#include "extensionregistries.h"

namespace Backroom {

namespace {
VoucherPostingResult unavailable()
{
    VoucherPostingResult result;
    result.message = VoucherPosting::tr("Vouchers cannot be made: the finance module is not loaded.");
    result.problems = {result.message};
    return result;
}
} // namespace

VoucherPosting::VoucherPosting(const ExtensionRegistries &registries)
    : m_provider(registries.voucherPosting.find(contributionKey()))
{
}

bool VoucherPosting::available() const
{
    return m_provider && m_provider->post;
}

VoucherPostingResult VoucherPosting::post(Records &records, const VoucherPostingRequest &request) const
{
    return available() ? m_provider->post(records, request) : unavailable();
}

VoucherPostingResult VoucherPosting::reverse(Records &records, qint64 voucherId, const QDate &date, bool post) const
{
    return m_provider && m_provider->reverse ? m_provider->reverse(records, voucherId, date, post) : unavailable();
}

} // namespace Backroom
