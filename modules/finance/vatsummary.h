#pragma once

#include "reportdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 增值税汇总: output tax (销项税额) from the posted customer invoices and
// input tax (进项税额) from the posted supplier bills dated in a range, per
// rate, with the tax payable (应纳税额) or the input credit carried forward
// (期末留抵). A cancelled invoice is left out: its red voucher is dated as
// the invoice, so in the books it nets to nothing in the same month. Beside
// the invoices, the posted movements of the VAT accounts (22210102 销项税额,
// 22210101 进项税额, or the generic chart's) and the difference, so a
// manual voucher that touched VAT shows.
class VatSummary
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VatSummary)

public:
    struct RateRow
    {
        QString rate;            // VatSplit's key: "13" … "exempt"
        qint64 net = 0;
        qint64 tax = 0;
        qint64 documents = 0;    // invoices with a line at the rate
        qint64 gross() const { return net + tax; }
    };
    struct Side
    {
        QList<RateRow> rates;    // every rate, in VatSplit's order
        qint64 net = 0;
        qint64 tax = 0;
        QString account;         // the VAT account's code; empty when the chart has none
        qint64 ledgerTax = 0;    // its posted movement, in its natural sign
        qint64 gross() const { return net + tax; }
        qint64 difference() const { return ledgerTax - tax; }
    };
    struct Result
    {
        Side output;
        Side input;
        qint64 payable() const { return std::max<qint64>(output.tax - input.tax, 0); }
        qint64 carriedForward() const { return std::max<qint64>(input.tax - output.tax, 0); }
    };

    // One grouped query per side and one for the accounts; nullopt with
    // *errorString on a database error.
    static std::optional<Result> compute(Database &db, const QDate &from, const QDate &to, QString *errorString);

    static QString reportId() { return QStringLiteral("finance.vat_summary"); }
    static ReportDefinition report();
};

} // namespace Backroom::Finance
