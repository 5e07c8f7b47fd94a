// Creates the QApplication every test needs, before the first test case and
// only when tests actually run, so catch_discover_tests can list the tests
// at build time without a display.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <memory>

namespace {

class QtApplicationListener : public Catch::TestEventListenerBase
{
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo &) override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Tests never touch the real user's settings or data folder.
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
        qputenv("BACKROOM_DATA_DIR", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
        static int argc = 1;
        static char name[] = "backroom-tests";
        static char *argv[] = {name, nullptr};
        QApplication::setOrganizationName(QStringLiteral("BackroomTests"));
        QApplication::setApplicationName(QStringLiteral("backroom-tests"));
        m_app = std::make_unique<QApplication>(argc, argv);
    }

    void testRunEnded(const Catch::TestRunStats &) override
    {
        m_app.reset();
        m_home.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QApplication> m_app;
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
