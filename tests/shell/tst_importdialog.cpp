// The import and export dialogs and the filter bar's saved filters, driven
// as a clerk would but without a modal box: files are handed in, questions
// are answered by the test.
#include "companyfile.h"
#include "csvreader.h"
#include "database.h"
#include "entity.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "importmappings.h"
#include "localization.h"
#include "recordfilterbar.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"
#include "savedfilters.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

// Labels in Chinese, as a Chinese office's spreadsheets head their columns.
Entity supplierEntity()
{
    Entity supplier(QStringLiteral("imp.supplier"), label("供应商"), label("供应商"));
    supplier.add(Field::text(QStringLiteral("name"), label("名称")).required().unique().searchable())
        .add(Field::text(QStringLiteral("tax_id"), label("税号"), 18).searchable())
        .add(Field::money(QStringLiteral("credit_limit"), label("信用额度")))
        .add(Field::choice(QStringLiteral("rating"), label("评级"),
                           {{QStringLiteral("a"), label("良好")}, {QStringLiteral("b"), label("关注")}}))
        .add(Field::boolean(QStringLiteral("active"), label("有效")))
        .add(Field::date(QStringLiteral("since"), label("合作起始")))
        .add(Field::text(QStringLiteral("bank_account"), label("银行账号"), 34).sensitive());
    return supplier;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
    const QString supplier = QStringLiteral("imp.supplier");

    Fixture()
    {
        const QList<Entity> declared{supplierEntity()};
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("import.backroom")), QStringLiteral("imp"),
                                                  declared, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
    }

    qint64 count() { return records->count(supplier, {}).value_or(-1); }

    QString write(const QString &fileName, const QByteArray &bytes)
    {
        const QString path = dir.filePath(fileName);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString writeGbk(const QString &fileName, const QString &text)
    {
        QStringEncoder gbk("GB18030");
        REQUIRE(gbk.isValid());
        return write(fileName, QByteArray(gbk(text)));
    }

    // count suppliers: name 供应商 n, rating a/b, active when even, since
    // 2026-01-01 + n days, credit n*100.50.
    void addSuppliers(int count)
    {
        for (int n = 1; n <= count; ++n) {
            const Records::Result created = records->create(
                supplier, {{QStringLiteral("name"), QStringLiteral("供应商 %1").arg(n, 3, 10, QLatin1Char('0'))},
                           {QStringLiteral("rating"), n % 2 ? QStringLiteral("a") : QStringLiteral("b")},
                           {QStringLiteral("active"), n % 2 == 0},
                           {QStringLiteral("since"), QDate(2026, 1, 1).addDays(n)},
                           {QStringLiteral("credit_limit"), qint64(n) * 10050}});
            INFO(created.message.toStdString());
            REQUIRE(created.ok());
        }
    }
};

QString goodCsv(int rows)
{
    QString text = QStringLiteral("名称,税号,信用额度,评级,有效,合作起始\r\n");
    for (int n = 1; n <= rows; ++n)
        text += QStringLiteral("华为技术 %1,9144030071526726%2,\"1,234.50\",良好,是,2026-03-%3\r\n")
                    .arg(n)
                    .arg(n % 10)
                    .arg(n % 28 + 1, 2, 10, QLatin1Char('0'));
    return text;
}

QString shotPath(const char *name)
{
    QDir().mkpath(QStringLiteral("/tmp/filters-shots"));
    return QStringLiteral("/tmp/filters-shots/%1.png").arg(QLatin1String(name));
}

} // namespace

TEST_CASE("Import dialog: a GBK file is detected, previewed and imported", "[importdialog][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    const QString path = f.writeGbk(QStringLiteral("suppliers-gbk.csv"), goodCsv(3));
    ImportDialog dialog(*f.records, f.supplier);
    REQUIRE(dialog.openFile(path));
    CHECK(dialog.encoding() == QStringLiteral("GB18030"));
    CHECK(dialog.delimiter() == QLatin1Char(','));
    CHECK(dialog.encodingCombo()->currentText().contains(QStringLiteral("GB18030")));
    CHECK(dialog.delimiterCombo()->currentText().contains(QStringLiteral("Comma")));
    CHECK(dialog.rowCount() == 3);
    CHECK_FALSE(dialog.isMappingRemembered());
    // Chinese headers match the Chinese labels.
    CHECK(dialog.mapping().value(QStringLiteral("名称")) == QStringLiteral("name"));
    CHECK(dialog.mapping().value(QStringLiteral("信用额度")) == QStringLiteral("credit_limit"));
    CHECK(dialog.mapping().size() == 6);
    CHECK(dialog.missingRequiredFields().isEmpty());
    // The preview shows what will be stored: decoded text, converted values.
    QTableWidget *preview = dialog.previewTable();
    REQUIRE(preview->rowCount() == 3);
    REQUIRE(preview->columnCount() == 6);
    CHECK(preview->horizontalHeaderItem(0)->text() == QStringLiteral("名称"));
    CHECK(preview->item(0, 0)->text() == QStringLiteral("华为技术 1"));
    CHECK(preview->item(0, 2)->text() == QStringLiteral("1,234.50"));
    CHECK(preview->item(0, 3)->text() == QStringLiteral("良好"));
    CHECK(preview->item(0, 4)->text() == QStringLiteral("Yes"));
    CHECK(preview->verticalHeaderItem(0)->text() == QStringLiteral("2"));   // line in the file
    CHECK(dialog.importButton()->isEnabled());

    // Read as UTF-8 by force, the same bytes are replaced characters; back
    // to detection, they are right again.
    dialog.setEncoding(QStringLiteral("UTF-8"));
    CHECK(dialog.encoding() == QStringLiteral("UTF-8"));
    CHECK(dialog.header().value(0) != QStringLiteral("名称"));
    dialog.setEncoding(QString());
    CHECK(dialog.encoding() == QStringLiteral("GB18030"));
    CHECK(dialog.header().value(0) == QStringLiteral("名称"));

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QStringList notes;
    dialog.setNotification([&](const QString &, const QString &text) { notes.append(text); });
    const RecordImporter::Result result = dialog.import();
    CHECK(result.ok);
    CHECK(result.imported == 3);
    CHECK(f.count() == 3);
    CHECK(imported.size() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(notes.size() == 1);
    CHECK(notes.constFirst().contains(QStringLiteral("3 records")));
}

TEST_CASE("Import dialog: the column mapping is remembered for the same columns", "[importdialog][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    const QString first = f.write(QStringLiteral("first.csv"),
                                  "Company;Tax number;Limit;Remark\nAcme Ltd;123;500.00;x\nBeta;456;0;y\n");
    {
        ImportDialog dialog(*f.records, f.supplier);
        REQUIRE(dialog.openFile(first));
        CHECK(dialog.delimiter() == QLatin1Char(';'));
        // Nothing matches by name: the required field is flagged and Import waits.
        CHECK(dialog.mapping().isEmpty());
        CHECK_FALSE(dialog.importButton()->isEnabled());
        CHECK(dialog.missingLabel()->text().contains(QStringLiteral("No column")));
        dialog.setColumnField(QStringLiteral("Tax number"), QStringLiteral("tax_id"));
        CHECK(dialog.missingRequiredFields() == QStringList{QStringLiteral("名称")});
        CHECK(dialog.missingLabel()->text().contains(QStringLiteral("名称")));
        CHECK_FALSE(dialog.importButton()->isEnabled());
        dialog.setColumnField(QStringLiteral("Company"), QStringLiteral("name"));
        dialog.setColumnField(QStringLiteral("Limit"), QStringLiteral("credit_limit"));
        CHECK(dialog.missingRequiredFields().isEmpty());
        CHECK(dialog.importButton()->isEnabled());
        // One field, one column: choosing it again moves it.
        dialog.setColumnField(QStringLiteral("Remark"), QStringLiteral("tax_id"));
        CHECK(dialog.mapping().value(QStringLiteral("Tax number")).isEmpty());
        dialog.setColumnField(QStringLiteral("Remark"), QString());
        dialog.setColumnField(QStringLiteral("Tax number"), QStringLiteral("tax_id"));
        dialog.setNotification([](const QString &, const QString &) {});
        REQUIRE(dialog.import().ok);
    }
    CHECK(f.count() == 2);

    // Another file with the same columns, in another order, case and width.
    const QString second = f.write(QStringLiteral("second.csv"),
                                   QStringLiteral("ＬＩＭＩＴ, remark ,company,TAX  NUMBER\n9.99,z,Gamma,789\n").toUtf8());
    ImportDialog again(*f.records, f.supplier);
    REQUIRE(again.openFile(second));
    CHECK(again.isMappingRemembered());
    const QMap<QString, QString> expected{{QStringLiteral("ＬＩＭＩＴ"), QStringLiteral("credit_limit")},
                                          {QStringLiteral("company"), QStringLiteral("name")},
                                          {QStringLiteral("TAX  NUMBER"), QStringLiteral("tax_id")}};
    CHECK(again.mapping() == expected);
    CHECK(again.importButton()->isEnabled());
    // Other columns are not this mapping's.
    CHECK_FALSE(ImportMappings(*f.records).find(f.supplier, {QStringLiteral("Company"), QStringLiteral("Limit")}));
    CHECK(ImportMappings::headerKey(again.header())
          == ImportMappings::headerKey({QStringLiteral("Company"), QStringLiteral("Tax number"), QStringLiteral("Limit"),
                                        QStringLiteral("Remark")}));
    REQUIRE(ImportMappings(*f.records).forget(f.supplier, again.header()));
    CHECK_FALSE(ImportMappings(*f.records).find(f.supplier, again.header()));
}

TEST_CASE("Import dialog: a bad row shows the report and imports nothing", "[importdialog][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    const QString path = f.write(QStringLiteral("bad.csv"),
                                 QStringLiteral("名称,信用额度,合作起始\n"
                                                "甲公司,100.00,2026-01-05\n"
                                                "乙公司,12.345,2026-01-06\n"
                                                ",5,2026-01-07\n"
                                                "丁公司,7,2026-02-30\n")
                                     .toUtf8());
    ImportDialog dialog(*f.records, f.supplier);
    REQUIRE(dialog.openFile(path));
    CHECK(dialog.encoding() == QStringLiteral("UTF-8"));
    // The preview already marks the cells that will not convert.
    QTableWidget *preview = dialog.previewTable();
    REQUIRE(preview->rowCount() == 4);
    CHECK(preview->item(1, 1)->toolTip().contains(QStringLiteral("12.345")));
    CHECK(preview->item(1, 1)->background().color() != preview->item(0, 1)->background().color());
    CHECK_FALSE(preview->item(3, 2)->toolTip().isEmpty());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    const RecordImporter::Result result = dialog.import();
    CHECK_FALSE(result.ok);
    CHECK(f.count() == 0);
    CHECK(imported.isEmpty());
    CHECK(dialog.isShowingReport());
    CHECK_FALSE(dialog.importButton()->isEnabled());
    QTableWidget *report = dialog.reportTable();
    REQUIRE(report->rowCount() == result.problems.size());
    REQUIRE(report->rowCount() >= 3);
    QStringList lines;
    for (int row = 0; row < report->rowCount(); ++row)
        lines.append(report->item(row, 0)->text());
    CHECK(lines.contains(QStringLiteral("3")));
    CHECK(lines.contains(QStringLiteral("4")));
    CHECK(lines.contains(QStringLiteral("5")));
    CHECK(report->item(int(lines.indexOf(QStringLiteral("3"))), 1)->text() == QStringLiteral("信用额度"));
    CHECK(report->item(int(lines.indexOf(QStringLiteral("3"))), 2)->text().contains(QStringLiteral("12.345")));
    // Nothing remembered from a failed import.
    CHECK_FALSE(ImportMappings(*f.records).find(f.supplier, dialog.header()));

    // The report as CSV, row by row.
    const QString reportPath = f.dir.filePath(QStringLiteral("problems.csv"));
    dialog.setSaveFileQuestion([&](const QString &, const QString &suggestion) {
        CHECK(suggestion.endsWith(QStringLiteral("bad - problems.csv")));
        return reportPath;
    });
    dialog.chooseReportFile();
    const CsvReader saved = CsvReader::fromFile(reportPath);
    REQUIRE_FALSE(saved.error());
    CHECK(saved.header() == QStringList({QStringLiteral("Row"), QStringLiteral("Column"), QStringLiteral("Problem")}));
    CHECK(saved.rows().size() == result.problems.size());
    CHECK(saved.rows().constFirst().fields.constFirst() == QString::number(result.problems.constFirst().line));

    // Back to the columns, the clerk can try again.
    dialog.showSetup();
    CHECK_FALSE(dialog.isShowingReport());
    CHECK(dialog.importButton()->isEnabled());
}

TEST_CASE("Import dialog: a good file imports every row", "[importdialog][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    const int rows = 250;
    const QString path = f.write(QStringLiteral("good.csv"), "\xEF\xBB\xBF" + goodCsv(rows).toUtf8());
    ImportDialog dialog(*f.records, f.supplier);
    dialog.setOpenFileQuestion([&](const QString &, const QString &) { return path; });
    dialog.chooseFile();
    CHECK(dialog.filePath() == path);
    CHECK(dialog.encoding() == QStringLiteral("UTF-8"));
    CHECK(dialog.rowCount() == rows);
    CHECK(dialog.previewTable()->rowCount() == ImportDialog::PreviewRows);
    dialog.setNotification([](const QString &, const QString &) {});
    const RecordImporter::Result result = dialog.import();
    CHECK(result.ok);
    CHECK(result.imported == rows);
    CHECK(f.count() == rows);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("name"), Filter::Op::Equal, QStringLiteral("华为技术 7"));
    const QList<Record> found = f.records->select(f.supplier, spec);
    REQUIRE(found.size() == 1);
    CHECK(found.constFirst().value(QStringLiteral("credit_limit")).toLongLong() == 123450);
    CHECK(found.constFirst().value(QStringLiteral("rating")).toString() == QStringLiteral("a"));

    // A file that is not CSV is refused with its line, and nothing imports.
    const QString broken = f.write(QStringLiteral("broken.csv"), "a,b\n\"open,1\n");
    ImportDialog refused(*f.records, f.supplier);
    CHECK_FALSE(refused.openFile(broken));
    CHECK_FALSE(refused.readError().isEmpty());
    CHECK_FALSE(refused.importButton()->isEnabled());
    CHECK_FALSE(refused.openFile(f.dir.filePath(QStringLiteral("missing.csv"))));
    CHECK(refused.readError().contains(QStringLiteral("does not exist")));
}

TEST_CASE("Saved filters in the filter bar apply to the list", "[importdialog][savedfilters][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    f.addSuppliers(30);
    RecordListView view(*f.records, f.supplier);
    view.resize(1000, 500);
    RecordFilterBar *bar = view.filterBar();
    QStringList notes;
    bar->setNotification([&](const QString &, const QString &text) { notes.append(text); });
    QStringList answers;
    bar->setNameQuestion([&](const QString &, const QString &, const QString &) {
        return answers.isEmpty() ? QString() : answers.takeFirst();
    });
    bool replace = true;
    bar->setConfirmation([&](const QString &, const QString &, const QString &) { return replace; });
    CHECK(view.model()->rowCount() == 30);
    CHECK(bar->savedFiltersButton()->text() == QStringLiteral("Saved filters ▾"));

    // Nothing saved yet: the menu says so, and saving waits for a filter.
    bar->updateSavedFiltersMenu();
    QMenu *menu = bar->savedFiltersMenu();
    auto action = [&](const QString &text) -> QAction * {
        for (QAction *candidate : menu->actions())
            if (candidate->text() == text)
                return candidate;
        return nullptr;
    };
    REQUIRE(action(QStringLiteral("No saved filters yet")));
    CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("saveCurrentFilter"))->isEnabled());

    // "Good" suppliers who are active, ordered by name descending.
    bar->setFieldFilter(QStringLiteral("rating"),
                        Filter::where(QStringLiteral("rating"), Filter::Op::In, QVariantList{QStringLiteral("a")}),
                        QStringLiteral("良好"));
    view.model()->sort(view.model()->columnOf(QStringLiteral("name")), Qt::DescendingOrder);
    CHECK(view.model()->rowCount() == 15);
    answers = {QStringLiteral("良好供应商")};
    bar->updateSavedFiltersMenu();
    QAction *save = menu->findChild<QAction *>(QStringLiteral("saveCurrentFilter"));
    REQUIRE(save->isEnabled());
    save->trigger();
    CHECK(bar->activeSavedFilter() == QStringLiteral("良好供应商"));
    CHECK(bar->savedFiltersButton()->text() == QStringLiteral("Saved filter: 良好供应商 ▾"));

    // A second one with a search and a date range.
    bar->clear();
    view.model()->sort(-1);
    CHECK(bar->activeSavedFilter().isEmpty());
    CHECK(view.model()->rowCount() == 30);
    QuerySpec early;
    early.search = QStringLiteral("供应商 00");
    early.filter = Filter::where(QStringLiteral("since"), Filter::Op::Between, QDate(2026, 1, 1), QDate(2026, 1, 5));
    bar->setQuerySpec(early);
    CHECK(view.model()->rowCount() == 4);
    CHECK(bar->searchEdit()->text() == QStringLiteral("供应商 00"));
    CHECK(bar->filterButton(QStringLiteral("since"))->text().contains(QStringLiteral("2026-01-01 – 2026-01-05")));
    answers = {QStringLiteral("Early")};
    bar->saveCurrentFilterAs();
    CHECK(SavedFilters(*f.records).list(f.supplier).size() == 2);

    // A clerk who changes the question leaves the saved filter.
    bar->setSearchText(QStringLiteral("供应商 001"));
    CHECK(bar->activeSavedFilter().isEmpty());
    CHECK(view.model()->rowCount() == 1);

    // The menu lists both; choosing one sets the buttons and the list.
    bar->clear();
    bar->updateSavedFiltersMenu();
    QAction *good = action(QStringLiteral("良好供应商"));
    REQUIRE(good);
    REQUIRE(action(QStringLiteral("Early")));
    CHECK_FALSE(good->isChecked());
    CHECK(good->toolTip().contains(QStringLiteral("良好")));
    good->trigger();
    CHECK(view.model()->rowCount() == 15);
    CHECK(bar->activeSavedFilter() == QStringLiteral("良好供应商"));
    CHECK(bar->filterButton(QStringLiteral("rating"))->text().startsWith(QStringLiteral("评级: 良好")));
    CHECK(bar->searchText().isEmpty());
    // The order came with it.
    CHECK(view.model()->sortColumn() == view.model()->columnOf(QStringLiteral("name")));
    CHECK(view.model()->sortOrder() == Qt::DescendingOrder);
    CHECK(view.model()->idAt(0) == 29);
    bar->updateSavedFiltersMenu();
    CHECK(action(QStringLiteral("良好供应商"))->isChecked());
    CHECK(notes.isEmpty());

    // The popup of a restored choice filter opens with its choice ticked.
    bar->openFilterPopup(QStringLiteral("rating"));
    auto *choices = bar->findChild<QListWidget *>(QStringLiteral("choices"));
    REQUIRE(choices);
    CHECK(choices->item(0)->checkState() == Qt::Checked);
    CHECK(choices->item(1)->checkState() == Qt::Unchecked);
    choices->window()->close();
    QApplication::processEvents();

    // Saving over another name asks first.
    replace = false;
    CHECK_FALSE(bar->saveCurrentFilter(QStringLiteral("Early")));
    replace = true;

    // A condition the popups cannot make (an amount range over a second
    // field) gets a "More conditions" button and still filters.
    QuerySpec mixed;
    mixed.filter = Filter::all({Filter::any({Filter::where(QStringLiteral("credit_limit"), Filter::Op::Less, qint64(30000)),
                                             Filter::where(QStringLiteral("active"), Filter::Op::Equal, true)}),
                                Filter::where(QStringLiteral("credit_limit"), Filter::Op::GreaterOrEqual, qint64(20000))});
    bar->setQuerySpec(mixed);
    // credit >= 200.00 (n >= 2) and (credit < 300.00 (n <= 2) or active (even n))
    CHECK(view.model()->rowCount() == 15);
    CHECK(bar->filterButton(QStringLiteral("*")));
    CHECK(bar->filterButton(QStringLiteral("*"))->toolTip().contains(QStringLiteral(" or ")));
    CHECK(bar->filterButton(QStringLiteral("credit_limit"))->text().contains(QStringLiteral("≥ 200.00")));

    // Manage: rename and delete.
    std::unique_ptr<QDialog> manage(bar->createManageDialog(&view));
    auto *names = manage->findChild<QListWidget *>(QStringLiteral("names"));
    REQUIRE(names);
    CHECK(names->count() == 2);
    names->setCurrentRow(0);
    const QString renamed = names->currentItem()->text();
    answers = {QStringLiteral("Renamed")};
    manage->findChild<QPushButton *>(QStringLiteral("rename"))->click();
    CHECK(SavedFilters(*f.records).contains(f.supplier, QStringLiteral("Renamed")));
    CHECK_FALSE(SavedFilters(*f.records).contains(f.supplier, renamed));
    for (int row = 0; row < names->count(); ++row)
        if (names->item(row)->text() == QStringLiteral("Renamed"))
            names->setCurrentRow(row);
    manage->findChild<QPushButton *>(QStringLiteral("delete"))->click();
    CHECK(SavedFilters(*f.records).list(f.supplier).size() == 1);
    CHECK(names->count() == 1);

    // Another clerk sees none of this one's filters.
    Records other(f.company->database(), f.entities, QStringLiteral("wangfang"));
    RecordFilterBar otherBar(other, f.supplier);
    otherBar.updateSavedFiltersMenu();
    CHECK(otherBar.savedFiltersMenu()->actions().constFirst()->text() == QStringLiteral("No saved filters yet"));
}

TEST_CASE("Export dialog writes the list's filter and columns, or the selection", "[importdialog][export][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture f;
    f.addSuppliers(40);
    QuerySpec spec;
    spec.filter = Filter::where(QStringLiteral("rating"), Filter::Op::In, QVariantList{QStringLiteral("b")});
    spec.sort = {{QStringLiteral("name"), Qt::DescendingOrder}};
    const QStringList columns{QStringLiteral("name"), QStringLiteral("credit_limit"), QStringLiteral("since")};
    const QList<qint64> selected{38, 12, 4};   // in list order (name descending)

    ExportDialog dialog(*f.records, f.supplier, spec, columns, selected);
    QStringList notes;
    dialog.setNotification([&](const QString &, const QString &text) { notes.append(text); });
    CHECK(dialog.selectedOnly());   // several selected: that is what is wanted
    CHECK(dialog.recordCount() == 3);
    dialog.setSelectedOnly(false);
    CHECK(dialog.recordCount() == 20);
    CHECK(dialog.filePath().endsWith(QStringLiteral(".csv")) != dialog.filePath().endsWith(QStringLiteral(".xlsx")));

    const QString csv = f.dir.filePath(QStringLiteral("out/suppliers.csv"));
    QDir().mkpath(f.dir.filePath(QStringLiteral("out")));
    dialog.setFilePath(csv);
    CHECK(dialog.format() == ExportDialog::Format::Csv);
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    REQUIRE(dialog.exportNow().ok());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(exported.size() == 1);
    const CsvReader all = CsvReader::fromFile(csv);
    REQUIRE_FALSE(all.error());
    CHECK(all.header() == QStringList({QStringLiteral("名称"), QStringLiteral("信用额度"), QStringLiteral("合作起始")}));
    REQUIRE(all.rows().size() == 20);
    CHECK(all.rows().constFirst().fields.constFirst() == QStringLiteral("供应商 040"));
    CHECK(all.rows().constFirst().fields.at(1) == QStringLiteral("4020.00"));
    CHECK(QDir(f.dir.filePath(QStringLiteral("out"))).entryList(QDir::Files) == QStringList{QStringLiteral("suppliers.csv")});

    // Only the selection, in list order; and as a workbook.
    const QString xlsx = f.dir.filePath(QStringLiteral("out/selected.xlsx"));
    REQUIRE(ExportDialog::exportRecords(*f.records, f.supplier, spec, columns, selected, xlsx, ExportDialog::Format::Xlsx)
                .rowsWritten
            == 3);
    QFile workbook(xlsx);
    REQUIRE(workbook.open(QIODevice::ReadOnly));
    CHECK(workbook.read(2) == "PK");
    const QString picked = f.dir.filePath(QStringLiteral("out/selected.csv"));
    REQUIRE(ExportDialog::exportRecords(*f.records, f.supplier, spec, columns, selected, picked, ExportDialog::Format::Csv)
                .ok());
    const CsvReader some = CsvReader::fromFile(picked);
    REQUIRE(some.rows().size() == 3);
    CHECK(some.rows().at(0).fields.at(0) == QStringLiteral("供应商 038"));
    CHECK(some.rows().at(1).fields.at(0) == QStringLiteral("供应商 012"));
    CHECK(some.rows().at(2).fields.at(0) == QStringLiteral("供应商 004"));
    // A large selection is read in chunks and keeps its order.
    QList<qint64> many;
    for (qint64 id = 40; id >= 1; --id)
        if (id % 2 == 0)
            many.append(id);
    QuerySpec byName = spec;
    REQUIRE(ExportDialog::exportRecords(*f.records, f.supplier, byName, columns, many, picked, ExportDialog::Format::Csv)
                .rowsWritten
            == 20);

    // A file that cannot be written: a clear sentence, and nothing left
    // behind — an existing file keeps its content.
    const QByteArray before = BackroomTests::fileHash(csv);
    ExportDialog failing(*f.records, f.supplier, spec, columns);
    failing.setNotification([&](const QString &, const QString &text) { notes.append(text); });
    failing.setFilePath(csv + QStringLiteral("/inside-a-file.csv"));
    const TableExport::Result failed = failing.exportNow();
    CHECK_FALSE(failed.ok());
    CHECK_FALSE(failed.errorString.isEmpty());
    REQUIRE(notes.size() == 1);
    CHECK(notes.constFirst().contains(QStringLiteral("No file was written")));
    CHECK(failing.result() != QDialog::Accepted);
    CHECK(BackroomTests::fileHash(csv) == before);
    CHECK(QDir(f.dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size() == 3);
}

TEST_CASE("Import, export and saved filter screens render tidily", "[.shots][backends]")
{
    Localization::apply(QStringLiteral("zh_CN"));
    Fixture f;
    f.addSuppliers(30);
    SavedFilters saved(*f.records);
    QuerySpec good;
    good.filter = Filter::where(QStringLiteral("rating"), Filter::Op::In, QVariantList{QStringLiteral("a")});
    REQUIRE(saved.save(f.supplier, QStringLiteral("良好供应商"), good));
    QuerySpec early;
    early.filter = Filter::where(QStringLiteral("since"), Filter::Op::Between, QDate(2026, 1, 1), QDate(2026, 1, 31));
    REQUIRE(saved.save(f.supplier, QStringLiteral("一月新合作"), early));
    REQUIRE(saved.save(f.supplier, QStringLiteral("Large credit"), {}));

    RecordListView view(*f.records, f.supplier);
    view.resize(1000, 420);
    view.show();
    view.filterBar()->applySavedFilter(QStringLiteral("良好供应商"));
    QApplication::processEvents();
    CHECK(view.grab().save(shotPath("list-with-saved-filter")));
    view.filterBar()->updateSavedFiltersMenu();
    QMenu *menu = view.filterBar()->savedFiltersMenu();
    menu->popup(view.filterBar()->savedFiltersButton()->mapToGlobal(QPoint(0, view.filterBar()->savedFiltersButton()->height())));
    QApplication::processEvents();
    CHECK(menu->grab().save(shotPath("saved-filters-menu")));
    menu->hide();
    QuerySpec mixed;
    mixed.search = QStringLiteral("供应商");
    mixed.filter = Filter::all({Filter::any({Filter::where(QStringLiteral("credit_limit"), Filter::Op::Less, qint64(30000)),
                                             Filter::where(QStringLiteral("active"), Filter::Op::Equal, true)}),
                                Filter::where(QStringLiteral("credit_limit"), Filter::Op::GreaterOrEqual, qint64(20000)),
                                Filter::where(QStringLiteral("since"), Filter::Op::Between, QDate(2026, 1, 1),
                                              QDate(2026, 3, 31))});
    view.filterBar()->setQuerySpec(mixed);
    QApplication::processEvents();
    CHECK(view.grab().save(shotPath("list-with-more-conditions")));
    view.filterBar()->openFilterPopup(QStringLiteral("*"));
    QApplication::processEvents();
    for (QWidget *popup : QApplication::topLevelWidgets())
        if (popup->isVisible() && popup->objectName() == QStringLiteral("filterPopup"))
            CHECK(popup->grab().save(shotPath("more-conditions-popup")));
    std::unique_ptr<QDialog> manage(view.filterBar()->createManageDialog(&view));
    manage->show();
    QApplication::processEvents();
    CHECK(manage->grab().save(shotPath("saved-filters-manage")));

    QString text = goodCsv(30);
    text.insert(text.indexOf(QStringLiteral("华为技术 4,")), QStringLiteral("坏行,1,12.345,未知,也许,2026-02-30\r\n"));
    const QString path = f.writeGbk(QStringLiteral("供应商.csv"), text);
    ImportDialog import(*f.records, f.supplier);
    REQUIRE(import.openFile(path));
    import.show();
    QApplication::processEvents();
    CHECK(import.grab().save(shotPath("import-dialog")));
    import.setColumnField(QStringLiteral("名称"), QString());
    QApplication::processEvents();
    CHECK(import.grab().save(shotPath("import-dialog-missing")));
    import.setColumnField(QStringLiteral("名称"), QStringLiteral("name"));
    import.import();
    QApplication::processEvents();
    CHECK(import.grab().save(shotPath("import-report")));

    QuerySpec spec;
    spec.filter = good.filter;
    ExportDialog exporter(*f.records, f.supplier, spec, view.visibleColumns(), {1, 3, 5});
    exporter.setFilePath(QStringLiteral("/home/lihua/文档/供应商 2026-11-26.xlsx"));
    exporter.show();
    QApplication::processEvents();
    CHECK(exporter.grab().save(shotPath("export-dialog")));
    exporter.setFormat(ExportDialog::Format::Csv);
    QApplication::processEvents();
    CHECK(exporter.grab().save(shotPath("export-dialog-csv")));
    Localization::apply(QStringLiteral("en"));
}
