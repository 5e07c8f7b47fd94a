#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The accounts invoices and payments post to, by the chart the company
// keeps: 小企业会计准则 (1122 应收账款, 2202 应付账款, 22210102 销项税额,
// 22210101 进项税额, 5001 主营业务收入, 1405 库存商品, 100201 the bank) or
// the generic chart (1101, 2001, 2101, 1201, 5001, 1301, 100201). The
// control accounts are also what the ageing and the verifier compare open
// items with.
struct ArApAccounts
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::ArApAccounts)

public:
    QString receivable;   // customers owe (Dr)
    QString payable;      // owed to suppliers (Cr)
    QString outputVat;    // 销项税额
    QString inputVat;     // 进项税额
    QString revenue;      // a sales line's default
    QString purchases;    // a bill line's default
    QString bank;         // a payment's default

    // The set whose control accounts the company's chart has; nullopt with
    // the reason when it has neither.
    static std::optional<ArApAccounts> of(Database &db, QString *errorString = nullptr);
    // The account's id by code; 0 when the chart has none.
    static qint64 accountId(Database &db, const QString &code);
};

} // namespace Backroom::Finance
