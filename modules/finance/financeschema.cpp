#include "financeschema.h"

#include "database.h"
#include "sqldialect.h"

#include <QStringList>

namespace Backroom::Finance {

namespace {

// The conditions, shared by both dialects' triggers. `v` is the voucher row
// as it will be (NEW).
QString unbalanced(const QString &v)
{
    return QStringLiteral("(NOT EXISTS (SELECT 1 FROM finance_voucher_line WHERE voucher = %1.id) "
                          "OR (SELECT sum(debit) - sum(credit) FROM finance_voucher_line WHERE voucher = %1.id) <> 0 "
                          "OR EXISTS (SELECT 1 FROM finance_voucher_line WHERE voucher = %1.id "
                          "AND ((debit <> 0) = (credit <> 0))) "
                          "OR %1.number IS NULL)")
        .arg(v);
}

QString postedVoucher(const QString &id)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM finance_voucher WHERE id = %1 AND state = 'posted')").arg(id);
}

QStringList sqliteGuards()
{
    const auto abort = [](const char *message) {
        return QStringLiteral("SELECT RAISE(ABORT, 'finance: %1');").arg(QString::fromLatin1(message));
    };
    return {
        QStringLiteral("CREATE TRIGGER finance_voucher_posted_update BEFORE UPDATE ON finance_voucher "
                       "WHEN old.state = 'posted' BEGIN %1 END")
            .arg(abort("a posted voucher cannot be changed")),
        QStringLiteral("CREATE TRIGGER finance_voucher_posted_delete BEFORE DELETE ON finance_voucher "
                       "WHEN old.state = 'posted' BEGIN %1 END")
            .arg(abort("a posted voucher cannot be deleted")),
        QStringLiteral("CREATE TRIGGER finance_voucher_post_balanced BEFORE UPDATE OF state ON finance_voucher "
                       "WHEN new.state = 'posted' AND %1 BEGIN %2 END")
            .arg(unbalanced(QStringLiteral("new")), abort("only a balanced, numbered voucher can be posted")),
        QStringLiteral("CREATE TRIGGER finance_voucher_review_other BEFORE UPDATE OF state ON finance_voucher "
                       "WHEN new.state = 'reviewed' AND old.state = 'draft' AND new.updated_by = old.created_by "
                       "BEGIN %1 END")
            .arg(abort("a voucher is reviewed by someone other than its preparer")),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_insert BEFORE INSERT ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(postedVoucher(QStringLiteral("new.voucher")), abort("a posted voucher cannot be changed")),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_update BEFORE UPDATE ON finance_voucher_line "
                       "WHEN %1 OR %2 BEGIN %3 END")
            .arg(postedVoucher(QStringLiteral("old.voucher")), postedVoucher(QStringLiteral("new.voucher")),
                 abort("a posted voucher cannot be changed")),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_delete BEFORE DELETE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(postedVoucher(QStringLiteral("old.voucher")), abort("a posted voucher cannot be changed")),
    };
}

QStringList postgresGuards()
{
    // No '?' or ':' in the bodies (Qt would read them as placeholders);
    // nested IFs because NEW does not exist in a DELETE trigger.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_voucher_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN "
            "  IF OLD.state = 'posted' THEN RAISE EXCEPTION 'finance: a posted voucher cannot be deleted'; END IF; "
            "  RETURN OLD; "
            "END IF; "
            "IF OLD.state = 'posted' THEN RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; END IF; "
            "IF NEW.state = 'posted' AND %1 THEN "
            "  RAISE EXCEPTION 'finance: only a balanced, numbered voucher can be posted'; END IF; "
            "IF NEW.state = 'reviewed' AND OLD.state = 'draft' AND NEW.updated_by = OLD.created_by THEN "
            "  RAISE EXCEPTION 'finance: a voucher is reviewed by someone other than its preparer'; END IF; "
            "RETURN NEW; END $$")
            .arg(unbalanced(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER finance_voucher_guard BEFORE UPDATE OR DELETE ON finance_voucher "
                       "FOR EACH ROW EXECUTE FUNCTION finance_voucher_guard()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_voucher_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN "
            "  IF %1 THEN RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; END IF; "
            "END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
            "IF %2 THEN RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; END IF; "
            "RETURN NEW; END $$")
            .arg(postedVoucher(QStringLiteral("OLD.voucher")), postedVoucher(QStringLiteral("NEW.voucher"))),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_guard BEFORE INSERT OR UPDATE OR DELETE "
                       "ON finance_voucher_line FOR EACH ROW EXECUTE FUNCTION finance_voucher_line_guard()"),
    };
}

// Step 2. A posted voucher is final, except the books' opening balances
// while no period has been closed yet (the clerk still corrects them then,
// as in KIS's 初始化); and nothing in a closed period changes at all.
QString anyClosedPeriod()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM finance_period WHERE state = 'closed')");
}

QString closedPeriod(const QString &period)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM finance_period WHERE period = %1 AND state = 'closed')").arg(period);
}

// `v` is a voucher row (OLD): posted, and no longer open to correction.
QString finalVoucher(const QString &v)
{
    return QStringLiteral("(%1.state = 'posted' AND (coalesce(%1.kind, '') <> 'opening' OR %2))").arg(v, anyClosedPeriod());
}

QString finalVoucherId(const QString &id)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM finance_voucher WHERE id = %1 AND state = 'posted' "
                          "AND (coalesce(kind, '') <> 'opening' OR %2))")
        .arg(id, anyClosedPeriod());
}

QString voucherInClosedPeriod(const QString &id)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM finance_voucher v JOIN finance_period p ON p.period = v.period "
                          "WHERE v.id = %1 AND p.state = 'closed')")
        .arg(id);
}

QStringList sqlitePeriodLock()
{
    const auto abort = [](const char *message) {
        return QStringLiteral("SELECT RAISE(ABORT, 'finance: %1');").arg(QString::fromLatin1(message));
    };
    const char *changed = "a posted voucher cannot be changed";
    const char *closed = "the period is closed";
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_posted_update"),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_posted_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_line_posted_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_line_posted_update"),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_line_posted_delete"),
        QStringLiteral("CREATE TRIGGER finance_voucher_posted_update BEFORE UPDATE ON finance_voucher "
                       "WHEN %1 BEGIN %2 END")
            .arg(finalVoucher(QStringLiteral("old")), abort(changed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_posted_delete BEFORE DELETE ON finance_voucher "
                       "WHEN %1 BEGIN %2 END")
            .arg(finalVoucher(QStringLiteral("old")), abort("a posted voucher cannot be deleted")),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_insert BEFORE INSERT ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(finalVoucherId(QStringLiteral("new.voucher")), abort(changed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_update BEFORE UPDATE ON finance_voucher_line "
                       "WHEN %1 OR %2 BEGIN %3 END")
            .arg(finalVoucherId(QStringLiteral("old.voucher")), finalVoucherId(QStringLiteral("new.voucher")),
                 abort(changed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_posted_delete BEFORE DELETE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(finalVoucherId(QStringLiteral("old.voucher")), abort(changed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_closed_insert BEFORE INSERT ON finance_voucher "
                       "WHEN %1 BEGIN %2 END")
            .arg(closedPeriod(QStringLiteral("new.period")), abort(closed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_closed_update BEFORE UPDATE ON finance_voucher "
                       "WHEN %1 OR %2 BEGIN %3 END")
            .arg(closedPeriod(QStringLiteral("old.period")), closedPeriod(QStringLiteral("new.period")), abort(closed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_closed_delete BEFORE DELETE ON finance_voucher "
                       "WHEN %1 BEGIN %2 END")
            .arg(closedPeriod(QStringLiteral("old.period")), abort(closed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_closed_insert BEFORE INSERT ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(voucherInClosedPeriod(QStringLiteral("new.voucher")), abort(closed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_closed_update BEFORE UPDATE ON finance_voucher_line "
                       "WHEN %1 OR %2 BEGIN %3 END")
            .arg(voucherInClosedPeriod(QStringLiteral("old.voucher")), voucherInClosedPeriod(QStringLiteral("new.voucher")),
                 abort(closed)),
        QStringLiteral("CREATE TRIGGER finance_voucher_line_closed_delete BEFORE DELETE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(voucherInClosedPeriod(QStringLiteral("old.voucher")), abort(closed)),
    };
}

QStringList postgresPeriodLock()
{
    // The functions of step 1, replaced; their triggers stay. No '?' or ':'
    // in the bodies.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_voucher_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN "
            "  IF %1 THEN RAISE EXCEPTION 'finance: the period is closed'; END IF; "
            "  IF %2 THEN "
            "    IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'finance: a posted voucher cannot be deleted'; END IF; "
            "    RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; "
            "  END IF; "
            "END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
            "IF %3 THEN RAISE EXCEPTION 'finance: the period is closed'; END IF; "
            "IF NEW.state = 'posted' AND %4 THEN "
            "  RAISE EXCEPTION 'finance: only a balanced, numbered voucher can be posted'; END IF; "
            "IF TG_OP = 'UPDATE' THEN "
            "  IF NEW.state = 'reviewed' AND OLD.state = 'draft' AND NEW.updated_by = OLD.created_by THEN "
            "    RAISE EXCEPTION 'finance: a voucher is reviewed by someone other than its preparer'; END IF; "
            "END IF; "
            "RETURN NEW; END $$")
            .arg(closedPeriod(QStringLiteral("OLD.period")), finalVoucher(QStringLiteral("OLD")),
                 closedPeriod(QStringLiteral("NEW.period")), unbalanced(QStringLiteral("NEW"))),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_voucher_guard ON finance_voucher"),
        QStringLiteral("CREATE TRIGGER finance_voucher_guard BEFORE INSERT OR UPDATE OR DELETE ON finance_voucher "
                       "FOR EACH ROW EXECUTE FUNCTION finance_voucher_guard()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_voucher_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN "
            "  IF %1 THEN RAISE EXCEPTION 'finance: the period is closed'; END IF; "
            "  IF %2 THEN RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; END IF; "
            "END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; "
            "IF %3 THEN RAISE EXCEPTION 'finance: the period is closed'; END IF; "
            "IF %4 THEN RAISE EXCEPTION 'finance: a posted voucher cannot be changed'; END IF; "
            "RETURN NEW; END $$")
            .arg(voucherInClosedPeriod(QStringLiteral("OLD.voucher")), finalVoucherId(QStringLiteral("OLD.voucher")),
                 voucherInClosedPeriod(QStringLiteral("NEW.voucher")), finalVoucherId(QStringLiteral("NEW.voucher"))),
    };
}

} // namespace

QList<SchemaStep> FinanceSchema::steps()
{
    const auto step = [](int version, const char *description, std::function<bool(Database &, QString *)> apply) {
        SchemaStep made;
        made.moduleId = QStringLiteral("finance");
        made.id = QStringLiteral("finance:%1").arg(version);
        made.version = version;
        made.description = QString::fromLatin1(description);
        made.apply = std::move(apply);
        made.phase = SchemaStep::Phase::AfterTables;
        return made;
    };
    return {step(1, "guards: posted vouchers are final, balanced and numbered", &FinanceSchema::installGuards),
            step(2, "closed periods are locked; opening balances open until the first close",
                 &FinanceSchema::installPeriodLock),
            step(3, "indexes for the account books", &FinanceSchema::installLedgerIndexes)};
}

bool FinanceSchema::installPeriodLock(Database &db, QString *errorString)
{
    const QStringList statements =
        db.dialect().kind() == SqlDialect::Kind::Postgres ? postgresPeriodLock() : sqlitePeriodLock();
    for (const QString &statement : statements)
        if (!db.exec(statement, {}, errorString))
            return false;
    return true;
}

bool FinanceSchema::installGuards(Database &db, QString *errorString)
{
    QStringList statements = db.dialect().kind() == SqlDialect::Kind::Postgres ? postgresGuards() : sqliteGuards();
    // Gap-free means unique too: two clerks saving at once on a server both
    // read the same highest number, and the second one's save is retried.
    statements.append(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS finance_voucher_number_unique "
                                     "ON finance_voucher (word, period, number)"));
    for (const QString &statement : std::as_const(statements))
        if (!db.exec(statement, {}, errorString))
            return false;
    return true;
}

bool FinanceSchema::installLedgerIndexes(Database &db, QString *errorString)
{
    // An account's lines with their vouchers, in the index itself: the
    // detail ledger and its opening balance read only the account's lines
    // (then each voucher by its key) instead of every voucher in the range,
    // and the amounts come with them, so the opening balance never touches
    // the lines' table. The same statement on both dialects.
    return db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS finance_voucher_line_account_voucher "
                                  "ON finance_voucher_line (account, voucher, debit, credit)"),
                   {}, errorString);
}

} // namespace Backroom::Finance
