// Voucher templates (常用凭证): a recurring entry saved from the voucher
// screen, entered again from the picker with today's date and the next
// number, with or without its amounts; a template whose account was
// deactivated since is refused by name.
#include "database.h"
#include "dateedit.h"
#include "financebooks.h"
#include "financeentities.h"
#include "localization.h"
#include "records.h"
#include "voucherbook.h"
#include "voucheredit.h"
#include "voucherlinesmodel.h"
#include "vouchertemplatepicker.h"
#include "vouchertemplates.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Backroom;
using namespace Backroom::Finance;

namespace {

// Monthly rent: Dr 560202 管理费用 / Cr 100201 银行存款, 8,500.00.
Voucher rentVoucher(FinanceTests::Books &books, const QDate &date)
{
    Voucher rent;
    rent.word = QStringLiteral("付");
    rent.date = date;
    rent.lines = {books.line("560202", 850000, 0, 0, QStringLiteral("支付办公室房租")),
                  books.line("100201", 0, 850000, 0, QStringLiteral("支付办公室房租"))};
    return rent;
}

void showScreen(QWidget &widget)
{
    widget.resize(1060, 700);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

// Answers the picker the screen opens: types `typed`, presses Enter. Looks
// again until the picker is up (the key that opens it may let a zero timer
// run first).
void answerPicker(const QString &typed, QStringList *shown, int tries = 200)
{
    QTimer::singleShot(10, [typed, shown, tries] {
        auto *picker = qobject_cast<VoucherTemplatePicker *>(QApplication::activeModalWidget());
        if (!picker) {
            if (tries > 0)
                answerPicker(typed, shown, tries - 1);
            return;
        }
        // Chinese arrives from the input method as committed text.
        QInputMethodEvent event;
        event.setCommitString(typed);
        QApplication::sendEvent(picker->filterEdit(), &event);
        if (shown)
            *shown = picker->visibleNames();
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    });
}

} // namespace

TEST_CASE("Voucher templates: saved with amounts, used twice, each a new number and today's date",
          "[finance][vouchertemplates][backends]")
{
    FinanceTests::Books books;
    VoucherTemplates templates(*books.accountant);
    const Voucher rent = rentVoucher(books, QDate(2026, 1, 31));
    const Records::Result kept = templates.saveFrom(rent, QStringLiteral("房租"), QStringLiteral("月末"), true);
    INFO(kept.message.toStdString());
    REQUIRE(kept.ok());
    CHECK(books.count("finance_voucher_template") == 1);
    CHECK(books.count("finance_voucher_template_line") == 2);
    // Nothing is written to the books by keeping a template.
    CHECK(books.count("finance_voucher") == 0);

    const std::optional<VoucherTemplate> loaded = templates.load(kept.id);
    REQUIRE(loaded);
    CHECK(loaded->name == QStringLiteral("房租"));
    CHECK(loaded->category == QStringLiteral("月末"));
    CHECK(loaded->word == QStringLiteral("付"));
    CHECK(loaded->withAmounts);
    REQUIRE(loaded->lines.size() == 2);
    CHECK(loaded->lines.at(0).account == books.account("560202"));
    CHECK(loaded->lines.at(0).debit == 850000);
    CHECK(loaded->lines.at(1).credit == 850000);
    CHECK(loaded->lines.at(1).summary == QStringLiteral("支付办公室房租"));

    // A second name is refused by the unique name, and nothing is written.
    const Records::Result twice = templates.saveFrom(rent, QStringLiteral("房租"), QString(), true);
    CHECK_FALSE(twice.ok());
    CHECK(books.count("finance_voucher_template") == 1);
    CHECK(books.count("finance_voucher_template_line") == 2);

    const QDate february(2026, 2, 28);
    const QDate march(2026, 3, 31);
    for (const QDate &date : {february, march}) {
        QString refusal;
        const std::optional<Voucher> draft = templates.draft(kept.id, date, &refusal);
        INFO(refusal.toStdString());
        REQUIRE(draft);
        CHECK(draft->id == 0);
        CHECK(draft->number == 0);
        CHECK(draft->date == date);
        CHECK(draft->word == QStringLiteral("付"));
        CHECK(draft->totalDebit() == 850000);
        books.save(*draft);
    }
    CHECK(books.numbers(QStringLiteral("付"), QStringLiteral("2026-02")) == QList<qint64>{1});
    CHECK(books.numbers(QStringLiteral("付"), QStringLiteral("2026-03")) == QList<qint64>{1});
    CHECK(books.db().scalar(QStringLiteral("SELECT count(*) FROM finance_voucher WHERE total = 850000"))->toLongLong() == 2);

    // Deleting a template takes its lines with it.
    const Records::Result removed = templates.remove(kept.id, loaded->version);
    INFO(removed.message.toStdString());
    REQUIRE(removed.ok());
    CHECK(books.count("finance_voucher_template") == 0);
    CHECK(books.count("finance_voucher_template_line") == 0);
}

TEST_CASE("Voucher templates: without amounts; a deactivated account is refused by name",
          "[finance][vouchertemplates][backends]")
{
    FinanceTests::Books books;
    VoucherTemplates templates(*books.accountant);
    const Records::Result kept = templates.saveFrom(rentVoucher(books, QDate(2026, 1, 31)), QStringLiteral("水电费"),
                                                    QString(), false);
    REQUIRE(kept.ok());
    QString refusal;
    const std::optional<Voucher> draft = templates.draft(kept.id, QDate(2026, 2, 10), &refusal);
    REQUIRE(draft);
    REQUIRE(draft->lines.size() == 2);
    CHECK(draft->lines.at(0).account == books.account("560202"));
    CHECK(draft->lines.at(0).debit == 0);
    CHECK(draft->lines.at(1).credit == 0);
    CHECK(draft->totalDebit() == 0);
    // Saved as it is, the draft is refused like any voucher without amounts.
    CHECK_FALSE(VoucherBook(*books.accountant).save(*draft).ok());

    const qint64 bank = books.account("100201");
    const std::optional<Record> account = books.accountant->read(FinanceEntities::account(), bank);
    REQUIRE(account);
    const Records::Result archived = books.accountant->setArchived(FinanceEntities::account(), bank, account->version, true);
    INFO(archived.message.toStdString());
    REQUIRE(archived.ok());
    refusal.clear();
    CHECK_FALSE(templates.draft(kept.id, QDate(2026, 2, 10), &refusal));
    CHECK(refusal.contains(QStringLiteral("水电费")));
    CHECK(refusal.contains(QStringLiteral("line 2")));
    CHECK(refusal.contains(QStringLiteral("100201")));
    CHECK(refusal.contains(QStringLiteral("no longer in use")));
}

TEST_CASE("Voucher templates on the screen: Save as Template, then F7 and Ctrl+T with type-ahead",
          "[finance][vouchertemplates]")
{
    FinanceTests::Books books;
    const Records::Result saved = VoucherBook(*books.accountant).save(rentVoucher(books, QDate::currentDate()));
    REQUIRE(saved.ok());
    VoucherTemplates(*books.accountant)
        .saveFrom(books.voucher(QDate::currentDate(), "1001", "100201", 200000, QStringLiteral("提取备用金")),
                  QStringLiteral("提现"), QStringLiteral("日常"), true);
    VoucherEdit edit(*books.accountant);
    showScreen(edit);
    REQUIRE(edit.openRecord(saved.id));
    REQUIRE(edit.saveAsTemplate(QStringLiteral("房租"), QStringLiteral("月末"), false));
    CHECK(edit.messageText().contains(QStringLiteral("房租")));
    CHECK(books.count("finance_voucher_template") == 2);
    // An empty name is refused and nothing kept.
    CHECK_FALSE(edit.saveAsTemplate(QStringLiteral("  "), QString(), true));
    CHECK(books.count("finance_voucher_template") == 2);

    // A new voucher with its date set by the clerk; F7, "房" narrows the
    // picker to the rent template, Enter takes it.
    edit.newRecord();
    const QDate date = QDate::currentDate().addDays(-3);
    edit.dateEdit()->setValue(date);
    QStringList shown;
    answerPicker(QStringLiteral("房"), &shown);
    edit.grid()->setFocus();
    QTest::keyClick(edit.grid(), Qt::Key_F7);
    CHECK(shown == QStringList{QStringLiteral("房租")});
    CHECK(edit.messageText().contains(QStringLiteral("房租")));
    CHECK(edit.recordId() == 0);
    CHECK(edit.numberText() == QStringLiteral("new"));
    CHECK(edit.wordBox()->currentText() == QStringLiteral("付"));
    CHECK(edit.dateEdit()->value() == date);
    REQUIRE(edit.voucher().lines.size() == 2);
    CHECK(edit.voucher().lines.at(0).account == books.account("560202"));
    CHECK(edit.voucher().totalDebit() == 0);
    // No amounts kept: the cursor waits in the first debit.
    CHECK(edit.grid()->currentIndex().column() == VoucherLinesModel::Debit);
    CHECK(edit.isDirty());

    // Ctrl+T from the same screen; leaving the unsaved draft is asked about
    // first, and the type-ahead finds the other template by its category.
    int asked = 0;
    edit.setSaveQuestion([&asked](const QString &, const QString &) {
        ++asked;
        return RecordEditor::Answer::Discard;
    });
    answerPicker(QStringLiteral("日常"), &shown);
    QTest::keyClick(edit.grid(), Qt::Key_T, Qt::ControlModifier);
    CHECK(shown == QStringList{QStringLiteral("提现")});
    CHECK(asked == 1);
    CHECK(edit.wordBox()->currentText() == QStringLiteral("记"));
    REQUIRE(edit.voucher().lines.size() == 2);
    CHECK(edit.voucher().lines.at(0).account == books.account("1001"));
    CHECK(edit.voucher().lines.at(0).summary == QStringLiteral("提取备用金"));
    CHECK(edit.voucher().totalDebit() == 200000);
    CHECK(edit.voucher().totalCredit() == 200000);
    // Saved, it takes the next number of its word and month.
    QSignalSpy savedSpy(&edit, &RecordEditor::saved);
    QTest::keyClick(edit.grid(), Qt::Key_S, Qt::ControlModifier);
    INFO(edit.problemText().toStdString());
    REQUIRE(savedSpy.count() == 1);
    CHECK(edit.numberText() == QStringLiteral("记-0001"));
    // The screen's date, kept from the new voucher it replaced.
    CHECK(edit.dateEdit()->value() == date);
}

TEST_CASE("Voucher templates: the picker's type-ahead and keys", "[finance][vouchertemplates]")
{
    QList<VoucherTemplate> list;
    for (const auto &[id, name, category] : {std::tuple{1, "房租", "月末"}, std::tuple{2, "计提工资", "月末"},
                                             std::tuple{3, "提现", "日常"}, std::tuple{4, "Rent (office)", ""}}) {
        VoucherTemplate kept;
        kept.id = id;
        kept.name = QString::fromUtf8(name);
        kept.category = QString::fromUtf8(category);
        list.append(kept);
    }
    VoucherTemplatePicker picker(list);
    picker.show();
    REQUIRE(QTest::qWaitForWindowExposed(&picker));
    CHECK(picker.visibleNames().size() == 4);
    picker.filterEdit()->insert(QStringLiteral("月末"));
    CHECK(picker.visibleNames() == QStringList{QStringLiteral("房租"), QStringLiteral("计提工资")});
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);   // stays on the last match
    QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
    CHECK(picker.result() == QDialog::Accepted);
    CHECK(picker.chosenId() == 2);

    VoucherTemplatePicker english(list);
    QTest::keyClicks(english.filterEdit(), QStringLiteral("rent"));
    CHECK(english.visibleNames() == QStringList{QStringLiteral("Rent (office)")});
    QTest::keyClicks(english.filterEdit(), QStringLiteral("x"));
    CHECK(english.visibleNames().isEmpty());
    QTest::keyClick(english.filterEdit(), Qt::Key_Return);
    CHECK(english.chosenId() == 0);
}

TEST_CASE("Voucher templates: screenshots of the picker", "[finance][vouchertemplates][.shots]")
{
    // BACKROOM_SHOTS=1 tst_finance "[vouchertemplates][.shots]" writes
    // /tmp/vouchertemplates_*.png.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        FinanceTests::loadExtraTranslations(language);
        // The Chinese chart in both: the screen's language is what differs.
        FinanceTests::Books books;
        VoucherTemplates templates(*books.accountant);
        REQUIRE(templates.saveFrom(books.voucher(QDate::currentDate(), "1001", "100201", 200000), QStringLiteral("提取备用金"),
                                   QStringLiteral("日常"), true).ok());
        REQUIRE(templates.saveFrom(rentVoucher(books, QDate::currentDate()), QStringLiteral("支付房租"),
                                   QStringLiteral("月末"), true).ok());
        REQUIRE(templates.saveFrom(rentVoucher(books, QDate::currentDate()), QStringLiteral("水电费"),
                                   QStringLiteral("月末"), false).ok());
        VoucherEdit edit(*books.accountant);
        showScreen(edit);
        VoucherTemplatePicker picker(templates.list(), &edit);
        picker.show();
        REQUIRE(QTest::qWaitForWindowExposed(&picker));
        picker.filterEdit()->insert(QStringLiteral("月"));
        QApplication::processEvents();
        if (qEnvironmentVariable("BACKROOM_SHOTS") == QLatin1String("1")) {
            picker.grab().save(QStringLiteral("/tmp/vouchertemplates_%1_picker.png").arg(language));
            edit.grab().save(QStringLiteral("/tmp/vouchertemplates_%1_screen.png").arg(language));
        }
        CHECK(picker.visibleNames().size() == 2);
    }
    Localization::apply(QStringLiteral("en"));
    FinanceTests::loadExtraTranslations(QStringLiteral("en"));
}
