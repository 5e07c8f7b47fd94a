#include "localization.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using Backroom::Localization;

TEST_CASE("The language comes from the command line, then the setting, then the system", "[i18n]")
{
    CHECK(Localization::chooseLanguage(QStringLiteral("zh_CN"), QStringLiteral("en")) == QStringLiteral("zh_CN"));
    CHECK(Localization::chooseLanguage(QString(), QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(Localization::chooseLanguage(QStringLiteral("fr"), QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(Localization::chooseLanguage(QString(), QString()) == Localization::systemLanguage());
}

TEST_CASE("The embedded Chinese catalogue is installed and used", "[i18n]")
{
    REQUIRE(Localization::apply(QStringLiteral("zh_CN")));
    CHECK(Localization::currentLanguage() == QStringLiteral("zh_CN"));
    const QString translated = QCoreApplication::translate("Backroom::Internal::MainWindow", "&File");
    CHECK(translated != QStringLiteral("&File"));
    CHECK(translated.contains(QStringLiteral("文件")));
    REQUIRE(Localization::apply(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("Backroom::Internal::MainWindow", "&File") == QStringLiteral("&File"));
}
