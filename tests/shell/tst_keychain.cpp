// Server passwords in the system keychain, against the real thing: "[keychain]"
// runs inside keychain-session.sh (a private D-Bus session with GNOME Keyring,
// unlocked with a throwaway password), "[nokeychain]" on a session bus that
// does not exist, as on a headless box. Both drive a real PostgreSQL server.
#include "companyfile.h"
#include "database.h"
#include "localization.h"
#include "mainwindow.h"
#include "newcompanydialog.h"
#include "passwordhasher.h"
#include "servercompanydialog.h"
#include "serverpasswordstore.h"
#include "suite.h"
#include "testsupport.h"
#include "welcomepage.h"

#include <catch2/catch.hpp>

#include <qt6keychain/keychain.h>

#include <QCheckBox>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Backroom;
using namespace Backroom::Internal;

namespace {

using StringMap = QMap<QString, QString>;

// The Secret Service's own answer, over D-Bus: the items QtKeychain made for
// `service`, each as its label and attributes, so the test sees what really
// landed in the keyring rather than what the store reports.
QStringList secretItems(const QString &service)
{
    qDBusRegisterMetaType<StringMap>();
    QDBusInterface secrets(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), QDBusConnection::sessionBus());
    REQUIRE(secrets.isValid());
    const QDBusMessage reply =
        secrets.call(QStringLiteral("SearchItems"), QVariant::fromValue(StringMap{{QStringLiteral("server"), service}}));
    INFO(reply.errorMessage().toStdString());
    REQUIRE(reply.type() == QDBusMessage::ReplyMessage);
    QList<QDBusObjectPath> paths;
    for (const QVariant &found : reply.arguments())
        paths += qdbus_cast<QList<QDBusObjectPath>>(found);
    QStringList items;
    for (const QDBusObjectPath &path : std::as_const(paths)) {
        // Through Properties.Get: QDBusInterface::property() cannot read an a{ss}.
        QDBusInterface properties(QStringLiteral("org.freedesktop.secrets"), path.path(),
                                  QStringLiteral("org.freedesktop.DBus.Properties"), QDBusConnection::sessionBus());
        const auto property = [&](const QString &name) {
            const QDBusMessage answer =
                properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Item"), name);
            REQUIRE(answer.type() == QDBusMessage::ReplyMessage);
            return answer.arguments().constFirst().value<QDBusVariant>().variant();
        };
        const StringMap attributes = qdbus_cast<StringMap>(property(QStringLiteral("Attributes")));
        QStringList text{property(QStringLiteral("Label")).toString()};
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            text.append(it.key() + QLatin1Char('=') + it.value());
        items.append(text.join(QLatin1Char(' ')));
    }
    return items;
}

// Answers the modal dialogs a window opens while a call runs: `onForm` fills
// the server form (it is told how many forms came before), message boxes are
// noted and closed.
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(ServerCompanyDialog &, int)> onForm)
        : m_onForm(std::move(onForm))
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { answer(); });
        m_timer.start(20);
    }

    int forms = 0;
    QStringList messages;

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *form = qobject_cast<ServerCompanyDialog *>(modal); form && form != m_lastForm) {
            m_lastForm = form;
            m_onForm(*form, forms++);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages.append(box->text());
            box->accept();
        }
    }

    std::function<void(ServerCompanyDialog &, int)> m_onForm;
    QPointer<ServerCompanyDialog> m_lastForm;
    QTimer m_timer;
};

struct ServerCompany
{
    QString location;
    QString password;
};

// A company on the test server, and the server's password taken out of the
// environment so that only what the form or the keychain gives is used.
ServerCompany freshCompany(Suite &suite, const QString &prefix)
{
    const QString location = BackroomTests::freshServerCompany(prefix);
    CompanyFile::NewCompany company;
    company.name = QStringLiteral("钥匙串测试");
    company.administrator = {QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("Ledger-2026")};
    CompanyFile::Status status;
    INFO(status.message.toStdString());
    REQUIRE(suite.createCompany(location, company, &status));
    return {location, qEnvironmentVariable("PGPASSWORD")};
}

// Every key and value of the application's settings, and the settings file
// itself, as text.
QString everythingInSettings()
{
    QSettings settings;
    settings.sync();
    QString text;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        text += key + QLatin1Char('=')
                + (value.canConvert<QStringList>() ? value.toStringList().join(QLatin1Char('|')) : value.toString())
                + QLatin1Char('\n');
    }
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return text + QString::fromUtf8(file.readAll());
}

QString auditText(CompanyFile &company)
{
    QSqlQuery query(company.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM backroom_audit")));
    QString text;
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int i = 0; i < query.record().count(); ++i)
            text += query.value(i).toString() + QLatin1Char('\t');
    }
    CHECK(rows > 0);
    return text;
}

} // namespace

TEST_CASE("The keychain's key names the connection, never the password", "[keychain][nokeychain]")
{
    CHECK(ServerPasswordStore::identity(QStringLiteral("postgresql://wang@db.office.lan/books"))
          == QStringLiteral("wang@db.office.lan:5432/books"));
    // Companies in several schemas of one database share its user's password;
    // the TLS mode does not change whose password it is.
    CHECK(ServerPasswordStore::identity(
              QStringLiteral("postgresql://wang@db.office.lan:6543/books?sslmode=require&schema=shop_1"))
          == QStringLiteral("wang@db.office.lan:6543/books"));
    ServerCompanyDialog dialog;
    dialog.serviceEdit()->setText(QStringLiteral("office"));
    dialog.userEdit()->setText(QStringLiteral("li"));
    CHECK(ServerPasswordStore::identity(dialog.url()) == QStringLiteral("li@service:office"));
}

TEST_CASE("The keychain's errors are our translated sentences, the library's words after them",
          "[keychain][nokeychain]")
{
    Localization::apply(QStringLiteral("en"));
    CHECK(ServerPasswordStore::errorText(QKeychain::NoError).isEmpty());
    CHECK(ServerPasswordStore::errorText(QKeychain::AccessDeniedByUser, QStringLiteral("User cancelled"))
          == QStringLiteral("Access to the system keychain was refused at its prompt. (Details: User cancelled)"));
    CHECK(ServerPasswordStore::errorText(QKeychain::AccessDenied)
          == QStringLiteral("The system keychain refused access; it may be locked."));
    CHECK(ServerPasswordStore::errorText(QKeychain::NoBackendAvailable, QStringLiteral("No keychain service available"))
          == QStringLiteral("No keychain service such as GNOME Keyring or KWallet answered. (Details: No keychain "
                            "service available)"));
    CHECK(ServerPasswordStore::errorText(QKeychain::EntryNotFound)
          == QStringLiteral("No password is saved in the system keychain for this server."));
    CHECK(ServerPasswordStore::errorText(QKeychain::CouldNotDeleteEntry)
          == QStringLiteral("The system keychain could not delete the saved password."));
    CHECK(ServerPasswordStore::errorText(QKeychain::NotImplemented)
          == QStringLiteral("The system keychain cannot do this on this system."));
    CHECK(ServerPasswordStore::errorText(QKeychain::OtherError, QStringLiteral("Unknown error"))
          == QStringLiteral("The system keychain reported an error. (Details: Unknown error)"));
}

TEST_CASE("The system keychain keeps, returns, replaces and forgets a server password", "[keychain]")
{
    const ServerPasswordStore store(QStringLiteral("BackroomTests"));
    INFO(store.unavailableReason().toStdString());
    REQUIRE(store.isAvailable());
    CHECK(store.unavailableReason().isEmpty());
    const QString shop = QStringLiteral("postgresql://wang@db.office.lan/books?schema=shop");
    const QString hq = QStringLiteral("postgresql://wang@db.office.lan/books?schema=hq&sslmode=require");
    const QString other = QStringLiteral("postgresql://wang@db.office.lan/payroll");

    QString error;
    CHECK_FALSE(store.read(shop, &error));
    CHECK(error.isEmpty()); // none saved is no failure
    REQUIRE(store.write(shop, QStringLiteral("Secret-1 密码"), &error));
    CHECK(store.read(shop) == QStringLiteral("Secret-1 密码"));
    CHECK(store.read(hq) == QStringLiteral("Secret-1 密码")); // the same database user
    CHECK_FALSE(store.read(other));
    // In the keyring itself: one item, found by the connection, with no
    // trace of the password in its label or attributes.
    QStringList items = secretItems(QStringLiteral("BackroomTests"));
    INFO(items.join(QStringLiteral("; ")).toStdString());
    REQUIRE(items.size() == 1);
    CHECK(items.first().contains(QStringLiteral("wang@db.office.lan:5432/books")));
    CHECK_FALSE(items.first().contains(QStringLiteral("Secret-1")));
    CHECK(items.first().contains(QStringLiteral("server=BackroomTests")));

    REQUIRE(store.write(hq, QStringLiteral("Secret-2"), &error));
    CHECK(store.read(shop) == QStringLiteral("Secret-2"));
    CHECK(secretItems(QStringLiteral("BackroomTests")).size() == 1);
    REQUIRE(store.write(other, QStringLiteral("Payroll-3")));
    CHECK(secretItems(QStringLiteral("BackroomTests")).size() == 2);

    REQUIRE(store.remove(shop, &error));
    CHECK_FALSE(store.read(shop));
    CHECK(store.read(other) == QStringLiteral("Payroll-3"));
    CHECK(store.remove(shop)); // nothing left to forget is no failure
    REQUIRE(store.remove(other));
    CHECK(secretItems(QStringLiteral("BackroomTests")).isEmpty());
}

TEST_CASE("A remembered server password reopens the company without asking; a refused one is forgotten and asked "
          "again",
          "[keychain][postgres]")
{
    Localization::apply(QStringLiteral("en"));
    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    Suite suite{QStringList{}};
    const ServerCompany server = freshCompany(suite, QStringLiteral("keychain"));
    REQUIRE_FALSE(server.password.isEmpty());
    const QByteArray environmentPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    auto restorePassword = qScopeGuard([&] { qputenv("PGPASSWORD", environmentPassword); });
    const ServerPasswordStore keychain;
    REQUIRE(keychain.isAvailable());
    REQUIRE(keychain.remove(server.location));

    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"));

    // First time: the form, the box ticked, the password typed.
    {
        DialogAnswerer answerer([&](ServerCompanyDialog &form, int) {
            CHECK(form.rememberBox()->isVisibleTo(&form));
            CHECK(form.rememberBox()->isEnabled());
            CHECK_FALSE(form.rememberBox()->isChecked());
            CHECK(form.rememberBox()->text() == QStringLiteral("Re&member password in the system keychain"));
            form.passwordEdit()->setText(server.password);
            form.rememberBox()->setChecked(true);
            CHECK(form.passwordEdit()->placeholderText() == QStringLiteral("kept in the system keychain once connected"));
            form.accept();
        });
        window.openServerCompany(server.location);
        CHECK(answerer.forms == 1);
        CHECK(answerer.messages.isEmpty());
    }
    REQUIRE(window.company());
    CHECK(window.company()->path() == server.location);
    CHECK(keychain.read(server.location) == server.password);
    // Nowhere else: not in the settings (recent companies, last company,
    // logins), not in the company's audit log.
    const QString settings = everythingInSettings();
    CHECK(settings.contains(QStringLiteral("company/recent")));
    CHECK(settings.contains(Database::postgresSchema(server.location)));
    CHECK_FALSE(settings.contains(server.password));
    CHECK_FALSE(auditText(*window.company()).contains(server.password));

    // Reopened from the recent list: no form at all.
    window.closeCompany();
    REQUIRE_FALSE(window.company());
    {
        DialogAnswerer answerer([](ServerCompanyDialog &form, int) { form.reject(); });
        window.openServerCompany(server.location);
        CHECK(answerer.forms == 0);
        CHECK(answerer.messages.isEmpty());
    }
    REQUIRE(window.company());
    CHECK(window.company()->path() == server.location);
    window.closeCompany();

    // The password changed on the server (here: the saved one is wrong):
    // forgotten, and the form says so and asks again.
    REQUIRE(keychain.write(server.location, QStringLiteral("an-old-password")));
    {
        DialogAnswerer answerer([&](ServerCompanyDialog &form, int) {
            CHECK(form.noticeLabel()->isVisibleTo(&form));
            CHECK(form.noticeLabel()->text()
                  == QStringLiteral("The server refused the password saved in the system keychain, so it was "
                                    "forgotten. Type the password again."));
            CHECK_FALSE(keychain.read(server.location)); // already forgotten while the form asks
            CHECK(form.rememberBox()->isChecked());
            CHECK(form.passwordEdit()->text().isEmpty());
            CHECK(form.hostEdit()->text() == QStringLiteral("127.0.0.1"));
            if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
                form.grab().save(QStringLiteral("/tmp/keychain-refused-en.png"));
            form.passwordEdit()->setText(server.password);
            form.accept();
        });
        window.openServerCompany(server.location);
        CHECK(answerer.forms == 1);
        CHECK(answerer.messages.isEmpty());
    }
    REQUIRE(window.company());
    CHECK(keychain.read(server.location) == server.password);
    CHECK_FALSE(everythingInSettings().contains(server.password));

    // Unticking the box forgets it once the company opened.
    window.closeCompany();
    {
        DialogAnswerer answerer([&](ServerCompanyDialog &form, int) {
            form.passwordEdit()->setText(server.password);
            form.rememberBox()->setChecked(false);
            form.accept();
        });
        window.openServerCompanyDialog(server.location);
        CHECK(answerer.forms == 1);
    }
    REQUIRE(window.company());
    CHECK_FALSE(keychain.read(server.location));

    // The welcome page's "Forget Saved Password" on the recent entry.
    REQUIRE(keychain.write(server.location, server.password));
    window.closeCompany();
    auto *welcome = window.findChild<WelcomePage *>();
    REQUIRE(welcome);
    std::unique_ptr<QMenu> menu(welcome->contextMenuFor(server.location));
    REQUIRE(menu);
    auto *forget = menu->findChild<QAction *>(QStringLiteral("forgetPassword"));
    REQUIRE(forget);
    CHECK(forget->text() == QStringLiteral("&Forget Saved Password"));
    if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS")) {
        menu->adjustSize();
        menu->grab().save(QStringLiteral("/tmp/keychain-recent-menu-en.png"));
    }
    forget->trigger();
    CHECK_FALSE(keychain.read(server.location));
    // A company file has no password to forget.
    CHECK_FALSE(std::unique_ptr<QMenu>(welcome->contextMenuFor(QStringLiteral("/tmp/shop.backroom"))));

    // A server that cannot be reached keeps the saved password: it is not
    // the password's fault.
    REQUIRE(keychain.write(server.location, server.password));
    QUrl unreachable(server.location);
    unreachable.setPort(1);
    REQUIRE(keychain.write(unreachable.toString(), server.password));
    {
        DialogAnswerer answerer([](ServerCompanyDialog &form, int) { form.reject(); });
        window.openServerCompany(unreachable.toString());
        CHECK(answerer.forms == 0);
        REQUIRE(answerer.messages.size() == 1);
        CHECK(answerer.messages.first().startsWith(QStringLiteral("Cannot connect to")));
    }
    CHECK(keychain.read(unreachable.toString()) == server.password);
    CHECK_FALSE(window.company());
    REQUIRE(keychain.remove(unreachable.toString()));
    REQUIRE(keychain.remove(server.location));
}

TEST_CASE("A new company on a server keeps the server's password when asked to", "[keychain][postgres]")
{
    Localization::apply(QStringLiteral("en"));
    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    const QString location = BackroomTests::freshServerCompany(QStringLiteral("keychain_new"));
    const QString password = qEnvironmentVariable("PGPASSWORD");
    REQUIRE_FALSE(password.isEmpty());
    qunsetenv("PGPASSWORD");
    auto restorePassword = qScopeGuard([&] { qputenv("PGPASSWORD", password.toLocal8Bit()); });
    const ServerPasswordStore keychain;
    REQUIRE(keychain.remove(location));

    Suite suite{QStringList{}};
    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *newCompany = nullptr;
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->text() == QStringLiteral("&New Company…"))
            newCompany = action;
    REQUIRE(newCompany);
    int forms = 0;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, &answer, [&] {
        auto *dialog = qobject_cast<NewCompanyDialog *>(QApplication::activeModalWidget());
        if (!dialog || forms++)
            return;
        dialog->nameEdit()->setText(QStringLiteral("新账套"));
        dialog->passwordEdit()->setText(QStringLiteral("Ledger-2026"));
        dialog->repeatEdit()->setText(QStringLiteral("Ledger-2026"));
        // What "On a Server…" hands back with the box ticked.
        dialog->setServer(location, password, true);
        dialog->accept();
    });
    answer.start(20);
    newCompany->trigger();
    answer.stop();
    CHECK(forms == 1);
    REQUIRE(window.company());
    CHECK(window.company()->path() == location);
    CHECK(keychain.read(location) == password);
    CHECK_FALSE(everythingInSettings().contains(password));
    CHECK_FALSE(auditText(*window.company()).contains(password));
    REQUIRE(keychain.remove(location));
}

TEST_CASE("Without a keychain the box says why and the password is asked each time", "[nokeychain][postgres]")
{
    Localization::apply(QStringLiteral("en"));
    const ServerPasswordStore keychain;
    REQUIRE_FALSE(keychain.isAvailable());
    INFO(keychain.unavailableReason().toStdString());
    CHECK(keychain.unavailableReason().startsWith(
        QStringLiteral("No system keychain is available here, so the password is asked each time. ")));
    // Our sentence first; the library's English only as a detail after it.
    CHECK(keychain.unavailableReason().contains(
        QStringLiteral("No keychain service such as GNOME Keyring or KWallet answered. (Details: ")));
    QString error;
    CHECK_FALSE(keychain.write(QStringLiteral("postgresql://wang@db.office.lan/books"), QStringLiteral("x"), &error));
    CHECK(error == keychain.unavailableReason());
    CHECK_FALSE(keychain.read(QStringLiteral("postgresql://wang@db.office.lan/books")));

    ServerCompanyDialog dialog;
    dialog.show();
    CHECK(dialog.rememberBox()->isVisible());
    CHECK_FALSE(dialog.rememberBox()->isEnabled());
    CHECK(dialog.rememberBox()->toolTip() == keychain.unavailableReason());
    dialog.setRememberPassword(true);
    CHECK_FALSE(dialog.rememberPassword());
    CHECK(dialog.passwordEdit()->placeholderText() == QStringLiteral("not stored; asked again next time"));

    PasswordHasher::setLimitsForTesting({1, 8 * 1024});
    auto restoreHasher = qScopeGuard([] { PasswordHasher::setLimitsForTesting({0, 0}); });
    Suite suite{QStringList{}};
    const ServerCompany server = freshCompany(suite, QStringLiteral("nokeychain"));
    const QByteArray environmentPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    auto restorePassword = qScopeGuard([&] { qputenv("PGPASSWORD", environmentPassword); });
    MainWindow window(suite);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setSignIn(QStringLiteral("wangfang"), QStringLiteral("Ledger-2026"));
    // Asked each time, as before the keychain: twice opened, twice the form.
    for (int time = 0; time < 2; ++time) {
        DialogAnswerer answerer([&](ServerCompanyDialog &form, int) {
            CHECK_FALSE(form.rememberBox()->isEnabled());
            form.passwordEdit()->setText(server.password);
            form.rememberBox()->setChecked(true);
            form.accept();
        });
        window.openServerCompany(server.location);
        CHECK(answerer.forms == 1);
        CHECK(answerer.messages.isEmpty());
        REQUIRE(window.company());
        window.closeCompany();
    }
    CHECK_FALSE(everythingInSettings().contains(server.password));
    auto *welcome = window.findChild<WelcomePage *>();
    REQUIRE(welcome);
    CHECK_FALSE(std::unique_ptr<QMenu>(welcome->contextMenuFor(server.location)));
}

TEST_CASE("The server form with its keychain box fits in English and Chinese", "[keychain][nokeychain]")
{
    const bool available = ServerPasswordStore().isAvailable();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Localization::apply(language);
        ServerCompanyDialog dialog;
        dialog.setUrl(QStringLiteral("postgresql://wangfang@db.office.lan/books?schema=shop"));
        if (available)
            dialog.setNotice(QCoreApplication::translate(
                "Backroom::Internal::MainWindow", "The server refused the password saved in the system keychain, so "
                                                  "it was forgotten. Type the password again."));
        dialog.setRememberPassword(true);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        // The box's whole text is shown, and the notice wraps inside the form.
        CHECK(dialog.rememberBox()->width() >= dialog.rememberBox()->sizeHint().width());
        CHECK(dialog.noticeLabel()->width() <= dialog.width());
        CHECK(dialog.rememberPassword() == available);
        if (!qEnvironmentVariableIsEmpty("BACKROOM_SHOTS"))
            dialog.grab().save(QStringLiteral("/tmp/server-form-%1-%2.png")
                                   .arg(available ? QStringLiteral("keychain") : QStringLiteral("nokeychain"), language));
    }
    Localization::apply(QStringLiteral("en"));
}
