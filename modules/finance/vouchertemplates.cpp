#include "vouchertemplates.h"

#include "accountdirectory.h"
#include "database.h"
#include "financeentities.h"
#include "foreigncurrency.h"
#include "recordquery.h"

namespace Backroom::Finance {

namespace {

QVariant referenceOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

Field::Choice wordChoice(const char *key, const char *label)
{
    return {QString::fromUtf8(key), [label] { return FinanceEntities::tr(label); }};
}

VoucherTemplate header(const Record &record)
{
    VoucherTemplate kept;
    kept.id = record.id;
    kept.version = record.version;
    kept.name = record.value(QStringLiteral("name")).toString();
    kept.category = record.value(QStringLiteral("category")).toString();
    kept.word = record.value(QStringLiteral("word")).toString();
    kept.withAmounts = record.value(QStringLiteral("with_amounts")).toBool();
    return kept;
}

} // namespace

QList<Entity> VoucherTemplates::declarations()
{
    // The words as the voucher's own choice names them (FinanceEntities).
    const QList<Field::Choice> words{wordChoice("记", "General (记)"), wordChoice("收", "Receipt (收)"),
                                     wordChoice("付", "Payment (付)"), wordChoice("转", "Transfer (转)")};
    Entity kept(entity(), [] { return tr("Voucher template"); }, [] { return tr("Voucher templates"); });
    kept.add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }, 100).required().unique().searchable())
        .add(Field::text(QStringLiteral("category"), [] { return tr("Category"); }, 60)
                 .searchable()
                 .help([] { return tr("Groups the templates in the picker: month end, payroll, expenses…"); }))
        .add(Field::choice(QStringLiteral("word"), [] { return tr("Voucher word"); }, words)
                 .required()
                 .defaultValue(QStringLiteral("记")))
        .add(Field::boolean(QStringLiteral("with_amounts"), [] { return tr("Keeps the amounts"); })
                 .readOnly()
                 .help([] { return tr("Whether a voucher made from the template starts with the amounts it was "
                                      "saved with, or with the accounts alone."); }))
        .add(Field::childLines(QStringLiteral("lines"), [] { return tr("Lines"); }, lineEntity(),
                               QStringLiteral("template"))
                 .orderedBy(QStringLiteral("line_no")))
        .displayField(QStringLiteral("name"))
        .archivable(false);

    Entity line(lineEntity(), [] { return tr("Voucher template line"); }, [] { return tr("Voucher template lines"); });
    line.add(Field::reference(QStringLiteral("template"), [] { return tr("Template"); }, entity()).required())
        .add(Field::integer(QStringLiteral("line_no"), [] { return tr("Line"); }))
        .add(Field::text(QStringLiteral("summary"), [] { return tr("Summary"); }, 200))
        // By id: the account keeps its place in the template when it is
        // renamed or recoded; archiving it is what makes the template refuse.
        .add(Field::reference(QStringLiteral("account"), [] { return tr("Account"); }, FinanceEntities::account())
                 .required())
        .add(Field::money(QStringLiteral("debit"), [] { return tr("Debit"); }).defaultValue(0))
        .add(Field::money(QStringLiteral("credit"), [] { return tr("Credit"); }).defaultValue(0))
        .add(Field::reference(QStringLiteral("department"), [] { return tr("Department"); }, QStringLiteral("core.department")))
        .add(Field::reference(QStringLiteral("partner"), [] { return tr("Partner"); }, QStringLiteral("core.partner")))
        .add(Field::reference(QStringLiteral("person"), [] { return tr("Person"); }, QStringLiteral("core.person")));
    for (const Field &field : ForeignCurrency::lineFields())
        line.add(field);
    line.displayField(QStringLiteral("summary")).archivable(false);
    return {kept, line};
}

VoucherTemplates::VoucherTemplates(Records &records)
    : m_records(records)
{
}

QList<VoucherTemplate> VoucherTemplates::list(QString *errorString) const
{
    QuerySpec spec;
    spec.sort = {SortKey{QStringLiteral("category")}, SortKey{QStringLiteral("name")}};
    spec.limit = 100000;
    QList<VoucherTemplate> templates;
    for (const Record &record : m_records.select(entity(), spec, errorString))
        templates.append(header(record));
    return templates;
}

std::optional<VoucherTemplate> VoucherTemplates::load(qint64 id) const
{
    const std::optional<Record> record = m_records.read(entity(), id);
    if (!record)
        return std::nullopt;
    VoucherTemplate kept = header(*record);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("template"), Filter::Op::Equal, id);
    spec.sort = {SortKey{QStringLiteral("line_no")}, SortKey{QStringLiteral("id")}};
    spec.limit = 100000;
    for (const Record &row : m_records.select(lineEntity(), spec)) {
        VoucherLine line = VoucherLine::fromRecord(row);
        line.id = 0;   // a template's line, not a voucher's
        kept.lines.append(line);
    }
    return kept;
}

Records::Result VoucherTemplates::saveFrom(const Voucher &voucher, const QString &name, const QString &category,
                                           bool withAmounts)
{
    Records::Result refused;
    refused.code = Records::Result::Code::Invalid;
    if (name.trimmed().isEmpty()) {
        refused.message = tr("A template needs a name.");
        refused.fieldErrors.append({QStringLiteral("name"), refused.message});
        return refused;
    }
    bool anyAccount = false;
    for (const VoucherLine &line : voucher.lines)
        anyAccount = anyAccount || line.account > 0;
    if (!anyAccount) {
        refused.message = tr("Enter at least one line with an account before saving the voucher as a template.");
        return refused;
    }
    const Records::Result result = m_records.inTransaction(
        [&] { return saveInTransaction(voucher, name.trimmed(), category.trimmed(), withAmounts); },
        tr("The template could not be saved: %1"));
    if (result.ok() && m_records.database().transactionDepth() == 0) {
        m_records.notifyChanged(entity(), result.id);
        m_records.notifyChanged(lineEntity());
    }
    return result;
}

Records::Result VoucherTemplates::saveInTransaction(const Voucher &voucher, const QString &name,
                                                    const QString &category, bool withAmounts)
{
    Records::Result failed;
    failed.code = Records::Result::Code::Failed;
    const Records::Result saved = m_records.create(entity(), {{QStringLiteral("name"), name},
                                                              {QStringLiteral("category"), category},
                                                              {QStringLiteral("word"), voucher.word},
                                                              {QStringLiteral("with_amounts"), withAmounts}});
    if (!saved.ok())
        return saved;
    qint64 lineNo = 0;
    for (const VoucherLine &line : voucher.lines) {
        // A line without an account is a half-typed row, not part of the entry.
        if (line.account <= 0)
            continue;
        const Records::Result written = m_records.create(
            lineEntity(), {{QStringLiteral("template"), saved.id},
                           {QStringLiteral("line_no"), ++lineNo},
                           {QStringLiteral("summary"), line.summary.trimmed()},
                           {QStringLiteral("account"), line.account},
                           {QStringLiteral("debit"), withAmounts ? line.debit : 0},
                           {QStringLiteral("credit"), withAmounts ? line.credit : 0},
                           {QStringLiteral("department"), referenceOrNull(line.department)},
                           {QStringLiteral("partner"), referenceOrNull(line.partner)},
                           {QStringLiteral("person"), referenceOrNull(line.person)},
                           {QStringLiteral("currency"), referenceOrNull(line.currency)},
                           {QStringLiteral("foreign_amount"), withAmounts ? line.foreignAmount : 0},
                           {QStringLiteral("rate"), withAmounts && line.rate > 0 ? QVariant(line.rate) : QVariant()}});
        if (!written.ok())
            return written;
    }
    return saved;
}

Records::Result VoucherTemplates::remove(qint64 id, qint64 version)
{
    const Records::Result result = m_records.remove(entity(), id, version);
    if (result.ok())
        m_records.notifyChanged(lineEntity());
    return result;
}

std::optional<Voucher> VoucherTemplates::draft(qint64 id, const QDate &date, QString *refusal) const
{
    const std::optional<VoucherTemplate> kept = load(id);
    if (!kept) {
        if (refusal)
            *refusal = tr("This template no longer exists.");
        return std::nullopt;
    }
    AccountDirectory accounts(m_records.database());
    QStringList unusable;
    for (qsizetype i = 0; i < kept->lines.size(); ++i) {
        const qint64 accountId = kept->lines.at(i).account;
        const std::optional<AccountDirectory::Account> account = accounts.account(accountId);
        if (!account)
            unusable.append(tr("line %1: the account (#%2) has been removed").arg(i + 1).arg(accountId));
        else if (account->archived)
            unusable.append(tr("line %1: account %2 is no longer in use").arg(i + 1).arg(account->text()));
        else if (!account->leaf)
            unusable.append(tr("line %1: account %2 has sub-accounts now; post to one of them")
                                .arg(i + 1)
                                .arg(account->text()));
    }
    if (!unusable.isEmpty()) {
        if (refusal)
            *refusal = tr("Template “%1” cannot be used: %2. Change the template or make a new one.")
                           .arg(kept->name, unusable.join(QStringLiteral("; ")));
        return std::nullopt;
    }
    Voucher voucher;
    voucher.word = kept->word;
    voucher.date = date;
    voucher.state = FinanceEntities::draft();
    voucher.preparedBy = m_records.userName();
    voucher.lines = kept->lines;
    // A foreign-currency line kept without its amounts takes the rate of
    // the new voucher's day, so the original amount typed fills the local.
    for (VoucherLine &line : voucher.lines)
        if (line.currency > 0 && line.rate <= 0)
            line.rate = ForeignCurrency::rateOn(m_records.database(), line.currency, date).value_or(0);
    return voucher;
}

} // namespace Backroom::Finance
