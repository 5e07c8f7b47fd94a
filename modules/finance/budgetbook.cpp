#include "budgetbook.h"

#include "accountdirectory.h"
#include "budgetentities.h"
#include "budgetvsactual.h"
#include "database.h"
#include "financeentities.h"
#include "recordquery.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

namespace {

QString lineField(int line, const char *column)
{
    return QStringLiteral("lines/%1/%2").arg(line).arg(QLatin1String(column));
}

Records::Result failure(Records::Result::Code code, const QString &message)
{
    Records::Result result;
    result.code = code;
    result.message = message;
    return result;
}

} // namespace

qint64 BudgetLine::total() const
{
    qint64 sum = 0;
    for (const qint64 amount : months)
        sum += amount;
    return sum;
}

void BudgetLine::fillEvenly(qint64 annual)
{
    const qint64 each = annual / 12;
    const qint64 rest = annual - each * 12;   // same sign as annual, |rest| < 12
    const qint64 step = rest < 0 ? -1 : 1;
    const int extra = int(rest < 0 ? -rest : rest);
    for (int month = 0; month < 12; ++month)
        months[month] = each + (month >= 12 - extra ? step : 0);
}

qint64 Budget::total() const
{
    qint64 sum = 0;
    for (const BudgetLine &line : lines)
        sum += line.total();
    return sum;
}

BudgetBook::BudgetBook(Records &records)
    : m_records(records)
{
}

bool BudgetBook::isBudgeted(const QString &category)
{
    return category == QLatin1String("income") || category == QLatin1String("expense")
           || category == QLatin1String("cost");
}

std::optional<Budget> BudgetBook::load(qint64 id) const
{
    const std::optional<Record> header = m_records.read(BudgetEntities::budget(), id);
    if (!header)
        return std::nullopt;
    Budget budget;
    budget.id = header->id;
    budget.version = header->version;
    budget.name = header->value(QStringLiteral("name")).toString();
    budget.year = header->value(QStringLiteral("year")).toInt();
    budget.department = header->value(QStringLiteral("department")).toLongLong();
    budget.notes = header->value(QStringLiteral("notes")).toString();
    budget.state = header->value(QStringLiteral("state")).toString();
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("budget"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    for (const Record &row : m_records.select(BudgetEntities::budgetLine(), spec)) {
        BudgetLine line;
        line.id = row.id;
        line.account = row.value(QStringLiteral("account")).toLongLong();
        for (int month = 1; month <= 12; ++month)
            line.months[month - 1] = row.value(BudgetEntities::monthField(month)).toLongLong();
        budget.lines.append(line);
    }
    return budget;
}

QList<Records::FieldError> BudgetBook::problems(const Budget &budget) const
{
    QList<Records::FieldError> errors;
    if (budget.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Give the budget a name.")});
    if (budget.year < 1900 || budget.year > 9999)
        errors.append({QStringLiteral("year"), tr("Enter the budget's year.")});
    Database &db = m_records.database();
    AccountDirectory accounts(db);
    QHash<qint64, int> seen;
    for (qsizetype i = 0; i < budget.lines.size(); ++i) {
        const BudgetLine &line = budget.lines.at(i);
        const int n = int(i) + 1;
        const std::optional<AccountDirectory::Account> account =
            line.account > 0 ? accounts.account(line.account) : std::nullopt;
        if (!account) {
            errors.append({lineField(n, "account"), tr("Line %1: choose an account.").arg(n)});
            continue;
        }
        const QString category =
            db.scalar(QStringLiteral("SELECT category FROM finance_account WHERE id = ?"), {line.account})
                .value_or(QVariant())
                .toString();
        if (!isBudgeted(category))
            errors.append({lineField(n, "account"), tr("Line %1: %2 is not an income, expense or cost account; "
                                                       "budgets plan those.")
                                                        .arg(n)
                                                        .arg(account->text())});
        else if (!account->leaf)
            errors.append({lineField(n, "account"), tr("Line %1: %2 has sub-accounts; budget the sub-accounts "
                                                       "(the report adds them up).")
                                                        .arg(n)
                                                        .arg(account->text())});
        const auto earlier = seen.constFind(line.account);
        if (earlier != seen.constEnd())
            errors.append({lineField(n, "account"), tr("Line %1: %2 is already on line %3.")
                                                        .arg(n)
                                                        .arg(account->text())
                                                        .arg(*earlier)});
        else
            seen.insert(line.account, n);
    }
    return errors;
}

Records::Result BudgetBook::save(const Budget &budget)
{
    QList<Records::FieldError> errors = problems(budget);
    if (!errors.isEmpty()) {
        Records::Result result = failure(Records::Result::Code::Invalid,
                                         errors.size() == 1 ? errors.constFirst().message
                                                            : tr("The budget has %n problem(s): %1", nullptr,
                                                                 int(errors.size()))
                                                                  .arg(errors.constFirst().message));
        result.fieldErrors = std::move(errors);
        return result;
    }
    Database &db = m_records.database();
    const Records::Result result =
        m_records.inTransaction([&] { return saveInTransaction(budget); }, tr("The budget could not be saved: %1"));
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(BudgetEntities::budget(), result.id);
        m_records.notifyChanged(BudgetEntities::budgetLine());
    }
    return result;
}

Records::Result BudgetBook::saveInTransaction(const Budget &budget)
{
    if (budget.id > 0) {
        const std::optional<Record> stored = m_records.read(BudgetEntities::budget(), budget.id);
        if (!stored)
            return failure(Records::Result::Code::NotFound, tr("This budget no longer exists."));
        if (stored->value(QStringLiteral("state")).toString() != BudgetEntities::draft())
            return failure(Records::Result::Code::Refused,
                           tr("An approved budget cannot be changed; take it back to draft first."));
    }
    const QVariantMap header{
        {QStringLiteral("name"), budget.name.trimmed()},
        {QStringLiteral("year"), budget.year},
        {QStringLiteral("department"), budget.department > 0 ? QVariant(budget.department) : QVariant()},
        {QStringLiteral("notes"), budget.notes.trimmed().isEmpty() ? QVariant() : QVariant(budget.notes.trimmed())},
        {QStringLiteral("total"), budget.total()},
    };
    Records::Result saved = budget.id > 0 ? m_records.update(BudgetEntities::budget(), budget.id, budget.version, header)
                                          : m_records.create(BudgetEntities::budget(), header);
    if (!saved.ok())
        return saved;
    const qint64 id = budget.id > 0 ? budget.id : saved.id;
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("budget"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    QString error;
    const QList<Record> existing =
        budget.id > 0 ? m_records.select(BudgetEntities::budgetLine(), spec, &error) : QList<Record>();
    if (!error.isEmpty())
        return failure(Records::Result::Code::Failed, error);
    for (qsizetype i = 0; i < budget.lines.size(); ++i) {
        const BudgetLine &line = budget.lines.at(i);
        QVariantMap values{{QStringLiteral("budget"), id},
                           {QStringLiteral("line_no"), qint64(i + 1)},
                           {QStringLiteral("account"), line.account},
                           {QStringLiteral("total"), line.total()}};
        for (int month = 1; month <= 12; ++month)
            values.insert(BudgetEntities::monthField(month), line.months[month - 1]);
        Records::Result written = i < existing.size()
                                      ? m_records.update(BudgetEntities::budgetLine(), existing.at(i).id,
                                                         existing.at(i).version, values)
                                      : m_records.create(BudgetEntities::budgetLine(), values);
        if (!written.ok()) {
            for (Records::FieldError &fieldError : written.fieldErrors)
                fieldError.field = lineField(int(i) + 1, "") + fieldError.field;
            return written;
        }
    }
    for (qsizetype i = budget.lines.size(); i < existing.size(); ++i) {
        const Records::Result removed =
            m_records.remove(BudgetEntities::budgetLine(), existing.at(i).id, existing.at(i).version);
        if (!removed.ok())
            return removed;
    }
    const std::optional<Record> after = m_records.read(BudgetEntities::budget(), id);
    Records::Result result;
    result.id = id;
    result.version = after ? after->version : saved.version;
    return result;
}

Records::Result BudgetBook::remove(qint64 id, qint64 version)
{
    const std::optional<Record> stored = m_records.read(BudgetEntities::budget(), id);
    if (stored && stored->value(QStringLiteral("state")).toString() != BudgetEntities::draft())
        return failure(Records::Result::Code::Refused,
                       tr("An approved budget cannot be deleted; take it back to draft first."));
    return m_records.remove(BudgetEntities::budget(), id, version);
}

std::optional<QList<BudgetLine>> BudgetBook::actualsOf(int year, qint64 department, QString *errorString) const
{
    Database &db = m_records.database();
    const QString from = QStringLiteral("%1-01").arg(year, 4, 10, QLatin1Char('0'));
    const QString to = QStringLiteral("%1-12").arg(year, 4, 10, QLatin1Char('0'));
    const std::optional<QList<BudgetVsActual::Movement>> movements =
        BudgetVsActual::movements(db, from, to, department, errorString);
    if (!movements)
        return std::nullopt;
    const std::optional<QHash<qint64, BudgetVsActual::Account>> accounts = BudgetVsActual::accounts(db, errorString);
    if (!accounts)
        return std::nullopt;
    QMap<QString, BudgetLine> byCode;   // in code order, as the chart reads
    for (const BudgetVsActual::Movement &movement : *movements) {
        const auto account = accounts->constFind(movement.account);
        if (account == accounts->constEnd() || !account->leaf || !isBudgeted(account->category))
            continue;
        const int month = FinanceEntities::firstDay(movement.period).month();
        BudgetLine &line = byCode[account->code];
        line.account = movement.account;
        line.months[month - 1] += BudgetVsActual::natural(account->category, movement.debit, movement.credit);
    }
    QList<BudgetLine> lines;
    for (const BudgetLine &line : std::as_const(byCode))
        if (std::any_of(line.months.begin(), line.months.end(), [](qint64 m) { return m != 0; }))
            lines.append(line);
    return lines;
}

} // namespace Backroom::Finance
