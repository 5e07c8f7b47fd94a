#include "accountchart.h"
#include "companycopier.h"
#include "companyfile.h"
#include "database.h"
#include "financechecks.h"
#include "financeentities.h"
#include "financeschema.h"
#include "records.h"
#include "financebooks.h"
#include "testsupport.h"
#include "trialbalance.h"
#include "voucherbook.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Backroom;
using namespace Backroom::Finance;
using FinanceTests::Books;
using FinanceTests::schemas;

namespace {

QStringList messages(const QList<Records::FieldError> &errors)
{
    QStringList list;
    for (const Records::FieldError &error : errors)
        list.append(error.field + QLatin1String(": ") + error.message);
    return list;
}

bool anyContains(const QStringList &list, const QString &text)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &item) { return item.contains(text); });
}

const QDate kNov5(2026, 11, 5);

} // namespace

TEST_CASE("Chart templates are complete and start an empty company's chart", "[finance]")
{
    QString error;
    const auto chinese = AccountChart::load(QStringLiteral("cn-small-enterprise"), &error);
    INFO(error.toStdString());
    REQUIRE(chinese);
    const auto generic = AccountChart::load(QStringLiteral("generic-small-business"), &error);
    REQUIRE(generic);
    CHECK(chinese->profitAccount == QStringLiteral("3103"));
    QHash<QString, AccountChart::Account> byCode;
    for (const AccountChart::Account &account : chinese->accounts)
        byCode.insert(account.code, account);
    // The first-level accounts of 小企业会计准则, the 损益类 split into
    // income and expense, contra accounts on the other side.
    CHECK(byCode.value(QStringLiteral("1001")).nameZh == QStringLiteral("库存现金"));
    CHECK(byCode.value(QStringLiteral("1122")).nameZh == QStringLiteral("应收账款"));
    CHECK(byCode.value(QStringLiteral("5801")).nameZh == QStringLiteral("所得税费用"));
    CHECK(byCode.value(QStringLiteral("5001")).category == QStringLiteral("income"));
    CHECK(byCode.value(QStringLiteral("5602")).category == QStringLiteral("expense"));
    CHECK(byCode.value(QStringLiteral("1602")).side == QStringLiteral("credit"));
    CHECK(byCode.value(QStringLiteral("222101")).nameZh == QStringLiteral("应交增值税"));
    CHECK(byCode.value(QStringLiteral("22210101")).nameZh == QStringLiteral("进项税额"));
    CHECK(byCode.value(QStringLiteral("22210102")).nameZh == QStringLiteral("销项税额"));
    int firstLevel = 0;
    for (const AccountChart::Account &account : chinese->accounts)
        firstLevel += account.code.size() == 4;
    CHECK(firstLevel >= 60);
    CHECK(AccountChart::defaultTemplateFor(QStringLiteral("zh_CN")) == QStringLiteral("cn-small-enterprise"));
    CHECK(AccountChart::defaultTemplateFor(QStringLiteral("en")) == QStringLiteral("generic-small-business"));
    CHECK_FALSE(AccountChart::load(QStringLiteral("nope"), &error));
    CHECK(error.contains(QStringLiteral("nope")));

    // Bad template files are refused with the account named.
    const QByteArray head = R"({"id":"t","profit_account":"3103","accounts":[)";
    const auto refuse = [&](const QByteArray &accounts, const char *expected) {
        QString why;
        CHECK_FALSE(AccountChart::parse(head + accounts + "]}", &why));
        INFO(why.toStdString());
        CHECK(why.contains(QString::fromUtf8(expected)));
    };
    refuse(R"({"code":"3103","name_zh":"本年利润","name_en":"P","category":"equity","side":"credit"},
              {"code":"3103","name_zh":"本年利润","name_en":"P","category":"equity","side":"credit"})", "3103");
    refuse(R"({"code":"3103","name_zh":"本年利润","name_en":"P","category":"equity","side":"credit"},
              {"code":"100201","name_zh":"x","name_en":"x","category":"asset","side":"debit"})", "1002");
    refuse(R"({"code":"3103","name_zh":"本年利润","name_en":"P","category":"wealth","side":"credit"})", "wealth");
    refuse(R"({"code":"31a3","name_zh":"本年利润","name_en":"P","category":"equity","side":"credit"})", "31a3");
    CHECK_FALSE(AccountChart::parse("{not json", &error));

    Books books;
    CHECK(books.count("finance_account") == chinese->accounts.size());
    CHECK(books.db().scalar(QStringLiteral("SELECT name FROM finance_account WHERE code = '1002'"))->toString()
          == QStringLiteral("银行存款"));
    // Only an empty chart takes a template.
    CHECK_FALSE(AccountChart::apply(*books.accountant, *generic, QStringLiteral("en"), &error));
    CHECK(books.count("finance_account") == chinese->accounts.size());

    Books english(QStringLiteral("en"));
    CHECK(english.db().scalar(QStringLiteral("SELECT name FROM finance_account WHERE code = '5001'"))->toString()
          == QStringLiteral("Sales"));
}

TEST_CASE("A voucher is saved only complete and balanced, and then as a whole", "[finance][backends]")
{
    Books books;
    VoucherBook book(*books.accountant);

    Voucher unbalanced = books.voucher(kNov5, "1001", "100201", 50000);
    unbalanced.lines[1].credit = 40000;
    QStringList problems = messages(book.problems(unbalanced));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(problems, QStringLiteral("differ by 100.00")));
    Records::Result refused = book.save(unbalanced);
    CHECK(refused.code == Records::Result::Code::Invalid);
    CHECK(books.count("finance_voucher") == 0);
    CHECK(books.count("finance_voucher_line") == 0);

    Voucher bad = books.voucher(kNov5, "1001", "1002", 50000); // 1002 has sub-accounts
    bad.lines.append(VoucherLine{0, QString(), 0, 100, 100});
    bad.lines.append(VoucherLine{0, QStringLiteral("x"), books.account("1001"), 0, 0});
    bad.word = QStringLiteral("Z");
    problems = messages(book.problems(bad));
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(anyContains(problems, QStringLiteral("lines/2/account: Line 2: 1002 银行存款 has sub-accounts")));
    CHECK(anyContains(problems, QStringLiteral("lines/3/summary")));
    CHECK(anyContains(problems, QStringLiteral("lines/3/debit: Line 3: enter a debit or a credit, not both")));
    CHECK(anyContains(problems, QStringLiteral("lines/3/account")));
    CHECK(anyContains(problems, QStringLiteral("lines/4/debit: Line 4: enter an amount")));
    CHECK(anyContains(problems, QStringLiteral("word:")));
    CHECK(book.problems(Voucher{}).size() == 2); // no date, no lines

    // An account that asks for a partner gets one on every line.
    REQUIRE(books.db().exec(QStringLiteral("UPDATE finance_account SET needs_partner = 1 WHERE code = '1122'")));
    problems = messages(book.problems(books.voucher(kNov5, "1122", "5001", 1000)));
    CHECK(anyContains(problems, QStringLiteral("lines/1/partner: Line 1: 1122 应收账款 needs a partner")));

    // Good: header and lines in one go, totals and summary on the header.
    Voucher good = books.voucher(kNov5, "1001", "100201", 50000, QStringLiteral("提取备用金"));
    good.attachments = 2;
    const Records::Result saved = books.save(good);
    std::optional<Voucher> loaded = book.load(saved.id);
    REQUIRE(loaded);
    CHECK(loaded->number == 1);
    CHECK(loaded->displayNumber() == QStringLiteral("记-0001"));
    CHECK(loaded->state == FinanceEntities::draft());
    CHECK(loaded->attachments == 2);
    CHECK(loaded->preparedBy == QStringLiteral("lina"));
    REQUIRE(loaded->lines.size() == 2);
    CHECK(loaded->lines.at(0).debit == 50000);
    CHECK(loaded->lines.at(1).credit == 50000);
    CHECK(loaded->lines.at(1).account == books.account("100201"));
    CHECK(books.db().scalar(QStringLiteral("SELECT total FROM finance_voucher"))->toLongLong() == 50000);
    CHECK(books.db().scalar(QStringLiteral("SELECT summary FROM finance_voucher"))->toString() == QStringLiteral("提取备用金"));

    // Changing a draft replaces its lines: three now, then one fewer.
    Voucher changed = *loaded;
    changed.lines[1].credit = 30000;
    changed.lines.append(VoucherLine{0, QStringLiteral("提取备用金"), books.account("1012"), 0, 20000});
    Records::Result resaved = book.save(changed);
    INFO(resaved.message.toStdString());
    REQUIRE(resaved.ok());
    CHECK(books.count("finance_voucher_line") == 3);
    CHECK(book.load(saved.id)->number == 1);
    // Saving with the version read before that change is a conflict, and
    // writes nothing.
    Voucher stale = *loaded;
    stale.lines[0].summary = QStringLiteral("old");
    CHECK(book.save(stale).code == Records::Result::Code::Conflict);
    CHECK(book.load(saved.id)->lines.size() == 3);
    changed = *book.load(saved.id);
    changed.lines.removeLast();
    changed.lines[1].credit = 50000;
    REQUIRE(book.save(changed).ok());
    CHECK(books.count("finance_voucher_line") == 2);
    // A failing line (an account that vanished meanwhile) leaves the
    // voucher as it was: lines are not half replaced.
    changed = *book.load(saved.id);
    changed.lines[0].account = 999999;
    CHECK_FALSE(book.save(changed).ok());
    CHECK(book.load(saved.id)->lines.at(0).account == books.account("1001"));
}

TEST_CASE("Voucher numbers are gap-free per word and month; renumbering closes gaps", "[finance][backends]")
{
    Books books;
    VoucherBook book(*books.accountant);
    const qint64 first = books.save(books.voucher(kNov5, "1001", "100201", 100)).id;
    const Records::Result second = books.save(books.voucher(kNov5, "1001", "100201", 200));
    books.save(books.voucher(kNov5.addDays(3), "1001", "100201", 300));
    Voucher receipt = books.voucher(kNov5, "100201", "1122", 400);
    receipt.word = QStringLiteral("收");
    books.save(receipt);
    books.save(books.voucher(QDate(2026, 12, 1), "1001", "100201", 500));
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-11")) == QList<qint64>{1, 2, 3});
    CHECK(books.numbers(QStringLiteral("收"), QStringLiteral("2026-11")) == QList<qint64>{1});
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-12")) == QList<qint64>{1});
    CHECK(FinanceChecks::numberGaps(books.db()).isEmpty());

    // Deleting a draft leaves a gap that verify names and 凭证整理 closes;
    // posted vouchers keep their numbers.
    books.post(book.load(first).value());
    REQUIRE(book.remove(second.id, second.version).ok());
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-11")) == QList<qint64>{1, 3});
    const QStringList gaps = FinanceChecks::numberGaps(books.db());
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.constFirst().contains(QStringLiteral("记-0002 (2026-11)")));
    QString error;
    const std::optional<int> moved = book.renumber(QStringLiteral("记"), QStringLiteral("2026-11"), &error);
    INFO(error.toStdString());
    REQUIRE(moved);
    CHECK(*moved == 1);
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-11")) == QList<qint64>{1, 2});
    CHECK(FinanceChecks::numberGaps(books.db()).isEmpty());
    CHECK(*book.renumber(QStringLiteral("记"), QStringLiteral("2026-11"), &error) == 0);
    // The next one continues after them; moving a draft to another month
    // renumbers it there.
    const Records::Result fourth = books.save(books.voucher(kNov5, "1001", "100201", 600));
    CHECK(book.load(fourth.id)->number == 3);
    Voucher moving = *book.load(fourth.id);
    moving.date = QDate(2026, 12, 2);
    REQUIRE(book.save(moving).ok());
    CHECK(book.load(fourth.id)->number == 2);
    CHECK(books.numbers(QStringLiteral("记"), QStringLiteral("2026-12")) == QList<qint64>{1, 2});
    // The database refuses a duplicate number whoever writes it.
    CHECK_FALSE(books.rawExec(QStringLiteral("UPDATE finance_voucher SET number = 1 WHERE id = %1").arg(fourth.id)).isEmpty());
}

TEST_CASE("Review by someone else, posting only balanced, posted vouchers final even to SQL", "[finance][backends]")
{
    Books books;
    VoucherBook own(*books.accountant);
    VoucherBook other(*books.manager);
    Records::Result saved = books.save(books.voucher(kNov5, "1001", "100201", 50000));

    // The preparer cannot review it: the service says why, and the
    // database refuses it too.
    Records::Result result = own.review(saved.id, saved.version);
    CHECK(result.code == Records::Result::Code::Refused);
    CHECK(result.message.contains(QStringLiteral("someone else")));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher SET state = 'reviewed', updated_by = created_by"))
              .contains(FinanceSchema::refusalPrefix()));
    // Not posted before review.
    CHECK(other.post(saved.id, saved.version).code == Records::Result::Code::Refused);
    result = other.review(saved.id, saved.version);
    REQUIRE(result.ok());
    // A reviewed voucher cannot be edited until its review is cancelled.
    Voucher edit = *own.load(saved.id);
    edit.lines[0].summary = QStringLiteral("changed");
    CHECK(own.save(edit).code == Records::Result::Code::Refused);
    result = other.cancelReview(result.id, result.version);
    REQUIRE(result.ok());
    result = other.review(result.id, result.version);
    REQUIRE(result.ok());
    result = other.post(result.id, result.version);
    REQUIRE(result.ok());
    CHECK(own.load(saved.id)->state == FinanceEntities::posted());

    // Final: the services refuse, and so does the database to anyone.
    edit = *own.load(saved.id);
    edit.lines[0].summary = QStringLiteral("changed");
    CHECK_FALSE(own.save(edit).ok());
    CHECK_FALSE(own.remove(saved.id, edit.version).ok());
    const QString prefix = FinanceSchema::refusalPrefix();
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher SET total = 1")).contains(prefix));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher SET state = 'draft'")).contains(prefix));
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_voucher")).contains(prefix));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET debit = debit + 1")).contains(prefix));
    CHECK(books.rawExec(QStringLiteral("DELETE FROM finance_voucher_line")).contains(prefix));
    CHECK(books.rawExec(QStringLiteral("INSERT INTO finance_voucher_line (created_at, created_by, updated_at, updated_by, "
                                       "voucher, summary, account, debit, credit) VALUES ('2026-11-05', 'x', "
                                       "'2026-11-05', 'x', %1, 'sneak', %2, 1, 0)")
                           .arg(saved.id)
                           .arg(books.account("1001")))
              .contains(prefix));
    CHECK(own.load(saved.id)->lines.at(0).debit == 50000);
    CHECK(books.count("finance_voucher_line") == 2);

    // An unbalanced voucher written behind the service's back is still
    // never posted.
    Records::Result sneaky = books.save(books.voucher(kNov5, "1001", "100201", 700));
    REQUIRE(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET credit = 600 WHERE voucher = %1 AND credit <> 0")
                              .arg(sneaky.id))
                .isEmpty());
    REQUIRE(books.rawExec(QStringLiteral("UPDATE finance_voucher SET state = 'reviewed', updated_by = 'wangfang' WHERE id = %1")
                              .arg(sneaky.id))
                .isEmpty());
    result = other.post(sneaky.id, sneaky.version);
    CHECK(result.code == Records::Result::Code::Refused);
    CHECK(result.message.contains(QStringLiteral("does not balance")));
    CHECK(books.rawExec(QStringLiteral("UPDATE finance_voucher SET state = 'posted' WHERE id = %1").arg(sneaky.id))
              .contains(prefix));
    CHECK(FinanceChecks::unbalancedVouchers(books.db()).isEmpty());
    CHECK(FinanceChecks::booksOutOfBalance(books.db()).isEmpty());
    CHECK(FinanceChecks::missingGuards(books.db()).isEmpty());
}

TEST_CASE("A posted voucher is corrected by a red reversing voucher", "[finance][backends]")
{
    Books books;
    VoucherBook book(*books.accountant);
    const qint64 posted = books.post(books.voucher(kNov5, "560201", "1001", 86000, QStringLiteral("购买办公用品")));
    const Records::Result draft = books.save(books.voucher(kNov5, "1001", "100201", 100));
    CHECK(book.reverse(draft.id, kNov5).code == Records::Result::Code::Refused);

    const Records::Result red = book.reverse(posted, QDate(2026, 11, 20));
    INFO(red.message.toStdString());
    REQUIRE(red.ok());
    const Voucher reversal = *book.load(red.id);
    CHECK(reversal.reverses == posted);
    CHECK(reversal.state == FinanceEntities::draft());
    CHECK(reversal.number == 3);
    REQUIRE(reversal.lines.size() == 2);
    CHECK(reversal.lines.at(0).debit == -86000);
    CHECK(reversal.lines.at(1).credit == -86000);
    CHECK(reversal.lines.at(0).summary.contains(QStringLiteral("记-0001")));
    CHECK(reversal.lines.at(0).account == books.account("560201"));

    const Records::Result copied = book.copy(posted, QDate(2026, 12, 1));
    REQUIRE(copied.ok());
    CHECK(book.load(copied.id)->lines.at(0).debit == 86000);
    CHECK(book.load(copied.id)->reverses == 0);

    // Posted, the two cancel out in the books.
    books.post(reversal); // saved again unchanged, reviewed, posted
    TrialBalance::Options options{QStringLiteral("2026-11"), QStringLiteral("2026-11")};
    const auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    for (const TrialBalance::Row &row : *rows) {
        INFO(row.code.toStdString());
        CHECK(row.closing() == 0);
    }
}

TEST_CASE("The trial balance rolls sub-accounts up and adds up", "[finance][backends]")
{
    Books books;
    books.post(books.voucher(QDate(2026, 10, 1), "100201", "3001", 50000000, QStringLiteral("收到投资款")));
    books.post(books.voucher(kNov5, "1001", "100201", 500000));
    Voucher sale = books.voucher(QDate(2026, 11, 10), "1122", "5001", 3000000, QStringLiteral("销售商品"));
    sale.lines.append(VoucherLine{0, QStringLiteral("销售商品"), books.account("22210102"), 0, 390000});
    sale.lines[0].debit = 3390000;
    books.post(sale);
    books.save(books.voucher(QDate(2026, 11, 30), "560201", "1001", 1000)); // not posted

    TrialBalance::Options options{QStringLiteral("2026-11"), QStringLiteral("2026-11")};
    auto rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    QHash<QString, TrialBalance::Row> byCode;
    for (const TrialBalance::Row &row : *rows)
        byCode.insert(row.code, row);
    CHECK(byCode.value(QStringLiteral("1002")).opening == 50000000);      // October, before the period
    CHECK(byCode.value(QStringLiteral("1002")).credit == 500000);
    CHECK(byCode.value(QStringLiteral("1002")).closing() == 49500000);
    CHECK(byCode.value(QStringLiteral("100201")).closing() == 49500000);
    CHECK(byCode.value(QStringLiteral("100201")).level == 2);
    CHECK(byCode.value(QStringLiteral("3001")).opening == -50000000);     // a credit balance
    CHECK(byCode.value(QStringLiteral("2221")).credit == 390000);         // from 22210102, two levels down
    CHECK(byCode.value(QStringLiteral("222101")).credit == 390000);
    CHECK(byCode.value(QStringLiteral("22210102")).level == 3);
    CHECK(byCode.value(QStringLiteral("1001")).debit == 500000);          // the draft's credit is not counted
    CHECK_FALSE(byCode.contains(QStringLiteral("560201")));              // nothing posted, not listed
    const TrialBalance::Row total = TrialBalance::total(*rows);
    CHECK(total.opening == 0);
    CHECK(total.debit == 500000 + 3390000);
    CHECK(total.debit == total.credit);

    options.includeUnposted = true;
    options.maxLevel = 1;
    rows = TrialBalance::compute(books.db(), options);
    REQUIRE(rows);
    byCode.clear();
    for (const TrialBalance::Row &row : *rows) {
        CHECK(row.level == 1);
        byCode.insert(row.code, row);
    }
    CHECK(byCode.value(QStringLiteral("5602")).debit == 1000);
    CHECK(byCode.value(QStringLiteral("1001")).closing() == 499000);
    CHECK(TrialBalance::total(*rows).debit == TrialBalance::total(*rows).credit);
}

TEST_CASE("Verify finds unbalanced books and missing guards; a copy keeps posted vouchers", "[finance]")
{
    Books books;
    books.post(books.voucher(kNov5, "1001", "100201", 50000));
    CHECK(FinanceChecks::unbalancedVouchers(books.db()).isEmpty());

    // A copy writes posted vouchers and their lines before the guards exist,
    // then adds the guards and proves the copy.
    QList<VerifierContribution> checks = FinanceChecks::verifiers();
    const QString target = books.dir.filePath(QStringLiteral("copy.backroom"));
    const CompanyCopier::Result copied = CompanyCopier(*books.company, schemas(), checks).copyTo(target);
    INFO(copied.message.toStdString() << copied.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(copied.ok);
    {
        CompanyFile::Status status;
        auto copy = CompanyFile::open(target, schemas(), &status);
        REQUIRE(copy);
        CHECK(FinanceChecks::missingGuards(copy->database()).isEmpty());
        CHECK(copy->database().scalar(QStringLiteral("SELECT state FROM finance_voucher"))->toString()
              == FinanceEntities::posted());
    }

    // Someone drops a guard and changes a posted line with the sqlite3 shell.
    REQUIRE(books.rawExec(QStringLiteral("DROP TRIGGER finance_voucher_line_posted_update")).isEmpty());
    REQUIRE(books.rawExec(QStringLiteral("UPDATE finance_voucher_line SET debit = 60000 WHERE debit = 50000")).isEmpty());
    const QStringList missing = FinanceChecks::missingGuards(books.db());
    REQUIRE(missing.size() == 1);
    CHECK(missing.constFirst().contains(QStringLiteral("finance_voucher_line_posted_update")));
    const QStringList unbalanced = FinanceChecks::unbalancedVouchers(books.db());
    REQUIRE(unbalanced.size() == 1);
    CHECK(unbalanced.constFirst().contains(QStringLiteral("记-0001 (2026-11)")));
    CHECK(unbalanced.constFirst().contains(QStringLiteral("100.00")));
    CHECK(FinanceChecks::booksOutOfBalance(books.db()).size() == 1);
}
