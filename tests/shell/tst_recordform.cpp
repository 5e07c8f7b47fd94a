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

    Fixture()
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("form.backroom")), QStringLiteral("test"),
                                                  declarations(), &entities);
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
