// The generic record list: a paged model that never holds the whole table,
// its formatting, order, search, totals and refresh, and the view's keyboard,
// empty states and column chooser — on a temporary company with declared
// entities and tens of thousands of rows.
#include "companyfile.h"
#include "database.h"
#include "emptystatewidget.h"
#include "entity.h"
#include "localization.h"
#include "moneyformat.h"
#include "recordfilterbar.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <numeric>
#include <random>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity partnerEntity()
{
    Entity partner(QStringLiteral("test.partner"), label("Partner"), label("Partners"));
    partner.add(Field::text(QStringLiteral("name"), label("Name")).required().unique().searchable())
        .add(Field::text(QStringLiteral("tax_id"), label("Tax ID"), 18).searchable())
        .add(Field::text(QStringLiteral("bank_account"), label("Bank account"), 34).sensitive())
        .add(Field::money(QStringLiteral("credit_limit"), label("Credit limit")))
        .add(Field::choice(QStringLiteral("rating"), label("Rating"),
                           {{QStringLiteral("a"), label("Good")}, {QStringLiteral("b"), label("Watch")}}))
        .add(Field::boolean(QStringLiteral("active"), label("Active")))
        .add(Field::date(QStringLiteral("since"), label("Customer since")))
        .add(Field::quantity(QStringLiteral("discount"), label("Discount %"), 2))
        .add(Field::longText(QStringLiteral("notes"), label("Notes")));
    return partner;
}

Entity orderEntity()
{
    Entity order(QStringLiteral("test.order"), label("Order"), label("Orders"));
    order.add(Field::text(QStringLiteral("number"), label("Number")).required().unique().searchable())
        .add(Field::reference(QStringLiteral("partner"), label("Partner"), QStringLiteral("test.partner")))
        .add(Field::money(QStringLiteral("amount"), label("Amount")))
        .add(Field::date(QStringLiteral("ordered_on"), label("Ordered on")));
    return order;
}

Entity noteEntity()
{
    Entity note(QStringLiteral("test.note"), label("Note"), label("Notes"));
    note.add(Field::text(QStringLiteral("title"), label("Title")).searchable());
    return note;
}

Entity logEntity()
{
    Entity log(QStringLiteral("test.log"), label("Log entry"), label("Log entries"));
    log.add(Field::text(QStringLiteral("message"), label("Message"))).archivable(false);
    return log;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    Fixture()
    {
        const QList<Entity> declared{partnerEntity(), orderEntity(), noteEntity(), logEntity()};
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("list.backroom")), QStringLiteral("test"),
                                                  declared, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
    }

    Database &db() { return company->database(); }

    // Partner i (1-based) is id i: credit limit i*150+50 except every 7th
    // (NULL), rating a/b alternating, active when even, since 2020-01-01 + i%2000
    // days except every 11th (NULL). Every 100th is archived.
    // "ORDER BY" terms for a sort by `field` then id, with SQLite's NULL
    // order on either dialect (what the list shows).
    QString orderBy(const QString &field, Qt::SortOrder order)
    {
        return db().dialect().orderTerm(field, order)
               + (order == Qt::AscendingOrder ? QStringLiteral(", id ASC") : QStringLiteral(", id DESC"));
    }

    void addPartners(int count)
    {
        WriteTransaction transaction(db());
        REQUIRE(transaction.isActive());
        QSqlQuery insert(db().connection());
        REQUIRE(insert.prepare(QStringLiteral(
            "INSERT INTO test_partner (id, version, archived, created_at, created_by, updated_at, updated_by, "
            "name, tax_id, bank_account, credit_limit, rating, active, since, discount) "
            "VALUES (?, 1, ?, '2026-01-01T00:00:00.000Z', 'test', '2026-01-01T00:00:00.000Z', 'test', "
            "?, ?, ?, ?, ?, ?, ?, ?)")));
        static const char *const prefixes[] = {"华为", "上海贸易", "Acme", "北京"};
        for (int i = 1; i <= count; ++i) {
            insert.addBindValue(i);
            insert.addBindValue(i % 100 == 0 ? 1 : 0);
            insert.addBindValue(QStringLiteral("%1 %2").arg(QString::fromUtf8(prefixes[i % 4])).arg(i, 6, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("91310000%1").arg(i, 10, 10, QLatin1Char('0')));
            insert.addBindValue(QStringLiteral("6222 0200 %1").arg(i, 8, 10, QLatin1Char('0')));
            insert.addBindValue(i % 7 == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(i) * 150 + 50));
            insert.addBindValue(i % 2 ? QStringLiteral("a") : QStringLiteral("b"));
            insert.addBindValue(i % 2 == 0 ? 1 : 0);
            insert.addBindValue(i % 11 == 0 ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate)));
            insert.addBindValue(qint64(i % 1000));
            REQUIRE(insert.exec());
        }
        if (const QString resync = db().dialect().resyncIdStatement(QStringLiteral("test_partner")); !resync.isEmpty())
            REQUIRE(db().exec(resync));
        REQUIRE(transaction.commit());
    }

    QList<qint64> ids(const QString &sql)
    {
        QList<qint64> result;
        QSqlQuery query(db().connection());
        query.setForwardOnly(true);
        REQUIRE(query.exec(sql));
        while (query.next())
            result.append(query.value(0).toLongLong());
        query.finish();
        return result;
    }

    qint64 scalar(const QString &sql)
    {
        const auto value = db().scalar(sql);
        REQUIRE(value);
        return value->toLongLong();
    }
};

QStringList columnsOf(const RecordListModel &model)
{
    return model.columns();
}

int column(const RecordListModel &model, const char *field)
{
    const int index = model.columnOf(QString::fromLatin1(field));
    REQUIRE(index >= 0);
    return index;
}

QString cell(const RecordListModel &model, int row, const char *field, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column(model, field)), role).toString();
}

// Every id of the model, read in the given order of rows.
QList<qint64> idsInOrder(const RecordListModel &model, const QList<int> &rows)
{
    QList<qint64> ids(model.rowCount(), 0);
    for (int row : rows)
        ids[row] = model.idAt(row);
    return ids;
}

// A view shown and active, as a clerk has it.
void show(QWidget &widget)
{
    widget.resize(1000, 600);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("Amounts are grouped exactly from integer minor units", "[list][backends]")
{
    const QLocale en(QStringLiteral("en_US"));
    const QLocale zh(QStringLiteral("zh_CN"));
    CHECK(MoneyFormat::money(123450, 2, en) == QStringLiteral("1,234.50"));
    CHECK(MoneyFormat::money(123450, 2, zh) == QStringLiteral("1,234.50"));
    CHECK(MoneyFormat::money(0, 2, en) == QStringLiteral("0.00"));
    CHECK(MoneyFormat::money(-5, 2, en) == QStringLiteral("-0.05"));
    CHECK(MoneyFormat::money(99, 2, en) == QStringLiteral("0.99"));
    CHECK(MoneyFormat::money(100000000, 2, en) == QStringLiteral("1,000,000.00"));
    CHECK(MoneyFormat::money(-12345678901, 2, en) == QStringLiteral("-123,456,789.01"));
    // The most negative 64-bit amount, exactly: no double could carry it.
    CHECK(MoneyFormat::money(std::numeric_limits<qint64>::min(), 2, en)
          == QStringLiteral("-92,233,720,368,547,758.08"));
    CHECK(MoneyFormat::money(std::numeric_limits<qint64>::max(), 2, en)
          == QStringLiteral("92,233,720,368,547,758.07"));
    CHECK(MoneyFormat::decimal(1500, 3, en) == QStringLiteral("1.500"));
    CHECK(MoneyFormat::decimal(1234567, 0, en) == QStringLiteral("1,234,567"));
    // The C locale groups too: amounts always do.
    CHECK(MoneyFormat::money(123450, 2, QLocale::c()) == QStringLiteral("1,234.50"));
    CHECK(MoneyFormat::money(123450, 2, QLocale(QStringLiteral("de_DE"))) == QStringLiteral("1.234,50"));
}

TEST_CASE("The list model counts, formats and resolves references", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    fixture.addPartners(300);
    // Partner 1 has the amount and values the checks below name.
    REQUIRE(fixture.db().exec(QStringLiteral("UPDATE test_partner SET credit_limit = 123450, since = '2026-03-09', "
                                             "bank_account = '6222020212341234', notes = 'first line\nsecond' "
                                             "WHERE id = 1")));
    RecordListModel model(*fixture.records, QStringLiteral("test.partner"));

    const auto expected = fixture.records->count(QStringLiteral("test.partner"), QuerySpec());
    REQUIRE(expected);
    CHECK(*expected == 297); // 3 of 300 archived
    CHECK(model.rowCount() == 297);
    // Long text is not a default column; everything else is, in order.
    CHECK(columnsOf(model)
          == QStringList({QStringLiteral("name"), QStringLiteral("tax_id"), QStringLiteral("bank_account"),
                          QStringLiteral("credit_limit"), QStringLiteral("rating"), QStringLiteral("active"),
                          QStringLiteral("since"), QStringLiteral("discount")}));
    CHECK(model.headerData(column(model, "credit_limit"), Qt::Horizontal).toString() == QStringLiteral("Credit limit"));

    // Row 0 is partner 1 (by id until sorted).
    CHECK(model.idAt(0) == 1);
    CHECK(cell(model, 0, "credit_limit") == QStringLiteral("1,234.50"));
    CHECK(model.data(model.index(0, column(model, "credit_limit")), Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.headerData(column(model, "credit_limit"), Qt::Horizontal, Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(cell(model, 0, "since") == QStringLiteral("2026-03-09"));
    CHECK(cell(model, 0, "rating") == QStringLiteral("Good"));
    CHECK(cell(model, 1, "rating") == QStringLiteral("Watch"));
    CHECK(cell(model, 0, "discount") == QStringLiteral("0.01"));
    CHECK(model.data(model.index(0, column(model, "discount")), Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    // Yes/no is a check box, not a word.
    CHECK(model.data(model.index(0, column(model, "active")), Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK(model.data(model.index(1, column(model, "active")), Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(cell(model, 1, "active").isEmpty());
    CHECK_FALSE(model.flags(model.index(1, column(model, "active"))).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsEditable));
    // A NULL amount is an empty cell, not 0.00.
    CHECK(cell(model, 6, "credit_limit").isEmpty());
    CHECK(model.idAt(6) == 7);

    // Sensitive: the last four only, and no value through the other roles.
    CHECK(cell(model, 0, "bank_account") == QStringLiteral("•••• 1234"));
    CHECK_FALSE(model.data(model.index(0, column(model, "bank_account")), RecordListModel::ValueRole).isValid());
    CHECK(RecordListModel::masked(QStringLiteral("123")) == QStringLiteral("••••"));
    model.setSensitiveUnmasked(true);
    CHECK(cell(model, 0, "bank_account") == QStringLiteral("6222020212341234"));
    model.setSensitiveUnmasked(false);
    CHECK(cell(model, 0, "bank_account") == QStringLiteral("•••• 1234"));

    model.setColumns({QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("nonsense")});
    CHECK(columnsOf(model) == QStringList({QStringLiteral("name"), QStringLiteral("notes")}));
    CHECK(cell(model, 0, "notes") == QStringLiteral("first line …"));
    CHECK(model.data(model.index(0, 1), Qt::ToolTipRole).toString() == QStringLiteral("first line\nsecond"));

    // References show the referenced record's display name.
    for (int i = 0; i < 450; ++i) {
        const auto created = fixture.records->create(
            QStringLiteral("test.order"),
            {{QStringLiteral("number"), QStringLiteral("PO-%1").arg(i, 4, 10, QLatin1Char('0'))},
             {QStringLiteral("partner"), qint64(i % 5 + 1)},
             {QStringLiteral("amount"), qint64(-250 * i)},
             {QStringLiteral("ordered_on"), QDate(2026, 3, 1).addDays(i % 30)}});
        REQUIRE(created.ok());
    }
    RecordListModel orders(*fixture.records, QStringLiteral("test.order"));
    CHECK(orders.rowCount() == 450);
    for (int row : {0, 1, 4, 201, 449}) {
        const qint64 partner = (row % 5) + 1;
        CHECK(cell(orders, row, "partner") == fixture.records->displayName(QStringLiteral("test.partner"), partner));
        CHECK(orders.data(orders.index(row, column(orders, "partner")), RecordListModel::ValueRole).toLongLong()
              == partner);
    }
    CHECK(cell(orders, 0, "partner") == QStringLiteral("上海贸易 000001"));
    CHECK(cell(orders, 3, "amount") == QStringLiteral("-7.50"));
    CHECK(orders.data(orders.index(3, column(orders, "amount")), Qt::ForegroundRole).isValid());
    CHECK(orders.totalFields() == QStringList{QStringLiteral("amount")});
    CHECK(orders.total(QStringLiteral("amount")) == -250 * (449 * 450 / 2));
}

TEST_CASE("The list model pages by keyset in every order and keeps memory bounded", "[list][backends]")
{
    Fixture fixture;
    fixture.addPartners(20000);
    RecordListModel model(*fixture.records, QStringLiteral("test.partner"));
    REQUIRE(model.rowCount() == 19800);
    REQUIRE(model.rowCount() == *fixture.records->count(QStringLiteral("test.partner"), QuerySpec()));

    QList<int> forward(model.rowCount());
    std::iota(forward.begin(), forward.end(), 0);
    QList<int> backward = forward;
    std::reverse(backward.begin(), backward.end());
    // Jumping about: the pages in random order (as a dragged scroll bar
    // lands), each read top to bottom.
    QList<int> pages(model.rowCount() / model.pageSize() + 1);
    std::iota(pages.begin(), pages.end(), 0);
    std::shuffle(pages.begin(), pages.end(), std::mt19937(7));
    QList<int> shuffled;
    for (int page : std::as_const(pages))
        for (int row = page * model.pageSize(); row < std::min(model.rowCount(), (page + 1) * model.pageSize()); ++row)
            shuffled.append(row);

    struct Order
    {
        const char *field;
        Qt::SortOrder order;
        const char *sql;
    };
    // NULLs sort first ascending and last descending (SQLite's rule); ties go
    // by id in the same direction.
    const QList<Order> orders{
        {nullptr, Qt::AscendingOrder, "id ASC"},
        {"credit_limit", Qt::DescendingOrder, "credit_limit DESC, id DESC"},
        {"since", Qt::AscendingOrder, "since ASC, id ASC"},
        {"since", Qt::DescendingOrder, "since DESC, id DESC"},
        {"rating", Qt::AscendingOrder, "rating ASC, id ASC"},
        {"name", Qt::DescendingOrder, "name DESC, id DESC"},
    };
    for (const Order &order : orders) {
        INFO("order by " << order.sql);
        model.sort(order.field ? column(model, order.field) : -1, order.order);
        // SQLite's NULL order, spelled out where the server's differs.
        const QString sql = order.field ? fixture.records->database().dialect().orderTerm(
                                              QLatin1String(order.field), order.order)
                                              + (order.order == Qt::AscendingOrder ? QStringLiteral(", id ASC")
                                                                                   : QStringLiteral(", id DESC"))
                                        : QStringLiteral("id ASC");
        CHECK(sql.startsWith(QString::fromLatin1(order.sql).section(QLatin1Char(','), 0, 0)));
        const QList<qint64> expected =
            fixture.ids(QStringLiteral("SELECT id FROM test_partner WHERE archived = 0 ORDER BY %1").arg(sql));
        REQUIRE(expected.size() == model.rowCount());
        // Straight down, straight up (Ctrl+End first) and jumping about.
        CHECK(idsInOrder(model, forward) == expected);
        CHECK(idsInOrder(model, backward) == expected);
        model.refresh();
        const QList<qint64> jumped = idsInOrder(model, shuffled);
        CHECK(jumped == expected);
        // Where a record stands, from two counts.
        for (int row : {0, 1, 199, 200, 5000, 19799}) {
            const auto found = model.rowForId(expected.at(row));
            REQUIRE(found);
            CHECK(*found == row);
        }
        CHECK(model.cachedPageCount() <= model.maxCachedPages());
    }

    // A stored key the declaration no longer accepts (a removed choice)
    // cannot be a keyset bound: those pages are read by offset instead.
    REQUIRE(fixture.db().exec(QStringLiteral("UPDATE test_partner SET rating = 'z' WHERE id BETWEEN 400 AND 649")));
    model.sort(column(model, "rating"), Qt::AscendingOrder);
    model.refresh();
    const QList<qint64> withStale = fixture.ids(
        QStringLiteral("SELECT id FROM test_partner WHERE archived = 0 ORDER BY rating ASC, id ASC"));
    // The last page starts with a 'z' row: the page before it cannot be read
    // back from there.
    const int loadsBefore = model.pageLoadCount();
    CHECK(idsInOrder(model, backward) == withStale);
    CHECK(model.pageLoadCount() - loadsBefore == 99);
    CHECK(model.errorString().isEmpty());
    CHECK(cell(model, model.rowCount() - 1, "rating") == QStringLiteral("z"));

    // Scrolling through all 19,800 rows leaves at most the page cache.
    model.sort(-1);
    for (int row = 0; row < model.rowCount(); ++row)
        (void)model.data(model.index(row, 0));
    CHECK(model.cachedPageCount() <= RecordListModel::DefaultMaxCachedPages);
    CHECK(model.cachedRowCount() <= RecordListModel::DefaultMaxCachedPages * RecordListModel::DefaultPageSize);
    CHECK(model.knownPositionCount() <= 4096);
    // Going down one page at a time is one query per page.
    const int loads = model.pageLoadCount();
    model.refresh();
    const int before = model.pageLoadCount();
    for (int row = 0; row < model.rowCount(); ++row)
        (void)model.data(model.index(row, 0));
    CHECK(model.pageLoadCount() - before == 99);
    CHECK(loads > 0);
    CHECK(model.rowForId(100) == std::nullopt); // archived
    CHECK(model.rowForId(999999) == std::nullopt);
}

TEST_CASE("A large list shows its first page at once and counts in the background", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    fixture.addPartners(3000);
    RecordListView view(*fixture.records, QStringLiteral("test.partner"));
    show(view);
    RecordListModel *model = view.model();
    CHECK_FALSE(model->isCounting()); // 3,000 rows are counted at once
    REQUIRE(model->rowCount() == 2970);
    // Keep a place deep in the list, then treat the table as large.
    view.tableView()->setCurrentIndex(model->index(2500, 0));
    const qint64 current = view.currentId();
    model->setBackgroundCountThreshold(0);

    QSignalSpy counted(model, &RecordListModel::counted);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    model->refresh();
    CHECK(resets.count() == 1);
    CHECK(model->isCounting());
    CHECK(model->rowCount() == model->pageSize());
    CHECK(model->idAt(0) == 1);
    CHECK_FALSE(model->total(QStringLiteral("credit_limit")).has_value());
    CHECK(view.statusText() == QStringLiteral("Counting records…"));
    CHECK(view.totalText(QStringLiteral("credit_limit")) == QStringLiteral("…"));

    REQUIRE(counted.wait(10000));
    CHECK_FALSE(model->isCounting());
    CHECK(model->rowCount() == 2970);
    // The rest arrived as inserted rows, not as another reset.
    CHECK(resets.count() == 1);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == model->pageSize());
    CHECK(inserted.at(0).at(2).toInt() == 2969);
    const qint64 sum = fixture.scalar(QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE archived = 0"));
    INFO(model->errorString().toStdString());
    CHECK(model->total(QStringLiteral("credit_limit")) == sum);
    CHECK(view.totalText(QStringLiteral("credit_limit")) == MoneyFormat::money(sum));
    CHECK(view.statusText() == QStringLiteral("2,970 records"));
    // The clerk's record is current again once its row is known.
    CHECK(view.currentId() == current);
    CHECK(view.tableView()->currentIndex().row() == 2500);
    CHECK(model->idAt(2969) == 3000 - 1); // 3000 is archived

    // A short first page is the whole answer: no wait for the count. Every
    // word must match, each in any searchable field.
    model->setSearch(QStringLiteral("华为 0012"));
    CHECK(model->rowCount()
          == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND (name LIKE '%华为%' OR tax_id LIKE '%华为%') AND (name LIKE '%0012%' OR tax_id LIKE '%0012%')")));
    CHECK(model->isCounting()); // the totals still are
    REQUIRE(counted.wait(10000));
    CHECK(model->total(QStringLiteral("credit_limit"))
          == fixture.scalar(
              QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE archived = 0 AND (name LIKE '%华为%' OR tax_id LIKE '%华为%') AND (name LIKE '%0012%' OR tax_id LIKE '%0012%')")));

    // A question changed while counting: the late answer is dropped.
    model->setSearch(QStringLiteral("Acme"));
    model->setSearch(QStringLiteral("北京"));
    REQUIRE(counted.wait(10000));
    QTest::qWait(100);
    CHECK(model->rowCount()
          == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND name LIKE '%北京%'")));
}

TEST_CASE("Search, filters and totals follow the SQL", "[list][backends]")
{
    Fixture fixture;
    fixture.addPartners(5000);
    RecordListModel model(*fixture.records, QStringLiteral("test.partner"));
    CHECK(model.totalFields() == QStringList{QStringLiteral("credit_limit")});
    CHECK(model.total(QStringLiteral("credit_limit"))
          == fixture.scalar(QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE archived = 0")));
    CHECK_FALSE(model.total(QStringLiteral("name")).has_value());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSearch(QStringLiteral("华为"));
    CHECK(resets.count() == 1);
    CHECK(model.rowCount()
          == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND name LIKE '%华为%'")));
    for (int row = 0; row < model.rowCount(); row += 97)
        CHECK(cell(model, row, "name").contains(QStringLiteral("华为")));
    CHECK(model.isFiltered());
    CHECK(model.lastResetReason() == RecordListModel::ResetReason::Query);

    // Search and filter together, sorted: totals over the whole filtered set.
    model.setFilter(Filter::all({Filter::where(QStringLiteral("rating"), Filter::Op::Equal, QStringLiteral("a")),
                                 Filter::where(QStringLiteral("since"), Filter::Op::Between, QDate(2020, 6, 1),
                                               QDate(2022, 6, 1))}));
    model.setSearch(QString());
    model.sort(column(model, "credit_limit"), Qt::DescendingOrder);
    const QString where = QStringLiteral("archived = 0 AND rating = 'a' AND since BETWEEN '2020-06-01' AND '2022-06-01'");
    CHECK(model.rowCount() == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE ") + where));
    CHECK(model.total(QStringLiteral("credit_limit"))
          == fixture.scalar(QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE ") + where));
    CHECK(model.idAt(0)
          == fixture.scalar(QStringLiteral("SELECT id FROM test_partner WHERE ") + where
                            + QStringLiteral(" ORDER BY ") + fixture.orderBy(QStringLiteral("credit_limit"), Qt::DescendingOrder)
                            + QStringLiteral(" LIMIT 1")));

    // The export takes the same rows in the same order, choices as words.
    const TableExport table = model.toTableExport();
    CHECK(table.rowCount() == model.rowCount());
    CHECK(table.columns().size() == model.columnCount());
    const int rating = column(model, "rating");
    CHECK(table.rows().constFirst().at(rating).toString() == QStringLiteral("Good"));
    CHECK(table.rows().constFirst().at(column(model, "bank_account")).toString().startsWith(QStringLiteral("••••")));
    const TableExport two = model.toTableExport({model.idAt(1), model.idAt(0)});
    REQUIRE(two.rowCount() == 2);
    CHECK(two.rows().at(0).at(0) == cell(model, 1, "name"));

    // Nothing matches: still a valid, empty list.
    model.setSearch(QStringLiteral("no such partner"));
    CHECK(model.rowCount() == 0);
    CHECK(model.total(QStringLiteral("credit_limit")) == 0);
    CHECK(model.hasAnyRecords());
}

TEST_CASE("The list refreshes after changes and keeps the clerk's place", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    fixture.addPartners(1000);
    RecordListView view(*fixture.records, QStringLiteral("test.partner"));
    view.setConfirmation([](const QString &, const QString &, const QString &) { return true; });
    show(view);
    RecordListModel *model = view.model();
    const int before = model->rowCount();

    // Select a record deep in the list.
    const int row = 555;
    const qint64 id = model->idAt(row);
    view.tableView()->setCurrentIndex(model->index(row, 0));
    CHECK(view.currentId() == id);

    // Records created elsewhere arrive once, after a short pause.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const auto created = fixture.records->create(QStringLiteral("test.partner"),
                                                 {{QStringLiteral("name"), QStringLiteral("新客户 A")},
                                                  {QStringLiteral("credit_limit"), qint64(1)}});
    INFO(created.message.toStdString());
    REQUIRE(created.ok());
    REQUIRE(fixture.records->create(QStringLiteral("test.partner"), {{QStringLiteral("name"), QStringLiteral("新客户 B")}}).ok());
    CHECK(model->rowCount() == before);
    QTRY_COMPARE(model->rowCount(), before + 2);
    QTest::qWait(200);
    CHECK(resets.count() == 1);
    CHECK(model->lastResetReason() == RecordListModel::ResetReason::Data);
    // The same record is still current, at its (new) row.
    CHECK(view.currentId() == id);
    CHECK(view.tableView()->currentIndex().row() == *model->rowForId(id));
    CHECK(view.statusText().contains(QString::number(before + 2)));

    // A record archived before the current one moves it up a row.
    model->sort(column(*model, "name"), Qt::AscendingOrder);
    const int current = 300;
    view.tableView()->setCurrentIndex(model->index(current, 0));
    const qint64 currentId = view.currentId();
    const qint64 earlier = model->idAt(10);
    const auto record = fixture.records->read(QStringLiteral("test.partner"), earlier);
    REQUIRE(fixture.records->setArchived(QStringLiteral("test.partner"), earlier, record->version, true).ok());
    QTRY_COMPARE(model->rowCount(), before + 1);
    CHECK(view.currentId() == currentId);
    CHECK(view.tableView()->currentIndex().row() == current - 1);

    // F5 refreshes at once, keeping the place.
    QSignalSpy refreshed(model, &QAbstractItemModel::modelReset);
    QTest::keyClick(view.tableView(), Qt::Key_F5);
    CHECK(refreshed.count() == 1);
    CHECK(model->lastResetReason() == RecordListModel::ResetReason::Data);
    CHECK(view.currentId() == currentId);
}

TEST_CASE("The list view sorts, searches, archives and opens from the keyboard", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    fixture.addPartners(2000);
    RecordListView view(*fixture.records, QStringLiteral("test.partner"));
    QStringList questions;
    bool answer = true;
    view.setConfirmation([&](const QString &, const QString &text, const QString &action) {
        questions.append(text);
        CHECK(action == QStringLiteral("Archive"));
        return answer;
    });
    QStringList problems;
    view.setNotification([&](const QString &, const QString &text) { problems.append(text); });
    view.filterBar()->setSearchDelay(20);
    show(view);
    RecordListModel *model = view.model();
    QTableView *table = view.tableView();

    CHECK(view.state() == RecordListView::State::List);
    CHECK(view.emptyState() == nullptr);
    CHECK(view.statusText() == QStringLiteral("1,980 records"));
    CHECK(view.totalText(QStringLiteral("credit_limit"))
          == MoneyFormat::money(fixture.scalar(QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE archived = 0"))));
    CHECK(view.totalText(QStringLiteral("name")) == QStringLiteral("Total"));
    CHECK(view.totalText(QStringLiteral("tax_id")).isEmpty());
    CHECK(table->verticalHeader()->isHidden());
    CHECK(table->alternatingRowColors());
    CHECK(table->selectionMode() == QAbstractItemView::ExtendedSelection);
    // Default widths fit the content type: a date column is narrower than a name.
    CHECK(table->columnWidth(column(*model, "since")) < table->columnWidth(column(*model, "name")));
    CHECK(view.totalsRow()->sectionSize(column(*model, "credit_limit"))
          == table->columnWidth(column(*model, "credit_limit")));

    // A click on the "Credit limit" header sorts by it; a second reverses.
    QHeaderView *header = table->horizontalHeader();
    const int credit = column(*model, "credit_limit");
    const QPoint middle(header->sectionViewportPosition(credit) + header->sectionSize(credit) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    CHECK(model->sortColumn() == credit);
    CHECK(header->sortIndicatorSection() == credit);
    const Qt::SortOrder first = model->sortOrder();
    const QString sql = QStringLiteral("SELECT id FROM test_partner WHERE archived = 0 ORDER BY %1 LIMIT 1");
    const Qt::SortOrder second = first == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    CHECK(model->idAt(0) == fixture.scalar(sql.arg(fixture.orderBy(QStringLiteral("credit_limit"), first))));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    CHECK(model->sortOrder() != first);
    CHECK(model->idAt(0) == fixture.scalar(sql.arg(fixture.orderBy(QStringLiteral("credit_limit"), second))));
    CHECK(header->sortIndicatorSection() == credit);
    // The widths survive the reset a sort makes.
    CHECK(view.totalsRow()->sectionSize(credit) == table->columnWidth(credit));

    // Typing in the table searches; the search waits for the pause.
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("A"));
    QLineEdit *search = view.filterBar()->searchEdit();
    CHECK(search->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("cme"));
    CHECK(search->text() == QStringLiteral("Acme"));
    const qint64 acme = fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND name LIKE '%Acme%'"));
    QTRY_COMPARE(qint64(model->rowCount()), acme);
    CHECK(view.statusText() == QStringLiteral("%1 records").arg(acme));
    // Down goes back to the list, on its first row.
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);

    // Enter and double-click open; Ctrl+N asks for a new one.
    QSignalSpy opened(&view, &RecordListView::openRequested);
    QSignalSpy created(&view, &RecordListView::newRequested);
    table->setCurrentIndex(model->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == model->idAt(2));
    const QRect third = table->visualRect(model->index(3, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, third.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, third.center());
    REQUIRE(opened.count() == 2);
    CHECK(opened.at(1).at(0).toLongLong() == model->idAt(3));
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    CHECK(created.count() == 1);

    // Delete archives the selection after asking, once.
    const int shown = model->rowCount();
    table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(view.selectedCount() == 3);
    CHECK(view.statusText().contains(QStringLiteral("3 selected")));
    const QList<qint64> chosen = view.selectedIds();
    REQUIRE(chosen.size() == 3);
    CHECK(chosen.at(0) == model->idAt(0));
    answer = false;
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(questions.size() == 1);
    CHECK(questions.constFirst().startsWith(QStringLiteral("Archive the 3 selected records?")));
    CHECK_FALSE(fixture.records->read(QStringLiteral("test.partner"), chosen.at(0))->archived);
    answer = true;
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(questions.size() == 2);
    for (qint64 id : chosen)
        CHECK(fixture.records->read(QStringLiteral("test.partner"), id)->archived);
    CHECK(model->rowCount() == shown - 3);
    CHECK(problems.isEmpty());
    // One record: asked by name.
    table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString name = cell(*model, 0, "name");
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(questions.constLast().startsWith(QStringLiteral("Archive “%1”?").arg(name)));

    // No match: its own empty state, whose button clears the filter.
    view.filterBar()->setSearchText(QStringLiteral("zzzz"));
    CHECK(model->rowCount() == 0);
    REQUIRE(view.state() == RecordListView::State::NoMatches);
    REQUIRE(view.emptyState());
    CHECK(view.emptyState()->isVisible());
    CHECK(view.emptyState()->title() == QStringLiteral("Nothing matches “zzzz”"));
    auto *clear = view.emptyState()->findChild<QPushButton *>();
    REQUIRE(clear);
    clear->click();
    CHECK(view.state() == RecordListView::State::List);
    CHECK(model->rowCount() == 1980 - 4);
    CHECK(search->text().isEmpty());

    // Field filters from the bar.
    view.filterBar()->setFieldFilter(QStringLiteral("rating"),
                                     Filter::where(QStringLiteral("rating"), Filter::Op::Equal, QStringLiteral("b")),
                                     QStringLiteral("Watch"));
    CHECK(model->rowCount() == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND rating = 'b'")));
    CHECK(view.filterBar()->filterButton(QStringLiteral("rating"))->text().startsWith(QStringLiteral("Rating: Watch")));
    CHECK(view.totalText(QStringLiteral("credit_limit"))
          == MoneyFormat::money(fixture.scalar(
              QStringLiteral("SELECT sum(credit_limit) FROM test_partner WHERE archived = 0 AND rating = 'b'"))));
    view.clearFilter();
    CHECK_FALSE(view.filterBar()->isActive());
}

TEST_CASE("Filter popups build the field conditions", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    fixture.addPartners(400);
    RecordListView view(*fixture.records, QStringLiteral("test.partner"));
    show(view);
    RecordFilterBar *bar = view.filterBar();
    RecordListModel *model = view.model();
    // One button per filterable column: rating, active, since.
    REQUIRE(bar->filterButton(QStringLiteral("rating")));
    REQUIRE(bar->filterButton(QStringLiteral("active")));
    REQUIRE(bar->filterButton(QStringLiteral("since")));
    CHECK_FALSE(bar->filterButton(QStringLiteral("name")));

    // Yes/no: one click.
    bar->openFilterPopup(QStringLiteral("active"));
    QWidget *popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    QPushButton *yes = nullptr;
    for (QPushButton *button : popup->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Yes"))
            yes = button;
    REQUIRE(yes);
    yes->click();
    CHECK(model->rowCount() == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND active = 1")));

    // Date range: from/to and Enter.
    bar->openFilterPopup(QStringLiteral("since"));
    popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    auto *from = popup->findChild<QDateEdit *>(QStringLiteral("from"));
    auto *to = popup->findChild<QDateEdit *>(QStringLiteral("to"));
    REQUIRE(from);
    REQUIRE(to);
    from->setDate(QDate(2020, 3, 1));
    to->setDate(QDate(2020, 5, 31));
    QTest::keyClick(from, Qt::Key_Return);
    CHECK(model->rowCount()
          == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND active = 1 AND "
                                           "since BETWEEN '2020-03-01' AND '2020-05-31'")));
    CHECK(bar->filterButton(QStringLiteral("since"))->text().contains(QStringLiteral("2020-03-01 – 2020-05-31")));

    // Choices: tick and apply.
    bar->openFilterPopup(QStringLiteral("rating"));
    popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    auto *choices = popup->findChild<QListWidget *>(QStringLiteral("choices"));
    REQUIRE(choices);
    REQUIRE(choices->count() == 2);
    choices->item(1)->setCheckState(Qt::Checked);
    popup->findChild<QPushButton *>(QStringLiteral("apply"))->click();
    CHECK(model->rowCount()
          == fixture.scalar(QStringLiteral("SELECT count(*) FROM test_partner WHERE archived = 0 AND active = 1 AND "
                                           "since BETWEEN '2020-03-01' AND '2020-05-31' AND rating = 'b'")));
    CHECK(bar->filteredFields().size() == 3);
    bar->clear();
    CHECK(model->rowCount() == 396);

    // References: a list of orders filtered by partner, found by typing.
    for (int i = 0; i < 30; ++i)
        REQUIRE(fixture.records
                    ->create(QStringLiteral("test.order"),
                             {{QStringLiteral("number"), QStringLiteral("SO-%1").arg(i)},
                              {QStringLiteral("partner"), qint64(i % 3 + 1)}})
                    .ok());
    RecordListView orders(*fixture.records, QStringLiteral("test.order"));
    show(orders);
    REQUIRE(orders.filterBar()->filterButton(QStringLiteral("partner")));
    orders.filterBar()->openFilterPopup(QStringLiteral("partner"));
    popup = QApplication::activePopupWidget();
    REQUIRE(popup);
    auto *find = popup->findChild<QLineEdit *>(QStringLiteral("find"));
    auto *matches = popup->findChild<QListWidget *>(QStringLiteral("matches"));
    REQUIRE(find);
    REQUIRE(matches);
    find->setText(QStringLiteral("000002"));
    REQUIRE(matches->count() == 1);
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(orders.model()->rowCount() == 10);
    CHECK(orders.filterBar()->filterButton(QStringLiteral("partner"))->text().contains(QStringLiteral("Acme 000002")));
}

TEST_CASE("Empty lists say why, and columns are chosen per entity", "[list][backends]")
{
    Localization::apply(QStringLiteral("en"));
    Fixture fixture;
    {
        RecordListView notes(*fixture.records, QStringLiteral("test.note"));
        show(notes);
        REQUIRE(notes.state() == RecordListView::State::NoRecords);
        REQUIRE(notes.emptyState());
        CHECK(notes.emptyState()->isVisible());
        CHECK(notes.emptyState()->title() == QStringLiteral("No notes yet"));
        CHECK(notes.emptyState()->text() == QStringLiteral("Press Ctrl+N to add the first one."));
        CHECK_FALSE(notes.filterBar()->isVisible());
        QSignalSpy created(&notes, &RecordListView::newRequested);
        QTest::keyClick(&notes, Qt::Key_N, Qt::ControlModifier);
        CHECK(created.count() == 1);
        // The first record arrives: the list appears.
        REQUIRE(fixture.records->create(QStringLiteral("test.note"), {{QStringLiteral("title"), QStringLiteral("开会")}}).ok());
        QTRY_VERIFY(notes.state() == RecordListView::State::List);
        CHECK(notes.model()->rowCount() == 1);
        CHECK(notes.filterBar()->isVisible());
        // No money column, no totals row.
        CHECK_FALSE(notes.totalsRow()->isVisibleTo(&notes));
    }

    // A failure to archive is told, not swallowed.
    REQUIRE(fixture.records->create(QStringLiteral("test.log"), {{QStringLiteral("message"), QStringLiteral("x")}}).ok());
    {
        RecordListView log(*fixture.records, QStringLiteral("test.log"));
        QStringList problems;
        log.setNotification([&](const QString &, const QString &text) { problems.append(text); });
        show(log);
        log.tableView()->setCurrentIndex(log.model()->index(0, 0));
        bool asked = false;
        log.setConfirmation([&](const QString &, const QString &, const QString &) { return asked = true; });
        log.archiveSelected();
        CHECK_FALSE(asked); // refused before asking
        REQUIRE(problems.size() == 1);
        CHECK(problems.constFirst().contains(QStringLiteral("cannot be archived")));
        CHECK(log.model()->rowCount() == 1);
    }

    // Columns: chosen in the header's menu, remembered for the entity.
    fixture.addPartners(50);
    QSettings().remove(QStringLiteral("lists/test.partner"));
    {
        RecordListView partners(*fixture.records, QStringLiteral("test.partner"));
        show(partners);
        CHECK(partners.visibleColumns() == RecordListModel::defaultColumns(partnerEntity()));
        std::unique_ptr<QMenu> menu(partners.createColumnMenu(nullptr));
        QAction *notes = nullptr;
        QAction *tax = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data() == QStringLiteral("notes"))
                notes = action;
            if (action->data() == QStringLiteral("tax_id"))
                tax = action;
        }
        REQUIRE(notes);
        REQUIRE(tax);
        CHECK_FALSE(notes->isChecked());
        notes->trigger();
        tax->trigger();
        CHECK(partners.visibleColumns().contains(QStringLiteral("notes")));
        CHECK_FALSE(partners.visibleColumns().contains(QStringLiteral("tax_id")));
        partners.tableView()->setColumnWidth(0, 333);
    }
    {
        RecordListView again(*fixture.records, QStringLiteral("test.partner"));
        CHECK(again.visibleColumns().contains(QStringLiteral("notes")));
        CHECK_FALSE(again.visibleColumns().contains(QStringLiteral("tax_id")));
        CHECK(again.tableView()->columnWidth(0) == 333);
        again.setVisibleColumns(RecordListModel::defaultColumns(partnerEntity()));
    }
    CHECK_FALSE(QSettings().contains(QStringLiteral("lists/test.partner/columns")));
}
