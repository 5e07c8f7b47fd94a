#include "shelloptions.h"

#include <QCommandLineParser>

namespace Backroom::Internal {

ShellOptions ShellOptions::parse(const QStringList &arguments)
{
    ShellOptions options;
    QCommandLineParser parser;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("page"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("size"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption idle(QStringLiteral("exit-when-idle"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("name"));
    parser.addOptions({help, version, lang, screenshot, page, size, demo, idle, user});
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.language = parser.value(lang);
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.value(page);
    options.size = parser.value(size);
    options.demo = parser.isSet(demo);
    options.exitWhenIdle = parser.isSet(idle);
    options.user = parser.value(user);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        options.error = tr("only one company file can be opened at a time");
    else if (!positional.isEmpty())
        options.companyPath = positional.constFirst();
    if (options.demo && !options.companyPath.isEmpty())
        options.error = tr("--demo and a company file cannot be combined");
    if (!options.language.isEmpty() && options.language != QLatin1String("en")
        && options.language != QLatin1String("zh_CN"))
        options.error = tr("unknown language “%1” (use zh_CN or en)").arg(options.language);
    return options;
}

QString ShellOptions::helpText()
{
    return tr("Usage: backroom [OPTIONS] [FILE]\n"
              "\n"
              "Opens the Backroom desktop application, on FILE when given, else on the last company.\n"
              "\n"
              "Options:\n"
              "  --demo                  open the demo company (created in your data folder on first use)\n"
              "  --lang zh_CN|en         language of the user interface\n"
              "  --screenshot OUT.png    open the window, wait until it is idle, save a picture of it, exit\n"
              "  --page MODULE[/PAGE]    with --screenshot: the page to show (e.g. home, finance/overview);\n"
              "                          PAGE#ID opens record ID in its form, PAGE#new a new one,\n"
              "                          reports#REPORT-ID runs that report (finance/reports#finance.ageing)\n"
              "  --size WIDTHxHEIGHT     with --screenshot: window size (default 1280x800)\n"
              "  --user NAME             sign in as NAME with the password in BACKROOM_PASSWORD, without the\n"
              "                          login dialog (for headless checks; default there: BACKROOM_USER)\n"
              "  -h, --help              show this help\n"
              "  -v, --version           show the version\n");
}

} // namespace Backroom::Internal
