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

// Step 5. finance_balance follows the posted lines: a voucher's lines are
// added when it is posted and taken away if it ever stops being posted
// (only the opening balances can, before the first close), and a line
// added to, changed in or removed from a posted voucher moves with it.
// Rows brought to nothing are removed, so the table is exactly what a
// rebuild makes.
const char *balanceColumns = "account, partner, period, kind, debit, credit, lines";

// An upsert's ending: amounts added to the row that is there. PostgreSQL
// wants the existing row's columns qualified.
QString mergedIntoBalance(bool postgres)
{
    return QStringLiteral("ON CONFLICT (account, period, kind, partner) DO UPDATE SET "
                          "debit = %1debit + excluded.debit, credit = %1credit + excluded.credit, "
                          "lines = %1lines + excluded.lines")
        .arg(postgres ? QStringLiteral("finance_balance.") : QString());
}

// The upsert that adds one voucher's lines (sign 1) or takes them away
// (sign -1). `v` names the voucher row (NEW or OLD).
QString voucherLinesUpsert(const QString &v, int sign, bool postgres)
{
    const QString minus = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral("INSERT INTO finance_balance (%1) "
                          "SELECT account, coalesce(partner, 0), %2.period, coalesce(%2.kind, 'entry'), "
                          "%3sum(debit), %3sum(credit), %3count(*) FROM finance_voucher_line WHERE voucher = %2.id "
                          "GROUP BY account, coalesce(partner, 0) ORDER BY account, coalesce(partner, 0) %4;")
        .arg(QString::fromLatin1(balanceColumns), v, minus, mergedIntoBalance(postgres));
}

// The same for one line row `l` (NEW or OLD) of a posted voucher.
QString lineUpsert(const QString &l, int sign, bool postgres)
{
    const QString minus = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral("INSERT INTO finance_balance (%1) "
                          "SELECT %2.account, coalesce(%2.partner, 0), v.period, coalesce(v.kind, 'entry'), "
                          "%3%2.debit, %3%2.credit, %5 FROM finance_voucher v WHERE v.id = %2.voucher %4;")
        .arg(QString::fromLatin1(balanceColumns), l, minus, mergedIntoBalance(postgres),
             sign < 0 ? QStringLiteral("-1") : QStringLiteral("1"));
}

QString emptiedRows(const QString &accountCondition)
{
    return QStringLiteral("DELETE FROM finance_balance WHERE lines = 0 AND %1;").arg(accountCondition);
}

// The voucher stops or starts counting: posted before and not now, or the
// other way, or posted both times but moved to another period or kind.
QString leavesBooks(const QString &before, const QString &after)
{
    return QStringLiteral("%1.state = 'posted' AND (%2.state IS NULL OR %2.state <> 'posted' OR %2.period <> %1.period "
                          "OR coalesce(%2.kind, 'entry') <> coalesce(%1.kind, 'entry'))")
        .arg(before, after);
}

QStringList sqliteBalanceUpkeep()
{
    const QString voucherAccounts = QStringLiteral("account IN (SELECT account FROM finance_voucher_line WHERE voucher = old.id)");
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_voucher_leave AFTER UPDATE ON finance_voucher "
                       "WHEN %1 BEGIN %2 %3 END")
            .arg(leavesBooks(QStringLiteral("old"), QStringLiteral("new")),
                 voucherLinesUpsert(QStringLiteral("old"), -1, false), emptiedRows(voucherAccounts)),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_voucher_enter AFTER UPDATE ON finance_voucher "
                       "WHEN %1 BEGIN %2 END")
            .arg(leavesBooks(QStringLiteral("new"), QStringLiteral("old")),
                 voucherLinesUpsert(QStringLiteral("new"), 1, false)),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_line_insert AFTER INSERT ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(postedVoucher(QStringLiteral("new.voucher")), lineUpsert(QStringLiteral("new"), 1, false)),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_line_delete AFTER DELETE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 %3 END")
            .arg(postedVoucher(QStringLiteral("old.voucher")), lineUpsert(QStringLiteral("old"), -1, false),
                 emptiedRows(QStringLiteral("account = old.account"))),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_line_update_old AFTER UPDATE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 %3 END")
            .arg(postedVoucher(QStringLiteral("old.voucher")), lineUpsert(QStringLiteral("old"), -1, false),
                 emptiedRows(QStringLiteral("account = old.account"))),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS finance_balance_line_update_new AFTER UPDATE ON finance_voucher_line "
                       "WHEN %1 BEGIN %2 END")
            .arg(postedVoucher(QStringLiteral("new.voucher")), lineUpsert(QStringLiteral("new"), 1, false)),
    };
}

QStringList postgresBalanceUpkeep()
{
    // No '?' or ':' in the bodies. Rows are upserted in account order, so
    // two clerks posting at once lock the balances they share in the same
    // order and never deadlock on them.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_balance_voucher() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF %1 THEN %2 %3 END IF; "
            "IF %4 THEN %5 END IF; "
            "RETURN NULL; END $$")
            .arg(leavesBooks(QStringLiteral("OLD"), QStringLiteral("NEW")),
                 voucherLinesUpsert(QStringLiteral("OLD"), -1, true),
                 emptiedRows(QStringLiteral("account IN (SELECT account FROM finance_voucher_line WHERE voucher = OLD.id)")),
                 leavesBooks(QStringLiteral("NEW"), QStringLiteral("OLD")), voucherLinesUpsert(QStringLiteral("NEW"), 1, true)),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_balance_voucher ON finance_voucher"),
        QStringLiteral("CREATE TRIGGER finance_balance_voucher AFTER UPDATE ON finance_voucher "
                       "FOR EACH ROW EXECUTE FUNCTION finance_balance_voucher()"),
        // Nested IFs: NEW is not there in a DELETE, OLD not in an INSERT.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION finance_balance_line() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN IF %1 THEN %2 %3 END IF; END IF; "
            "IF TG_OP <> 'DELETE' THEN IF %4 THEN %5 END IF; END IF; "
            "RETURN NULL; END $$")
            .arg(postedVoucher(QStringLiteral("OLD.voucher")), lineUpsert(QStringLiteral("OLD"), -1, true),
                 emptiedRows(QStringLiteral("account = OLD.account")), postedVoucher(QStringLiteral("NEW.voucher")),
                 lineUpsert(QStringLiteral("NEW"), 1, true)),
        QStringLiteral("DROP TRIGGER IF EXISTS finance_balance_line ON finance_voucher_line"),
        QStringLiteral("CREATE TRIGGER finance_balance_line AFTER INSERT OR UPDATE OR DELETE ON finance_voucher_line "
                       "FOR EACH ROW EXECUTE FUNCTION finance_balance_line()"),
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
    const auto beforeTables = [](SchemaStep made) {
        made.phase = SchemaStep::Phase::BeforeTables;
        return made;
    };
    return {step(1, "guards: posted vouchers are final, balanced and numbered", &FinanceSchema::installGuards),
            step(2, "closed periods are locked; opening balances open until the first close",
                 &FinanceSchema::installPeriodLock),
            step(3, "indexes for the account books", &FinanceSchema::installLedgerIndexes),
            beforeTables(step(4, "balances per account, partner and period", &FinanceSchema::createBalanceTable)),
            step(5, "balances kept by the posting of vouchers", &FinanceSchema::installBalanceUpkeep),
            step(6, "the vouchers read by one server process", &FinanceSchema::keepVoucherScansSerial),
            step(7, "one exchange rate per currency and day", &FinanceSchema::installRateIndex)};
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

bool FinanceSchema::keepVoucherScansSerial(Database &db, QString *errorString)
{
    // PostgreSQL only. The books read vouchers a page at a time in date
    // order (the account ledger walks the date index and stops after the
    // page: 3 ms on 330,000 vouchers); the planner, which cannot tell where
    // the page ends, would rather split that walk over parallel workers,
    // which cannot stop early and each read a share of the whole range
    // (25 ms). Totals come from the kept balances, so nothing that reads
    // this table gains from workers.
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        return true;
    return db.exec(QStringLiteral("ALTER TABLE finance_voucher SET (parallel_workers = 0)"), {}, errorString);
}

bool FinanceSchema::installRateIndex(Database &db, QString *errorString)
{
    // A voucher takes the latest rate on or before its date; two rates on
    // one day would make that choice arbitrary. The index also serves it.
    return db.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS finance_exchange_rate_day "
                                  "ON finance_exchange_rate (currency, date)"),
                   {}, errorString);
}

bool FinanceSchema::createBalanceTable(Database &db, QString *errorString)
{
    // Keyed for the books' questions: an account's balances (its ledger),
    // then the period. BIGINT is SQLite's INTEGER too.
    return db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS finance_balance (account BIGINT NOT NULL, "
                                  "partner BIGINT NOT NULL, period TEXT NOT NULL, kind TEXT NOT NULL, "
                                  "debit BIGINT NOT NULL, credit BIGINT NOT NULL, lines BIGINT NOT NULL, "
                                  "PRIMARY KEY (account, period, kind, partner))%1")
                       .arg(db.dialect().kind() == SqlDialect::Kind::Sqlite ? QStringLiteral(" WITHOUT ROWID")
                                                                           : QString()),
                   {}, errorString);
}

bool FinanceSchema::rebuildBalances(Database &db, QString *errorString)
{
    return db.exec(QStringLiteral("DELETE FROM finance_balance"), {}, errorString)
           && db.exec(QStringLiteral("INSERT INTO finance_balance (%1) "
                                     "SELECT l.account, coalesce(l.partner, 0), v.period, coalesce(v.kind, 'entry'), "
                                     "sum(l.debit), sum(l.credit), count(*) "
                                     "FROM finance_voucher v CROSS JOIN finance_voucher_line l "
                                     "WHERE l.voucher = v.id AND v.state = 'posted' "
                                     "GROUP BY l.account, coalesce(l.partner, 0), v.period, coalesce(v.kind, 'entry')")
                          .arg(QString::fromLatin1(balanceColumns)),
                      {}, errorString);
}

bool FinanceSchema::installBalanceUpkeep(Database &db, QString *errorString)
{
    // Filled first: a company upgraded to this step, or a copy whose rows
    // were written without triggers, has its posted lines counted once.
    if (!rebuildBalances(db, errorString))
        return false;
    const QStringList statements =
        db.dialect().kind() == SqlDialect::Kind::Postgres ? postgresBalanceUpkeep() : sqliteBalanceUpkeep();
    for (const QString &statement : statements)
        if (!db.exec(statement, {}, errorString))
            return false;
    return true;
}

} // namespace Backroom::Finance
