#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// The posted journal in the plain-text format ledger and hledger read: one
// transaction per voucher (date, cleared, the voucher's reference as its
// code, the first summary as description), one posting per line with the
// account's names from the first level down joined by ':' and the signed
// amount (debit positive), the line's own summary and dimensions as a
// comment with tags. Amounts carry no commodity: the books are in one
// currency. Opening balances come first, as they are dated.
class LedgerJournal
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::LedgerJournal)

public:
    // How many vouchers were written; nullopt with *errorString.
    static std::optional<qint64> write(const Records &records, QIODevice &out, QString *errorString);
    // An account name ledger can read: no ':' (the hierarchy), no runs of
    // spaces or tabs (which end the name), no ';' (a comment).
    static QString accountPart(const QString &name);
};

} // namespace Backroom::Finance
