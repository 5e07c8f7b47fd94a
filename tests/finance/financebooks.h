#pragma once

// The books the finance tests work on: a real company (SQLite, or the test
// server for [backends] cases) with the core's and finance's tables, the
// chart of accounts for its language, and two clerks: the accountant who
// prepares vouchers and the manager who reviews and posts them.
#include "audithook.h"
#include "companyfile.h"
#include "records.h"
#include "voucherbook.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace FinanceTests {

QList<Backroom::ModuleSchema> schemas();

// For screenshots of strings not yet in translations/*.ts: the .qm file
// BACKROOM_EXTRA_QM names, if any, is loaded over the application's own
// for Chinese (after Localization::apply), and taken away for English.
void loadExtraTranslations(const QString &language);

struct Books
{
    QTemporaryDir dir;
    QString path;
    Backroom::Registry<Backroom::Entity> entities;
    std::unique_ptr<Backroom::CompanyFile> company;
    Backroom::AuditHook audit;
    std::unique_ptr<Backroom::Records> accountant;
    std::unique_ptr<Backroom::Records> manager;

    explicit Books(const QString &language = QStringLiteral("zh_CN"));

    Backroom::Database &db() { return company->database(); }
    qint64 account(const char *code);
    // Two lines: debit one account, credit the other.
    Backroom::Finance::Voucher voucher(const QDate &date, const char *debit, const char *credit, qint64 amount,
                                       const QString &summary = QStringLiteral("提现"));
    // One line (an opening balance's, unless summary says otherwise).
    Backroom::Finance::VoucherLine line(const char *code, qint64 debit, qint64 credit, qint64 partner = 0,
                                        const QString &summary = QStringLiteral("期初"));
    // Saved by the accountant; fails the test when refused.
    Backroom::Records::Result save(const Backroom::Finance::Voucher &voucher);
    // Saved, reviewed by the manager and posted; the voucher's id.
    qint64 post(const Backroom::Finance::Voucher &voucher);
    QList<qint64> numbers(const QString &word, const QString &period);
    qint64 count(const char *table);
    // Runs SQL as the sqlite3 shell or psql would: the error text, empty
    // when the database accepted it.
    QString rawExec(const QString &sql);
};

} // namespace FinanceTests
