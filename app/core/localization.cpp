#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Backroom {

namespace {
QString s_current = QStringLiteral("en");
QTranslator *s_backroomTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;
} // namespace

bool Localization::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString Localization::systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        if (language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Localization::chooseLanguage(const QString &commandLine, const QString &setting)
{
    if (isSupported(commandLine))
        return commandLine;
    if (isSupported(setting))
        return setting;
    return systemLanguage();
}

bool Localization::apply(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (s_backroomTranslator) {
        QCoreApplication::removeTranslator(s_backroomTranslator);
        delete s_backroomTranslator;
        s_backroomTranslator = nullptr;
    }
    if (s_qtTranslator) {
        QCoreApplication::removeTranslator(s_qtTranslator);
        delete s_qtTranslator;
        s_qtTranslator = nullptr;
    }
    s_current = isSupported(language) ? language : QStringLiteral("en");
    // Dates and numbers follow the system when it speaks the interface's
    // language (an English interface in Britain keeps day/month order).
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = s_current == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English;
    QLocale::setDefault(system.language() == wanted ? system
                        : QLocale(s_current == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    if (s_current == QLatin1String("en"))
        return true;

    s_backroomTranslator = new QTranslator(app);
    const bool ok = s_backroomTranslator->load(QStringLiteral(":/i18n/backroom_%1.qm").arg(s_current));
    if (ok)
        QCoreApplication::installTranslator(s_backroomTranslator);

    // Qt's own strings (standard buttons, file dialogs) come from Qt's
    // translation catalogue when it is installed; without it they stay English.
    s_qtTranslator = new QTranslator(app);
    if (s_qtTranslator->load(QStringLiteral("qtbase_%1").arg(s_current),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qtTranslator);
    return ok;
}

QString Localization::currentLanguage()
{
    return s_current;
}

QString Localization::languageDisplayName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace Backroom
