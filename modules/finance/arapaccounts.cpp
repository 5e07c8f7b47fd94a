#include "arapaccounts.h"

#include "database.h"

namespace Backroom::Finance {

qint64 ArApAccounts::accountId(Database &db, const QString &code)
{
    const auto id = db.scalar(QStringLiteral("SELECT id FROM finance_account WHERE code = ?"), {code});
    return id && !id->isNull() ? id->toLongLong() : 0;
}

std::optional<ArApAccounts> ArApAccounts::of(Database &db, QString *errorString)
{
    const ArApAccounts chinese{QStringLiteral("1122"), QStringLiteral("2202"), QStringLiteral("22210102"),
                               QStringLiteral("22210101"), QStringLiteral("5001"), QStringLiteral("1405"),
                               QStringLiteral("100201")};
    const ArApAccounts generic{QStringLiteral("1101"), QStringLiteral("2001"), QStringLiteral("2101"),
                               QStringLiteral("1201"), QStringLiteral("5001"), QStringLiteral("1301"),
                               QStringLiteral("100201")};
    // The Chinese chart is recognised by its VAT sub-account, which the
    // generic one does not have (there 1101 is receivables, in the Chinese
    // chart short-term investments).
    for (const ArApAccounts &set : {chinese, generic})
        if (accountId(db, set.outputVat) && accountId(db, set.receivable) && accountId(db, set.payable))
            return set;
    if (errorString)
        *errorString = tr("The chart of accounts has no receivables and payables accounts this program knows "
                          "(1122 and 2202, or 1101 and 2001).");
    return std::nullopt;
}

} // namespace Backroom::Finance
