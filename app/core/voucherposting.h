#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

class ExtensionRegistries;
class Records;

// The journal-posting extension point: how payroll, procurement, stores and
// the finance module's own invoices make a voucher (记账凭证) from one of
// their documents without knowing finance's tables. The finance module
// registers the one provider (ModuleContext::addVoucherPosting); a caller
// asks VoucherPosting, and when finance is not loaded available() is false
// and the caller hides or disables its "create voucher" action.
//
// Everything is checked as the voucher screen checks it (balanced, leaf
// accounts, the dimensions an account asks for, an open period) and written
// through the finance module's voucher book in one transaction — the
// caller's, when one is open, so a document and its voucher are saved
// together or not at all.
struct VoucherPostingLine
{
    QString accountCode;    // "1122", "22210102": a leaf account of the chart
    QString summary;        // 摘要; empty: the request's summary
    qint64 debit = 0;       // minor units (分); exactly one of debit and credit
    qint64 credit = 0;
    // Dimensions (辅助核算), 0 for none: core.partner, core.department,
    // core.person ids.
    qint64 partner = 0;
    qint64 department = 0;
    qint64 person = 0;
};

struct VoucherPostingRequest
{
    QDate date;
    QString summary;        // the voucher's summary, and each line's unless it has its own
    QString word;           // voucher word (记/收/付/转); empty: 记
    int attachments = 0;    // source documents clipped to the voucher
    // The document the voucher comes from, so the voucher links back to it:
    // its entity ("finance.sales_invoice"), record id and number as printed.
    QString sourceEntity;
    qint64 sourceId = 0;
    QString sourceNumber;
    QList<VoucherPostingLine> lines;
    // Posted at once (needs "post" on vouchers) or left as a draft for the
    // accountant to review and post.
    bool post = false;
};

struct VoucherPostingResult
{
    bool ok = false;
    qint64 voucherId = 0;
    QString reference;      // "2026-11 记-0007"
    QString message;        // translated, when refused
    QStringList problems;   // each problem found, translated
};

struct VoucherPostingContribution
{
    QString id;             // always VoucherPosting::contributionKey(): one provider
    std::function<VoucherPostingResult(Records &records, const VoucherPostingRequest &request)> post;
    // 红字冲销 of a voucher made through post(): a red voucher dated `date`
    // with the original's lines negated, linked to the same source, posted
    // when `post` is set. Refused when the original is not posted.
    std::function<VoucherPostingResult(Records &records, qint64 voucherId, const QDate &date, bool post)> reverse;
};

// The caller's face of the extension point.
class BACKROOM_CORE_EXPORT VoucherPosting
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::VoucherPosting)

public:
    explicit VoucherPosting(const ExtensionRegistries &registries);

    static QString contributionKey() { return QStringLiteral("voucher-posting"); }

    // Whether a module provides posting (the finance module is loaded).
    bool available() const;
    // The voucher made, or why not; refused with a translated message when
    // no module provides posting.
    VoucherPostingResult post(Records &records, const VoucherPostingRequest &request) const;
    VoucherPostingResult reverse(Records &records, qint64 voucherId, const QDate &date, bool post) const;

private:
    const VoucherPostingContribution *m_provider = nullptr;
};

} // namespace Backroom
