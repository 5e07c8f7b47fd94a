#pragma once

#include <QString>

#include <functional>

namespace Backroom {

class Database;

// Fills a freshly created demo company with a module's sample records. Runs
// inside the creation transaction, after every schema step.
struct DemoDataContribution
{
    QString id;
    std::function<bool(Database &db, const QString &language, QString *errorString)> populate;
};

} // namespace Backroom
