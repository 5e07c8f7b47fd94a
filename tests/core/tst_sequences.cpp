#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "records.h"
#include "sequences.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace Backroom;

TEST_CASE("Number patterns are checked and formatted", "[sequences][backends]")
{
    QString error;
    CHECK(Sequences::isValidPattern(QStringLiteral("PO-{YYYY}-{####}")));
    CHECK(Sequences::isValidPattern(QStringLiteral("记-{MM}-{###}")));
    CHECK_FALSE(Sequences::isValidPattern(QStringLiteral("PO-{YYYY}"), &error));
    CHECK(error.contains(QStringLiteral("exactly one counter")));
    CHECK_FALSE(Sequences::isValidPattern(QStringLiteral("PO-{Q}-{##}"), &error));
    CHECK(error.contains(QStringLiteral("{Q}")));
    CHECK_FALSE(Sequences::isValidPattern(QStringLiteral("PO-{##}-{##}")));
    CHECK_FALSE(Sequences::isValidPattern(QStringLiteral("PO-{##")));

    const QDate date(2026, 3, 9);
    CHECK(Sequences::format(QStringLiteral("PO-{YYYY}-{####}"), date, 7) == QStringLiteral("PO-2026-0007"));
    CHECK(Sequences::format(QStringLiteral("记-{MM}-{###}"), date, 12) == QStringLiteral("记-03-012"));
    CHECK(Sequences::format(QStringLiteral("{YY}{MM}{DD}/{##}"), date, 123) == QStringLiteral("260309/123"));
    CHECK(Sequences::periodKey(QStringLiteral("PO-{YYYY}-{####}"), date) == QStringLiteral("2026"));
    CHECK(Sequences::periodKey(QStringLiteral("记-{MM}-{###}"), date) == QStringLiteral("2026-03"));
    CHECK(Sequences::periodKey(QStringLiteral("N{######}"), date) == QString());
}

TEST_CASE("Numbers are gap-free and reset by period; a rollback gives its number back", "[sequences][backends]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seq.backroom"));
    BackroomTests::createCompany(path);
    CompanyFile::Status status;
    auto file = CompanyFile::open(BackroomTests::companyLocation(path), {}, &status);
    REQUIRE(file);
    Database &db = file->database();
    const QString pattern = QStringLiteral("记-{MM}-{###}");
    auto take = [&](const QDate &date) {
        QString error;
        WriteTransaction transaction(db);
        const auto number = Sequences::next(db, QStringLiteral("voucher"), pattern, date, &error);
        REQUIRE(number);
        REQUIRE(transaction.commit());
        return *number;
    };
    CHECK(take(QDate(2026, 3, 1)) == QStringLiteral("记-03-001"));
    CHECK(take(QDate(2026, 3, 31)) == QStringLiteral("记-03-002"));
    {
        WriteTransaction abandoned(db);
        QString error;
        CHECK(Sequences::next(db, QStringLiteral("voucher"), pattern, QDate(2026, 3, 5), &error)
              == QStringLiteral("记-03-003"));
    } // rolled back
    CHECK(Sequences::peek(db, QStringLiteral("voucher"), pattern, QDate(2026, 3, 5)) == QStringLiteral("记-03-003"));
    CHECK(take(QDate(2026, 3, 5)) == QStringLiteral("记-03-003"));
    CHECK(take(QDate(2026, 4, 1)) == QStringLiteral("记-04-001"));
    CHECK(take(QDate(2026, 3, 20)) == QStringLiteral("记-03-004"));

    // A pattern without a date part never resets: one counter for all time.
    QString error;
    WriteTransaction transaction(db);
    CHECK(Sequences::next(db, QStringLiteral("ticket"), QStringLiteral("T-{####}"), QDate(2026, 3, 1), &error)
          == QStringLiteral("T-0001"));
    CHECK(Sequences::next(db, QStringLiteral("ticket"), QStringLiteral("T-{####}"), QDate(2027, 1, 1), &error)
          == QStringLiteral("T-0002"));
    INFO(error.toStdString());
    CHECK(error.isEmpty());
    REQUIRE(transaction.commit());
}

TEST_CASE("Numbered fields are filled on create, inside the record's transaction", "[sequences][records][backends]")
{
    Entity order(QStringLiteral("shop.order"), [] { return QStringLiteral("Order"); });
    order.add(Field::text(QStringLiteral("number"), [] { return QStringLiteral("Number"); })
                  .required()
                  .unique()
                  .numbered(QStringLiteral("PO-{YYYY}-{####}"), QStringLiteral("ordered_on")))
        .add(Field::date(QStringLiteral("ordered_on"), [] { return QStringLiteral("Ordered on"); }))
        .add(Field::text(QStringLiteral("supplier"), [] { return QStringLiteral("Supplier"); }).required());
    REQUIRE(order.declarationErrors().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.backroom"));
    ModuleSchema schema{QStringLiteral("shop"), QStringLiteral("1.0"), {}, {order}};
    BackroomTests::createCompany(path, {schema});
    CompanyFile::Status status;
    auto file = CompanyFile::open(BackroomTests::companyLocation(path), {schema}, &status);
    REQUIRE(file);
    Registry<Entity> entities;
    entities.add(QStringLiteral("shop"), order);
    Records records(file->database(), entities, QStringLiteral("buyer"));

    auto create = [&](const QVariantMap &values) { return records.create(QStringLiteral("shop.order"), values); };
    const auto first = create({{QStringLiteral("ordered_on"), QStringLiteral("2026-05-02")},
                               {QStringLiteral("supplier"), QStringLiteral("得力")}});
    REQUIRE(first.ok());
    CHECK(records.read(QStringLiteral("shop.order"), first.id)->value(QStringLiteral("number")) == QStringLiteral("PO-2026-0001"));

    // A record that fails validation consumes no number.
    const auto invalid = create({{QStringLiteral("ordered_on"), QStringLiteral("2026-05-03")}});
    CHECK(invalid.code == Records::Result::Code::Invalid);
    const auto second = create({{QStringLiteral("ordered_on"), QStringLiteral("2026-05-03")},
                                {QStringLiteral("supplier"), QStringLiteral("晨光")}});
    REQUIRE(second.ok());
    CHECK(records.read(QStringLiteral("shop.order"), second.id)->value(QStringLiteral("number")) == QStringLiteral("PO-2026-0002"));

    // A number typed by the clerk is kept.
    const auto manual = create({{QStringLiteral("number"), QStringLiteral("PO-MANUAL-1")},
                                {QStringLiteral("supplier"), QStringLiteral("齐心")}});
    REQUIRE(manual.ok());
    CHECK(records.read(QStringLiteral("shop.order"), manual.id)->value(QStringLiteral("number")) == QStringLiteral("PO-MANUAL-1"));
    // The next year starts again at 1.
    const auto nextYear = create({{QStringLiteral("ordered_on"), QStringLiteral("2027-01-04")},
                                  {QStringLiteral("supplier"), QStringLiteral("得力")}});
    REQUIRE(nextYear.ok());
    CHECK(records.read(QStringLiteral("shop.order"), nextYear.id)->value(QStringLiteral("number")) == QStringLiteral("PO-2027-0001"));
}
