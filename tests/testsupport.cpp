#include "testsupport.h"

#include "database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace BackroomTests {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

Backroom::ModuleSchema tableSchema(const QString &moduleId, int steps, int failingStep)
{
    Backroom::ModuleSchema schema;
    schema.moduleId = moduleId;
    schema.moduleVersion = QStringLiteral("1.0.0");
    for (int version = 1; version <= steps; ++version) {
        Backroom::SchemaStep step;
        step.moduleId = moduleId;
        step.version = version;
        step.description = QStringLiteral("table v%1").arg(version);
        const bool fail = version == failingStep;
        step.apply = [moduleId, version, fail](Backroom::Database &db, QString *error) {
            if (!db.exec(QStringLiteral("CREATE TABLE %1_v%2 (id INTEGER PRIMARY KEY)").arg(moduleId).arg(version),
                         {}, error))
                return false;
            if (fail) {
                *error = QStringLiteral("step %1 fails on purpose").arg(version);
                return false;
            }
            return true;
        };
        schema.steps.append(step);
    }
    return schema;
}

void createCompany(const QString &path, const QList<Backroom::ModuleSchema> &modules, const QString &name)
{
    Backroom::CompanyFile::NewCompany company;
    company.name = name;
    Backroom::CompanyFile::Status status;
    auto file = Backroom::CompanyFile::create(path, company, modules, {}, &status);
    INFO(status.message.toStdString());
    REQUIRE(file);
}

std::unique_ptr<Backroom::CompanyFile> openCompanyWith(const QString &path, const QString &moduleId,
                                                       const QList<Backroom::Entity> &declared,
                                                       Backroom::Registry<Backroom::Entity> *entities)
{
    Backroom::ModuleSchema schema;
    schema.moduleId = moduleId;
    schema.moduleVersion = QStringLiteral("1.0");
    schema.entities = declared;
    for (const Backroom::Entity &entity : declared)
        REQUIRE(entities->add(moduleId, entity));
    createCompany(path, {schema});
    Backroom::CompanyFile::Status status;
    auto company = Backroom::CompanyFile::open(path, {schema}, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    return company;
}

} // namespace BackroomTests
