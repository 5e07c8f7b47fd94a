#include "voucherbook.h"

#include "accountdirectory.h"
#include "database.h"
#include "financeentities.h"
#include "bankmatcher.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "recordquery.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>


namespace Backroom::Finance {

namespace {

QVariant referenceOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString lineField(int line, const char *column)
{
    return QStringLiteral("lines/%1/%2").arg(line).arg(QLatin1String(column));
}

} // namespace

qint64 Voucher::totalDebit() const
{
    qint64 total = 0;
    for (const VoucherLine &line : lines)
        total += line.debit;
    return total;
}

qint64 Voucher::totalCredit() const
{
    qint64 total = 0;
    for (const VoucherLine &line : lines)
        total += line.credit;
    return total;
}

QString Voucher::displayNumber() const
{
    return number > 0 ? QStringLiteral("%1-%2").arg(word).arg(number, 4, 10, QLatin1Char('0')) : QString();
}

VoucherLine VoucherLine::fromRecord(const Record &row)
{
    VoucherLine line;
    line.id = row.id;
    line.summary = row.value(QStringLiteral("summary")).toString();
    line.account = row.value(QStringLiteral("account")).toLongLong();
    line.debit = row.value(QStringLiteral("debit")).toLongLong();
    line.credit = row.value(QStringLiteral("credit")).toLongLong();
    line.department = row.value(QStringLiteral("department")).toLongLong();
    line.partner = row.value(QStringLiteral("partner")).toLongLong();
    line.person = row.value(QStringLiteral("person")).toLongLong();
    line.currency = row.value(QStringLiteral("currency")).toLongLong();
    line.foreignAmount = row.value(QStringLiteral("foreign_amount")).toLongLong();
    line.rate = row.value(QStringLiteral("rate")).toLongLong();
    return line;
}

VoucherBook::VoucherBook(Records &records)
    : m_records(records)
{
}

std::optional<Voucher> VoucherBook::load(qint64 id) const
{
    const std::optional<Record> header = m_records.read(FinanceEntities::voucher(), id);
    if (!header)
        return std::nullopt;
    Voucher voucher;
    voucher.id = header->id;
    voucher.version = header->version;
    voucher.word = header->value(QStringLiteral("word")).toString();
    voucher.number = header->value(QStringLiteral("number")).toLongLong();
    voucher.date = header->value(QStringLiteral("date")).toDate();
    voucher.attachments = header->value(QStringLiteral("attachments")).toInt();
    voucher.state = header->value(QStringLiteral("state")).toString();
    voucher.reverses = header->value(QStringLiteral("reverses")).toLongLong();
    voucher.kind = header->value(QStringLiteral("kind")).toString();
    if (voucher.kind.isEmpty())
        voucher.kind = QStringLiteral("entry");
    voucher.sourceEntity = header->value(QStringLiteral("source_entity")).toString();
    voucher.sourceId = header->value(QStringLiteral("source_id")).toLongLong();
    voucher.sourceNumber = header->value(QStringLiteral("source_number")).toString();
    voucher.preparedBy = header->system.value(QStringLiteral("created_by")).toString();
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("voucher"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    for (const Record &row : m_records.select(FinanceEntities::voucherLine(), spec))
        voucher.lines.append(VoucherLine::fromRecord(row));
    return voucher;
}

QList<Records::FieldError> VoucherBook::problems(const Voucher &voucher) const
{
    QList<Records::FieldError> errors;
    if (!voucher.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the voucher's date.")});
    if (!FinanceEntities::voucherWords().contains(voucher.word))
        errors.append({QStringLiteral("word"), tr("“%1” is not a voucher word; use one of %2.")
                                                   .arg(voucher.word, FinanceEntities::voucherWords().join(QStringLiteral(" ")))});
    if (voucher.date.isValid() && isClosed(m_records.database(), FinanceEntities::periodOf(voucher.date)))
        errors.append({QStringLiteral("date"), tr("The period %1 is closed: date the voucher in an open period, or have "
                                                  "the period reopened.")
                                                   .arg(FinanceEntities::periodOf(voucher.date))});
    if (voucher.lines.isEmpty()) {
        errors.append({QStringLiteral("lines"), tr("A voucher needs lines: enter a summary, an account and an amount.")});
        return errors;
    }
    Database &db = m_records.database();
    // The screen's own reader of the chart, cached per voucher checked.
    AccountDirectory accounts(db);
    for (qsizetype i = 0; i < voucher.lines.size(); ++i) {
        const VoucherLine &line = voucher.lines.at(i);
        const int n = int(i) + 1;
        if (line.summary.trimmed().isEmpty())
            errors.append({lineField(n, "summary"), tr("Line %1: enter a summary.").arg(n)});
        if (line.debit != 0 && line.credit != 0)
            errors.append({lineField(n, "debit"), tr("Line %1: enter a debit or a credit, not both.").arg(n)});
        else if (line.debit == 0 && line.credit == 0)
            errors.append({lineField(n, "debit"), tr("Line %1: enter an amount.").arg(n)});
        if (line.account <= 0) {
            errors.append({lineField(n, "account"), tr("Line %1: choose an account.").arg(n)});
            continue;
        }
        const std::optional<AccountDirectory::Account> account = accounts.account(line.account);
        if (!account) {
            errors.append({lineField(n, "account"), tr("Line %1: the account does not exist.").arg(n)});
            continue;
        }
        const QString name = account->code + QLatin1Char(' ') + account->name;
        if (account->archived)
            errors.append({lineField(n, "account"), tr("Line %1: %2 is no longer in use.").arg(n).arg(name)});
        if (!account->leaf)
            errors.append({lineField(n, "account"),
                           tr("Line %1: %2 has sub-accounts; post to one of them.").arg(n).arg(name)});
        if (account->needsDepartment && line.department <= 0)
            errors.append({lineField(n, "department"), tr("Line %1: %2 needs a department.").arg(n).arg(name)});
        if (account->needsPartner && line.partner <= 0)
            errors.append({lineField(n, "partner"), tr("Line %1: %2 needs a partner.").arg(n).arg(name)});
        if (account->needsPerson && line.person <= 0)
            errors.append({lineField(n, "person"), tr("Line %1: %2 needs a person.").arg(n).arg(name)});
        foreignProblems(line, n, *account, voucher.kind == QLatin1String("revaluation"), &errors);
    }
    if (voucher.id > 0) {
        QList<QPair<qint64, qint64>> entered;
        for (const VoucherLine &line : voucher.lines)
            entered.append({line.account, line.debit - line.credit});
        errors += BankMatcher::changeRefused(m_records.database(), voucher.id, entered);
    }
    const qint64 debit = voucher.totalDebit();
    const qint64 credit = voucher.totalCredit();
    if (debit != credit)
        errors.append({QStringLiteral("lines"), tr("Debits (%1) and credits (%2) differ by %3: the voucher must balance.")
                                                    .arg(MoneyFormat::money(debit), MoneyFormat::money(credit),
                                                         MoneyFormat::money(debit - credit))});
    return errors;
}

void VoucherBook::foreignProblems(const VoucherLine &line, int n, const AccountDirectory::Account &account,
                                  bool revaluation, QList<Records::FieldError> *errors) const
{
    const QString name = account.code + QLatin1Char(' ') + account.name;
    if (account.currency <= 0) {
        if (line.currency > 0 || line.foreignAmount != 0 || line.rate != 0)
            errors->append({lineField(n, "currency"),
                            tr("Line %1: %2 is kept in the company's own currency; leave its currency, foreign "
                               "amount and rate empty.")
                                .arg(n)
                                .arg(name)});
        return;
    }
    Database &db = m_records.database();
    const std::optional<ForeignCurrency::Currency> currency = ForeignCurrency::currency(db, account.currency);
    const QString code = currency ? currency->code : QString();
    if (!currency || code == ForeignCurrency::companyCurrency(db)) {
        errors->append({lineField(n, "account"),
                        tr("Line %1: %2 is kept in a currency that is not a foreign one; correct the account.")
                            .arg(n)
                            .arg(name)});
        return;
    }
    if (line.currency != account.currency) {
        errors->append({lineField(n, "currency"),
                        tr("Line %1: %2 is kept in %3; the line's currency must be %3.").arg(n).arg(name, code)});
        return;
    }
    // 期末调汇 adjusts the local amount alone, at the month-end rate.
    if (revaluation && line.foreignAmount == 0)
        return;
    if (line.foreignAmount == 0) {
        errors->append({lineField(n, "foreign_amount"),
                        tr("Line %1: %2 is kept in %3; enter the amount in %3.").arg(n).arg(name, code)});
        return;
    }
    if (line.rate <= 0) {
        errors->append({lineField(n, "rate"), tr("Line %1: enter the exchange rate of %2.").arg(n).arg(code)});
        return;
    }
    const qint64 local = line.debit != 0 ? line.debit : line.credit;
    if (local == 0)
        return;   // "enter an amount" said it already
    if ((local < 0) != (line.foreignAmount < 0)) {
        errors->append({lineField(n, "foreign_amount"),
                        tr("Line %1: the amount in %2 and the local amount have different signs.").arg(n).arg(code)});
        return;
    }
    const std::optional<qint64> expected = ForeignCurrency::localAmount(line.foreignAmount, currency->decimals, line.rate);
    if (!expected || *expected != local)
        errors->append({lineField(n, line.debit != 0 ? "debit" : "credit"),
                        tr("Line %1: %2 at %3 is %4, not %5.")
                            .arg(n)
                            .arg(ForeignCurrency::amountText(code, line.foreignAmount, currency->decimals),
                                 ForeignCurrency::rateText(line.rate),
                                 expected ? MoneyFormat::money(*expected) : QStringLiteral("?"),
                                 MoneyFormat::money(local))});
}

Records::Result VoucherBook::invalid(QList<Records::FieldError> errors) const
{
    Records::Result result;
    result.code = Records::Result::Code::Invalid;
    result.message = errors.size() == 1 ? errors.constFirst().message
                                        : tr("The voucher has %n problem(s): %1", nullptr, int(errors.size()))
                                              .arg(errors.constFirst().message);
    result.fieldErrors = std::move(errors);
    return result;
}

Records::Result VoucherBook::save(const Voucher &voucher)
{
    const QList<Records::FieldError> errors = problems(voucher);
    if (!errors.isEmpty())
        return invalid(errors);
    const Records::Result result = m_records.inTransaction([&] { return saveInTransaction(voucher); },
                                                           tr("The voucher could not be saved: %1"));
    if (result.ok() && m_records.database().transactionDepth() == 0) {
        m_records.notifyChanged(FinanceEntities::voucher(), result.id);
        m_records.notifyChanged(FinanceEntities::voucherLine());
    }
    return result;
}

Records::Result VoucherBook::saveInTransaction(const Voucher &voucher)
{
    Database &db = m_records.database();
    Records::Result failed;
    failed.code = Records::Result::Code::Failed;
    const QString period = FinanceEntities::periodOf(voucher.date);
    qint64 number = 0;
    std::optional<Record> stored;
    if (voucher.id > 0) {
        stored = m_records.read(FinanceEntities::voucher(), voucher.id);
        if (!stored) {
            failed.code = Records::Result::Code::NotFound;
            failed.message = tr("This voucher no longer exists.");
            return failed;
        }
        if (stored->value(QStringLiteral("state")).toString() != FinanceEntities::draft()) {
            failed.code = Records::Result::Code::Refused;
            failed.message = tr("Only a draft voucher can be changed; cancel its review first.");
            return failed;
        }
        if (stored->value(QStringLiteral("word")).toString() == voucher.word
            && stored->value(QStringLiteral("period")).toString() == period)
            number = stored->value(QStringLiteral("number")).toLongLong();
    }
    if (number <= 0) {
        QString error;
        const auto last = db.scalar(QStringLiteral("SELECT coalesce(max(number), 0) FROM finance_voucher "
                                                   "WHERE word = ? AND period = ?"),
                                    {voucher.word, period}, &error);
        if (!last) {
            failed.message = tr("The voucher could not be numbered: %1").arg(error);
            return failed;
        }
        number = last->toLongLong() + 1;
    }
    QVariantMap header{
        {QStringLiteral("word"), voucher.word},
        {QStringLiteral("number"), number},
        {QStringLiteral("reference"), FinanceEntities::reference(period, voucher.word, number)},
        {QStringLiteral("date"), voucher.date},
        {QStringLiteral("period"), period},
        {QStringLiteral("attachments"), voucher.attachments},
        {QStringLiteral("summary"), voucher.lines.constFirst().summary.trimmed()},
        {QStringLiteral("total"), voucher.totalDebit()},
        {QStringLiteral("reverses"), referenceOrNull(voucher.reverses)},
        {QStringLiteral("kind"), voucher.kind.isEmpty() ? QStringLiteral("entry") : voucher.kind},
        {QStringLiteral("source_entity"), voucher.sourceEntity.isEmpty() ? QVariant() : QVariant(voucher.sourceEntity)},
        {QStringLiteral("source_id"), referenceOrNull(voucher.sourceId)},
        {QStringLiteral("source_number"), voucher.sourceNumber.isEmpty() ? QVariant() : QVariant(voucher.sourceNumber)},
    };
    Records::Result saved = voucher.id > 0
                                ? m_records.update(FinanceEntities::voucher(), voucher.id, voucher.version, header)
                                : m_records.create(FinanceEntities::voucher(), header);
    if (!saved.ok())
        return saved;
    const qint64 id = voucher.id > 0 ? voucher.id : saved.id;

    // The stored lines in order; the entered ones take their places, extra
    // ones are added and the rest removed.
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("voucher"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    QString error;
    const QList<Record> existing = voucher.id > 0 ? m_records.select(FinanceEntities::voucherLine(), spec, &error)
                                                  : QList<Record>();
    if (!error.isEmpty()) {
        failed.message = error;
        return failed;
    }
    for (qsizetype i = 0; i < voucher.lines.size(); ++i) {
        const VoucherLine &line = voucher.lines.at(i);
        const QVariantMap values{
            {QStringLiteral("voucher"), id},
            {QStringLiteral("line_no"), qint64(i + 1)},
            {QStringLiteral("summary"), line.summary.trimmed()},
            {QStringLiteral("account"), line.account},
            {QStringLiteral("debit"), line.debit},
            {QStringLiteral("credit"), line.credit},
            {QStringLiteral("department"), referenceOrNull(line.department)},
            {QStringLiteral("partner"), referenceOrNull(line.partner)},
            {QStringLiteral("person"), referenceOrNull(line.person)},
            {QStringLiteral("currency"), referenceOrNull(line.currency)},
            {QStringLiteral("foreign_amount"), line.currency > 0 ? line.foreignAmount : 0},
            {QStringLiteral("rate"), line.currency > 0 && line.rate > 0 ? QVariant(line.rate) : QVariant()},
        };
        const Records::Result written =
            i < existing.size()
                ? m_records.update(FinanceEntities::voucherLine(), existing.at(i).id, existing.at(i).version, values)
                : m_records.create(FinanceEntities::voucherLine(), values);
        if (!written.ok()) {
            Records::Result result = written;
            for (Records::FieldError &fieldError : result.fieldErrors)
                fieldError.field = QStringLiteral("lines/%1/%2").arg(i + 1).arg(fieldError.field);
            return result;
        }
    }
    for (qsizetype i = voucher.lines.size(); i < existing.size(); ++i) {
        const Records::Result removed =
            m_records.remove(FinanceEntities::voucherLine(), existing.at(i).id, existing.at(i).version);
        if (!removed.ok())
            return removed;
    }
    saved.id = id;
    return saved;
}

Records::Result VoucherBook::remove(qint64 id, qint64 version)
{
    // A draft matched with the bank keeps its match until the clerk undoes
    // it (the match's reference to its line would refuse it anyway, less
    // clearly).
    if (const QString refused = BankMatcher::removalRefused(m_records.database(), id); !refused.isEmpty()) {
        Records::Result result;
        result.code = Records::Result::Code::Refused;
        result.message = refused;
        return result;
    }
    // Its lines go with it (Records removes child lines with the parent).
    return m_records.remove(FinanceEntities::voucher(), id, version);
}

Records::Result VoucherBook::review(qint64 id, qint64 version)
{
    return m_records.transition(FinanceEntities::voucher(), id, version, QStringLiteral("review"));
}

Records::Result VoucherBook::cancelReview(qint64 id, qint64 version)
{
    return m_records.transition(FinanceEntities::voucher(), id, version, QStringLiteral("unreview"));
}

Records::Result VoucherBook::post(qint64 id, qint64 version)
{
    return m_records.transition(FinanceEntities::voucher(), id, version, QStringLiteral("post"));
}

bool VoucherBook::isClosed(Database &db, const QString &period)
{
    // Months close in order, so every month up to the latest closed one is
    // closed (or lies before the books start, where nothing may go either).
    const auto found = db.scalar(QStringLiteral("SELECT count(*) FROM finance_period WHERE state = 'closed' AND period >= ?"),
                                 {period});
    return found && found->toLongLong() > 0;
}

Records::Result VoucherBook::postGenerated(qint64 id, const QString &comment)
{
    Records::Result result;
    result.code = Records::Result::Code::Refused;
    QString refusal;
    if (!m_records.check(QStringLiteral("post"), FinanceEntities::voucher(), &refusal, id)) {
        result.message = refusal;
        return result;
    }
    Database &db = m_records.database();
    const auto work = [&]() -> Records::Result {
        Records::Result failed;
        failed.code = Records::Result::Code::Failed;
        const std::optional<Record> before = m_records.read(FinanceEntities::voucher(), id);
        if (!before) {
            failed.code = Records::Result::Code::NotFound;
            failed.message = tr("This voucher no longer exists.");
            return failed;
        }
        const QString kind = before->value(QStringLiteral("kind")).toString();
        if ((kind != QLatin1String("opening") && kind != QLatin1String("closing") && kind != QLatin1String("year_end")
             && kind != QLatin1String("imported") && kind != QLatin1String("generated")
             && kind != QLatin1String("revaluation"))
            || before->value(QStringLiteral("state")).toString() != FinanceEntities::draft()) {
            failed.code = Records::Result::Code::Refused;
            failed.message = tr("Only a draft the books generated or imported is posted without review here.");
            return failed;
        }
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QString error;
        const auto rows = db.execAffected(QStringLiteral("UPDATE finance_voucher SET state = ?, version = version + 1, "
                                                         "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
                                          {FinanceEntities::posted(), stamp, m_records.userName(), id, before->version},
                                          &error);
        if (!rows || *rows != 1) {
            failed.message = tr("The voucher could not be posted: %1").arg(error);
            return failed;
        }
        if (!db.exec(QStringLiteral("INSERT INTO backroom_transition (entity, record_id, transition, from_state, "
                                    "to_state, user_name, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {FinanceEntities::voucher(), id, QStringLiteral("post"), FinanceEntities::draft(),
                      // A null QString binds NULL: a voucher posted through the
                      // posting service without a source number has no comment.
                      FinanceEntities::posted(), m_records.userName(), stamp,
                      comment.isNull() ? QStringLiteral("") : comment},
                     &error)
            || !m_records.audit(QStringLiteral("post"), FinanceEntities::voucher(), id,
                                QJsonObject{{QStringLiteral("generated"), kind}, {QStringLiteral("comment"), comment}},
                                &error)) {
            failed.message = tr("The voucher could not be posted: %1").arg(error);
            return failed;
        }
        Records::Result done;
        done.id = id;
        done.version = before->version + 1;
        return done;
    };
    result = m_records.inTransaction(work, tr("The voucher could not be posted: %1"));
    if (result.ok() && db.transactionDepth() == 0)
        m_records.notifyChanged(FinanceEntities::voucher(), id);
    return result;
}

Records::Result VoucherBook::reverse(qint64 id, const QDate &date)
{
    return fromOriginal(id, date, true);
}

Records::Result VoucherBook::copy(qint64 id, const QDate &date)
{
    return fromOriginal(id, date, false);
}

Records::Result VoucherBook::fromOriginal(qint64 id, const QDate &date, bool reversing)
{
    std::optional<Voucher> original = load(id);
    if (!original) {
        Records::Result result;
        result.code = Records::Result::Code::NotFound;
        result.message = tr("This voucher no longer exists.");
        return result;
    }
    if (reversing && original->state != FinanceEntities::posted()) {
        Records::Result result;
        result.code = Records::Result::Code::Refused;
        result.message = tr("Only a posted voucher is reversed; a draft can simply be changed or deleted.");
        return result;
    }
    Voucher made;
    made.word = original->word;
    made.date = date;
    made.attachments = reversing ? 0 : original->attachments;
    made.reverses = reversing ? original->id : 0;
    // A revaluation's lines adjust local amounts alone; so do its reversal
    // and its copy.
    if (original->kind == QLatin1String("revaluation"))
        made.kind = original->kind;
    for (VoucherLine line : std::as_const(original->lines)) {
        line.id = 0;
        if (reversing) {
            line.debit = -line.debit;
            line.credit = -line.credit;
            line.foreignAmount = -line.foreignAmount;
            line.summary = tr("Reversal of %1: %2").arg(original->displayNumber(), line.summary);
        }
        made.lines.append(line);
    }
    return save(made);
}

std::optional<int> VoucherBook::renumber(const QString &word, const QString &period, QString *errorString)
{
    Database &db = m_records.database();
    if (!m_records.check(QStringLiteral("update"), FinanceEntities::voucher(), errorString))
        return std::nullopt;
    const auto work = [&]() -> std::optional<int> {
        WriteTransaction transaction(db);
        if (!transaction.isActive()) {
            if (errorString)
                *errorString = transaction.errorString();
            return std::nullopt;
        }
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT id, number, state FROM finance_voucher "
                                                      "WHERE word = ? AND period = ? ORDER BY number, id"));
        query.bindValue(0, word);
        query.bindValue(1, period);
        if (!query.exec()) {
            if (errorString)
                *errorString = query.lastError().text();
            query.finish();
            return std::nullopt;
        }
        QSet<qint64> taken;
        QList<QPair<qint64, qint64>> movable; // id, number
        while (query.next()) {
            if (query.value(2).toString() == FinanceEntities::posted())
                taken.insert(query.value(1).toLongLong());
            else
                movable.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        }
        query.finish();
        QList<QPair<qint64, qint64>> moves; // id, new number
        qint64 next = 1;
        for (const auto &[id, number] : std::as_const(movable)) {
            while (taken.contains(next))
                ++next;
            if (number != next)
                moves.append({id, next});
            taken.insert(next);
            ++next;
        }
        if (moves.isEmpty())
            return 0;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        // Out of the way first (negative), so no two vouchers share a number
        // at any moment the unique index looks.
        for (const auto &[id, number] : std::as_const(moves))
            if (!db.exec(QStringLiteral("UPDATE finance_voucher SET number = ? WHERE id = ?"), {-number, id}, errorString))
                return std::nullopt;
        QJsonArray detail;
        for (const auto &[id, number] : std::as_const(moves)) {
            if (!db.exec(QStringLiteral("UPDATE finance_voucher SET number = ?, reference = ?, version = version + 1, "
                                        "updated_at = ?, updated_by = ? WHERE id = ?"),
                         {number, FinanceEntities::reference(period, word, number), stamp, m_records.userName(), id},
                         errorString))
                return std::nullopt;
            detail.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("number"), number}});
        }
        if (!m_records.audit(QStringLiteral("renumber"), FinanceEntities::voucher(), 0,
                             QJsonObject{{QStringLiteral("word"), word},
                                         {QStringLiteral("period"), period},
                                         {QStringLiteral("moves"), detail}},
                             errorString))
            return std::nullopt;
        if (!transaction.commit()) {
            if (errorString)
                *errorString = transaction.errorString();
            return std::nullopt;
        }
        return int(moves.size());
    };
    const std::optional<int> changed = db.retrying(work, [](const std::optional<int> &r) { return !r.has_value(); });
    if (changed && *changed > 0 && db.transactionDepth() == 0)
        m_records.notifyChanged(FinanceEntities::voucher());
    return changed;
}

QString VoucherBook::postingRefusal(Database &db, const Record &voucher, const QString &)
{
    QString error;
    const auto sums = db.scalar(QStringLiteral("SELECT count(*) FROM finance_voucher_line WHERE voucher = ?"),
                                {voucher.id}, &error);
    if (!sums || sums->toLongLong() == 0)
        return tr("A voucher without lines cannot be posted.");
    const auto difference = db.scalar(QStringLiteral("SELECT %1 FROM finance_voucher_line WHERE voucher = ?")
                                          .arg(db.dialect().integerSum(QStringLiteral("debit - credit"))),
                                      {voucher.id}, &error);
    if (!difference || difference->toLongLong() != 0)
        return tr("This voucher does not balance and cannot be posted.");
    if (voucher.value(QStringLiteral("number")).toLongLong() <= 0)
        return tr("This voucher has no number yet; save it from the voucher screen first.");
    return closedRefusal(db, voucher);
}

QString VoucherBook::closedRefusal(Database &db, const Record &voucher)
{
    const QString period = voucher.value(QStringLiteral("period")).toString();
    if (isClosed(db, period))
        return tr("The period %1 is closed; nothing in it can change until it is reopened.").arg(period);
    return {};
}

QString VoucherBook::reviewRefusal(Database &db, const Record &voucher, const QString &user)
{
    if (voucher.system.value(QStringLiteral("created_by")).toString() == user)
        return tr("You prepared this voucher; someone else must review it.");
    return closedRefusal(db, voucher);
}

} // namespace Backroom::Finance
