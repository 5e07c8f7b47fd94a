#include "bankmatcher.h"

#include "bankentities.h"
#include "database.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "subledgerposting.h"
#include "writetransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom::Finance {

namespace {

struct Key
{
    int score = -1;
    qint64 days = 0;
    bool betterThan(const Key &other) const
    {
        return score != other.score ? score > other.score : days < other.days;
    }
    bool operator==(const Key &other) const { return score == other.score && days == other.days; }
};

// How well a statement line and a voucher line fit; score -1 when they
// cannot be the same money.
Key fit(const BankLine &bank, const BookLine &book, int days)
{
    Key key;
    if (bank.signedAmount() == 0 || bank.signedAmount() != book.signedAmount() || !bank.date.isValid()
        || !book.date.isValid())
        return key;
    key.days = std::abs(bank.date.daysTo(book.date));
    if (key.days > days)
        return key;
    key.score = 0;
    if (!bank.reference.isEmpty()
        && (book.summary.contains(bank.reference) || book.reference == bank.reference
            || book.document == bank.reference))
        key.score += 2;
    else if (!book.reference.isEmpty() && bank.summary.contains(book.reference))
        key.score += 2;
    if (!bank.counterparty.isEmpty()
        && (book.partner == bank.counterparty || book.summary.contains(bank.counterparty)
            || (book.partner.size() >= 2 && bank.counterparty.contains(book.partner))))
        key.score += 1;
    return key;
}

bool execute(QSqlQuery &query, const QVariantList &values, QString *errorString)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    if (errorString)
        *errorString = query.lastError().text();
    return false;
}

} // namespace

BankMatcher::BankMatcher(Records &records)
    : m_records(records)
{
}

QList<AccountDirectory::Account> BankMatcher::bankAccounts(Database &db)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT id FROM finance_account WHERE code LIKE '1002%' OR id IN "
                                 "(SELECT account FROM finance_bank_statement) ORDER BY code"));
    QList<qint64> ids;
    if (query.exec())
        while (query.next())
            ids.append(query.value(0).toLongLong());
    query.finish();
    AccountDirectory directory(db);
    QList<AccountDirectory::Account> accounts;
    for (const qint64 id : std::as_const(ids))
        if (const auto found = directory.account(id); found && found->leaf && !found->archived)
            accounts.append(*found);
    return accounts;
}

Records::Result BankMatcher::failure(Records::Result::Code code, const QString &message) const
{
    return SubledgerPosting::failure(code, message);
}

QList<BankLine> BankMatcher::statementLines(qint64 statementId, QString *errorString) const
{
    QList<BankLine> lines;
    QSqlQuery &query = m_records.database().prepared(QStringLiteral(
        "SELECT l.id, l.statement, l.line_no, l.date, l.summary, l.counterparty, l.counterparty_account, l.reference, "
        "l.amount_in, l.amount_out, l.balance, m.match_group FROM finance_bank_statement_line l "
        "LEFT JOIN finance_bank_match m ON m.statement_line = l.id WHERE l.statement = ? ORDER BY l.line_no, l.id"));
    if (!execute(query, {statementId}, errorString))
        return lines;
    while (query.next()) {
        BankLine line;
        line.id = query.value(0).toLongLong();
        line.statement = query.value(1).toLongLong();
        line.lineNo = query.value(2).toInt();
        line.date = query.value(3).toDate();
        line.summary = query.value(4).toString();
        line.counterparty = query.value(5).toString();
        line.counterpartyAccount = query.value(6).toString();
        line.reference = query.value(7).toString();
        line.amountIn = query.value(8).toLongLong();
        line.amountOut = query.value(9).toLongLong();
        if (!query.value(10).isNull())
            line.balance = query.value(10).toLongLong();
        line.matchGroup = query.value(11).toLongLong();
        lines.append(line);
    }
    query.finish();
    return lines;
}

QDate BankMatcher::reconcilingSince(qint64 account) const
{
    return m_records.database()
        .scalar(QStringLiteral("SELECT min(date_from) FROM finance_bank_statement WHERE account = ?"), {account})
        .value_or(QVariant())
        .toDate();
}

QList<BookLine> BankMatcher::bookLines(qint64 account, const QDate &from, const QDate &upTo, bool includeMatched,
                                       QString *errorString) const
{
    QList<BookLine> lines;
    // The partner and the payment's bank reference help tell two lines of
    // the same amount apart.
    QString sql = QStringLiteral(
        "SELECT l.id, v.id, v.reference, v.date, l.summary, l.debit, l.credit, "
        "(SELECT p.name FROM finance_voucher_line o JOIN core_partner p ON p.id = o.partner "
        "WHERE o.voucher = v.id AND o.partner IS NOT NULL ORDER BY o.line_no LIMIT 1), "
        "v.source_number, coalesce(r.reference, y.reference), m.match_group, v.state "
        "FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher "
        "LEFT JOIN finance_receipt r ON v.source_entity = 'finance.receipt' AND r.id = v.source_id "
        "LEFT JOIN finance_payment y ON v.source_entity = 'finance.payment' AND y.id = v.source_id "
        "LEFT JOIN finance_bank_match m ON m.voucher_line = l.id "
        "WHERE l.account = ? AND v.state IN ('draft', 'reviewed', 'posted') "
        "AND coalesce(v.kind, 'entry') <> 'opening'");
    QVariantList values{account};
    if (from.isValid()) {
        sql += QStringLiteral(" AND v.date >= ?");
        values.append(from);
    }
    if (upTo.isValid()) {
        sql += QStringLiteral(" AND v.date <= ?");
        values.append(upTo);
    }
    if (!includeMatched)
        sql += QStringLiteral(" AND m.id IS NULL");
    sql += QStringLiteral(" ORDER BY v.date, v.id, l.line_no");
    QSqlQuery &query = m_records.database().prepared(sql);
    if (!execute(query, values, errorString))
        return lines;
    while (query.next()) {
        BookLine line;
        line.id = query.value(0).toLongLong();
        line.voucher = query.value(1).toLongLong();
        line.voucherReference = query.value(2).toString();
        line.date = query.value(3).toDate();
        line.summary = query.value(4).toString();
        line.debit = query.value(5).toLongLong();
        line.credit = query.value(6).toLongLong();
        line.partner = query.value(7).toString();
        line.document = query.value(8).toString();
        line.reference = query.value(9).toString();
        line.matchGroup = query.value(10).toLongLong();
        line.posted = query.value(11).toString() == FinanceEntities::posted();
        lines.append(line);
    }
    query.finish();
    return lines;
}

QList<QPair<int, int>> BankMatcher::pairs(const QList<BankLine> &bank, const QList<BookLine> &book, int days,
                                          int *ambiguous)
{
    // Candidates by amount, so a long statement is not a product of both lists.
    QHash<qint64, QList<int>> bookByAmount;
    for (int j = 0; j < book.size(); ++j)
        if (book.at(j).matchGroup == 0)
            bookByAmount[book.at(j).signedAmount()].append(j);
    struct Candidate
    {
        int bank;
        int book;
        Key key;
    };
    QList<QList<Candidate>> ofBank(bank.size());
    QList<QList<Candidate>> ofBook(book.size());
    for (int i = 0; i < bank.size(); ++i) {
        if (bank.at(i).matchGroup != 0)
            continue;
        for (int j : bookByAmount.value(bank.at(i).signedAmount())) {
            const Key key = fit(bank.at(i), book.at(j), days);
            if (key.score < 0)
                continue;
            ofBank[i].append({i, j, key});
            ofBook[j].append({i, j, key});
        }
    }
    QSet<int> bankTaken, bookTaken;
    QList<QPair<int, int>> made;
    // The best still-free counterpart of each side: the one, or -1 when
    // none or a tie.
    const auto best = [](const QList<Candidate> &candidates, const QSet<int> &taken, bool byBook, bool *tie) {
        int chosen = -1;
        Key top;
        *tie = false;
        for (const Candidate &c : candidates) {
            const int other = byBook ? c.book : c.bank;
            if (taken.contains(other))
                continue;
            if (chosen < 0 || c.key.betterThan(top)) {
                chosen = other;
                top = c.key;
                *tie = false;
            } else if (c.key == top) {
                *tie = true;
            }
        }
        return *tie ? -1 : chosen;
    };
    for (;;) {
        QList<QPair<int, int>> round;
        for (int i = 0; i < bank.size(); ++i) {
            if (bankTaken.contains(i) || ofBank.at(i).isEmpty())
                continue;
            bool tie = false;
            const int j = best(ofBank.at(i), bookTaken, true, &tie);
            if (j < 0)
                continue;
            bool otherTie = false;
            if (best(ofBook.at(j), bankTaken, false, &otherTie) == i)
                round.append({i, j});
        }
        if (round.isEmpty())
            break;
        for (const auto &pair : std::as_const(round)) {
            bankTaken.insert(pair.first);
            bookTaken.insert(pair.second);
            made.append(pair);
        }
    }
    if (ambiguous) {
        *ambiguous = 0;
        for (int i = 0; i < bank.size(); ++i) {
            if (bankTaken.contains(i))
                continue;
            bool tie = false;
            best(ofBank.at(i), bookTaken, true, &tie);
            // A tie on this side, or the best voucher line is as good a
            // fit for another statement line.
            bool free = false;
            for (const Candidate &c : ofBank.at(i))
                free = free || !bookTaken.contains(c.book);
            if (free)
                ++*ambiguous;
        }
    }
    std::sort(made.begin(), made.end());
    return made;
}

BankMatcher::Outcome BankMatcher::autoMatch(qint64 statementId, int days)
{
    Outcome outcome;
    QString refusal;
    if (!m_records.check(QStringLiteral("create"), BankEntities::match(), &refusal)) {
        outcome.result = failure(Records::Result::Code::Refused, refusal);
        return outcome;
    }
    const std::optional<Record> statement = m_records.read(BankEntities::statement(), statementId);
    if (!statement) {
        outcome.result = failure(Records::Result::Code::NotFound, tr("This bank statement no longer exists."));
        return outcome;
    }
    outcome.result = locked(tr("The matches could not be saved: %1"), [&]() -> Records::Result {
        outcome.matched = 0;
        outcome.ambiguous = 0;
        QString error;
        const QList<BankLine> bank = statementLines(statementId, &error);
        const QList<BookLine> book =
            error.isEmpty() ? bookLines(statement->value(QStringLiteral("account")).toLongLong(), {}, {}, false, &error)
                            : QList<BookLine>();
        if (!error.isEmpty())
            return failure(Records::Result::Code::Failed, error);
        for (const auto &[i, j] : pairs(bank, book, days, &outcome.ambiguous)) {
            const Records::Result stored = store({bank.at(i).id}, {book.at(j).id}, QStringLiteral("auto"));
            if (!stored.ok())
                return stored;
            ++outcome.matched;
        }
        return Records::Result();
    });
    if (!outcome.result.ok())
        outcome.matched = 0;   // rolled back
    return outcome;
}

Records::Result BankMatcher::locked(const QString &commitFailure, const std::function<Records::Result()> &work)
{
    Database &db = m_records.database();
    const auto attempt = [&]() -> Records::Result {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            return failure(Records::Result::Code::Failed,
                           tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        // One clerk at a time decides what is still unmatched.
        if (QString error; !db.serialize(BankEntities::match(), &error))
            return failure(Records::Result::Code::Failed, error);
        const Records::Result result = work();
        if (result.ok() && !transaction.commit())
            return failure(Records::Result::Code::Failed, QString(commitFailure).arg(transaction.errorString()));
        return result;
    };
    const Records::Result result = db.retrying(attempt, [](const Records::Result &r) { return !r.ok(); });
    // The owner of an outer transaction says so once it commits.
    if (result.ok() && db.transactionDepth() == 0) {
        m_records.notifyChanged(BankEntities::match());
        m_records.notifyChanged(BankEntities::statementLine());
    }
    return result;
}

Records::Result BankMatcher::store(const QList<qint64> &statementLines, const QList<qint64> &voucherLines,
                                   const QString &method)
{
    Database &db = m_records.database();
    const qint64 group = db.scalar(QStringLiteral("SELECT coalesce(max(match_group), 0) + 1 FROM finance_bank_match"))
                             .value_or(QVariant(1))
                             .toLongLong();
    for (const qint64 id : statementLines) {
        const Records::Result made = m_records.create(BankEntities::match(), {{QStringLiteral("match_group"), group},
                                                                             {QStringLiteral("statement_line"), id},
                                                                             {QStringLiteral("method"), method}});
        if (!made.ok())
            return made;
        const std::optional<Record> line = m_records.read(BankEntities::statementLine(), id);
        if (!line)
            return failure(Records::Result::Code::NotFound, tr("The statement line no longer exists."));
        const Records::Result state = m_records.update(BankEntities::statementLine(), id, line->version,
                                                       {{QStringLiteral("state"), BankEntities::matched()}});
        if (!state.ok())
            return state;
    }
    for (const qint64 id : voucherLines) {
        const Records::Result made = m_records.create(BankEntities::match(), {{QStringLiteral("match_group"), group},
                                                                             {QStringLiteral("voucher_line"), id},
                                                                             {QStringLiteral("method"), method}});
        if (!made.ok())
            return made;
    }
    Records::Result done;
    done.id = group;
    return done;
}

Records::Result BankMatcher::match(const QList<qint64> &statementLines, const QList<qint64> &voucherLines)
{
    if (statementLines.isEmpty() || voucherLines.isEmpty())
        return failure(Records::Result::Code::Invalid,
                       tr("Choose at least one statement line and one line of the books to match."));
    QString refusal;
    if (!m_records.check(QStringLiteral("create"), BankEntities::match(), &refusal))
        return failure(Records::Result::Code::Refused, refusal);
    Database &db = m_records.database();
    return locked(tr("The match could not be saved: %1"), [&]() -> Records::Result {
        qint64 bankTotal = 0, bookTotal = 0, account = 0;
        for (const qint64 id : statementLines) {
            QSqlQuery &query = db.prepared(QStringLiteral(
                "SELECT l.amount_in - l.amount_out, s.account, l.line_no, "
                "(SELECT count(*) FROM finance_bank_match m WHERE m.statement_line = l.id) "
                "FROM finance_bank_statement_line l JOIN finance_bank_statement s ON s.id = l.statement WHERE l.id = ?"));
            query.bindValue(0, id);
            if (!query.exec() || !query.next()) {
                query.finish();
                return failure(Records::Result::Code::NotFound, tr("The statement line no longer exists."));
            }
            const qint64 lineAccount = query.value(1).toLongLong();
            const int lineNo = query.value(2).toInt();
            const bool taken = query.value(3).toLongLong() > 0;
            bankTotal += query.value(0).toLongLong();
            query.finish();
            if (taken)
                return failure(Records::Result::Code::Refused,
                               tr("Statement line %1 is matched already; unmatch it first.").arg(lineNo));
            if (account && account != lineAccount)
                return failure(Records::Result::Code::Invalid, tr("The statement lines are of different bank accounts."));
            account = lineAccount;
        }
        for (const qint64 id : voucherLines) {
            QSqlQuery &query = db.prepared(QStringLiteral(
                "SELECT l.debit - l.credit, l.account, v.state, v.reference, "
                "(SELECT count(*) FROM finance_bank_match m WHERE m.voucher_line = l.id) "
                "FROM finance_voucher_line l JOIN finance_voucher v ON v.id = l.voucher WHERE l.id = ?"));
            query.bindValue(0, id);
            if (!query.exec() || !query.next()) {
                query.finish();
                return failure(Records::Result::Code::NotFound, tr("The voucher line no longer exists."));
            }
            const qint64 amount = query.value(0).toLongLong();
            const qint64 lineAccount = query.value(1).toLongLong();
            const QString state = query.value(2).toString();
            const QString reference = query.value(3).toString();
            const bool taken = query.value(4).toLongLong() > 0;
            query.finish();
            if (lineAccount != account)
                return failure(Records::Result::Code::Invalid,
                               tr("Voucher %1 does not post to the statement's bank account.").arg(reference));
            // Not yet posted is fine (the match stays when it is posted);
            // the workflow has no other state a voucher could be in.
            if (state != FinanceEntities::posted() && state != FinanceEntities::draft()
                && state != FinanceEntities::reviewed())
                return failure(Records::Result::Code::Invalid, tr("Voucher %1 cannot be matched.").arg(reference));
            if (taken)
                return failure(Records::Result::Code::Refused,
                               tr("A line of voucher %1 is matched already; unmatch it first.").arg(reference));
            bookTotal += amount;
        }
        if (bankTotal != bookTotal)
            return failure(Records::Result::Code::Invalid,
                           tr("The statement lines come to %1 and the lines of the books to %2; matched lines must "
                              "come to the same amount.")
                               .arg(MoneyFormat::money(bankTotal), MoneyFormat::money(bookTotal)));
        return store(statementLines, voucherLines, QStringLiteral("manual"));
    });
}

Records::Result BankMatcher::unmatch(const QList<qint64> &statementLines)
{
    QString refusal;
    if (!m_records.check(QStringLiteral("delete"), BankEntities::match(), &refusal))
        return failure(Records::Result::Code::Refused, refusal);
    Database &db = m_records.database();
    return locked(tr("The match could not be undone: %1"), [&]() -> Records::Result {
        QSet<qint64> groups;
        for (const qint64 id : statementLines) {
            const auto group = db.scalar(QStringLiteral("SELECT match_group FROM finance_bank_match WHERE statement_line = ?"), {id});
            if (group)
                groups.insert(group->toLongLong());
        }
        if (groups.isEmpty())
            return failure(Records::Result::Code::Invalid, tr("None of the chosen statement lines is matched."));
        QList<qint64> sorted(groups.cbegin(), groups.cend());
        std::sort(sorted.begin(), sorted.end());
        for (const qint64 group : std::as_const(sorted)) {
            QSqlQuery &query = db.prepared(
                QStringLiteral("SELECT id, version, statement_line FROM finance_bank_match WHERE match_group = ? ORDER BY id"));
            query.bindValue(0, group);
            if (!query.exec())
                return failure(Records::Result::Code::Failed, query.lastError().text());
            struct Row { qint64 id, version, line; };
            QList<Row> rows;
            while (query.next())
                rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()});
            query.finish();
            for (const Row &row : std::as_const(rows)) {
                Records::Result removed = m_records.remove(BankEntities::match(), row.id, row.version);
                if (!removed.ok())
                    return removed;
                if (row.line == 0)
                    continue;
                const std::optional<Record> line = m_records.read(BankEntities::statementLine(), row.line);
                if (!line)
                    continue;
                removed = m_records.update(BankEntities::statementLine(), row.line, line->version,
                                           {{QStringLiteral("state"), BankEntities::unmatched()}});
                if (!removed.ok())
                    return removed;
            }
        }
        Records::Result done;
        done.id = sorted.size();
        return done;
    });
}

QString BankMatcher::removalRefused(Database &db, qint64 voucherId)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT sl.line_no, s.title FROM finance_voucher_line l JOIN finance_bank_match m ON m.voucher_line = l.id "
        "JOIN finance_bank_match o ON o.match_group = m.match_group "
        "JOIN finance_bank_statement_line sl ON sl.id = o.statement_line "
        "JOIN finance_bank_statement s ON s.id = sl.statement WHERE l.voucher = ? ORDER BY s.id, sl.line_no LIMIT 1"));
    query.bindValue(0, voucherId);
    QString refused;
    if (query.exec() && query.next())
        refused = tr("The voucher is matched with line %1 of the bank statement %2; undo the match under Bank "
                     "Reconciliation before deleting it.")
                      .arg(query.value(0).toLongLong())
                      .arg(query.value(1).toString());
    query.finish();
    return refused;
}

QList<Records::FieldError> BankMatcher::changeRefused(Database &db, qint64 voucherId,
                                                      const QList<QPair<qint64, qint64>> &lines)
{
    QList<Records::FieldError> errors;
    if (voucherId <= 0)
        return errors;
    // The voucher book writes the entered lines over the stored ones in
    // order: a matched line keeps its place.
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT l.line_no, l.account, l.debit - l.credit FROM finance_voucher_line l "
        "WHERE l.voucher = ? AND EXISTS (SELECT 1 FROM finance_bank_match m WHERE m.voucher_line = l.id) "
        "ORDER BY l.line_no"));
    query.bindValue(0, voucherId);
    if (!query.exec())
        return errors;
    while (query.next()) {
        const int place = query.value(0).toInt();
        const QPair<qint64, qint64> matched{query.value(1).toLongLong(), query.value(2).toLongLong()};
        if (place >= 1 && place <= lines.size() && lines.at(place - 1) == matched)
            continue;
        errors.append({QStringLiteral("lines/%1/account").arg(place),
                       tr("Line %1 is matched with the bank statement: its account and amount stay as they are; undo "
                          "the match under Bank Reconciliation to change or remove it.")
                           .arg(place)});
    }
    query.finish();
    return errors;
}

} // namespace Backroom::Finance
