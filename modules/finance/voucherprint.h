#pragma once

#include "entity.h"
#include "record.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace Backroom {
class Database;
class Records;
}

namespace Backroom::Finance {

// 记账凭证 on paper. The voucher is printed through the core's document
// service like any record (a list's batch, the entry screen, backroom-cli
// print); this class adds what the generic data lacks, under "voucher":
//
//   voucher.title            记账凭证 / 收款凭证 / 付款凭证 / 转账凭证 (by the word)
//   voucher.company, .date, .year, .month, .day, .number_text, .attachments_text
//   voucher.labels.*         column and box labels
//   voucher.pages[]          one sheet each: .rows[] (always RowsPerPage, blank
//                            ones padded), .row1 … .row6 (the same rows by
//                            position, for pre-printed paper), .number_text
//                            (记 字 第 0007-1/2 号), .total_label (合计, or
//                            过次页 before the last sheet), .total_words,
//                            .debit_total, .credit_total, .continued, .last
//   voucher.signatures[]     .label, .name: 会计主管 记账 审核 出纳 制单
//   voucher.prepared_by, .reviewed_by, .posted_by, .total_words, .reverses_text
//
// A voucher is printed in its company's language, not the clerk's: the
// books of a Chinese company are read by its auditors and the tax bureau in
// Chinese whatever language the screen is set to, so the labels come from
// the company file's language rather than from tr().
class VoucherPrint
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::VoucherPrint)

public:
    // Lines on one sheet. Six, as on the common 240 × 140 mm voucher paper;
    // a longer voucher goes on to further sheets numbered 1/2, 2/2
    // (分数编号法, 《会计基础工作规范》 第五十一条).
    static constexpr int RowsPerPage = 6;

    // The shipped templates (modules/finance/templates).
    static QString plainTemplate() { return QStringLiteral("finance.voucher"); }
    static QString positionedTemplate() { return QStringLiteral("finance.voucher.positioned"); }

    // The declaration as the module registers it: the voucher's with its
    // print data attached (Entity::documentData), any other unchanged.
    static Entity withDocumentData(Entity entity);

    // Adds "voucher" (above) to the data of a finance.voucher record.
    static void addData(const Records &records, const Record &voucher, QVariantMap *data);

    // Whether the company keeps its books in Chinese (its file's language).
    static bool chineseBooks(Database &db);
    // The names of the people who signed: "李娜", or the login when the user
    // has no display name (or no longer exists).
    static QString personName(Database &db, const QString &login);
};

} // namespace Backroom::Finance
