#include "accountchart.h"

#include "companyfile.h"
#include "database.h"
#include "financeentities.h"
#include "records.h"
#include "writetransaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Backroom::Finance {

QStringList AccountChart::templateIds()
{
    return {QStringLiteral("cn-small-enterprise"), QStringLiteral("generic-small-business")};
}

QString AccountChart::defaultTemplateFor(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("cn-small-enterprise")
                                                     : QStringLiteral("generic-small-business");
}

CompanyChoiceContribution AccountChart::companyChoice()
{
    CompanyChoiceContribution choice;
    choice.id = choiceId();
    choice.label = [] { return tr("Chart of accounts"); };
    choice.help = [] {
        return tr("The accounts the books start with. Accounts can be added later, but a chart cannot be "
                  "swapped once vouchers exist.");
    };
    choice.options = {
        {QStringLiteral("cn-small-enterprise"), [] { return tr("小企业会计准则 (China, 2011)"); }},
        {QStringLiteral("generic-small-business"), [] { return tr("Generic small business"); }},
    };
    choice.defaultFor = &AccountChart::defaultTemplateFor;
    return choice;
}

QString AccountChart::templateOf(Database &db, const QString &language)
{
    const QString stored = CompanyFile::storedChoice(db, choiceId());
    return stored.isEmpty() ? defaultTemplateFor(language) : stored;
}

QString AccountChart::parentCode(const QString &code)
{
    return code.size() > 4 ? code.left(code.size() - 2) : QString();
}

std::optional<AccountChart::Template> AccountChart::load(const QString &id, QString *errorString)
{
    if (!templateIds().contains(id)) {
        if (errorString)
            *errorString = tr("There is no chart of accounts template “%1”; choose one of %2.")
                               .arg(id, templateIds().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QFile file(QStringLiteral(":/backroom/finance/charts/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("The chart of accounts template “%1” is missing from this installation.").arg(id);
        return std::nullopt;
    }
    return parse(file.readAll(), errorString);
}

std::optional<AccountChart::Template> AccountChart::parse(const QByteArray &json, QString *errorString)
{
    const auto fail = [&](const QString &message) -> std::optional<Template> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The chart of accounts template is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    Template chart;
    chart.id = root.value(QStringLiteral("id")).toString();
    chart.nameZh = root.value(QStringLiteral("name_zh")).toString();
    chart.nameEn = root.value(QStringLiteral("name_en")).toString();
    chart.profitAccount = root.value(QStringLiteral("profit_account")).toString();
    chart.retainedAccount = root.value(QStringLiteral("retained_account")).toString();
    static const QStringList categories{QStringLiteral("asset"), QStringLiteral("liability"), QStringLiteral("equity"),
                                        QStringLiteral("cost"),  QStringLiteral("income"),    QStringLiteral("expense")};
    QSet<QString> codes;
    for (const QJsonValue &value : root.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        Account account{object.value(QStringLiteral("code")).toString(), object.value(QStringLiteral("name_zh")).toString(),
                        object.value(QStringLiteral("name_en")).toString(),
                        object.value(QStringLiteral("category")).toString(), object.value(QStringLiteral("side")).toString()};
        const bool digits = std::all_of(account.code.cbegin(), account.code.cend(), [](QChar c) { return c.isDigit(); });
        if (!digits || account.code.size() < 4 || account.code.size() % 2 != 0)
            return fail(tr("The template's account code “%1” is not four digits plus two for each level.").arg(account.code));
        if (codes.contains(account.code))
            return fail(tr("The template lists the account %1 twice.").arg(account.code));
        if (!categories.contains(account.category))
            return fail(tr("The template's account %1 has an unknown category “%2”.").arg(account.code, account.category));
        if (account.side != QLatin1String("debit") && account.side != QLatin1String("credit"))
            return fail(tr("The template's account %1 has an unknown balance side “%2”.").arg(account.code, account.side));
        if (account.nameZh.trimmed().isEmpty() || account.nameEn.trimmed().isEmpty())
            return fail(tr("The template's account %1 has no name.").arg(account.code));
        const QString parent = parentCode(account.code);
        if (!parent.isEmpty() && !codes.contains(parent))
            return fail(tr("The template's account %1 comes before its parent %2, or the parent is missing.")
                            .arg(account.code, parent));
        codes.insert(account.code);
        chart.accounts.append(account);
    }
    if (chart.accounts.isEmpty())
        return fail(tr("The chart of accounts template has no accounts."));
    if (!codes.contains(chart.profitAccount))
        return fail(tr("The template's profit account “%1” is not among its accounts.").arg(chart.profitAccount));
    if (!chart.retainedAccount.isEmpty() && !codes.contains(chart.retainedAccount))
        return fail(tr("The template's retained earnings account “%1” is not among its accounts.")
                        .arg(chart.retainedAccount));
    return chart;
}

bool AccountChart::apply(Records &records, const Template &chart, const QString &language, QString *errorString)
{
    Database &db = records.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        if (errorString)
            *errorString = transaction.errorString();
        return false;
    }
    const auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM finance_account"), {}, errorString);
    if (!existing)
        return false;
    if (existing->toLongLong() > 0) {
        if (errorString)
            *errorString = tr("This company already has a chart of accounts; a template only starts an empty one.");
        return false;
    }
    const bool chinese = language.startsWith(QLatin1String("zh"));
    for (const Account &account : chart.accounts) {
        const Records::Result created = records.create(
            FinanceEntities::account(),
            {{QStringLiteral("code"), account.code},
             {QStringLiteral("name"), chinese ? account.nameZh : account.nameEn},
             {QStringLiteral("category"), account.category},
             {QStringLiteral("side"), account.side}});
        if (!created.ok()) {
            if (errorString)
                *errorString = tr("Account %1: %2").arg(account.code, created.message);
            return false;
        }
    }
    if (!transaction.commit()) {
        if (errorString)
            *errorString = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace Backroom::Finance
