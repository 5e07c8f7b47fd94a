// One test for every entity any module declares (and the core's own): what
// the platform promises a module for free must hold for each of them —
// translated labels, tables on both dialects with integer money, a list and
// a form that build, and a record that survives create, edit in the form,
// export and import unchanged.
#include "companyfile.h"
#include "csvreader.h"
#include "csvtablewriter.h"
#include "database.h"
#include "entity.h"
#include "entityschema.h"
#include "fieldcodec.h"
#include "fieldeditor.h"
#include "localization.h"
#include "recordexporter.h"
#include "recordformview.h"
#include "recordimporter.h"
#include "recordlistmodel.h"
#include "recordlistview.h"
#include "records.h"
#include "sqldialect.h"
#include "suite.h"
#include "syntheticrecords.h"
#include "systemaccount.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

struct Labels
{
    QString label, plural;
    QStringList fields;   // field labels, then choice labels
};

Labels labelsOf(const Entity &entity)
{
    Labels labels{entity.label(), entity.pluralLabel(), {}};
    for (const Field &field : entity.fields()) {
        labels.fields.append(field.label());
        for (const Field::Choice &choice : field.choices())
            labels.fields.append(choice.label ? choice.label() : choice.key);
    }
    return labels;
}

bool isIntegerBacked(const Field &field)
{
    return field.type() == Field::Type::Money || field.type() == Field::Type::Quantity
        || field.type() == Field::Type::Integer;
}

// Creates a record of the entity from synthetic values; the seed is moved on
// until one is accepted (a unique text taken by demo data, say).
Records::Result createSynthetic(Records &records, Database &db, const Registry<Entity> &entities, const Entity &entity,
                                qint64 base)
{
    QRandomGenerator random{quint32(base)};
    const SyntheticRecords::Targets targets = SyntheticRecords::referenceTargets(db, entity, entities, 50);
    Records::Result result;
    for (qint64 n = base; n < base + 20; ++n) {
        result = records.create(entity.id(), SyntheticRecords::values(entity, n, random, targets));
        if (result.ok())
            return result;
    }
    return result;
}

} // namespace

TEST_CASE("Every declared entity gets what the platform promises", "[conformance]")
{
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    const Registry<Entity> &entities = suite.registries().entities;
    REQUIRE(entities.items().size() >= 6);   // the core's at least

    QTemporaryDir dir;
    CompanyFile::NewCompany newCompany;
    newCompany.name = QStringLiteral("Conformance Co.");
    newCompany.demo = true;
    CompanyFile::Status status;
    auto company = suite.createCompany(dir.filePath(QStringLiteral("conformance.backroom")), newCompany, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    Database &db = company->database();
    Records records(db, entities, SystemAccount::userName());

    // English labels first, then the same in Chinese.
    REQUIRE(Localization::apply(QStringLiteral("en")));
    QHash<QString, Labels> english;
    for (const Entity &entity : entities.items())
        english.insert(entity.id(), labelsOf(entity));
    REQUIRE(Localization::apply(QStringLiteral("zh_CN")));
    QHash<QString, Labels> chinese;
    for (const Entity &entity : entities.items())
        chinese.insert(entity.id(), labelsOf(entity));
    REQUIRE(Localization::apply(QStringLiteral("en")));

    qint64 seed = 1000;
    for (const Entity &entity : entities.items()) {
        INFO("entity " << entity.id().toStdString());
        CHECK(entity.declarationErrors().isEmpty());

        // Labels: every one translated, none left in English.
        const Labels &en = english.value(entity.id());
        const Labels &zh = chinese.value(entity.id());
        CHECK(zh.label != en.label);
        CHECK(zh.plural != en.plural);
        REQUIRE(zh.fields.size() == en.fields.size());
        for (int i = 0; i < en.fields.size(); ++i) {
            INFO("label " << en.fields.at(i).toStdString());
            CHECK(zh.fields.at(i) != en.fields.at(i));
        }

        // Tables: the SQLite one exists with integer money; PostgreSQL DDL
        // is generated with BIGINT money and no floating or decimal types.
        QSqlQuery columns(db.connection());
        REQUIRE(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(entity.tableName())));
        QHash<QString, QString> sqliteTypes;
        while (columns.next())
            sqliteTypes.insert(columns.value(1).toString(), columns.value(2).toString().toUpper());
        columns.finish();
        const QStringList postgres = EntitySchema::createStatements(entity, SqlDialect(SqlDialect::Kind::Postgres));
        REQUIRE_FALSE(postgres.isEmpty());
        const QString postgresTable = postgres.first().toUpper();
        for (const QString &banned : {QStringLiteral(" REAL"), QStringLiteral(" NUMERIC"), QStringLiteral(" DOUBLE"),
                                      QStringLiteral(" FLOAT"), QStringLiteral(" DECIMAL")})
            CHECK_FALSE(postgresTable.contains(banned));
        for (const Field &field : entity.fields()) {
            if (!field.isStored())
                continue;
            INFO("field " << field.name().toStdString());
            REQUIRE(sqliteTypes.contains(field.name()));
            if (isIntegerBacked(field)) {
                CHECK(sqliteTypes.value(field.name()) == QStringLiteral("INTEGER"));
                CHECK(EntitySchema::columnType(field, SqlDialect(SqlDialect::Kind::Postgres)) == QStringLiteral("BIGINT"));
            }
        }

        // The generic list and form build, with a column or editor per field.
        RecordListView list(records, entity.id());
        CHECK(list.model()->columnCount() > 0);
        RecordFormView form(records, entity.id());
        for (const Field &field : entity.fields()) {
            INFO("field " << field.name().toStdString());
            if (field.type() == Field::Type::ChildLines)
                CHECK(form.linesEditor(field.name()));
            else
                CHECK(form.editor(field.name()));
        }

        // Round trip: create, edit in the form, export, delete, import, compare.
        const Records::Result created = createSynthetic(records, db, entities, entity, seed += 1000);
        INFO(created.message.toStdString());
        REQUIRE(created.ok());
        REQUIRE(form.openRecord(created.id));
        const Field *editable = nullptr;
        for (const Field &field : entity.fields())
            if (field.type() == Field::Type::Text && field.isStored() && !field.isReadOnly() && !field.isSensitive()
                && !field.customValidator() && field.maxLength() >= 12) {
                editable = &field;
                break;
            }
        if (editable) {
            form.setValue(editable->name(), QStringLiteral("Edited %1").arg(created.id));
            INFO(form.problemText().toStdString());
            REQUIRE(form.save());
        }
        const std::optional<Record> original = records.read(entity.id(), created.id);
        REQUIRE(original);
        if (editable)
            CHECK(original->value(editable->name()).toString() == QStringLiteral("Edited %1").arg(created.id));

        // Sensitive values leave masked and cannot come back; the rest must.
        QStringList exported;
        for (const Field &field : entity.fields())
            if (field.isStored() && !field.isSensitive() && field.type() != Field::Type::Attachment)
                exported.append(field.name());
        QuerySpec one;
        one.filter = Filter::where(QStringLiteral("id"), Filter::Op::Equal, created.id);
        QString error;
        const TableExport table = RecordExporter::table(records, entity, one, exported, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        REQUIRE(CsvTableWriter().write(table, &csv).code == TableExport::Result::Code::Success);
        csv.close();

        const Records::Result removed = records.remove(entity.id(), created.id, original->version);
        INFO(removed.message.toStdString());
        REQUIRE(removed.ok());
        const CsvReader reader = CsvReader::fromData(csv.data());
        RecordImporter importer(records, entity);
        const RecordImporter::Result imported = importer.import(reader, importer.defaultMapping(reader.header()));
        for (const RecordImporter::Problem &problem : imported.problems)
            UNSCOPED_INFO("line " << problem.line << " " << problem.column.toStdString() << ": "
                                  << problem.message.toStdString());
        REQUIRE(imported.ok);
        CHECK(imported.imported == 1);
        const qint64 newId = db.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(entity.tableName()))->toLongLong();
        const std::optional<Record> back = records.read(entity.id(), newId);
        REQUIRE(back);
        for (const QString &name : exported) {
            INFO("field " << name.toStdString());
            // A reference travels as the record's display name, and comes
            // back as the first record of that name: where names repeat (the
            // two lines of one voucher share a summary) the name is what
            // round-trips, not the id.
            const Field *field = entity.field(name);
            if (field && field->type() == Field::Type::Reference && !back->value(name).isNull())
                CHECK(records.displayName(field->referencedEntity(), back->value(name).toLongLong())
                      == records.displayName(field->referencedEntity(), original->value(name).toLongLong()));
            else
                CHECK(back->value(name) == original->value(name));
        }
    }
}
