#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Backroom::Finance {

// The finance module's declarations: the chart of accounts, vouchers
// (记账凭证) and their lines, accounting periods, and the receivables and
// payables of ReceivablesEntities. Everything else of the module (numbering,
// balance, posting guards, books) works on these tables.
class FinanceEntities
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::FinanceEntities)

public:
    static QList<Entity> declarations();

    static QString account() { return QStringLiteral("finance.account"); }
    static QString voucher() { return QStringLiteral("finance.voucher"); }
    static QString voucherLine() { return QStringLiteral("finance.voucher_line"); }
    static QString period() { return QStringLiteral("finance.period"); }
    // Foreign-currency accounting (外币核算, ForeignCurrency).
    static QString currency() { return QStringLiteral("finance.currency"); }
    static QString exchangeRate() { return QStringLiteral("finance.exchange_rate"); }

    // Voucher words: 记 for everything, or 收/付/转 for receipts, payments
    // and transfers. Stored as the character itself, which is what is
    // printed and what clerks type.
    static QStringList voucherWords();
    // Workflow states and steps, as stored.
    static QString draft() { return QStringLiteral("draft"); }
    static QString reviewed() { return QStringLiteral("reviewed"); }
    static QString posted() { return QStringLiteral("posted"); }

    // "2026-11 记-0007": how a voucher is named where it is referred to
    // (its stored display field, kept by VoucherBook).
    static QString reference(const QString &period, const QString &word, qint64 number);
    // "2026-11": the accounting period of a date (calendar months).
    static QString periodOf(const QDate &date);
    // The period before / after "2026-01": "2025-12" / "2026-02".
    static QString previousPeriod(const QString &period);
    static QString nextPeriod(const QString &period);
    // The first and last day of a period; invalid for a malformed one.
    static QDate firstDay(const QString &period);
    static QDate lastDay(const QString &period);
};

} // namespace Backroom::Finance
