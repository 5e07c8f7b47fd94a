#pragma once

#include <QString>

#include <functional>

namespace Backroom {

class Database;

// Fills a freshly created demo company with a module's sample records. Runs
// inside the creation transaction, after every schema step. With
// everyCompany it is the module's setup instead (a chart of accounts), run
// for every new company, demo or not, before any demo records.
struct DemoDataContribution
{
    QString id;
    bool everyCompany = false;
    std::function<bool(Database &db, const QString &language, QString *errorString)> populate;
};

} // namespace Backroom
