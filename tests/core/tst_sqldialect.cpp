#include "sqldialect.h"

#include <catch2/catch.hpp>

using Backroom::SqlDialect;

TEST_CASE("The dialect holds what differs between SQLite and PostgreSQL", "[dialect]")
{
    const SqlDialect sqlite = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
    const SqlDialect postgres = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    CHECK(sqlite.kind() == SqlDialect::Kind::Sqlite);
    CHECK(postgres.kind() == SqlDialect::Kind::Postgres);
    CHECK(sqlite.beginWriteTransaction() == QStringLiteral("BEGIN IMMEDIATE"));
    CHECK(postgres.beginWriteTransaction().startsWith(QStringLiteral("BEGIN")));
    CHECK(sqlite.integerType() == QStringLiteral("INTEGER"));
    CHECK(postgres.integerType() == QStringLiteral("BIGINT"));
    CHECK(sqlite.connectionSetup().contains(QStringLiteral("PRAGMA foreign_keys = ON")));
    CHECK(sqlite.tableExistsQuery().contains(QStringLiteral("sqlite_master")));
    CHECK(postgres.tableExistsQuery().contains(QStringLiteral("information_schema")));
    // Indexes in the list's order: NULL first, ties by id (SQLite's entries
    // end in the rowid already).
    CHECK(sqlite.sortIndexColumns(QStringLiteral("name")) == QStringLiteral("name"));
    CHECK(postgres.sortIndexColumns(QStringLiteral("name")) == QStringLiteral("name NULLS FIRST, id"));
    CHECK(sqlite.uniqueIndexColumn(QStringLiteral("name")) == QStringLiteral("name"));
    CHECK(postgres.uniqueIndexColumn(QStringLiteral("name")) == QStringLiteral("name NULLS FIRST"));
    // Neither dialect ever stores money or quantities as floating point.
    for (const SqlDialect &dialect : {sqlite, postgres}) {
        CHECK_FALSE(dialect.integerType().contains(QStringLiteral("REAL")));
        CHECK_FALSE(dialect.integerType().contains(QStringLiteral("NUMERIC")));
    }
}
