#pragma once

#include "coreglobal.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Backroom {

// The user-interface language: English source strings, Simplified Chinese
// translations embedded in the core library.
class BACKROOM_CORE_EXPORT Localization
{
public:
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    static bool isSupported(const QString &language);
    // An explicit choice (command line, then saved setting) wins over the
    // system locale; anything Chinese maps to zh_CN, everything else to en.
    static QString chooseLanguage(const QString &commandLine, const QString &setting);
    static QString systemLanguage();
    // Installs the translators for the language (Backroom's and Qt's own).
    static bool apply(const QString &language);
    static QString currentLanguage();
    static QString languageDisplayName(const QString &language);
    static QString settingsKey() { return QStringLiteral("ui/language"); }
};

} // namespace Backroom
