#include "bankentities.h"

#include "financeentities.h"

namespace Backroom::Finance {

QList<Entity> BankEntities::declarations()
{
    Entity statement(BankEntities::statement(), [] { return tr("Bank statement"); }, [] { return tr("Bank statements"); });
    statement
        .add(Field::text(QStringLiteral("title"), [] { return tr("Statement"); }, 80)
                 .readOnly()
                 .searchable()
                 .help([] { return tr("The account and the days the statement covers."); }))
        .add(Field::reference(QStringLiteral("account"), [] { return tr("Bank account"); }, FinanceEntities::account())
                 .required()
                 .help([] { return tr("The account of the chart the statement is for (1002 银行存款 or one below it)."); }))
        .add(Field::date(QStringLiteral("date_from"), [] { return tr("From"); }).required())
        .add(Field::date(QStringLiteral("date_to"), [] { return tr("To"); })
                 .required()
                 .help([] { return tr("The statement date: the books are reconciled with the bank on this day."); }))
        .add(Field::money(QStringLiteral("opening_balance"), [] { return tr("Opening balance"); }).defaultValue(0))
        .add(Field::money(QStringLiteral("closing_balance"), [] { return tr("Closing balance"); })
                 .defaultValue(0)
                 .help([] { return tr("The balance the bank shows at the end of the statement."); }))
        .add(Field::text(QStringLiteral("source"), [] { return tr("File"); }, 200).readOnly())
        .add(Field::childLines(QStringLiteral("lines"), [] { return tr("Lines"); }, BankEntities::statementLine(),
                               QStringLiteral("statement"))
                 .orderedBy(QStringLiteral("line_no")))
        .displayField(QStringLiteral("title"))
        .archivable(false);

    Entity line(BankEntities::statementLine(), [] { return tr("Bank statement line"); },
                [] { return tr("Bank statement lines"); });
    line.add(Field::reference(QStringLiteral("statement"), [] { return tr("Statement"); }, BankEntities::statement())
                 .required())
        .add(Field::integer(QStringLiteral("line_no"), [] { return tr("Line"); }))
        .add(Field::date(QStringLiteral("date"), [] { return tr("Date"); }).required())
        .add(Field::text(QStringLiteral("summary"), [] { return tr("Summary"); }, 200).searchable())
        .add(Field::text(QStringLiteral("counterparty"), [] { return tr("Counterparty"); }, 100).searchable())
        .add(Field::text(QStringLiteral("counterparty_account"), [] { return tr("Counterparty account"); }, 60).sensitive())
        .add(Field::text(QStringLiteral("reference"), [] { return tr("Bank reference"); }, 60).searchable())
        .add(Field::money(QStringLiteral("amount_in"), [] { return tr("Money in"); })
                 .defaultValue(0)
                 .help([] { return tr("Received into the account (the bank's credit, 贷方/收入)."); }))
        .add(Field::money(QStringLiteral("amount_out"), [] { return tr("Money out"); })
                 .defaultValue(0)
                 .help([] { return tr("Paid out of the account (the bank's debit, 借方/支出)."); }))
        .add(Field::money(QStringLiteral("balance"), [] { return tr("Balance"); }))
        .add(Field::text(QStringLiteral("fingerprint"), [] { return tr("Fingerprint"); }, 1000).readOnly())
        .add(Field::choice(QStringLiteral("state"), [] { return tr("Match"); },
                           {{unmatched(), [] { return tr("Unmatched"); }}, {matched(), [] { return tr("Matched"); }}})
                 .required()
                 .readOnly()
                 .defaultValue(unmatched()))
        .displayField(QStringLiteral("summary"))
        .archivable(false);

    // Statement lines and posted voucher lines of the same bank account
    // that settle each other: a group whose statement lines (money in less
    // money out) come to its voucher lines (debit less credit) — one with
    // one when matched automatically, several with several by hand (one
    // transfer the bank shows as two lines). A line belongs to one group at
    // most. BankMatcher is the one writer: it keeps that rule inside its
    // write transaction under a lock (Database::serialize, for clerks on a
    // server), where it also checks the amounts, sides and account, which
    // no column constraint could.
    Entity match(BankEntities::match(), [] { return tr("Bank match"); }, [] { return tr("Bank matches"); });
    match.add(Field::integer(QStringLiteral("match_group"), [] { return tr("Match"); }).required())
        .add(Field::reference(QStringLiteral("statement_line"), [] { return tr("Statement line"); },
                              BankEntities::statementLine()))
        .add(Field::reference(QStringLiteral("voucher_line"), [] { return tr("Voucher line"); },
                              FinanceEntities::voucherLine()))
        .add(Field::choice(QStringLiteral("method"), [] { return tr("Matched by"); },
                           {{QStringLiteral("auto"), [] { return tr("Automatic"); }},
                            {QStringLiteral("manual"), [] { return tr("By hand"); }}})
                 .required()
                 .defaultValue(QStringLiteral("manual")))
        .displayField(QStringLiteral("method"))
        .archivable(false);
    return {statement, line, match};
}

} // namespace Backroom::Finance
