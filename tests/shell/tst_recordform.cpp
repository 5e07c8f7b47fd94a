// The generic form: editors chosen from the declaration, saving a record
// with its lines in one transaction, validation next to the field, the
// row-version conflict, the unsaved-changes question, undo and redo, the
// reference picker and the entity page that joins list and form.
#include "attachmentfieldedit.h"
#include "childlineseditor.h"
#include "companyfile.h"
#include "database.h"
#include "dateedit.h"
#include "entity.h"
#include "entitypage.h"
#include "fieldeditor.h"
#include "localization.h"
#include "moneyedit.h"
#include "recordformview.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"
#include "referencepicker.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTimer>

#include <QTableWidget>

#include <QDialog>

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <thread>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

QList<Entity> declarations()
{
    Entity partner(QStringLiteral("test.partner"), label("Partner"), label("Partners"));
    partner.add(Field::text(QStringLiteral("code"), label("Code"), 20).unique().searchable())
        .add(Field::text(QStringLiteral("name"), label("Name")).required().searchable())
        .add(Field::text(QStringLiteral("bank_account"), label("Bank account"), 34).sensitive())
        .displayField(QStringLiteral("name"));

    Entity order(QStringLiteral("test.order"), label("Order"), label("Orders"));
    order.add(Field::text(QStringLiteral("number"), label("Number")).required().unique().searchable())
        .add(Field::reference(QStringLiteral("partner"), label("Partner"), QStringLiteral("test.partner")).required())
        .add(Field::date(QStringLiteral("ordered_on"), label("Ordered on")))
        .add(Field::money(QStringLiteral("deposit"), label("Deposit")).range(0, 100000000))
        .add(Field::choice(QStringLiteral("priority"), label("Priority"),
                           {{QStringLiteral("normal"), label("Normal")}, {QStringLiteral("rush"), label("Rush")}})
                 .required()
                 .defaultValue(QStringLiteral("normal")))
        .add(Field::boolean(QStringLiteral("paid"), label("Paid")))
        .add(Field::longText(QStringLiteral("remarks"), label("Remarks")))
        .add(Field::attachment(QStringLiteral("signed_copy"), label("Signed copy")))
        .add(Field::childLines(QStringLiteral("lines"), label("Lines"), QStringLiteral("test.order_line"),
                               QStringLiteral("order_id"))
                 .orderedBy(QStringLiteral("position")));

    Entity line(QStringLiteral("test.order_line"), label("Order line"), label("Order lines"));
    line.add(Field::reference(QStringLiteral("order_id"), label("Order"), QStringLiteral("test.order")).required())
        .add(Field::integer(QStringLiteral("position"), label("Line")))
        .add(Field::text(QStringLiteral("item"), label("Item")).required())
        .add(Field::quantity(QStringLiteral("quantity"), label("Quantity"), 3).required())
        .add(Field::money(QStringLiteral("price"), label("Unit price")).required())
        .add(Field::money(QStringLiteral("amount"), label("Amount")).computed([](const QVariantMap &values) {
            // Quantity has three decimals: amount = quantity × price / 1000, half up.
            const qint64 product = values.value(QStringLiteral("quantity")).toLongLong()
                                 * values.value(QStringLiteral("price")).toLongLong();
            return QVariant((product + 500) / 1000);
        }))
        .archivable(false);
    return {partner, order, line};
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
    qint64 acme = 0;
    qint64 huawei = 0;

    // onServer: on the test server whatever the backend of the run (the
    // cases only a server has: deadlocks, a dropped connection).
    explicit Fixture(bool onServer = false)
    {
        company = BackroomTests::openCompanyWith(onServer ? BackroomTests::freshServerCompany(QStringLiteral("form"))
                                                          : dir.filePath(QStringLiteral("form.backroom")),
                                                  QStringLiteral("test"), declarations(), &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
        acme = records->create(QStringLiteral("test.partner"), {{QStringLiteral("code"), QStringLiteral("P001")},
                                                                {QStringLiteral("name"), QStringLiteral("Acme Trading")},
                                                                {QStringLiteral("bank_account"),
                                                                 QStringLiteral("6222020012345678")}})
                   .id;
        huawei = records->create(QStringLiteral("test.partner"), {{QStringLiteral("code"), QStringLiteral("P002")},
                                                                  {QStringLiteral("name"), QString::fromUtf8("华为技术")}})
                     .id;
        REQUIRE(acme > 0);
        REQUIRE(huawei > 0);
    }

    qint64 count(const char *table)
    {
        return company->database().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
    }
};

// Types into a line edit and leaves it, as a clerk does.
void typeInto(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    emit edit->editingFinished();
}

void fillOrder(RecordFormView &form, Fixture &f, const QString &number)
{
    form.setValue(QStringLiteral("number"), number);
    form.setValue(QStringLiteral("partner"), f.acme);
    form.setValue(QStringLiteral("ordered_on"), QDate(2026, 11, 26));
    ChildLinesEditor *lines = form.linesEditor(QStringLiteral("lines"));
    REQUIRE(lines);
    lines->addLine();
    lines->setValue(0, QStringLiteral("item"), QStringLiteral("A4 paper"));
    lines->setValue(0, QStringLiteral("quantity"), qint64(2500));   // 2.500
    lines->setValue(0, QStringLiteral("price"), qint64(3990));      // 39.90
    lines->addLine();
    lines->setValue(1, QStringLiteral("item"), QStringLiteral("Toner"));
    lines->setValue(1, QStringLiteral("quantity"), qint64(1000));
    lines->setValue(1, QStringLiteral("price"), qint64(45000));
}

} // namespace

TEST_CASE("The form builds an editor of the right kind for every field", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    CHECK(qobject_cast<QLineEdit *>(form.editor(QStringLiteral("number"))->widget()));
    CHECK(qobject_cast<ReferencePicker *>(form.editor(QStringLiteral("partner"))->widget()));
    CHECK(qobject_cast<DateEdit *>(form.editor(QStringLiteral("ordered_on"))->widget()));
    CHECK(qobject_cast<MoneyEdit *>(form.editor(QStringLiteral("deposit"))->widget()));
    CHECK(qobject_cast<QComboBox *>(form.editor(QStringLiteral("priority"))->widget()));
    CHECK(qobject_cast<QCheckBox *>(form.editor(QStringLiteral("paid"))->widget()));
    CHECK(qobject_cast<QPlainTextEdit *>(form.editor(QStringLiteral("remarks"))->widget()));
    ChildLinesEditor *lines = form.linesEditor(QStringLiteral("lines"));
    REQUIRE(lines);
    // The parent reference and the order field are the form's business, not columns.
    CHECK(lines->columns() == QStringList{QStringLiteral("item"), QStringLiteral("quantity"), QStringLiteral("price"),
                                          QStringLiteral("amount")});
    // A new record starts from the declared defaults and is not dirty.
    CHECK(form.value(QStringLiteral("priority")).toString() == QStringLiteral("normal"));
    CHECK_FALSE(form.isDirty());
    CHECK(form.title() == QStringLiteral("New order"));
    // Required fields are marked in their labels.
    CHECK(form.findChild<QLabel *>(QStringLiteral("label-number"))->text() == QStringLiteral("Number *"));
}

TEST_CASE("A new record is saved with its lines in one transaction", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-1"));
    ChildLinesEditor *lines = form.linesEditor(QStringLiteral("lines"));
    // 2.500 × 39.90 = 99.75; 1 × 450.00 = 450.00
    CHECK(lines->value(0, QStringLiteral("amount")).toLongLong() == 9975);
    CHECK(lines->total(QStringLiteral("amount")) == 54975);
    CHECK(lines->totalsText().contains(QStringLiteral("549.75")));
    CHECK(form.isDirty());

    REQUIRE(form.save());
    CHECK(form.recordId() > 0);
    CHECK_FALSE(form.isDirty());
    const auto order = f.records->read(QStringLiteral("test.order"), form.recordId());
    REQUIRE(order);
    CHECK(order->value(QStringLiteral("number")).toString() == QStringLiteral("PO-1"));
    CHECK(order->value(QStringLiteral("partner")).toLongLong() == f.acme);
    CHECK(order->value(QStringLiteral("ordered_on")).toDate() == QDate(2026, 11, 26));
    CHECK(order->value(QStringLiteral("priority")).toString() == QStringLiteral("normal"));

    QSqlQuery query(f.company->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT position, item, quantity, price FROM test_order_line "
                                      "WHERE order_id = %1 ORDER BY position").arg(form.recordId())));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 1);
    CHECK(query.value(1).toString() == QStringLiteral("A4 paper"));
    CHECK(query.value(2).toLongLong() == 2500);
    CHECK(query.value(3).toLongLong() == 3990);
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 2);
    CHECK(query.value(1).toString() == QStringLiteral("Toner"));
    CHECK_FALSE(query.next());
    query.finish();
    // Reopened, the form shows exactly what was saved.
    RecordFormView again(*f.records, QStringLiteral("test.order"));
    REQUIRE(again.openRecord(form.recordId()));
    CHECK(again.linesEditor(QStringLiteral("lines"))->lineCount() == 2);
    CHECK(again.linesEditor(QStringLiteral("lines"))->total(QStringLiteral("amount")) == 54975);
    CHECK(again.title() == QStringLiteral("PO-1"));
    CHECK_FALSE(again.isDirty());
}

TEST_CASE("A bad line saves nothing, not even the record", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-2"));
    ChildLinesEditor *lines = form.linesEditor(QStringLiteral("lines"));
    lines->setValue(1, QStringLiteral("item"), QVariant());   // required
    CHECK_FALSE(form.save());
    CHECK(form.recordId() == 0);
    CHECK(f.count("test_order") == 0);
    CHECK(f.count("test_order_line") == 0);
    CHECK(form.problemText().contains(QStringLiteral("Lines")));
    CHECK(form.fieldError(QStringLiteral("lines")).contains(QStringLiteral("Line 2")));
    CHECK(form.fieldError(QStringLiteral("lines")).contains(QStringLiteral("Item")));
    // Fixed, the same form saves.
    lines->setValue(1, QStringLiteral("item"), QStringLiteral("Toner"));
    CHECK(form.save());
    CHECK(f.count("test_order_line") == 2);
}

TEST_CASE("Validation is shown next to each failing field and nothing is written", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    form.show();
    form.setValue(QStringLiteral("deposit"), qint64(100));
    CHECK_FALSE(form.save());
    CHECK(f.count("test_order") == 0);
    CHECK(form.fieldError(QStringLiteral("number")) == QStringLiteral("Number is required."));
    CHECK(form.fieldError(QStringLiteral("partner")) == QStringLiteral("Partner is required."));
    CHECK(form.fieldError(QStringLiteral("deposit")).isEmpty());
    auto *error = form.findChild<QLabel *>(QStringLiteral("error-number"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Number is required."));
    CHECK_FALSE(form.problemText().isEmpty());

    // A unique value already taken is named too.
    fillOrder(form, f, QStringLiteral("PO-3"));
    REQUIRE(form.save());
    RecordFormView second(*f.records, QStringLiteral("test.order"));
    second.setValue(QStringLiteral("number"), QStringLiteral("PO-3"));
    second.setValue(QStringLiteral("partner"), f.huawei);
    CHECK_FALSE(second.save());
    CHECK(second.fieldError(QStringLiteral("number")).contains(QStringLiteral("already used")));
    CHECK(f.count("test_order") == 1);
}

TEST_CASE("The amount editor reads what clerks type and refuses the rest", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    form.show();
    auto *deposit = qobject_cast<MoneyEdit *>(form.editor(QStringLiteral("deposit"))->widget());
    REQUIRE(deposit);
    typeInto(deposit, QStringLiteral("1,234.5"));
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 123450);
    CHECK(deposit->text() == QStringLiteral("1,234.50"));
    typeInto(deposit, QStringLiteral("1234.56"));
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 123456);
    typeInto(deposit, QStringLiteral("12.345"));   // a third decimal is not rounded away
    CHECK(form.fieldError(QStringLiteral("deposit")).contains(QStringLiteral("12.345")));
    CHECK(deposit->text() == QStringLiteral("12.345"));
    form.setValue(QStringLiteral("number"), QStringLiteral("PO-4"));
    form.setValue(QStringLiteral("partner"), f.acme);
    CHECK_FALSE(form.save());
    CHECK(f.count("test_order") == 0);
    typeInto(deposit, QStringLiteral("12.34"));
    CHECK(form.fieldError(QStringLiteral("deposit")).isEmpty());
    REQUIRE(form.save());
    CHECK(f.records->read(QStringLiteral("test.order"), form.recordId())->value(QStringLiteral("deposit")).toLongLong()
          == 1234);
}

TEST_CASE("Someone else's save is never overwritten", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-5"));
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    const qint64 version = form.recordVersion();

    // Another clerk (another records service, as on another desk) saves first.
    Records other(f.company->database(), f.entities, QStringLiteral("wangfang"));
    REQUIRE(other.update(QStringLiteral("test.order"), id, version, {{QStringLiteral("remarks"), QStringLiteral("urgent")}})
                .ok());

    form.setValue(QStringLiteral("deposit"), qint64(5000));
    CHECK_FALSE(form.save());
    CHECK(form.lastResult().code == Records::Result::Code::Conflict);
    CHECK(form.problemText().contains(QStringLiteral("wangfang")));
    const auto stored = f.records->read(QStringLiteral("test.order"), id);
    CHECK(stored->value(QStringLiteral("remarks")).toString() == QStringLiteral("urgent"));
    CHECK(stored->value(QStringLiteral("deposit")).isNull());
    // Compare: what they changed next to what the clerk entered.
    const QList<RecordFormView::Difference> differences = form.differencesFromSaved();
    REQUIRE(differences.size() == 2);
    CHECK(differences.at(0).field == QStringLiteral("deposit"));
    CHECK_FALSE(differences.at(0).changedByOthers);
    CHECK(differences.at(0).yours == QStringLiteral("50.00"));
    CHECK(differences.at(0).saved.isEmpty());
    CHECK(differences.at(1).field == QStringLiteral("remarks"));
    CHECK(differences.at(1).changedByOthers);
    CHECK(differences.at(1).saved == QStringLiteral("urgent"));
    bool compared = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *table = dialog->findChild<QTableWidget *>();
        REQUIRE(table);
        compared = table->rowCount() == 2 && table->item(1, 2)->text() == QStringLiteral("urgent")
                   && table->item(1, 0)->font().bold() && !table->item(0, 0)->font().bold();
        if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
            dialog->grab().save(QStringLiteral("/tmp/form-compare.png"));
        dialog->reject();
    });
    form.compareWithSaved();
    CHECK(compared);
    CHECK(form.isDirty()); // closing the comparison keeps the clerk's changes
    // Reload shows their version; the clerk's change is gone, nothing merged.
    form.reload();
    CHECK(form.value(QStringLiteral("remarks")).toString() == QStringLiteral("urgent"));
    CHECK_FALSE(form.isDirty());
}

TEST_CASE("Leaving with unsaved changes asks first", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-6"));
    QStringList asked;
    RecordFormView::Answer answer = RecordFormView::Answer::Cancel;
    form.setSaveQuestion([&](const QString &, const QString &text) {
        asked.append(text);
        return answer;
    });
    CHECK_FALSE(form.canClose());
    CHECK(asked.size() == 1);
    CHECK(form.isDirty());

    answer = RecordFormView::Answer::Save;
    CHECK(form.canClose());
    CHECK(f.count("test_order") == 1);

    form.setValue(QStringLiteral("remarks"), QStringLiteral("call first"));
    answer = RecordFormView::Answer::Discard;
    CHECK(form.canClose());
    CHECK(form.value(QStringLiteral("remarks")).isNull());
    CHECK(f.records->read(QStringLiteral("test.order"), form.recordId())->value(QStringLiteral("remarks")).isNull());
    // Nothing changed: no question.
    asked.clear();
    CHECK(form.canClose());
    CHECK(asked.isEmpty());
}

TEST_CASE("Undo and redo step through the edits of a form", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    form.setValue(QStringLiteral("number"), QStringLiteral("PO-7"));
    form.setValue(QStringLiteral("remarks"), QStringLiteral("first"));
    form.setValue(QStringLiteral("remarks"), QStringLiteral("second"));   // merges with the edit before
    form.linesEditor(QStringLiteral("lines"))->addLine();
    QUndoStack *undo = form.undoStack();
    CHECK(undo->count() == 3);

    undo->undo();
    CHECK(form.linesEditor(QStringLiteral("lines"))->lineCount() == 0);
    undo->undo();
    CHECK(form.value(QStringLiteral("remarks")).isNull());
    CHECK(form.value(QStringLiteral("number")).toString() == QStringLiteral("PO-7"));
    undo->undo();
    CHECK(form.value(QStringLiteral("number")).isNull());
    CHECK_FALSE(form.isDirty());
    undo->redo();
    undo->redo();
    CHECK(form.value(QStringLiteral("remarks")).toString() == QStringLiteral("second"));
    CHECK(form.isDirty());
    form.revert();
    CHECK(form.value(QStringLiteral("number")).isNull());
    CHECK(undo->count() == 0);
}

TEST_CASE("Lines are reordered and removed with the record", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-8"));
    form.linesEditor(QStringLiteral("lines"))->addLine();
    ChildLinesEditor *lines = form.linesEditor(QStringLiteral("lines"));
    lines->setValue(2, QStringLiteral("item"), QStringLiteral("Stapler"));
    lines->setValue(2, QStringLiteral("quantity"), qint64(1000));
    lines->setValue(2, QStringLiteral("price"), qint64(1200));
    REQUIRE(form.save());
    const qint64 id = form.recordId();

    // Move "Stapler" to the top and drop "Toner".
    lines->table()->setCurrentIndex(lines->table()->model()->index(2, 0));
    lines->moveCurrentLine(-1);
    lines->moveCurrentLine(-1);
    lines->table()->setCurrentIndex(lines->table()->model()->index(2, 0));
    lines->removeCurrentLine();
    REQUIRE(form.save());

    QSqlQuery query(f.company->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT item FROM test_order_line WHERE order_id = %1 ORDER BY position").arg(id)));
    QStringList items;
    while (query.next())
        items.append(query.value(0).toString());
    query.finish();
    CHECK(items == QStringList{QStringLiteral("Stapler"), QStringLiteral("A4 paper")});
}

TEST_CASE("The reference picker finds records as the clerk types", "[form][backends]")
{
    Fixture f;
    ReferencePicker picker(*f.records, QStringLiteral("test.partner"));
    picker.show();
    picker.setFocus();
    QTest::keyClicks(&picker, QStringLiteral("acm"));
    picker.searchNow();
    CHECK(picker.suggestions() == QStringList{QString::fromUtf8("Acme Trading  ·  P001")});
    // Leaving with text that names one record picks it.
    emit picker.editingFinished();
    CHECK(picker.recordId() == f.acme);
    CHECK(picker.text() == QStringLiteral("Acme Trading"));
    CHECK(picker.inputError().isEmpty());

    picker.selectAll();
    QTest::keyClicks(&picker, QStringLiteral("Nobody"));
    emit picker.editingFinished();
    CHECK(picker.recordId() == f.acme);   // unchanged until corrected
    CHECK(picker.inputError().contains(QStringLiteral("Nobody")));

    picker.clear();
    emit picker.editingFinished();
    CHECK(picker.recordId() == 0);
    CHECK(picker.inputError().isEmpty());
    // Chinese names, and codes.
    picker.setText(QString::fromUtf8("华为"));
    emit picker.editingFinished();
    CHECK(picker.recordId() == f.huawei);
    picker.setText(QStringLiteral("P001"));
    emit picker.editingFinished();
    CHECK(picker.recordId() == f.acme);
}

TEST_CASE("Sensitive fields are masked in the form until revealed", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.partner"));
    REQUIRE(form.openRecord(f.acme));
    FieldEditor *bank = form.editor(QStringLiteral("bank_account"));
    auto *edit = qobject_cast<QLineEdit *>(bank->widget());
    REQUIRE(edit);
    CHECK(bank->isMasked());
    CHECK(edit->text() == RecordListModel::masked(QStringLiteral("6222020012345678")));
    CHECK_FALSE(edit->text().contains(QStringLiteral("2012345")));
    CHECK(edit->isReadOnly());
    bool allowed = false;
    form.setRevealCheck([&](const QString &) { return allowed; });
    emit bank->revealRequested();
    CHECK(bank->isMasked());
    allowed = true;
    emit bank->revealRequested();
    CHECK_FALSE(bank->isMasked());
    CHECK(edit->text() == QStringLiteral("6222020012345678"));
    CHECK_FALSE(edit->isReadOnly());
    // A masked field is never written back as its mask.
    RecordFormView other(*f.records, QStringLiteral("test.partner"));
    REQUIRE(other.openRecord(f.acme));
    other.setValue(QStringLiteral("name"), QStringLiteral("Acme Trading Ltd."));
    REQUIRE(other.save());
    CHECK(f.records->read(QStringLiteral("test.partner"), f.acme)->value(QStringLiteral("bank_account")).toString()
          == QStringLiteral("6222020012345678"));
}

TEST_CASE("The entity page opens the form from the list and returns to it", "[form][backends]")
{
    Fixture f;
    EntityPage page(*f.records, QStringLiteral("test.partner"));
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    RecordListView *list = page.listView();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    list->tableView()->setFocus();
    list->tableView()->setCurrentIndex(list->model()->index(0, 0));
    const qint64 first = list->currentId();
    QTest::keyClick(list->tableView(), Qt::Key_Return);
    REQUIRE(page.isEditing());
    CHECK(page.editor()->recordId() == first);

    auto *form = qobject_cast<RecordFormView *>(page.editor());
    REQUIRE(form);
    form->setValue(QStringLiteral("code"), QStringLiteral("P900"));
    REQUIRE(form->save());
    form->backAction()->trigger();
    CHECK_FALSE(page.isEditing());
    CHECK(list->currentId() == first);

    // Ctrl+N on the list starts a new record in the form.
    list->newAction()->trigger();
    CHECK(page.isEditing());
    CHECK(page.editor()->recordId() == 0);
    CHECK(page.showList());
}

TEST_CASE("An attachment field stores the chosen file in the company", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    auto *signedCopy = qobject_cast<AttachmentFieldEdit *>(form.editor(QStringLiteral("signed_copy"))->widget());
    REQUIRE(signedCopy);
    fillOrder(form, f, QStringLiteral("PO-9"));

    // A file that cannot be read is named and nothing is saved.
    CHECK_FALSE(signedCopy->chooseFile(f.dir.filePath(QStringLiteral("missing.pdf"))));
    emit form.editor(QStringLiteral("signed_copy"))->edited();
    CHECK_FALSE(form.save());
    CHECK(form.fieldError(QStringLiteral("signed_copy")).contains(QStringLiteral("missing.pdf")));
    CHECK(f.count("test_order") == 0);

    QFile scan(f.dir.filePath(QStringLiteral("contract.pdf")));
    REQUIRE(scan.open(QIODevice::WriteOnly));
    scan.write(QByteArray("%PDF-1.4 signed contract"));
    scan.close();
    REQUIRE(signedCopy->chooseFile(scan.fileName()));
    CHECK(signedCopy->text().startsWith(QStringLiteral("contract.pdf")));
    REQUIRE(form.save());
    const qint64 attachment = f.records->read(QStringLiteral("test.order"), form.recordId())
                                  ->value(QStringLiteral("signed_copy"))
                                  .toLongLong();
    CHECK(attachment > 0);
    CHECK(f.company->database()
              .scalar(QStringLiteral("SELECT file_name FROM backroom_attachment WHERE id = ?"), {attachment})
              ->toString()
          == QStringLiteral("contract.pdf"));
}

namespace {

// An order PO-n saved through a form, then changed by another clerk
// (wangfang) while this form still holds its own edits: both changed the
// deposit and the lines, only wangfang the remarks, only this clerk the
// priority. Returns the order's id.
qint64 conflictingEdits(RecordFormView &form, Fixture &f, const QString &number)
{
    fillOrder(form, f, number);
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    const QList<ChildLinesEditor::Line> saved = form.linesEditor(QStringLiteral("lines"))->lines();
    REQUIRE(saved.size() == 2);

    Records other(f.company->database(), f.entities, QStringLiteral("wangfang"));
    REQUIRE(other.update(QStringLiteral("test.order"), id, form.recordVersion(),
                         {{QStringLiteral("remarks"), QStringLiteral("urgent")}, {QStringLiteral("deposit"), qint64(1000)}})
                .ok());
    // Toner at a new price.
    REQUIRE(other.update(QStringLiteral("test.order_line"), saved.at(1).id, saved.at(1).version,
                         {{QStringLiteral("price"), qint64(47000)}})
                .ok());

    form.setValue(QStringLiteral("deposit"), qint64(5000));
    form.setValue(QStringLiteral("priority"), QStringLiteral("rush"));
    form.linesEditor(QStringLiteral("lines"))->setValue(0, QStringLiteral("quantity"), qint64(3000));
    REQUIRE_FALSE(form.save());
    REQUIRE(form.lastResult().code == Records::Result::Code::Conflict);
    return id;
}

struct StoredLine
{
    QString item;
    qint64 quantity = 0;
    qint64 price = 0;
    bool operator==(const StoredLine &other) const
    {
        return item == other.item && quantity == other.quantity && price == other.price;
    }
};

QList<StoredLine> storedLines(Fixture &f, qint64 orderId)
{
    QSqlQuery query(f.company->database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT item, quantity, price FROM test_order_line WHERE order_id = %1 "
                                      "ORDER BY position").arg(orderId)));
    QList<StoredLine> lines;
    while (query.next())
        lines.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()});
    query.finish();
    return lines;
}

// Another connection to the fixture's company, as another desk has.
std::unique_ptr<Database> secondConnection(Fixture &f)
{
    QString error;
    std::unique_ptr<Database> other = Database::reopen(f.company->database().connectionInfo(), false, &error);
    INFO(error.toStdString());
    REQUIRE(other);
    return other;
}

// The comparison dialog the form shows, handled by `act` while it is open.
void withCompareDialog(RecordFormView &form, const std::function<void(QDialog *)> &act)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    form.compareWithSaved();
    CHECK(seen);
}

} // namespace

TEST_CASE("Keep mine: the clerk's changes go on top of the saved version and are saved as usual", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    const qint64 id = conflictingEdits(form, f, QStringLiteral("PO-10"));
    const qint64 theirVersion = f.records->read(QStringLiteral("test.order"), id)->version;

    // Who changed what: the deposit and the lines by both, the remarks by
    // them, the priority by this clerk.
    QHash<QString, RecordFormView::Difference> differences;
    for (const RecordFormView::Difference &difference : form.differencesFromSaved())
        differences.insert(difference.field, difference);
    REQUIRE(differences.size() == 4);
    CHECK(differences.value(QStringLiteral("deposit")).changedByOthers);
    CHECK(differences.value(QStringLiteral("deposit")).changedByYou);
    CHECK(differences.value(QStringLiteral("deposit")).yours == QStringLiteral("50.00"));
    CHECK(differences.value(QStringLiteral("deposit")).saved == QStringLiteral("10.00"));
    CHECK(differences.value(QStringLiteral("lines")).changedByOthers);
    CHECK(differences.value(QStringLiteral("lines")).changedByYou);
    // Lines as a whole, each as the grid shows it.
    CHECK(differences.value(QStringLiteral("lines")).yours
          == QString::fromUtf8("2 lines\nA4 paper · 3.000 · 39.90\nToner · 1.000 · 450.00"));
    CHECK(differences.value(QStringLiteral("lines")).saved
          == QString::fromUtf8("2 lines\nA4 paper · 2.500 · 39.90\nToner · 1.000 · 470.00"));
    CHECK(differences.value(QStringLiteral("remarks")).changedByOthers);
    CHECK_FALSE(differences.value(QStringLiteral("remarks")).changedByYou);
    CHECK_FALSE(differences.value(QStringLiteral("priority")).changedByOthers);
    CHECK(differences.value(QStringLiteral("priority")).changedByYou);

    REQUIRE(form.keepMine());
    // Their version is the base now; the clerk's changes sit on it, unsaved.
    CHECK(form.recordVersion() == theirVersion);
    CHECK(form.isDirty());
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 5000);
    CHECK(form.value(QStringLiteral("priority")).toString() == QStringLiteral("rush"));
    CHECK(form.value(QStringLiteral("remarks")).toString() == QStringLiteral("urgent"));
    CHECK(form.problemText().contains(QStringLiteral("wangfang")));
    CHECK(f.records->read(QStringLiteral("test.order"), id)->value(QStringLiteral("deposit")).toLongLong() == 1000);
    // One step back is their version.
    form.undoStack()->undo();
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 1000);
    CHECK_FALSE(form.isDirty());
    form.undoStack()->redo();
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 5000);

    REQUIRE(form.save());
    const auto stored = f.records->read(QStringLiteral("test.order"), id);
    CHECK(stored->version == theirVersion + 1);
    CHECK(stored->value(QStringLiteral("deposit")).toLongLong() == 5000);
    CHECK(stored->value(QStringLiteral("priority")).toString() == QStringLiteral("rush"));
    CHECK(stored->value(QStringLiteral("remarks")).toString() == QStringLiteral("urgent"));
    // The lines as the clerk had them, as a whole: their Toner price is gone.
    CHECK(storedLines(f, id) == QList<StoredLine>{{QStringLiteral("A4 paper"), 3000, 3990},
                                                  {QStringLiteral("Toner"), 1000, 45000}});
    CHECK_FALSE(form.isDirty());
}

TEST_CASE("Keep mine is an ordinary save: a third change in between is refused again", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    const qint64 id = conflictingEdits(form, f, QStringLiteral("PO-11"));
    REQUIRE(form.keepMine());
    Records third(f.company->database(), f.entities, QStringLiteral("zhaolei"));
    REQUIRE(third.update(QStringLiteral("test.order"), id, form.recordVersion(),
                         {{QStringLiteral("remarks"), QStringLiteral("call before delivery")}})
                .ok());
    CHECK_FALSE(form.save());
    CHECK(form.lastResult().code == Records::Result::Code::Conflict);
    CHECK(form.problemText().contains(QStringLiteral("zhaolei")));
    const auto stored = f.records->read(QStringLiteral("test.order"), id);
    CHECK(stored->value(QStringLiteral("deposit")).toLongLong() == 1000);
    CHECK(stored->value(QStringLiteral("remarks")).toString() == QStringLiteral("call before delivery"));
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 5000);

    // Deleted meanwhile: nothing to keep the changes on; they stay in the form.
    const qint64 version = f.records->read(QStringLiteral("test.order"), id)->version;
    for (const ChildLinesEditor::Line &line : form.linesEditor(QStringLiteral("lines"))->lines())
        if (line.id)
            REQUIRE(third.remove(QStringLiteral("test.order_line"), line.id,
                                 f.records->read(QStringLiteral("test.order_line"), line.id)->version)
                        .ok());
    REQUIRE(third.remove(QStringLiteral("test.order"), id, version).ok());
    CHECK_FALSE(form.keepMine());
    CHECK(form.problemText().contains(QStringLiteral("no longer exists")));
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 5000);
    CHECK(form.isDirty());
}

TEST_CASE("The comparison marks what both changed and keeps whose value the clerk chooses, field by field",
          "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    const qint64 id = conflictingEdits(form, f, QStringLiteral("PO-12"));
    withCompareDialog(form, [&](QDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>();
        REQUIRE(table);
        REQUIRE(table->rowCount() == 4);
        QHash<QString, int> rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.insert(table->item(row, 0)->text(), row);
        // Both changed: marked; only one of them: not.
        CHECK_FALSE(table->item(rows.value(QStringLiteral("Deposit")), 0)->icon().isNull());
        CHECK_FALSE(table->item(rows.value(QStringLiteral("Lines")), 0)->icon().isNull());
        CHECK(table->item(rows.value(QStringLiteral("Remarks")), 0)->icon().isNull());
        CHECK(table->item(rows.value(QStringLiteral("Priority")), 0)->icon().isNull());
        // Whose value each keeps until the clerk chooses: theirs where only
        // they changed it, the clerk's elsewhere.
        const auto choice = [&](const char *field) {
            auto *box = dialog->findChild<QComboBox *>(QStringLiteral("keep-") + QLatin1String(field));
            REQUIRE(box);
            return box;
        };
        CHECK(choice("deposit")->currentText() == QStringLiteral("Mine"));
        CHECK(choice("lines")->currentText() == QStringLiteral("Mine"));
        CHECK(choice("priority")->currentText() == QStringLiteral("Mine"));
        CHECK(choice("remarks")->currentText() == QStringLiteral("Theirs"));
        if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
            dialog->resize(760, 420);
            dialog->grab().save(QStringLiteral("/tmp/form-keepmine-%1.png").arg(QLocale().name()));
        }
        // Their deposit and their lines after all; the clerk's priority.
        choice("deposit")->setCurrentIndex(1);
        choice("lines")->setCurrentIndex(1);
        auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("keepMine"));
        REQUIRE(keep);
        REQUIRE(keep->isEnabled());
        keep->click();
    });
    CHECK(form.isDirty());
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 1000);
    CHECK(form.value(QStringLiteral("priority")).toString() == QStringLiteral("rush"));
    REQUIRE(form.save());
    const auto stored = f.records->read(QStringLiteral("test.order"), id);
    CHECK(stored->value(QStringLiteral("deposit")).toLongLong() == 1000);
    CHECK(stored->value(QStringLiteral("priority")).toString() == QStringLiteral("rush"));
    CHECK(stored->value(QStringLiteral("remarks")).toString() == QStringLiteral("urgent"));
    CHECK(storedLines(f, id) == QList<StoredLine>{{QStringLiteral("A4 paper"), 2500, 3990},
                                                  {QStringLiteral("Toner"), 1000, 47000}});
}

TEST_CASE("Kept lines come back as new where the other clerk deleted them", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-13"));
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    const ChildLinesEditor::Line toner = form.linesEditor(QStringLiteral("lines"))->lines().at(1);
    Records other(f.company->database(), f.entities, QStringLiteral("wangfang"));
    REQUIRE(other.remove(QStringLiteral("test.order_line"), toner.id, toner.version).ok());
    REQUIRE(other.update(QStringLiteral("test.order"), id, form.recordVersion(),
                         {{QStringLiteral("remarks"), QStringLiteral("no toner")}})
                .ok());
    form.linesEditor(QStringLiteral("lines"))->setValue(1, QStringLiteral("price"), qint64(44000));
    REQUIRE_FALSE(form.save());
    REQUIRE(form.keepMine());
    REQUIRE(form.save());
    CHECK(storedLines(f, id) == QList<StoredLine>{{QStringLiteral("A4 paper"), 2500, 3990},
                                                  {QStringLiteral("Toner"), 1000, 44000}});
    CHECK(f.records->read(QStringLiteral("test.order"), id)->value(QStringLiteral("remarks")).toString()
          == QStringLiteral("no toner"));
}

TEST_CASE("A save the database cannot take now keeps the edits and offers Try Again", "[form][backends]")
{
    Fixture f;
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    form.show();
    fillOrder(form, f, QStringLiteral("PO-14"));
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    Database &mine = f.company->database();
    std::unique_ptr<Database> other = secondConnection(f);
    // Another clerk's transaction holds what this save needs, longer than
    // this connection waits.
    if (mine.dialect().kind() == SqlDialect::Kind::Postgres) {
        REQUIRE(mine.exec(QStringLiteral("SET lock_timeout = '200ms'")));
        REQUIRE(other->exec(QStringLiteral("BEGIN")));
        REQUIRE(other->scalar(QStringLiteral("SELECT id FROM test_order WHERE id = ? FOR UPDATE"), {id}));
    } else {
        REQUIRE(mine.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
        REQUIRE(other->exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    form.setValue(QStringLiteral("deposit"), qint64(7000));
    CHECK_FALSE(form.save());
    CHECK(form.lastResult().code == Records::Result::Code::Failed);
    INFO(form.problemText().toStdString());
    CHECK(form.problemText().contains(QStringLiteral("is busy")));
    CHECK(form.problemText().contains(QStringLiteral("Your changes are still here")));
    auto *retry = form.findChild<QPushButton *>(QStringLiteral("retrySave"));
    REQUIRE(retry);
    CHECK(retry->isVisible());
    CHECK(form.isDirty());
    CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 7000);
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
        form.resize(900, 400);
        form.grab().save(QStringLiteral("/tmp/form-tryagain-%1.png").arg(BackroomTests::onPostgres() ? "pg" : "sqlite"));
    }

    REQUIRE(other->exec(QStringLiteral("ROLLBACK")));
    retry->click();
    CHECK(form.problemText().isEmpty());
    CHECK_FALSE(form.isDirty());
    CHECK(f.records->read(QStringLiteral("test.order"), id)->value(QStringLiteral("deposit")).toLongLong() == 7000);
    if (mine.dialect().kind() == SqlDialect::Kind::Postgres)
        REQUIRE(mine.exec(QStringLiteral("SET lock_timeout = 0")));
    else
        REQUIRE(mine.exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
}

TEST_CASE("A deadlock with another clerk is retried and the form's save goes through", "[form][postgres]")
{
    Fixture f(true);
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    fillOrder(form, f, QStringLiteral("PO-15"));
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    const qint64 lineId = form.linesEditor(QStringLiteral("lines"))->lines().at(0).id;
    form.setValue(QStringLiteral("deposit"), qint64(4200));
    form.linesEditor(QStringLiteral("lines"))->setValue(0, QStringLiteral("quantity"), qint64(3000));

    // The other clerk locks the line first, then wants the order the form
    // holds by then: each waits for the other, and the server ends it by
    // failing the form's transaction (its wait began first).
    const Database::ConnectionInfo info = f.company->database().connectionInfo();
    std::atomic<bool> lineLocked{false};
    QString otherError;
    bool otherCommitted = false;
    std::thread other([&] {
        std::unique_ptr<Database> db = Database::reopen(info, false, &otherError);
        if (!db)
            return;
        if (db->exec(QStringLiteral("BEGIN"), {}, &otherError)
            && db->exec(QStringLiteral("UPDATE test_order_line SET item = item WHERE id = ?"), {lineId}, &otherError)) {
            lineLocked = true;
            QThread::msleep(400);
            if (db->exec(QStringLiteral("UPDATE test_order SET remarks = 'from the other desk' WHERE id = ?"), {id},
                         &otherError))
                otherCommitted = db->exec(QStringLiteral("COMMIT"), {}, &otherError);
        }
        if (!otherCommitted)
            db->exec(QStringLiteral("ROLLBACK"));
        lineLocked = true;
    });
    while (!lineLocked)
        QThread::msleep(5);
    const bool saved = form.save();
    other.join();
    INFO(otherError.toStdString());
    INFO(form.problemText().toStdString());
    CHECK(otherCommitted);   // so the form's transaction was the one ended, and ran again
    REQUIRE(saved);
    const auto stored = f.records->read(QStringLiteral("test.order"), id);
    CHECK(stored->value(QStringLiteral("deposit")).toLongLong() == 4200);
    CHECK(stored->value(QStringLiteral("remarks")).toString() == QStringLiteral("from the other desk"));
    CHECK(storedLines(f, id).at(0).quantity == 3000);
}

TEST_CASE("Deadlocks that outlast the retries, and a dropped connection, keep the edits for Try Again",
          "[form][postgres]")
{
    Fixture f(true);
    RecordFormView form(*f.records, QStringLiteral("test.order"));
    form.show();
    fillOrder(form, f, QStringLiteral("PO-16"));
    REQUIRE(form.save());
    const qint64 id = form.recordId();
    Database &mine = f.company->database();
    std::unique_ptr<Database> admin = secondConnection(f);
    auto *retry = form.findChild<QPushButton *>(QStringLiteral("retrySave"));
    REQUIRE(retry);
    bool listening = false;

    SECTION("a deadlock on every attempt")
    {
        // The server's own deadlock error, on every attempt; a sequence
        // (outside any transaction) counts the attempts.
        REQUIRE(admin->exec(QStringLiteral("CREATE SEQUENCE test_attempts")));
        REQUIRE(admin->exec(QStringLiteral(
            "CREATE FUNCTION test_deadlock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM nextval('test_attempts'); RAISE EXCEPTION 'deadlock detected (simulated)' "
            "USING ERRCODE = 'deadlock_detected'; END $$")));
        REQUIRE(admin->exec(QStringLiteral("CREATE TRIGGER test_deadlock BEFORE UPDATE ON test_order FOR EACH ROW "
                                           "EXECUTE FUNCTION test_deadlock()")));
        form.setValue(QStringLiteral("deposit"), qint64(8800));
        CHECK_FALSE(form.save());
        CHECK(admin->scalar(QStringLiteral("SELECT last_value FROM test_attempts"))->toInt() == Database::MaxAttempts);
        CHECK(form.lastResult().code == Records::Result::Code::Failed);
        INFO(form.problemText().toStdString());
        CHECK(form.problemText().contains(QStringLiteral("kept getting in the way")));
        CHECK(form.problemText().contains(QStringLiteral("Your changes are still here")));
        CHECK(retry->isVisible());
        CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 8800);
        REQUIRE(admin->exec(QStringLiteral("DROP TRIGGER test_deadlock ON test_order")));
    }
    SECTION("the server drops the connection")
    {
        // Its own session ended by the server in the middle of the save.
        REQUIRE(admin->exec(QStringLiteral(
            "CREATE FUNCTION test_drop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$")));
        REQUIRE(admin->exec(QStringLiteral("CREATE TRIGGER test_drop BEFORE UPDATE ON test_order FOR EACH ROW "
                                           "EXECUTE FUNCTION test_drop()")));
        // Whoever listens on the connection keeps listening after it is
        // opened again.
        REQUIRE(mine.connection().driver()->subscribeToNotification(QStringLiteral("test_channel")));
        listening = true;
        form.setValue(QStringLiteral("deposit"), qint64(8800));
        CHECK_FALSE(form.save());
        CHECK(form.lastResult().code == Records::Result::Code::Failed);
        INFO(form.problemText().toStdString());
        CHECK(form.problemText().contains(QStringLiteral("cannot be reached, or it dropped the connection")));
        CHECK(retry->isVisible());
        CHECK(form.value(QStringLiteral("deposit")).toLongLong() == 8800);
        REQUIRE(admin->exec(QStringLiteral("DROP TRIGGER test_drop ON test_order")));
    }
    // Try Again, the cause gone: saved (on a new connection where the old one was dropped).
    retry->click();
    INFO(form.problemText().toStdString());
    CHECK(form.problemText().isEmpty());
    CHECK_FALSE(form.isDirty());
    CHECK(f.records->read(QStringLiteral("test.order"), id)->value(QStringLiteral("deposit")).toLongLong() == 8800);
    CHECK(mine.connection().driver()->subscribedToNotifications().contains(QStringLiteral("test_channel"))
          == listening);
}

TEST_CASE("The comparison with a field both clerks changed, in English and Chinese (screenshots)", "[.shots][backends]")
{
    // BACKROOM_EXTRA_QM: translations not merged into the .ts yet, looked at before they are.
    QTranslator extra;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        if (language != QLatin1String("en") && extra.load(qEnvironmentVariable("BACKROOM_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        Fixture f;
        RecordFormView form(*f.records, QStringLiteral("test.order"));
        form.resize(900, 700);
        form.show();
        conflictingEdits(form, f, QStringLiteral("PO-90"));
        form.grab().save(QStringLiteral("/tmp/form-conflict-%1.png").arg(language));
        withCompareDialog(form, [&](QDialog *dialog) {
            dialog->resize(760, 420);
            dialog->grab().save(QStringLiteral("/tmp/form-keepmine-%1.png").arg(language));
            dialog->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        });
        form.grab().save(QStringLiteral("/tmp/form-keptmine-%1.png").arg(language));
        QCoreApplication::removeTranslator(&extra);
    }
    Localization::apply(QStringLiteral("en"));
}
