#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QList>

namespace Backroom::Finance {

// Bank reconciliation (银行对账): the statements the bank sends for a bank
// account (a 1002xx account of the chart), their lines, and which posted
// voucher line of that account each line is matched to. Statements are
// written by BankStatementImport, matches by BankMatcher; both check the
// rules the generic form cannot (one-to-one, same side, same amount).
class BankEntities
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankEntities)

public:
    static QString statement() { return QStringLiteral("finance.bank_statement"); }
    static QString statementLine() { return QStringLiteral("finance.bank_statement_line"); }
    static QString match() { return QStringLiteral("finance.bank_match"); }

    // Match states of a line, as stored.
    static QString unmatched() { return QStringLiteral("unmatched"); }
    static QString matched() { return QStringLiteral("matched"); }

    static QList<Entity> declarations();
};

} // namespace Backroom::Finance
