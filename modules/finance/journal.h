#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// 序时账: every voucher line in a range of dates, in date, voucher word,
// number and line order, with the voucher's reference and the account's
// code and name. Streamed, so a year of a busy company's lines goes to the
// report without a second copy in memory.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::Journal)

public:
    struct Line
    {
        QDate date;
        qint64 voucherId = 0;
        QString reference;   // "2026-11 记-0007"
        int lineNo = 0;
        QString summary;
        qint64 accountId = 0;
        QString code;
        QString name;
        qint64 debit = 0;
        qint64 credit = 0;
    };

    struct Options
    {
        QDate from;
        QDate to;
        bool includeUnposted = false;
    };

    // Calls visit for each line in order until it returns false. Returns
    // false with *errorString on a database error (not when visit stopped).
    static bool forEachLine(Database &db, const Options &options, const std::function<bool(const Line &)> &visit,
                            QString *errorString = nullptr);
    static std::optional<QList<Line>> lines(Database &db, const Options &options, QString *errorString = nullptr);
};

} // namespace Backroom::Finance
