#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Backroom {

// A question a module asks when a company is created, answered once and
// kept with the company: which chart of accounts the books start with.
// The New Company dialog shows one list per choice and `backroom-cli init`
// takes `--choice ID=VALUE`; the answer is stored in backroom_meta under
// "choice.<id>" before any module's setup runs, so the setup reads it from
// the company itself (CompanyFile::choice) and so can anyone later.
struct CompanyChoiceContribution
{
    struct Option
    {
        QString value;                   // stable: stored in the company
        std::function<QString()> label;  // translated, read when shown
    };

    QString id;                          // "finance.chart"
    std::function<QString()> label;      // translated ("Chart of accounts")
    std::function<QString()> help;       // translated tool tip; may be empty
    QList<Option> options;
    // The option a company in this language starts with.
    std::function<QString(const QString &language)> defaultFor;

    bool hasOption(const QString &value) const
    {
        for (const Option &option : options)
            if (option.value == value)
                return true;
        return false;
    }
};

} // namespace Backroom
