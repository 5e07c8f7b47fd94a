#pragma once

#include "companyfile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

} // namespace BackroomTests
