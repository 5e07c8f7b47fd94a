#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Backroom::Internal {

// The desktop application's command line.
struct ShellOptions
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Internal::ShellOptions)

public:
    QString companyPath;      // FILE
    QString language;         // --lang
    QString screenshotPath;   // --screenshot OUT.png
    QString page;             // --page MODULE[/PAGE]
    QString size;             // --size WxH (screenshots)
    QString user;             // --user NAME (password: BACKROOM_PASSWORD)
    bool demo = false;        // --demo: the demo company in the data folder
    bool exitWhenIdle = false;// --exit-when-idle: benchmark probe
    bool showHelp = false;
    bool showVersion = false;
    QString error;

    static ShellOptions parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace Backroom::Internal
