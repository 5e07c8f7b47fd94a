// The voucher entry screen (记账凭证录入), driven the way a clerk drives it:
// keys into the grid, Enter to move on, Ctrl+S to save, against a real
// SQLite company with the Chinese chart.
#include "accountedit.h"
#include "database.h"
#include "dateedit.h"
#include "financeentities.h"
#include "localization.h"
#include "records.h"
#include "financebooks.h"
#include "testsupport.h"
#include "voucherbook.h"
#include "voucheredit.h"
#include "voucherlinesmodel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Backroom;
using namespace Backroom::Finance;

namespace {

// The books of tst_finance, and a posted voucher made quickly.
struct Ledger : FinanceTests::Books
{
    qint64 postedVoucher(qint64 amount) { return post(voucher(QDate::currentDate(), "1001", "100201", amount)); }
};

// The screen at the size it has in the main window at 1280×800.
void showScreen(VoucherEdit &edit)
{
    edit.resize(1060, 700);
    edit.show();
    QApplication::setActiveWindow(&edit);
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
}

// Where the clerk's keys land: the open cell editor, else the grid.
QWidget *keyTarget(VoucherEdit &edit)
{
    QWidget *editor = edit.cellEditor();
    return editor ? editor : edit.grid();
}

void type(VoucherEdit &edit, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(keyTarget(edit), QString(c));
}

// Chinese arrives from the input method as committed text, not as keys.
void typeChinese(VoucherEdit &edit, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(keyTarget(edit), &event);
}

void press(VoucherEdit &edit, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(edit), key, modifiers);
}

void enter(VoucherEdit &edit)
{
    press(edit, Qt::Key_Return);
}

QString editorText(VoucherEdit &edit)
{
    auto *line = qobject_cast<QLineEdit *>(edit.cellEditor());
    return line ? line->text() : QString();
}

int currentColumn(VoucherEdit &edit)
{
    return edit.grid()->currentIndex().column();
}

int currentRow(VoucherEdit &edit)
{
    return edit.grid()->currentIndex().row();
}

void startAt(VoucherEdit &edit, int row, int column)
{
    edit.grid()->setCurrentIndex(edit.linesModel()->index(row, column));
    edit.grid()->setFocus();
}

// One line typed the usual way from its summary cell: account code, then
// the amount on its side. Leaves the cursor in the next line's summary.
void typeLine(VoucherEdit &edit, const QString &code, const QString &debit, const QString &credit)
{
    enter(edit);   // summary (repeated or typed) → account
    type(edit, code);
    enter(edit);   // → debit
    if (!debit.isEmpty()) {
        type(edit, debit);
        enter(edit);   // a debit ends the line
    } else {
        enter(edit);   // → credit
        type(edit, credit);
        enter(edit);
    }
}

void grabIfAsked(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariable("BACKROOM_SHOTS") != QLatin1String("1"))
        return;
    QApplication::processEvents();
    widget.grab().save(QStringLiteral("/tmp/voucheredit_%1.png").arg(name));
}

} // namespace

TEST_CASE("Voucher entry: a voucher typed with the keyboard is saved with number 1", "[finance][voucheredit]")
{
    Ledger ledger;
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    CHECK(edit.title() == QStringLiteral("New voucher"));
    CHECK(edit.numberText() == QStringLiteral("new"));
    CHECK(edit.wordBox()->currentText() == QStringLiteral("记"));
    CHECK(edit.dateEdit()->value() == QDate::currentDate());
    CHECK(currentRow(edit) == 0);
    CHECK(currentColumn(edit) == VoucherLinesModel::Summary);

    typeChinese(edit, QStringLiteral("提现"));
    REQUIRE(edit.cellEditor());
    CHECK(editorText(edit) == QStringLiteral("提现"));
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Account);
    type(edit, QStringLiteral("1001"));
    enter(edit);
    CHECK(edit.linesModel()->line(0).account == ledger.account("1001"));
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    type(edit, QStringLiteral("1,234.5"));
    enter(edit);
    CHECK(edit.linesModel()->line(0).debit == 123450);
    // The debit ends the line: the credit is skipped, and the next line's
    // summary starts with this one, ready to keep with Enter.
    CHECK(currentRow(edit) == 1);
    CHECK(currentColumn(edit) == VoucherLinesModel::Summary);
    CHECK(editorText(edit) == QStringLiteral("提现"));
    CHECK(edit.differenceText().contains(QStringLiteral("1,234.50")));
    CHECK(edit.wordsText() == QStringLiteral("Total"));

    typeLine(edit, QStringLiteral("100201"), QString(), QStringLiteral("1234.50"));
    CHECK(edit.linesModel()->line(1).summary == QStringLiteral("提现"));
    CHECK(edit.linesModel()->line(1).credit == 123450);
    CHECK(currentRow(edit) == 2);
    CHECK(edit.debitTotalText() == QStringLiteral("1,234.50"));
    CHECK(edit.creditTotalText() == QStringLiteral("1,234.50"));
    CHECK(edit.differenceText().contains(QStringLiteral("0.00")));
    CHECK(edit.wordsText().contains(QStringLiteral("壹仟贰佰叁拾肆元伍角整")));
    CHECK(edit.isDirty());
    grabIfAsked(edit, QStringLiteral("typed"));

    QSignalSpy saved(&edit, &RecordEditor::saved);
    press(edit, Qt::Key_S, Qt::ControlModifier);
    INFO(edit.problemText().toStdString());
    REQUIRE(saved.count() == 1);
    CHECK(edit.numberText() == QStringLiteral("记-0001"));
    CHECK(edit.title() == QStringLiteral("Voucher 记-0001"));
    CHECK(edit.messageText().contains(QStringLiteral("记-0001")));
    CHECK_FALSE(edit.isDirty());
    const qint64 id = saved.at(0).at(0).toLongLong();
    CHECK(edit.recordId() == id);

    // What the database holds, read back the way every report reads it.
    CHECK(ledger.count("finance_voucher") == 1);
    CHECK(ledger.count("finance_voucher_line") == 2);
    const std::optional<Voucher> stored = VoucherBook(*ledger.accountant).load(id);
    REQUIRE(stored);
    CHECK(stored->number == 1);
    CHECK(stored->word == QStringLiteral("记"));
    CHECK(stored->state == FinanceEntities::draft());
    REQUIRE(stored->lines.size() == 2);
    CHECK(stored->lines.at(0).summary == QStringLiteral("提现"));
    CHECK(stored->lines.at(0).account == ledger.account("1001"));
    CHECK(stored->lines.at(0).debit == 123450);
    CHECK(stored->lines.at(0).credit == 0);
    CHECK(stored->lines.at(1).summary == QStringLiteral("提现"));
    CHECK(stored->lines.at(1).account == ledger.account("100201"));
    CHECK(stored->lines.at(1).debit == 0);
    CHECK(stored->lines.at(1).credit == 123450);
    CHECK(stored->preparedBy == QStringLiteral("lina"));

    // Ctrl+Shift+N saves and starts the next voucher with an empty grid.
    startAt(edit, 2, VoucherLinesModel::Summary);
    press(edit, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(edit.recordId() == 0);
    CHECK(edit.linesModel()->enteredLines().isEmpty());
    CHECK(edit.numberText() == QStringLiteral("new"));
}

TEST_CASE("Voucher entry: \"=\" fills the balancing amount and Space swaps sides", "[finance][voucheredit]")
{
    Ledger ledger;
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    type(edit, QStringLiteral("Petty cash"));
    typeLine(edit, QStringLiteral("1001"), QStringLiteral("500"), QString());
    // Line 2: the summary repeats; "=" in the debit cell finds that the
    // voucher needs 500.00 on the credit side and puts it there.
    CHECK(editorText(edit) == QStringLiteral("Petty cash"));
    enter(edit);
    type(edit, QStringLiteral("100201"));
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    type(edit, QStringLiteral("="));
    CHECK(edit.linesModel()->line(1).debit == 0);
    CHECK(edit.linesModel()->line(1).credit == 50000);
    CHECK(currentColumn(edit) == VoucherLinesModel::Credit);
    CHECK(edit.differenceText().contains(QStringLiteral("0.00")));
    CHECK(edit.wordsText().contains(QStringLiteral("伍佰元整")));

    // Space moves the amount to the other side, and back.
    press(edit, Qt::Key_Space);
    CHECK(edit.linesModel()->line(1).debit == 50000);
    CHECK(edit.linesModel()->line(1).credit == 0);
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    CHECK(edit.differenceText().contains(QStringLiteral("1,000.00")));
    press(edit, Qt::Key_Space);
    CHECK(edit.linesModel()->line(1).credit == 50000);

    // Delete clears a cell; Ctrl+Delete removes the line.
    press(edit, Qt::Key_Delete);
    CHECK(edit.linesModel()->line(1).credit == 0);
    press(edit, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(edit.linesModel()->enteredLines().size() == 1);
    CHECK(edit.linesModel()->rowCount() == 2);   // the line and the blank one
}

TEST_CASE("Voucher entry: account type-ahead offers leaf accounts only", "[finance][voucheredit]")
{
    Ledger ledger;
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    startAt(edit, 0, VoucherLinesModel::Account);
    type(edit, QStringLiteral("100"));
    auto *account = qobject_cast<AccountEdit *>(edit.cellEditor());
    REQUIRE(account);
    const QStringList offered = account->suggestions();
    INFO(offered.join(QLatin1Char('|')).toStdString());
    CHECK(offered.contains(QStringLiteral("1001 库存现金")));
    CHECK(offered.contains(QStringLiteral("100201 银行存款 / 基本存款账户")));
    for (const QString &text : offered)
        CHECK_FALSE(text.startsWith(QStringLiteral("1002 ")));
    CHECK(offered.size() <= 20);

    // Part of a name finds it too, a parent's name its sub-accounts.
    account->clear();
    typeChinese(edit, QStringLiteral("现金"));
    CHECK(account->suggestions().contains(QStringLiteral("1001 库存现金")));
    account->clear();
    typeChinese(edit, QStringLiteral("银行"));
    CHECK(account->suggestions().contains(QStringLiteral("100201 银行存款 / 基本存款账户")));

    // The parent's code is not taken: the editor stays and says why (the
    // popup closed, as Escape in it does, so nothing is highlighted).
    account->completer()->popup()->hide();
    account->setText(QStringLiteral("1002"));
    enter(edit);
    CHECK(edit.cellEditor() == account);
    CHECK(edit.messageText().contains(QStringLiteral("sub-accounts")));
    CHECK(edit.linesModel()->line(0).account == 0);
    account->setText(QStringLiteral("100201"));
    enter(edit);
    CHECK(edit.linesModel()->line(0).account == ledger.account("100201"));
    CHECK(edit.linesModel()->data(edit.linesModel()->index(0, VoucherLinesModel::Account)).toString()
          == QStringLiteral("100201 银行存款 / 基本存款账户"));
}

TEST_CASE("Voucher entry: a dimension column appears when an account asks for it", "[finance][voucheredit]")
{
    Ledger ledger;
    const qint64 receivable = ledger.account("1122");
    const std::optional<Record> account = ledger.accountant->read(FinanceEntities::account(), receivable);
    REQUIRE(account);
    REQUIRE(ledger.accountant->update(FinanceEntities::account(), receivable, account->version,
                                      {{QStringLiteral("needs_partner"), true}})
                .ok());
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    CHECK(edit.grid()->isColumnHidden(VoucherLinesModel::Partner));
    type(edit, QStringLiteral("Sale"));
    enter(edit);
    type(edit, QStringLiteral("1122"));
    enter(edit);
    // Account → the partner it needs → then the amounts.
    CHECK_FALSE(edit.grid()->isColumnHidden(VoucherLinesModel::Partner));
    CHECK(edit.grid()->isColumnHidden(VoucherLinesModel::Department));
    CHECK(currentColumn(edit) == VoucherLinesModel::Partner);
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    // Saving without the partner names the cell.
    type(edit, QStringLiteral("100"));
    enter(edit);
    CHECK_FALSE(edit.save());
    CHECK(edit.problemText().contains(QStringLiteral("Line 1: 1122 应收账款 needs a partner.")));
    CHECK(currentColumn(edit) == VoucherLinesModel::Partner);
    CHECK(ledger.count("finance_voucher") == 0);
}

TEST_CASE("Voucher entry: a foreign-currency line runs account → 原币 → 汇率 → amount by Enter",
          "[finance][voucheredit][foreigncurrency]")
{
    Ledger ledger;
    const qint64 usd = ledger.accountant->create(FinanceEntities::currency(),
                                                 {{QStringLiteral("code"), QStringLiteral("USD")},
                                                  {QStringLiteral("name"), QStringLiteral("美元")}}).id;
    REQUIRE(usd > 0);
    // A rate from before today, and a later one the voucher must not take.
    REQUIRE(ledger.accountant->create(FinanceEntities::exchangeRate(),
                                      {{QStringLiteral("currency"), usd},
                                       {QStringLiteral("date"), QDate::currentDate().addDays(-3)},
                                       {QStringLiteral("rate"), 7200000}}).ok());
    REQUIRE(ledger.accountant->create(FinanceEntities::exchangeRate(),
                                      {{QStringLiteral("currency"), usd},
                                       {QStringLiteral("date"), QDate::currentDate().addDays(3)},
                                       {QStringLiteral("rate"), 9000000}}).ok());
    REQUIRE(ledger.accountant->create(FinanceEntities::account(),
                                      {{QStringLiteral("code"), QStringLiteral("100202")},
                                       {QStringLiteral("name"), QStringLiteral("美元户")},
                                       {QStringLiteral("category"), QStringLiteral("asset")},
                                       {QStringLiteral("side"), QStringLiteral("debit")},
                                       {QStringLiteral("currency"), usd}}).ok());
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    CHECK(edit.grid()->isColumnHidden(VoucherLinesModel::Foreign));
    type(edit, QStringLiteral("Dollars in"));
    enter(edit);
    type(edit, QStringLiteral("100202"));
    enter(edit);
    // The columns appear; the rate is the day's.
    CHECK_FALSE(edit.grid()->isColumnHidden(VoucherLinesModel::Currency));
    CHECK_FALSE(edit.grid()->isColumnHidden(VoucherLinesModel::Rate));
    CHECK(currentColumn(edit) == VoucherLinesModel::Foreign);
    CHECK(edit.linesModel()->line(0).rate == 7200000);
    type(edit, QStringLiteral("1000"));
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Rate);
    CHECK(edit.linesModel()->line(0).debit == 720000);
    // A rate typed over it: 7.1234 makes 7,123.40.
    type(edit, QStringLiteral("7.1234"));
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    CHECK(edit.linesModel()->line(0).debit == 712340);
    enter(edit);
    CHECK(currentRow(edit) == 1);
    // Line 2: an ordinary account goes straight to the amounts; "=" balances.
    enter(edit);
    type(edit, QStringLiteral("1001"));
    enter(edit);
    CHECK(currentColumn(edit) == VoucherLinesModel::Debit);
    type(edit, QStringLiteral("="));
    CHECK(edit.linesModel()->line(1).credit == 712340);
    REQUIRE(edit.save());
    const Voucher saved = edit.voucher();
    REQUIRE(saved.lines.size() == 2);
    CHECK(saved.lines.at(0).currency == usd);
    CHECK(saved.lines.at(0).foreignAmount == 100000);
    CHECK(saved.lines.at(0).rate == 7123400);
    CHECK(saved.lines.at(1).currency == 0);
    CHECK(ledger.count("finance_voucher") == 1);
}

TEST_CASE("Voucher entry: an unbalanced or incomplete voucher is refused and nothing is written",
          "[finance][voucheredit]")
{
    Ledger ledger;
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    type(edit, QStringLiteral("Cash"));
    typeLine(edit, QStringLiteral("1001"), QStringLiteral("100"), QString());
    typeLine(edit, QStringLiteral("100201"), QString(), QStringLiteral("90"));
    CHECK(edit.differenceText().contains(QStringLiteral("10.00")));
    CHECK(edit.wordsText() == QStringLiteral("Total"));
    QSignalSpy saved(&edit, &RecordEditor::saved);
    CHECK_FALSE(edit.save());
    CHECK(saved.isEmpty());
    CHECK(ledger.count("finance_voucher") == 0);
    CHECK(ledger.count("finance_voucher_line") == 0);
    CHECK(edit.problemText().contains(QStringLiteral("differ by 10.00")));
    CHECK(edit.numberText() == QStringLiteral("new"));
    CHECK(edit.isDirty());

    // A line without its account: named, and its cell selected.
    startAt(edit, 1, VoucherLinesModel::Account);
    press(edit, Qt::Key_Delete);
    CHECK(edit.linesModel()->line(1).account == 0);
    CHECK_FALSE(edit.save());
    CHECK(ledger.count("finance_voucher") == 0);
    CHECK(edit.problemText().contains(QStringLiteral("Line 2: choose an account.")));
    CHECK(currentRow(edit) == 1);
    CHECK(currentColumn(edit) == VoucherLinesModel::Account);
    CHECK(edit.linesModel()->data(edit.linesModel()->index(1, VoucherLinesModel::Account), Qt::BackgroundRole).isValid());
    grabIfAsked(edit, QStringLiteral("refused"));
}

TEST_CASE("Voucher entry: reviewed and posted vouchers are read-only; refusals are shown", "[finance][voucheredit]")
{
    Ledger ledger;
    const qint64 posted = ledger.postedVoucher(20000);
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    REQUIRE(edit.openRecord(posted));
    CHECK(edit.isReadOnly());
    CHECK(edit.stateText() == QStringLiteral("Posted"));
    CHECK(edit.numberText() == QStringLiteral("记-0001"));
    CHECK(edit.title() == QStringLiteral("Voucher 记-0001"));
    CHECK_FALSE(edit.linesModel()->flags(edit.linesModel()->index(0, 0)).testFlag(Qt::ItemIsEditable));
    startAt(edit, 0, VoucherLinesModel::Summary);
    type(edit, QStringLiteral("x"));
    CHECK(edit.cellEditor() == nullptr);
    CHECK_FALSE(edit.isDirty());
    CHECK_FALSE(edit.save());
    CHECK(edit.action(QStringLiteral("reverse"))->isVisible());
    CHECK_FALSE(edit.action(QStringLiteral("review"))->isVisible());
    grabIfAsked(edit, QStringLiteral("posted"));

    // 红字冲销: a red draft with the amounts negated on the same sides.
    REQUIRE(edit.reverse());
    CHECK(edit.recordId() != posted);
    CHECK_FALSE(edit.isReadOnly());
    CHECK(edit.numberText() == QStringLiteral("记-0002"));
    const std::optional<Voucher> red = VoucherBook(*ledger.accountant).load(edit.recordId());
    REQUIRE(red);
    CHECK(red->reverses == posted);
    REQUIRE(red->lines.size() == 2);
    CHECK(red->lines.at(0).debit == -20000);
    CHECK(red->lines.at(1).credit == -20000);

    // The preparer cannot review their own voucher: the refusal is shown.
    CHECK_FALSE(edit.review());
    CHECK(edit.problemText().contains(QStringLiteral("You prepared this voucher; someone else must review it.")));
    CHECK(edit.stateText() == QStringLiteral("Draft"));
    VoucherEdit reviewer(*ledger.manager);
    REQUIRE(reviewer.openRecord(red->id));
    REQUIRE(reviewer.review());
    CHECK(reviewer.stateText() == QStringLiteral("Reviewed"));
    CHECK(reviewer.isReadOnly());
    REQUIRE(reviewer.cancelReview());
    CHECK_FALSE(reviewer.isReadOnly());
}

TEST_CASE("Voucher entry: unsaved changes are asked about before closing", "[finance][voucheredit]")
{
    Ledger ledger;
    VoucherEdit edit(*ledger.accountant);
    showScreen(edit);
    CHECK_FALSE(edit.isDirty());
    CHECK(edit.canClose());
    // A repeated summary on the blank row alone is no change.
    type(edit, QStringLiteral("Cash"));
    enter(edit);
    type(edit, QStringLiteral("1001"));
    enter(edit);
    CHECK(edit.isDirty());

    int asked = 0;
    VoucherEdit::Answer answer = VoucherEdit::Answer::Cancel;
    edit.setSaveQuestion([&](const QString &, const QString &) {
        ++asked;
        return answer;
    });
    QSignalSpy closed(&edit, &RecordEditor::closeRequested);
    press(edit, Qt::Key_Escape);   // closes the open amount editor only
    CHECK(closed.isEmpty());
    CHECK(edit.cellEditor() == nullptr);
    press(edit, Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(closed.isEmpty());
    CHECK(edit.isDirty());

    // Save with an incomplete voucher fails and keeps the screen open.
    answer = VoucherEdit::Answer::Save;
    CHECK_FALSE(edit.canClose());
    CHECK(ledger.count("finance_voucher") == 0);

    answer = VoucherEdit::Answer::Discard;
    press(edit, Qt::Key_Escape);
    CHECK(closed.count() == 1);
    CHECK_FALSE(edit.isDirty());
    CHECK(edit.linesModel()->enteredLines().isEmpty());
    CHECK(asked == 3);
}

TEST_CASE("Voucher entry: screenshots", "[finance][voucheredit][.shots]")
{
    // BACKROOM_SHOTS=1 tst_finance "[.shots]" writes /tmp/voucheredit_*.png.
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        Ledger ledger;
        ledger.postedVoucher(50000);
        Voucher sale;
        sale.date = QDate::currentDate();
        sale.attachments = 2;
        sale.lines = {VoucherLine{0, QStringLiteral("销售商品"), ledger.account("1122"), 3390000, 0},
                      VoucherLine{0, QStringLiteral("销售商品"), ledger.account("5001"), 0, 3000000},
                      VoucherLine{0, QStringLiteral("销售商品"), ledger.account("22210102"), 0, 390000}};
        const Records::Result saved = VoucherBook(*ledger.accountant).save(sale);
        REQUIRE(saved.ok());
        VoucherEdit edit(*ledger.accountant);
        showScreen(edit);
        REQUIRE(edit.openRecord(saved.id));
        grabIfAsked(edit, language + QStringLiteral("_draft"));
        edit.newRecord();
        type(edit, QStringLiteral("Office"));
        typeLine(edit, QStringLiteral("560201"), QStringLiteral("860"), QString());
        enter(edit);
        type(edit, QStringLiteral("1001"));
        enter(edit);
        grabIfAsked(edit, language + QStringLiteral("_typing"));
        REQUIRE(edit.openRecord(1));
        grabIfAsked(edit, language + QStringLiteral("_posted"));
    }
    Localization::apply(QStringLiteral("en"));
}
