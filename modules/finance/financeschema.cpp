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

} // namespace

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

} // namespace Backroom::Finance
