#pragma once

#include "entity.h"
#include "records.h"
#include "voucherbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Backroom::Finance {

// A recurring entry kept to be entered again (常用凭证 / 模式凭证): the word,
// the lines' summaries, accounts and dimensions, and the amounts or none.
struct VoucherTemplate
{
    qint64 id = 0;
    qint64 version = 0;
    QString name;
    QString category;
    QString word = QStringLiteral("记");
    bool withAmounts = true;
    QList<VoucherLine> lines;   // amounts 0 when !withAmounts
};

// The voucher templates: made from the voucher on the screen, listed for
// the picker, and turned into a new draft. A template names its accounts by
// id; an account deactivated or removed since the template was made is
// refused by name when the template is used, instead of a draft that cannot
// be saved. The draft is a plain unsaved voucher: its number is given by
// VoucherBook at save like any other, its date is the one asked for, never
// the template's.
class VoucherTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VoucherTemplates)

public:
    static QString entity() { return QStringLiteral("finance.voucher_template"); }
    static QString lineEntity() { return QStringLiteral("finance.voucher_template_line"); }
    static QList<Entity> declarations();

    explicit VoucherTemplates(Records &records);

    // Every template, lines left out, by category then name.
    QList<VoucherTemplate> list(QString *errorString = nullptr) const;
    std::optional<VoucherTemplate> load(qint64 id) const;

    // Saves the voucher's entered lines as a new template, in one
    // transaction; the result's id is the template's.
    Records::Result saveFrom(const Voucher &voucher, const QString &name, const QString &category, bool withAmounts);
    Records::Result remove(qint64 id, qint64 version);

    // A new draft (id 0, no number) dated `date`, or nullopt with the
    // reason in `refusal` (translated).
    std::optional<Voucher> draft(qint64 id, const QDate &date, QString *refusal) const;

private:
    Records::Result saveInTransaction(const Voucher &voucher, const QString &name, const QString &category,
                                      bool withAmounts);

    Records &m_records;
};

} // namespace Backroom::Finance
