#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom {
class Database;
}

namespace Backroom::Finance {

// The chart of accounts as the voucher screen reads it: one account by id
// (cached, since every repaint of the grid asks) and a short page of leaf
// accounts matching what the clerk typed. It never loads the whole chart:
// a group's chart can run to thousands of sub-accounts, and a type-ahead
// must cost the same whatever the size.
class AccountDirectory
{
public:
    struct Account
    {
        qint64 id = 0;
        QString code;
        QString name;
        // The names from the first level down: "银行存款 / 基本存款账户".
        // A sub-account's own name ("基本存款账户") says little on its own.
        QString path;
        QString category;   // asset, liability, equity, cost, income, expense
        bool leaf = true;
        bool archived = false;
        bool needsDepartment = false;
        bool needsPartner = false;
        bool needsPerson = false;
        // 外币核算: the finance.currency the account is kept in (0: none).
        qint64 currency = 0;
        QString currencyCode;
        int currencyDecimals = 2;

        // "100201 银行存款 / 基本存款账户", as the grid shows it.
        QString text() const { return code + QLatin1Char(' ') + path; }
    };

    static constexpr int MaxMatches = 20;
    // Codes are four digits and two more per level; a search looks this
    // far down for a matching parent's name.
    static constexpr int MaxCodeLength = 16;

    explicit AccountDirectory(Database &db);

    std::optional<Account> account(qint64 id);
    // The account with exactly this code, leaf or not.
    std::optional<Account> byCode(const QString &code);
    // Leaf accounts in use whose code starts with `typed`, or whose name (or
    // a parent's name) contains it; code-prefix matches first, then by code.
    QList<Account> search(const QString &typed, int limit = MaxMatches);
    // Forget what was read (after the chart changed).
    void clear();

private:
    std::optional<Account> readOne(const QString &where, const QVariant &value);
    QString pathOf(const QString &code, const QString &name);

    Database &m_db;
    QHash<qint64, Account> m_accounts;
    QHash<QString, QString> m_names;   // code → name, for the paths
};

} // namespace Backroom::Finance
