#include "accountdirectory.h"

#include "database.h"

#include <QSqlQuery>

namespace Backroom::Finance {

namespace {

// The columns every query here reads, in this order; `leaf` asks whether any
// account sits below this one (a code with this code as prefix).
const char *const kColumns =
    "a.id, a.code, a.name, a.archived, a.needs_department, a.needs_partner, a.needs_person, "
    "NOT EXISTS (SELECT 1 FROM finance_account c WHERE length(c.code) > length(a.code) "
    "AND substr(c.code, 1, length(a.code)) = a.code), a.category, a.currency, "
    "(SELECT m.code FROM finance_currency m WHERE m.id = a.currency), "
    "(SELECT m.minor_units FROM finance_currency m WHERE m.id = a.currency)";

bool flag(const QVariant &value)
{
    return value.toBool() || value.toLongLong() != 0;
}

// One row of kColumns; the path is added by the caller.
AccountDirectory::Account fromRow(const QSqlQuery &query)
{
    AccountDirectory::Account account;
    account.id = query.value(0).toLongLong();
    account.code = query.value(1).toString();
    account.name = query.value(2).toString();
    account.archived = flag(query.value(3));
    account.needsDepartment = flag(query.value(4));
    account.needsPartner = flag(query.value(5));
    account.needsPerson = flag(query.value(6));
    account.leaf = flag(query.value(7));
    account.category = query.value(8).toString();
    account.currency = query.value(9).toLongLong();
    account.currencyCode = query.value(10).toString();
    account.currencyDecimals = query.value(11).isNull() ? 2 : query.value(11).toInt();
    return account;
}

// LIKE treats % and _ as wildcards; a clerk typing "5_" means the characters.
QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace

AccountDirectory::AccountDirectory(Database &db)
    : m_db(db)
{
}

void AccountDirectory::clear()
{
    m_accounts.clear();
    m_names.clear();
}

QString AccountDirectory::pathOf(const QString &code, const QString &name)
{
    // Codes grow by two digits a level below the four-digit first level.
    QStringList names;
    for (qsizetype length = 4; length < code.size(); length += 2) {
        const QString parent = code.left(length);
        auto found = m_names.find(parent);
        if (found == m_names.end()) {
            const auto parentName =
                m_db.scalar(QStringLiteral("SELECT name FROM finance_account WHERE code = ?"), {parent});
            found = m_names.insert(parent, parentName ? parentName->toString() : QString());
        }
        if (!found->isEmpty())
            names.append(*found);
    }
    names.append(name);
    return names.join(QStringLiteral(" / "));
}

std::optional<AccountDirectory::Account> AccountDirectory::readOne(const QString &where, const QVariant &value)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT %1 FROM finance_account a WHERE %2").arg(QLatin1String(kColumns), where));
    query.bindValue(0, value);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    Account account = fromRow(query);
    query.finish();
    account.path = pathOf(account.code, account.name);
    m_names.insert(account.code, account.name);
    m_accounts.insert(account.id, account);
    return account;
}

std::optional<AccountDirectory::Account> AccountDirectory::account(qint64 id)
{
    if (id <= 0)
        return std::nullopt;
    const auto found = m_accounts.constFind(id);
    if (found != m_accounts.constEnd())
        return *found;
    return readOne(QStringLiteral("a.id = ?"), id);
}

std::optional<AccountDirectory::Account> AccountDirectory::byCode(const QString &code)
{
    for (const Account &account : std::as_const(m_accounts))
        if (account.code == code)
            return account;
    return readOne(QStringLiteral("a.code = ?"), code);
}

QList<AccountDirectory::Account> AccountDirectory::search(const QString &typed, int limit)
{
    const QString text = typed.trimmed();
    const QString prefix = likeEscaped(text) + QLatin1Char('%');
    const QString contains = QLatin1Char('%') + likeEscaped(text.toLower()) + QLatin1Char('%');
    // Set-based, so it costs the same for 100 accounts or 5,000: the
    // codes that have sub-accounts and the codes whose name matches are
    // each collected once (the hierarchy is the code: 1002, 100201,
    // 10020101, …), and an account is looked up in them by its prefixes.
    // A correlated "has no sub-account" took 10 s on 4,000 accounts.
    // lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's
    // only for ASCII; English account names must match either way.
    QStringList prefixes, parents;
    for (int length = 4; length < MaxCodeLength; length += 2) {
        parents.append(QStringLiteral("SELECT substr(code, 1, %1) FROM finance_account WHERE length(code) > %1").arg(length));
        prefixes.append(QStringLiteral("(length(a.code) > %1 AND substr(a.code, 1, %1) IN (SELECT code FROM named))").arg(length));
    }
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("WITH parents (code) AS (%2), "
                       "named (code) AS (SELECT code FROM finance_account WHERE lower(name) LIKE ? ESCAPE '\\') "
                       "SELECT %1 FROM finance_account a WHERE a.archived = 0 "
                       "AND a.code NOT IN (SELECT code FROM parents WHERE code IS NOT NULL) "
                       "AND (a.code LIKE ? ESCAPE '\\' OR lower(a.name) LIKE ? ESCAPE '\\' OR %3) "
                       "ORDER BY CASE WHEN a.code LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, a.code LIMIT ?")
            .arg(QLatin1String(kColumns), parents.join(QStringLiteral(" UNION ")),
                 prefixes.join(QStringLiteral(" OR "))));
    query.bindValue(0, contains);
    query.bindValue(1, prefix);
    query.bindValue(2, contains);
    query.bindValue(3, prefix);
    query.bindValue(4, limit);
    QList<Account> found;
    if (!query.exec()) {
        query.finish();
        return found;
    }
    while (query.next())
        found.append(fromRow(query));
    // Finished before the paths are looked up: an open SELECT holds a read
    // snapshot, and the path look-ups run their own statements.
    query.finish();
    for (Account &account : found) {
        m_names.insert(account.code, account.name);
        account.path = pathOf(account.code, account.name);
        m_accounts.insert(account.id, account);
    }
    return found;
}

} // namespace Backroom::Finance
