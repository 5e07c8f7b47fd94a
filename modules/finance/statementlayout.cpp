#include "statementlayout.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace Backroom::Finance {

namespace {

const QString kResourceDir = QStringLiteral(":/backroom/finance/statements/");

bool isChinese(const QString &language)
{
    return language.startsWith(QLatin1String("zh"));
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit() && c.unicode() < 128; });
}

// A key the file may not have: a typo ("acounts") would otherwise drop a
// line's accounts without a word.
QString unknownKey(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!known.contains(it.key()) && it.key() != QLatin1String("comment"))
            return it.key();
    return QString();
}

} // namespace

QString StatementLayout::Line::label(const QString &language) const
{
    return isChinese(language) ? labelZh : labelEn;
}

QString StatementLayout::form(const QString &language) const
{
    return isChinese(language) ? formZh : formEn;
}

const StatementLayout::Line *StatementLayout::lineForRow(int row) const
{
    for (const Line &line : lines)
        if (line.row == row && line.kind != Kind::Heading)
            return &line;
    return nullptr;
}

QString StatementLayout::layoutId(const QString &family, Statement statement)
{
    return family
           + (statement == Statement::BalanceSheet ? QStringLiteral("-balance-sheet") : QStringLiteral("-income-statement"));
}

QStringList StatementLayout::layoutIds()
{
    QStringList ids;
    for (const QString &family : families())
        for (Statement statement : {Statement::BalanceSheet, Statement::IncomeStatement})
            ids.append(layoutId(family, statement));
    return ids;
}

std::optional<StatementLayout> StatementLayout::load(const QString &id, QString *errorString)
{
    QFile file(kResourceDir + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = tr("There is no statement layout “%1”.").arg(id);
        return std::nullopt;
    }
    QString why;
    std::optional<StatementLayout> layout = parse(file.readAll(), &why);
    if (!layout && errorString)
        *errorString = tr("The statement layout “%1” is damaged: %2").arg(id, why);
    return layout;
}

std::optional<StatementLayout> StatementLayout::parse(const QByteArray &json, QString *errorString)
{
    const auto refuse = [&](const QString &message) -> std::optional<StatementLayout> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("not JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("the file is not a JSON object."));
    const QJsonObject root = document.object();
    if (const QString key = unknownKey(root, {QStringLiteral("id"), QStringLiteral("statement"), QStringLiteral("chart"),
                                              QStringLiteral("form"), QStringLiteral("check"), QStringLiteral("lines")});
        !key.isEmpty())
        return refuse(tr("unknown key “%1”.").arg(key));

    StatementLayout layout;
    layout.id = root.value(QStringLiteral("id")).toString();
    layout.chart = root.value(QStringLiteral("chart")).toString();
    if (layout.id.isEmpty())
        return refuse(tr("the layout has no id."));
    const QString statement = root.value(QStringLiteral("statement")).toString();
    if (statement == QLatin1String("balance_sheet"))
        layout.statement = Statement::BalanceSheet;
    else if (statement == QLatin1String("income_statement"))
        layout.statement = Statement::IncomeStatement;
    else
        return refuse(tr("“statement” must be balance_sheet or income_statement, not “%1”.").arg(statement));
    const QJsonObject form = root.value(QStringLiteral("form")).toObject();
    layout.formEn = form.value(QStringLiteral("en")).toString();
    layout.formZh = form.value(QStringLiteral("zh")).toString();

    const QJsonValue linesValue = root.value(QStringLiteral("lines"));
    if (!linesValue.isArray() || linesValue.toArray().isEmpty())
        return refuse(tr("the layout has no lines."));
    const QJsonArray lines = linesValue.toArray();
    QSet<int> rows;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject object = lines.at(i).toObject();
        // "line 12 (行次 10, 其中：原材料)": where the clerk or developer looks.
        const QString rowText = object.value(QStringLiteral("row")).isDouble()
                                    ? QString::number(object.value(QStringLiteral("row")).toInt())
                                    : QString();
        const QString name = object.value(QStringLiteral("zh")).toString().isEmpty()
                                 ? object.value(QStringLiteral("en")).toString()
                                 : object.value(QStringLiteral("zh")).toString();
        const QString where = rowText.isEmpty() ? tr("line %1 (%2)").arg(i + 1).arg(name)
                                                : tr("line %1 (row %2, %3)").arg(i + 1).arg(rowText, name);
        const auto refuseLine = [&](const QString &message) { return refuse(where + QStringLiteral(": ") + message); };
        if (!lines.at(i).isObject())
            return refuseLine(tr("not a JSON object."));
        if (const QString key = unknownKey(object, {QStringLiteral("row"), QStringLiteral("kind"), QStringLiteral("en"),
                                                    QStringLiteral("zh"), QStringLiteral("indent"),
                                                    QStringLiteral("accounts"), QStringLiteral("totals")});
            !key.isEmpty())
            return refuseLine(tr("unknown key “%1”.").arg(key));

        Line line;
        const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("line"));
        if (kind == QLatin1String("heading"))
            line.kind = Kind::Heading;
        else if (kind == QLatin1String("line"))
            line.kind = Kind::Line;
        else if (kind == QLatin1String("subline"))
            line.kind = Kind::SubLine;
        else if (kind == QLatin1String("total"))
            line.kind = Kind::Total;
        else
            return refuseLine(tr("“kind” must be heading, line, subline or total, not “%1”.").arg(kind));
        line.labelEn = object.value(QStringLiteral("en")).toString();
        line.labelZh = object.value(QStringLiteral("zh")).toString();
        if (line.labelEn.trimmed().isEmpty() || line.labelZh.trimmed().isEmpty())
            return refuseLine(tr("a line needs both an English (“en”) and a Chinese (“zh”) label."));
        // Headings start flush left unless told; amounts one step in, the
        // 其中 analysis one more, as 会小企01表 prints them.
        const int defaultIndent = line.kind == Kind::Heading ? 0 : line.kind == Kind::SubLine ? 2 : 1;
        const QJsonValue indent = object.value(QStringLiteral("indent"));
        if (!indent.isUndefined() && (!indent.isDouble() || indent.toInt(-1) < 0 || indent.toInt(-1) > 8))
            return refuseLine(tr("“indent” must be a whole number from 0 to 8."));
        line.indent = indent.toInt(defaultIndent);

        const QJsonValue row = object.value(QStringLiteral("row"));
        if (line.kind == Kind::Heading) {
            if (!row.isUndefined() || object.contains(QStringLiteral("accounts")) || object.contains(QStringLiteral("totals")))
                return refuseLine(tr("a heading has no row number, accounts or totals."));
        } else {
            if (!row.isDouble() || row.toDouble() != double(row.toInt()) || row.toInt() <= 0)
                return refuseLine(tr("a line with amounts needs a positive whole row number."));
            line.row = row.toInt();
            if (rows.contains(line.row))
                return refuseLine(tr("row %1 appears twice.").arg(line.row));
        }

        const QJsonValue accounts = object.value(QStringLiteral("accounts"));
        if (!accounts.isUndefined() && !accounts.isArray())
            return refuseLine(tr("“accounts” must be a list."));
        for (const QJsonValue &value : accounts.toArray()) {
            const QJsonObject source = value.toObject();
            if (!value.isObject())
                return refuseLine(tr("each account must be an object with a “code”."));
            if (const QString key = unknownKey(source, {QStringLiteral("code"), QStringLiteral("sign"), QStringLiteral("take")});
                !key.isEmpty())
                return refuseLine(tr("unknown key “%1” in an account.").arg(key));
            Source made;
            made.code = source.value(QStringLiteral("code")).toString();
            if (!isDigits(made.code))
                return refuseLine(tr("the account code “%1” is not a code prefix of digits.").arg(made.code));
            const QJsonValue sign = source.value(QStringLiteral("sign"));
            if (!sign.isUndefined() && sign.toInt() != 1 && sign.toInt() != -1)
                return refuseLine(tr("the sign of account %1 must be 1 or -1.").arg(made.code));
            made.sign = sign.toInt(1);
            const QString take = source.value(QStringLiteral("take")).toString(QStringLiteral("net"));
            const bool balanceSheet = layout.statement == Statement::BalanceSheet;
            if (take == QLatin1String("net"))
                made.take = Take::Net;
            else if (take == QLatin1String("debit_balance") && balanceSheet)
                made.take = Take::DebitBalance;
            else if (take == QLatin1String("credit_balance") && balanceSheet)
                made.take = Take::CreditBalance;
            else if (take == QLatin1String("debits") && !balanceSheet)
                made.take = Take::Debits;
            else if (take == QLatin1String("credits") && !balanceSheet)
                made.take = Take::Credits;
            else
                return refuseLine(balanceSheet
                                      ? tr("“take” of account %1 must be net, debit_balance or credit_balance on a "
                                           "balance sheet, not “%2”.")
                                            .arg(made.code, take)
                                      : tr("“take” of account %1 must be net, debits or credits on an income "
                                           "statement, not “%2”.")
                                            .arg(made.code, take));
            line.accounts.append(made);
        }

        const QJsonValue totals = object.value(QStringLiteral("totals"));
        if (!totals.isUndefined() && !totals.isArray())
            return refuseLine(tr("“totals” must be a list of row numbers."));
        for (const QJsonValue &value : totals.toArray()) {
            const int term = value.toInt(0);
            if (!value.isDouble() || term == 0 || value.toDouble() != double(term))
                return refuseLine(tr("“totals” must be a list of row numbers (negative to subtract)."));
            // Only rows above: the form adds up what it has shown, and a
            // total can then never refer to itself.
            if (!rows.contains(std::abs(term)))
                return refuseLine(tr("the total refers to row %1, which is not above it.").arg(std::abs(term)));
            line.totals.append({std::abs(term), term > 0 ? 1 : -1});
        }
        if (line.kind == Kind::Total && line.totals.isEmpty() && line.accounts.isEmpty())
            return refuseLine(tr("a total needs the rows it adds up."));
        if (line.row > 0)
            rows.insert(line.row);
        layout.lines.append(line);
    }

    const QJsonValue check = root.value(QStringLiteral("check"));
    if (layout.statement == Statement::BalanceSheet) {
        const QJsonArray pair = check.toArray();
        if (pair.size() != 2 || !rows.contains(pair.at(0).toInt()) || !rows.contains(pair.at(1).toInt()))
            return refuse(tr("a balance sheet needs “check”: the two rows that must be equal (total assets, total "
                             "liabilities and equity)."));
        layout.checkLeft = pair.at(0).toInt();
        layout.checkRight = pair.at(1).toInt();
    } else if (!check.isUndefined()) {
        return refuse(tr("only a balance sheet has a “check”."));
    }
    return layout;
}

} // namespace Backroom::Finance
