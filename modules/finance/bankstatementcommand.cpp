#include "bankstatementcommand.h"

#include "accountdirectory.h"
#include "bankentities.h"
#include "bankmatcher.h"
#include "bankstatementimport.h"
#include "moneyformat.h"
#include "records.h"

#include <QFileInfo>

#include <algorithm>

namespace Backroom::Finance {

QStringList BankStatementCommand::settings()
{
    return {QStringLiteral("account"), QStringLiteral("opening"), QStringLiteral("closing"), QStringLiteral("match")};
}

ImporterContribution::FileOutcome BankStatementCommand::run(Records &records, const ImporterContribution::FileRequest &request)
{
    ImporterContribution::FileOutcome outcome;
    const auto refuse = [&](const QString &message) {
        outcome.result.problems.append({0, {}, message});
        return outcome;
    };
    const QString code = request.settings.value(QStringLiteral("account")).trimmed();
    if (code.isEmpty())
        return refuse(tr("Name the bank account the statement is for: --account CODE (e.g. --account 100201)."));
    Database &db = records.database();
    const std::optional<AccountDirectory::Account> account = AccountDirectory(db).byCode(code);
    if (!account)
        return refuse(tr("There is no account %1.").arg(code));
    // The accounts the reconciliation screen offers; a parent is refused
    // by the import with its own sentence.
    const QList<AccountDirectory::Account> banks = BankMatcher::bankAccounts(db);
    const bool bank = std::any_of(banks.cbegin(), banks.cend(),
                                  [&](const AccountDirectory::Account &known) { return known.id == account->id; });
    if (!bank && account->leaf)
        return refuse(tr("%1 is not a bank account (银行存款 1002 and its sub-accounts, or an account with statements).")
                          .arg(account->text()));

    BankStatementImport::Options options;
    options.account = account->id;
    options.source = QFileInfo(request.path).fileName();
    for (const auto &[key, target] : {std::pair{QStringLiteral("opening"), &options.opening},
                                      std::pair{QStringLiteral("closing"), &options.closing}}) {
        if (!request.settings.contains(key))
            continue;
        const QString text = request.settings.value(key);
        const std::optional<qint64> amount = BankStatementParser::parseAmount(text);
        if (!amount)
            return refuse(tr("--%1: “%2” is not an amount (e.g. 12345.67).").arg(key, text));
        *target = amount;
    }
    const bool match = request.settings.contains(QStringLiteral("match"));
    QString refusal;
    if (match && !records.check(QStringLiteral("create"), BankEntities::match(), &refusal))
        return refuse(refusal);

    const BankStatementImport::Result imported =
        BankStatementImport::run(records, BankStatementImport::read(request.path, request.encoding), options);
    if (!imported.ok) {
        for (const BankStatementParser::Problem &problem : imported.problems)
            outcome.result.problems.append({problem.line, problem.column, problem.message});
        return outcome;
    }
    outcome.result.ok = true;
    outcome.result.imported = imported.imported;
    outcome.notes = imported.notes;
    const std::optional<Record> statement = records.read(BankEntities::statement(), imported.statementId);
    const QString title = statement ? statement->value(QStringLiteral("title")).toString() : QString();
    outcome.summary =
        tr("Imported %n statement line(s) for %1 as “%2” (opening balance %3, closing balance %4).", nullptr,
           int(imported.imported))
            .arg(account->text(), title,
                 MoneyFormat::money(statement ? statement->value(QStringLiteral("opening_balance")).toLongLong() : 0),
                 MoneyFormat::money(statement ? statement->value(QStringLiteral("closing_balance")).toLongLong() : 0));
    if (imported.skipped > 0)
        outcome.notes.append(tr("%n line(s) imported before were left out.", nullptr, int(imported.skipped)));
    if (match) {
        const BankMatcher::Outcome matched = BankMatcher(records).autoMatch(imported.statementId);
        if (!matched.result.ok()) {
            outcome.followUpError = tr("The statement was imported, but matching it failed: %1").arg(matched.result.message);
            return outcome;
        }
        outcome.notes.append(tr("Matched %n line(s) with the books automatically.", nullptr, matched.matched));
        if (matched.ambiguous > 0)
            outcome.notes.append(tr("%n line(s) have more than one equally good candidate and are left for matching "
                                    "by hand.",
                                    nullptr, matched.ambiguous));
    }
    return outcome;
}

} // namespace Backroom::Finance
