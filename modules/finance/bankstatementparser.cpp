#include "bankstatementparser.h"

#include "moneyformat.h"

#include <QHash>

#include <algorithm>

namespace Backroom::Finance {

namespace {

// Headings as banks write them (ICBC, CCB, ABC, BOC, CMB, BOCOM, and the
// English exports), compared without spaces and case.
const QHash<QString, QString> &headingNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        const auto add = [&map](const char *field, std::initializer_list<const char *> headings) {
            for (const char *heading : headings)
                map.insert(QString::fromUtf8(heading).toLower(), QString::fromLatin1(field));
        };
        add("date", {"交易日期", "日期", "记账日期", "交易时间", "入账日期", "date", "transactiondate", "valuedate",
                     "bookingdate", "postingdate"});
        add("summary", {"摘要", "用途", "交易摘要", "附言", "备注", "交易用途", "summary", "description", "memo",
                        "details", "narrative"});
        add("counterparty", {"对方户名", "对方账户名称", "对方名称", "收(付)方名称", "对方单位", "counterparty",
                             "counterpartyname", "payee/payer", "name"});
        add("counterparty_account", {"对方账号", "对方账户", "收(付)方账号", "对方卡号", "counterpartyaccount",
                                     "accountnumber"});
        add("reference", {"流水号", "交易流水号", "凭证号", "交易参考号", "业务流水号", "reference", "ref",
                          "transactionid", "bankreference"});
        add("amount_in", {"收入金额", "收入", "贷方发生额", "贷方金额", "贷方", "存入金额", "credit", "creditamount",
                          "moneyin", "paidin", "deposit", "deposits", "交易金额", "发生额", "金额", "amount"});
        add("amount_out", {"支出金额", "支出", "借方发生额", "借方金额", "借方", "取出金额", "debit", "debitamount",
                           "moneyout", "paidout", "withdrawal", "withdrawals"});
        add("balance", {"余额", "账户余额", "当前余额", "balance", "runningbalance"});
        return map;
    }();
    return names;
}

QString normalized(const QString &heading)
{
    QString text = heading.normalized(QString::NormalizationForm_KC).toLower();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x3000));
    text.replace(QChar(0xFF08), QLatin1Char('('));
    text.replace(QChar(0xFF09), QLatin1Char(')'));
    // "收入金额(元)" is 收入金额.
    for (const QString &unit : {QStringLiteral("(元)"), QStringLiteral("(人民币)"), QStringLiteral("(cny)"),
                                QStringLiteral("(rmb)")})
        if (text.endsWith(unit))
            text.chop(unit.size());
    return text;
}

QString cell(const CsvReader::Row &row, int index)
{
    // Bank exports pad cells and write long numbers as ="6222…" or with a
    // tab so spreadsheets keep them as text.
    QString text = index >= 0 && index < row.fields.size() ? row.fields.at(index).trimmed() : QString();
    if (text.startsWith(QLatin1String("=\"")) && text.endsWith(QLatin1Char('"')) && text.size() >= 3)
        text = text.mid(2, text.size() - 3).trimmed();
    return text;
}

bool isTotalRow(const CsvReader::Row &row)
{
    for (const QString &field : row.fields) {
        const QString text = field.trimmed();
        if (text.isEmpty())
            continue;
        return text.startsWith(QStringLiteral("合计")) || text.startsWith(QStringLiteral("总计"))
               || text.startsWith(QStringLiteral("本页合计")) || text.compare(QLatin1String("total"), Qt::CaseInsensitive) == 0;
    }
    return false;
}

QString money(qint64 fen)
{
    return MoneyFormat::money(fen);
}

// The balances chain in this order: each is the one before plus the money
// in, less the money out, of the lines since (a line without a balance
// still moves it). The first break, or -1.
qsizetype firstBreak(const QList<BankStatementParser::Line> &lines)
{
    std::optional<qint64> running;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const BankStatementParser::Line &line = lines.at(i);
        if (running)
            *running += line.amountIn - line.amountOut;
        if (!line.balance)
            continue;
        if (running && *running != *line.balance)
            return i;
        running = line.balance;
    }
    return -1;
}

} // namespace

QStringList BankStatementParser::fields()
{
    return {QStringLiteral("date"),      QStringLiteral("summary"),    QStringLiteral("counterparty"),
            QStringLiteral("counterparty_account"), QStringLiteral("reference"), QStringLiteral("amount_in"),
            QStringLiteral("amount_out"), QStringLiteral("balance")};
}

QString BankStatementParser::fieldLabel(const QString &field)
{
    if (field == QLatin1String("date"))
        return tr("Date");
    if (field == QLatin1String("summary"))
        return tr("Summary");
    if (field == QLatin1String("counterparty"))
        return tr("Counterparty");
    if (field == QLatin1String("counterparty_account"))
        return tr("Counterparty account");
    if (field == QLatin1String("reference"))
        return tr("Bank reference");
    if (field == QLatin1String("amount_in"))
        return tr("Money in");
    if (field == QLatin1String("amount_out"))
        return tr("Money out");
    if (field == QLatin1String("balance"))
        return tr("Balance");
    return field;
}

QString BankStatementParser::Line::fingerprint() const
{
    // A reference identifies a line by itself; without one, everything the
    // bank printed does.
    QString key = date.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(amountIn) + QLatin1Char('|')
                  + QString::number(amountOut) + QLatin1Char('|');
    if (!reference.isEmpty())
        return key + QStringLiteral("ref:") + reference;
    return key + (balance ? QString::number(*balance) : QString()) + QLatin1Char('|') + summary + QLatin1Char('|')
           + counterparty + QLatin1Char('|') + counterpartyAccount;
}

int BankStatementParser::headerIndex(const QList<CsvReader::Row> &records)
{
    const int limit = int(std::min<qsizetype>(records.size(), 30));
    for (int i = 0; i < limit; ++i) {
        const QStringList values = defaultMapping(records.at(i).fields).values();
        if (values.contains(QStringLiteral("date"))
            && (values.contains(QStringLiteral("amount_in")) || values.contains(QStringLiteral("amount_out"))))
            return i;
    }
    return 0;
}

QMap<QString, QString> BankStatementParser::defaultMapping(const QStringList &header)
{
    QMap<QString, QString> mapping;
    QStringList taken;
    for (const QString &heading : header) {
        const QString field = headingNames().value(normalized(heading));
        if (field.isEmpty() || taken.contains(field) || mapping.contains(heading.trimmed()))
            continue;
        taken.append(field);
        mapping.insert(heading.trimmed(), field);
    }
    return mapping;
}

std::optional<qint64> BankStatementParser::parseAmount(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    for (const QString &currency : {QStringLiteral("CNY"), QStringLiteral("RMB"), QStringLiteral("元")}) {
        if (text.startsWith(currency, Qt::CaseInsensitive))
            text = text.mid(currency.size()).trimmed();
        if (text.endsWith(currency, Qt::CaseInsensitive))
            text.chop(currency.size());
    }
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) {
        negative = negative != (text.at(0) == QLatin1Char('-'));
        text = text.mid(1).trimmed();
    } else if (text.endsWith(QLatin1Char('-'))) {
        negative = !negative;
        text.chop(1);
    }
    if (text.startsWith(QChar(0xA5)))   // ¥ (the full-width one is ¥ after NFKC)
        text = text.mid(1).trimmed();
    qint64 units = 0;
    int digits = 0;
    int decimals = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            if (decimals >= 0) {
                if (++decimals > 2)
                    return std::nullopt;
            } else if (++digits > 13) {
                return std::nullopt;
            }
            units = units * 10 + (c.unicode() - '0');
        } else if (c == QLatin1Char('.') && decimals < 0 && digits > 0) {
            decimals = 0;
        } else if ((c == QLatin1Char(',') || c == QLatin1Char(' ')) && decimals < 0 && digits > 0) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    for (int i = std::max(decimals, 0); i < 2; ++i)
        units *= 10;
    return negative ? -units : units;
}

QDate BankStatementParser::parseDate(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    // A time after the date (2026-11-03 10:22:01, 20261103 102201).
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0)
        text.truncate(space);
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    if (t > 0)
        text.truncate(t);
    if (text.endsWith(QStringLiteral("日")))
        text.chop(1);
    text.replace(QStringLiteral("年"), QStringLiteral("-")).replace(QStringLiteral("月"), QStringLiteral("-"));
    for (const char *format : {"yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"}) {
        const QDate date = QDate::fromString(text, QString::fromLatin1(format));
        if (date.isValid() && date.year() >= 1900 && date.year() <= 9999)
            return date;
    }
    return {};
}

BankStatementParser::Result BankStatementParser::parse(const QList<CsvReader::Row> &records,
                                                       const QMap<QString, QString> &mapping)
{
    Result result;
    const auto problem = [&](qint64 line, const QString &column, const QString &message) {
        if (result.problems.size() < MaxProblems)
            result.problems.append({line, column, message});
    };
    if (records.isEmpty()) {
        problem(0, {}, tr("The file is empty."));
        return result;
    }
    const int headerAt = headerIndex(records);
    for (const QString &heading : records.at(headerAt).fields)
        result.header.append(heading.trimmed());
    result.headerLine = records.at(headerAt).line;
    result.mapping = mapping.isEmpty() ? defaultMapping(result.header) : mapping;

    QHash<QString, int> column;
    QHash<QString, QString> heading;
    for (int i = 0; i < result.header.size(); ++i) {
        const QString field = result.mapping.value(result.header.at(i));
        if (!field.isEmpty() && fields().contains(field) && !column.contains(field)) {
            column.insert(field, i);
            heading.insert(field, result.header.at(i));
        }
    }
    if (!column.contains(QStringLiteral("date")))
        problem(0, {}, tr("No column is mapped to the date (交易日期): map one before importing."));
    if (!column.contains(QStringLiteral("amount_in")) && !column.contains(QStringLiteral("amount_out")))
        problem(0, {}, tr("No column is mapped to an amount (收入金额 or 支出金额): map one before importing."));
    if (!result.problems.isEmpty())
        return result;
    const auto at = [&](const CsvReader::Row &row, const char *field) {
        return cell(row, column.value(QString::fromLatin1(field), -1));
    };

    for (qsizetype r = headerAt + 1; r < records.size(); ++r) {
        const CsvReader::Row &row = records.at(r);
        if (std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        const QString dateText = at(row, "date");
        const QDate date = parseDate(dateText);
        // The bank's own total at the foot is not a line.
        if (!date.isValid() && isTotalRow(row))
            continue;
        const qsizetype before = result.problems.size();
        Line line;
        line.fileLine = row.line;
        line.date = date;
        if (!date.isValid())
            problem(row.line, heading.value(QStringLiteral("date")),
                    dateText.isEmpty() ? tr("The date is missing.")
                                       : tr("“%1” is not a date (write 2026-11-03, 2026/11/3 or 20261103).").arg(dateText));
        line.summary = at(row, "summary").left(200);
        line.counterparty = at(row, "counterparty").left(100);
        line.counterpartyAccount = at(row, "counterparty_account").left(60);
        line.reference = at(row, "reference").left(60);
        std::optional<qint64> in;
        std::optional<qint64> out;
        for (const char *field : {"amount_in", "amount_out"}) {
            const QString text = at(row, field);
            if (text.isEmpty() || text == QLatin1String("-") || text == QLatin1String("--"))
                continue;
            const std::optional<qint64> amount = parseAmount(text);
            if (!amount) {
                problem(row.line, heading.value(QString::fromLatin1(field)),
                        tr("“%1” is not an amount with at most two decimals.").arg(text));
                continue;
            }
            (field[7] == 'i' ? in : out) = amount;
        }
        // A negative amount is money the other way: a signed single column
        // (交易金额 −12.30), or a bank that writes money out as negative.
        qint64 moneyIn = 0, moneyOut = 0;
        if (in)
            (*in < 0 ? moneyOut : moneyIn) += std::abs(*in);
        if (out)
            moneyOut += std::abs(*out);
        if (result.problems.size() == before) {
            if (moneyIn != 0 && moneyOut != 0)
                problem(row.line, {}, tr("The line has money in (%1) and money out (%2); a statement line has one or the other.")
                                         .arg(money(moneyIn), money(moneyOut)));
            else if (moneyIn == 0 && moneyOut == 0)
                problem(row.line, {}, tr("The line has no amount."));
        }
        line.amountIn = moneyIn;
        line.amountOut = moneyOut;
        const QString balanceText = at(row, "balance");
        if (!balanceText.isEmpty()) {
            line.balance = parseAmount(balanceText);
            if (!line.balance)
                problem(row.line, heading.value(QStringLiteral("balance")),
                        tr("“%1” is not an amount with at most two decimals.").arg(balanceText));
        }
        result.lines.append(line);
    }
    if (result.lines.isEmpty() && result.problems.isEmpty())
        problem(0, {}, tr("The file has no statement lines below its heading."));
    if (!result.problems.isEmpty())
        return result;

    // The same reference twice in one file is a copy-and-paste accident.
    QHash<QString, qint64> references;
    for (const Line &line : std::as_const(result.lines)) {
        if (line.reference.isEmpty())
            continue;
        const auto seen = references.constFind(line.reference);
        if (seen != references.cend())
            problem(line.fileLine, heading.value(QStringLiteral("reference")),
                    tr("The bank reference %1 is on line %2 already.").arg(line.reference).arg(*seen));
        else
            references.insert(line.reference, line.fileLine);
    }

    // The running balance must chain; banks list newest first as often as
    // oldest first, so the file's order is whichever chains.
    const bool balanced = std::any_of(result.lines.cbegin(), result.lines.cend(), [](const Line &l) { return l.balance.has_value(); });
    if (balanced) {
        const qsizetype forward = firstBreak(result.lines);
        QList<Line> reversed(result.lines.crbegin(), result.lines.crend());
        const qsizetype backward = forward >= 0 ? firstBreak(reversed) : 0;
        if (forward >= 0 && backward < 0) {
            result.lines = reversed;
            result.newestFirst = true;
        } else if (forward >= 0) {
            // Name every break in the file's order.
            std::optional<qint64> running;
            qint64 previousLine = 0;
            for (const Line &line : std::as_const(result.lines)) {
                if (running)
                    *running += line.amountIn - line.amountOut;
                if (!line.balance)
                    continue;
                if (running && *running != *line.balance)
                    problem(line.fileLine, heading.value(QStringLiteral("balance")),
                            tr("The balance %1 does not follow from the balance on line %2: it should be %3. A line "
                               "is missing or an amount is wrong.")
                                .arg(money(*line.balance))
                                .arg(previousLine)
                                .arg(money(*running)));
                running = line.balance;
                previousLine = line.fileLine;
            }
        }
        if (result.problems.isEmpty()) {
            const auto first = std::find_if(result.lines.cbegin(), result.lines.cend(),
                                            [](const Line &l) { return l.balance.has_value(); });
            const auto last = std::find_if(result.lines.crbegin(), result.lines.crend(),
                                           [](const Line &l) { return l.balance.has_value(); });
            if (first == result.lines.cbegin())
                result.opening = *first->balance - first->amountIn + first->amountOut;
            if (last == result.lines.crbegin())
                result.closing = *last->balance;
        }
    }
    // Oldest first for the books; lines of one day keep the bank's order.
    if (result.problems.isEmpty())
        std::stable_sort(result.lines.begin(), result.lines.end(),
                         [](const Line &a, const Line &b) { return a.date < b.date; });
    return result;
}

} // namespace Backroom::Finance
