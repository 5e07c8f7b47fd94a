#pragma once

#include "companyfile.h"
#include "entity.h"
#include "registry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace BackroomTests {

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);
// The names in a folder, sorted, to prove no side files were created.
QStringList folderEntries(const QString &folder);
// A module schema whose step N creates table <module>_vN.
Backroom::ModuleSchema tableSchema(const QString &moduleId, int steps, int failingStep = 0);
// Creates a company with the given schemas; fails the test on error.
void createCompany(const QString &path, const QList<Backroom::ModuleSchema> &modules = {},
                   const QString &name = QStringLiteral("Test Co."));

// Creates and opens a company in which module moduleId declares these
// entities, and registers them in `entities`; fails the test on error.
std::unique_ptr<Backroom::CompanyFile> openCompanyWith(const QString &path, const QString &moduleId,
                                                       const QList<Backroom::Entity> &declared,
                                                       Backroom::Registry<Backroom::Entity> *entities);

} // namespace BackroomTests
