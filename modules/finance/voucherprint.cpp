#include "voucherprint.h"

#include "accountdirectory.h"
#include "amountinwords.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "recorddocument.h"
#include "recordquery.h"
#include "records.h"
#include "workflow.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace Backroom::Finance {

namespace {

// The document's own words, in the language of the books (see the header):
// data printed on a form, like AmountInWords' results, not UI text.
class Wording
{
public:
    explicit Wording(bool chinese) : m_chinese(chinese) {}

    bool chinese() const { return m_chinese; }
    QString operator()(const char *english, const char *chinese) const
    {
        return QString::fromUtf8(m_chinese ? chinese : english);
    }
    QLocale locale() const
    {
        return m_chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
    }

private:
    bool m_chinese;
};

QString voucherTitle(const QString &word, const Wording &text)
{
    if (word == QStringLiteral("收"))
        return text("Receipt Voucher", "收款凭证");
    if (word == QStringLiteral("付"))
        return text("Payment Voucher", "付款凭证");
    if (word == QStringLiteral("转"))
        return text("Transfer Voucher", "转账凭证");
    return text("Journal Voucher", "记账凭证");
}

// "记 字 第 0007 号", and "记 字 第 0007-1/2 号" on the sheets of a voucher
// too long for one.
QString numberText(const QString &word, qint64 number, int page, int pages, const Wording &text)
{
    const QString digits = number > 0 ? QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0')) : QString();
    const QString part = pages > 1 ? QStringLiteral("%1/%2").arg(page).arg(pages) : QString();
    if (text.chinese())
        return QStringLiteral("%1 字 第 %2 号").arg(word, part.isEmpty() ? digits : digits + QLatin1Char('-') + part);
    const QString reference = number > 0 ? word + QLatin1Char('-') + digits : word;
    return part.isEmpty() ? QStringLiteral("No. %1").arg(reference) : QStringLiteral("No. %1 (%2)").arg(reference, part);
}

QVariantMap row(const QString &lineNumber = {}, const QString &summary = {}, const QString &account = {},
                const QString &dimensions = {}, const QString &debit = {}, const QString &credit = {})
{
    return {{QStringLiteral("line_number"), lineNumber}, {QStringLiteral("summary"), summary},
            {QStringLiteral("account"), account},         {QStringLiteral("dimensions"), dimensions},
            {QStringLiteral("debit"), debit},             {QStringLiteral("credit"), credit}};
}

} // namespace

Entity VoucherPrint::withDocumentData(Entity entity)
{
    if (entity.id() == FinanceEntities::voucher())
        entity.documentData(&VoucherPrint::addData);
    return entity;
}

bool VoucherPrint::chineseBooks(Database &db)
{
    const std::optional<QVariant> language =
        db.scalar(QStringLiteral("SELECT value FROM backroom_meta WHERE key = ?"), {QStringLiteral("language")});
    return language && language->toString().startsWith(QLatin1String("zh"));
}

QString VoucherPrint::personName(Database &db, const QString &login)
{
    if (login.isEmpty())
        return QString();
    const std::optional<QVariant> name =
        db.scalar(QStringLiteral("SELECT display_name FROM backroom_user WHERE login = ?"), {login});
    const QString shown = name ? name->toString().trimmed() : QString();
    return shown.isEmpty() ? login : shown;
}

void VoucherPrint::addData(const Records &records, const Record &voucher, QVariantMap *data)
{
    Database &db = records.database();
    const Wording text(chineseBooks(db));
    const QLocale locale = text.locale();
    // A zero amount is left blank on a voucher, as clerks write it by hand.
    const auto amount = [&locale](qint64 value) {
        return value == 0 ? QString() : MoneyFormat::money(value, 2, locale);
    };

    const QString word = voucher.value(QStringLiteral("word")).toString();
    const qint64 number = voucher.value(QStringLiteral("number")).toLongLong();
    const QDate date = voucher.value(QStringLiteral("date")).toDate();
    const int attachments = voucher.value(QStringLiteral("attachments")).toInt();

    QVariantMap out;
    out.insert(QStringLiteral("chinese"), text.chinese());
    out.insert(QStringLiteral("title"), voucherTitle(word, text));
    QString company = data->value(QStringLiteral("company")).toMap().value(QStringLiteral("name")).toString();
    if (company.isEmpty()) {
        const std::optional<QVariant> named = db.scalar(QStringLiteral("SELECT value FROM backroom_meta WHERE key = ?"),
                                                        {QStringLiteral("company_name")});
        company = named ? named->toString() : QString();
    }
    out.insert(QStringLiteral("company"), company);
    out.insert(QStringLiteral("company_text"), text("Company: ", "核算单位：") + company);
    out.insert(QStringLiteral("date"), text.chinese() ? date.toString(QStringLiteral("yyyy年M月d日"))
                                                      : locale.toString(date, QStringLiteral("d MMMM yyyy")));
    out.insert(QStringLiteral("year"), date.isValid() ? QString::number(date.year()) : QString());
    out.insert(QStringLiteral("month"), date.isValid() ? QString::number(date.month()) : QString());
    out.insert(QStringLiteral("day"), date.isValid() ? QString::number(date.day()) : QString());
    out.insert(QStringLiteral("word"), word);
    out.insert(QStringLiteral("number"), number > 0 ? QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0')) : QString());
    out.insert(QStringLiteral("attachments"), QString::number(attachments));
    out.insert(QStringLiteral("attachments_text"), text.chinese() ? QStringLiteral("附单据 %1 张").arg(attachments)
                                                                  : QStringLiteral("Attachments: %1").arg(attachments));
    QString reverses;
    if (const qint64 original = voucher.value(QStringLiteral("reverses")).toLongLong(); original > 0)
        reverses = text("Reverses ", "冲销 ") + records.displayName(FinanceEntities::voucher(), original);
    out.insert(QStringLiteral("reverses_text"), reverses);

    QVariantMap labels;
    labels.insert(QStringLiteral("summary"), text("Summary", "摘要"));
    labels.insert(QStringLiteral("account"), text("Account", "会计科目"));
    labels.insert(QStringLiteral("debit"), text("Debit", "借方金额"));
    labels.insert(QStringLiteral("credit"), text("Credit", "贷方金额"));
    labels.insert(QStringLiteral("total"), text("Total", "合计"));
    labels.insert(QStringLiteral("carried"), text("Carried forward", "过次页"));
    out.insert(QStringLiteral("labels"), labels);

    // The lines, each account by its code and its names from the first
    // level down, and the dimensions it carries under it.
    AccountDirectory accounts(db);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("voucher"), Filter::Op::Equal, voucher.id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    struct Dimension
    {
        const char *field;
        const char *entity;
        QString label;
    };
    const Dimension dimensions[] = {{"department", "core.department", text("Department: ", "部门：")},
                                    {"partner", "core.partner", text("Partner: ", "往来单位：")},
                                    {"person", "core.person", text("Person: ", "职员：")}};
    QVariantList rows;
    QList<std::pair<qint64, qint64>> amounts;
    qint64 totalDebit = 0;
    qint64 totalCredit = 0;
    for (const Record &line : records.select(FinanceEntities::voucherLine(), spec)) {
        const qint64 accountId = line.value(QStringLiteral("account")).toLongLong();
        const std::optional<AccountDirectory::Account> account = accounts.account(accountId);
        QStringList carried;
        for (const Dimension &dimension : dimensions) {
            const qint64 id = line.value(QLatin1String(dimension.field)).toLongLong();
            if (id > 0)
                carried.append(dimension.label + records.displayName(QLatin1String(dimension.entity), id));
        }
        // 外币核算: the original amount and its rate, with the dimensions
        // under the account: "USD 1,000.00 × 7.123400".
        const qint64 foreign = line.value(QStringLiteral("foreign_amount")).toLongLong();
        if (foreign != 0 && account && account->currency > 0)
            carried.append(ForeignCurrency::amountAtRate(account->currencyCode, foreign, account->currencyDecimals,
                                                         line.value(QStringLiteral("rate")).toLongLong()));
        const qint64 debit = line.value(QStringLiteral("debit")).toLongLong();
        const qint64 credit = line.value(QStringLiteral("credit")).toLongLong();
        totalDebit += debit;
        totalCredit += credit;
        amounts.append({debit, credit});
        rows.append(row(QString::number(rows.size() + 1), line.value(QStringLiteral("summary")).toString(),
                        account ? account->text() : QString(), carried.join(text("; ", "；")), amount(debit),
                        amount(credit)));
    }

    // The amount in words guards the figures; for RMB in capitals (大写),
    // as 《会计基础工作规范》 asks, with 人民币 before them.
    const QString currency = RecordDocument::companyData(records).currency.toUpper();
    QString words;
    if (text.chinese())
        words = (currency == QLatin1String("CNY") || currency.isEmpty() ? QStringLiteral("人民币") : QString())
                + AmountInWords::chineseCapital(totalDebit);
    else
        words = AmountInWords::inWords(totalDebit, currency.isEmpty() ? QStringLiteral("CNY") : currency, locale);
    out.insert(QStringLiteral("total_debit"), MoneyFormat::money(totalDebit, 2, locale));
    out.insert(QStringLiteral("total_credit"), MoneyFormat::money(totalCredit, 2, locale));
    out.insert(QStringLiteral("total_words"), words);

    // Sheets of RowsPerPage rows; the rows left over on the last one are
    // blank, so the grid keeps its height and nothing can be written in.
    const int pageCount = std::max(1, int((rows.size() + RowsPerPage - 1) / RowsPerPage));
    QVariantList pages;
    qint64 runningDebit = 0;
    qint64 runningCredit = 0;
    for (int page = 0; page < pageCount; ++page) {
        QVariantMap sheet;
        QVariantList sheetRows;
        for (int r = 0; r < RowsPerPage; ++r) {
            const qsizetype index = qsizetype(page) * RowsPerPage + r;
            if (index < rows.size()) {
                sheetRows.append(rows.at(index));
                runningDebit += amounts.at(index).first;
                runningCredit += amounts.at(index).second;
            } else {
                sheetRows.append(row());
            }
            sheet.insert(QStringLiteral("row%1").arg(r + 1), sheetRows.constLast());
        }
        const bool last = page == pageCount - 1;
        sheet.insert(QStringLiteral("rows"), sheetRows);
        sheet.insert(QStringLiteral("page"), QString::number(page + 1));
        sheet.insert(QStringLiteral("page_text"), pageCount > 1 ? QStringLiteral("%1/%2").arg(page + 1).arg(pageCount)
                                                                : QString());
        sheet.insert(QStringLiteral("number_text"), numberText(word, number, page + 1, pageCount, text));
        sheet.insert(QStringLiteral("continued"), page > 0);
        sheet.insert(QStringLiteral("last"), last);
        // 过次页: what the sheets so far add up to, carried to the next; the
        // total and its words only on the last.
        sheet.insert(QStringLiteral("total_label"), last ? labels.value(QStringLiteral("total")).toString()
                                                         : labels.value(QStringLiteral("carried")).toString());
        sheet.insert(QStringLiteral("total_words"), last ? words : QString());
        sheet.insert(QStringLiteral("debit_total"), MoneyFormat::money(runningDebit, 2, locale));
        sheet.insert(QStringLiteral("credit_total"), MoneyFormat::money(runningCredit, 2, locale));
        pages.append(sheet);
    }
    out.insert(QStringLiteral("pages"), pages);
    out.insert(QStringLiteral("page_count"), QString::number(pageCount));
    out.insert(QStringLiteral("number_text"), numberText(word, number, 1, 1, text));

    // 制单 is who created the voucher; 审核 and 记账 who last took it to
    // reviewed and to posted (a cancelled review no longer counts).
    QString reviewer;
    QString poster;
    for (const Workflow::HistoryEntry &entry : records.transitionHistory(FinanceEntities::voucher(), voucher.id)) {
        if (entry.toState == FinanceEntities::reviewed())
            reviewer = entry.user;
        else if (entry.toState == FinanceEntities::posted())
            poster = entry.user;
        else if (entry.toState == FinanceEntities::draft())
            reviewer.clear();
    }
    const QString preparedBy = personName(db, voucher.system.value(QStringLiteral("created_by")).toString());
    const QString reviewedBy = personName(db, reviewer);
    const QString postedBy = personName(db, poster);
    out.insert(QStringLiteral("prepared_by"), preparedBy);
    out.insert(QStringLiteral("reviewed_by"), reviewedBy);
    out.insert(QStringLiteral("posted_by"), postedBy);
    const auto signature = [](const QString &label, const QString &name) {
        return QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("name"), name}};
    };
    QVariantList signatures;
    if (text.chinese()) {
        // The foot of the paper voucher, in its usual order; 会计主管 and
        // 出纳 sign by hand.
        signatures = {signature(QStringLiteral("会计主管："), QString()), signature(QStringLiteral("记账："), postedBy),
                      signature(QStringLiteral("审核："), reviewedBy), signature(QStringLiteral("出纳："), QString()),
                      signature(QStringLiteral("制单："), preparedBy)};
    } else {
        signatures = {signature(QStringLiteral("Prepared by:"), preparedBy),
                      signature(QStringLiteral("Reviewed by:"), reviewedBy), signature(QStringLiteral("Posted by:"), postedBy),
                      signature(QStringLiteral("Approved by:"), QString())};
    }
    out.insert(QStringLiteral("signatures"), signatures);
    // By box, for pre-printed paper, whose labels are printed already.
    out.insert(QStringLiteral("signed"), QVariantMap{{QStringLiteral("supervisor"), QString()},
                                                     {QStringLiteral("posted"), postedBy},
                                                     {QStringLiteral("reviewed"), reviewedBy},
                                                     {QStringLiteral("cashier"), QString()},
                                                     {QStringLiteral("prepared"), preparedBy}});
    data->insert(QStringLiteral("voucher"), out);
}

} // namespace Backroom::Finance
