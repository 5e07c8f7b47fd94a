// Who is working in a company on a server (issue 7, multi-seat offices):
// every server connection names its company, clerk, computer and purpose
// in application_name (ConnectionLabel), and WhoIsWorking lists a
// company's from pg_stat_activity. The [postgres] cases run against the
// throwaway server packaging/dev test starts (BACKROOM_TEST_POSTGRES).
#include "connectionlabel.h"
#include "database.h"
#include "whoisworking.h"
#include "writetransaction.h"

#include <catch2/catch.hpp>

#include <QScopeGuard>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include "testsupport.h"

using namespace Backroom;

namespace {

std::unique_ptr<Database> connect(const QString &url, const QString &clerk)
{
    return BackroomTests::clerkConnection(url, clerk);
}

QString applicationName(Database &db)
{
    return db.scalar(QStringLiteral("SELECT current_setting('application_name')"))->toString();
}

const WhoIsWorking::Connection *find(const QList<WhoIsWorking::Connection> &list, qint64 pid)
{
    for (const WhoIsWorking::Connection &connection : list)
        if (connection.pid == pid)
            return &connection;
    return nullptr;
}

qint64 pidOf(Database &db)
{
    return db.scalar(QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();
}

} // namespace

TEST_CASE("A connection's name says company, clerk, computer and purpose in 63 bytes", "[who]")
{
    ConnectionLabel label;
    label.schema = QStringLiteral("acme");
    label.clerk = QStringLiteral("lihua");
    label.host = QStringLiteral("desk7.accounting.office.example.com");
    label.purpose = QStringLiteral("main");
    CHECK(label.toString() == QStringLiteral("backroom acme lihua@desk7.accounting.office.example.com main"));

    // Chinese names survive the server's printable-ASCII rule, encoded.
    label.clerk = QStringLiteral("张三");
    const QString chinese = label.toString();
    CHECK(chinese.startsWith(QStringLiteral("backroom acme %E5%BC%A0%E4%B8%89@")));
    CHECK(chinese.toLatin1().size() <= ConnectionLabel::MaxBytes);
    for (const QChar ch : chinese)
        CHECK((ch.unicode() >= 0x20 && ch.unicode() < 0x7f));
    std::optional<ConnectionLabel> parsed = ConnectionLabel::parse(chinese);
    REQUIRE(parsed);
    CHECK(parsed->schema == QStringLiteral("acme"));
    CHECK(parsed->clerk == QStringLiteral("张三"));
    CHECK_FALSE(parsed->clerkCut);
    CHECK(parsed->purpose == QStringLiteral("main"));
    // The domain goes first when it does not fit.
    CHECK(parsed->host == QStringLiteral("desk7"));

    // A long name: the schema whole, the clerk cut at a whole character and
    // marked, the computer cut to a few letters.
    label.schema = QStringLiteral("branch_shanghai");
    label.clerk = QStringLiteral("欧阳娜娜的会计助理");
    label.host = QStringLiteral("accounting-workstation-0042.example.com");
    label.purpose = QStringLiteral("cli-backup");
    const QString cut = label.toString();
    CHECK(cut.toLatin1().size() <= ConnectionLabel::MaxBytes);
    parsed = ConnectionLabel::parse(cut);
    REQUIRE(parsed);
    CHECK(parsed->schema == label.schema);
    CHECK(parsed->purpose == QStringLiteral("cli-backup"));
    CHECK(parsed->clerkCut);
    CHECK_FALSE(parsed->clerk.isEmpty());
    CHECK(label.clerk.startsWith(parsed->clerk));
    CHECK_FALSE(parsed->clerk.contains(QChar::ReplacementCharacter));
    CHECK(parsed->hostCut);
    CHECK(parsed->clerk == QStringLiteral("欧阳"));
    CHECK(parsed->host == QStringLiteral("accoun"));
    CHECK(QStringLiteral("accounting-workstation-0042").startsWith(parsed->host));

    // Before sign-in, and on the server's default schema.
    ConnectionLabel nobody;
    nobody.host = QStringLiteral("desk7");
    nobody.purpose = QStringLiteral("main");
    CHECK(nobody.toString() == QStringLiteral("backroom - -@desk7 main"));
    parsed = ConnectionLabel::parse(nobody.toString());
    REQUIRE(parsed);
    CHECK(parsed->schema.isEmpty());
    CHECK(parsed->clerk.isEmpty());

    // Another program's connection is none of Backroom's.
    CHECK_FALSE(ConnectionLabel::parse(QStringLiteral("psql")));
    CHECK_FALSE(ConnectionLabel::parse(QStringLiteral("backroom acme")));
    CHECK(WhoIsWorking::duration(42) == QStringLiteral("42 s"));
    CHECK(WhoIsWorking::duration(200) == QStringLiteral("3 min 20 s"));
    CHECK(WhoIsWorking::duration(7500) == QStringLiteral("2 h 5 min"));
}

TEST_CASE("PostgreSQL: who is working lists this company's clerks, their kind and state, not another company's",
          "[postgres][who]")
{
    Database::setDefaultPurpose(QStringLiteral("main"));
    const QString company = BackroomTests::freshServerCompany(QStringLiteral("who"));
    const QString other = BackroomTests::freshServerCompany(QStringLiteral("whoelse"));
    const std::unique_ptr<Database> admin = connect(company, QStringLiteral("admin"));
    const std::unique_ptr<Database> lihua = connect(company, QStringLiteral("lihua"));
    const std::unique_ptr<Database> zhang = connect(company, QStringLiteral("张三"));
    const std::unique_ptr<Database> signingIn = connect(company, QString());
    const std::unique_ptr<Database> elsewhere = connect(other, QStringLiteral("mallory"));
    ConnectionLabel expected;
    expected.schema = Database::postgresSchema(company);
    expected.clerk = QStringLiteral("lihua");
    expected.host = QSysInfo::machineHostName();
    expected.purpose = QStringLiteral("main");
    CHECK(applicationName(*lihua) == expected.toString());

    // A report on a worker thread: the clerk passed on with the connection.
    Database::ConnectionInfo info = zhang->connectionInfo();
    CHECK(info.clerk == QStringLiteral("张三"));
    info.purpose = QStringLiteral("report");
    QString error;
    const std::unique_ptr<Database> report = Database::reopen(info, true, &error);
    INFO(error.toStdString());
    REQUIRE(report);

    // 张三 leaves a transaction open, holding what it wrote.
    REQUIRE(zhang->exec(QStringLiteral("BEGIN")));
    REQUIRE(zhang->scalar(QStringLiteral("SELECT 1")));
    QThread::msleep(1100);

    const std::optional<QList<WhoIsWorking::Connection>> listed = WhoIsWorking::list(*admin, &error);
    INFO(error.toStdString());
    REQUIRE(listed);
    CHECK(listed->size() == 5);
    // Clerks first, by name; the one not signed in last.
    QStringList order;
    for (const WhoIsWorking::Connection &connection : *listed)
        order.append(connection.clerk + QLatin1Char('/') + connection.purpose);
    CHECK(order.constLast() == QStringLiteral("/main"));
    CHECK(order.indexOf(QStringLiteral("张三/main")) + 1 == order.indexOf(QStringLiteral("张三/report")));

    const WhoIsWorking::Connection *mine = find(*listed, pidOf(*admin));
    REQUIRE(mine);
    CHECK(mine->mine);
    CHECK(mine->clerk == QStringLiteral("admin"));
    CHECK(mine->state == QStringLiteral("active"));
    CHECK(mine->stateText() == QStringLiteral("Working"));

    const WhoIsWorking::Connection *idle = find(*listed, pidOf(*lihua));
    REQUIRE(idle);
    CHECK_FALSE(idle->mine);
    CHECK(idle->clerk == QStringLiteral("lihua"));
    CHECK(idle->host == QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0).left(idle->host.size()));
    CHECK(idle->kindText() == QStringLiteral("Main window"));
    CHECK(idle->state == QStringLiteral("idle"));
    CHECK(idle->stateText() == QStringLiteral("Idle"));
    CHECK(idle->connectedSince.isValid());
    CHECK(qAbs(idle->connectedSince.secsTo(QDateTime::currentDateTime())) < 60);

    qint64 zhangPid = 0;
    for (const WhoIsWorking::Connection &connection : *listed)
        if (connection.clerk == QStringLiteral("张三") && connection.purpose == QStringLiteral("main"))
            zhangPid = connection.pid;
    REQUIRE(zhangPid > 0);
    const WhoIsWorking::Connection *open = find(*listed, zhangPid);
    REQUIRE(open);
    CHECK(open->inOpenTransaction());
    CHECK(open->transactionSeconds >= 1);
    CHECK(open->stateText().startsWith(QStringLiteral("Idle in an open transaction (for ")));
    const WhoIsWorking::Connection *reportRow = find(*listed, pidOf(*report));
    REQUIRE(reportRow);
    CHECK(reportRow->clerk == QStringLiteral("张三"));
    CHECK(reportRow->kindText() == QStringLiteral("Report"));
    const WhoIsWorking::Connection *anonymous = find(*listed, pidOf(*signingIn));
    REQUIRE(anonymous);
    CHECK(anonymous->clerkText() == QStringLiteral("(not signed in)"));
    // The other company's clerk is not this company's business.
    CHECK_FALSE(find(*listed, pidOf(*elsewhere)));
    for (const WhoIsWorking::Connection &connection : *listed)
        CHECK(connection.clerk != QStringLiteral("mallory"));
    REQUIRE(zhang->exec(QStringLiteral("ROLLBACK")));

    // The other company sees only its own.
    const std::optional<QList<WhoIsWorking::Connection>> theirs = WhoIsWorking::list(*elsewhere, &error);
    REQUIRE(theirs);
    REQUIRE(theirs->size() == 1);
    CHECK(theirs->constFirst().clerk == QStringLiteral("mallory"));
    CHECK(theirs->constFirst().mine);
}

TEST_CASE("PostgreSQL: a connection's name survives the server dropping it", "[postgres][who]")
{
    Database::setDefaultPurpose(QStringLiteral("main"));
    const QString company = BackroomTests::freshServerCompany(QStringLiteral("whodrop"));
    const std::unique_ptr<Database> admin = connect(company, QStringLiteral("admin"));
    const std::unique_ptr<Database> clerk = connect(company, QStringLiteral("lihua"));
    const QString before = applicationName(*clerk);
    CHECK(before.contains(QStringLiteral(" lihua@")));
    const qint64 pid = pidOf(*clerk);
    REQUIRE(admin->scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}));
    for (int i = 0; i < 50 && !clerk->connectionLost(); ++i)
        QThread::msleep(20);
    REQUIRE(clerk->connectionLost());
    QString error;
    INFO(error.toStdString());
    REQUIRE(clerk->reconnect(&error));
    CHECK(pidOf(*clerk) != pid);
    CHECK(applicationName(*clerk) == before);
    const std::optional<QList<WhoIsWorking::Connection>> listed = WhoIsWorking::list(*admin, &error);
    REQUIRE(listed);
    const WhoIsWorking::Connection *again = find(*listed, pidOf(*clerk));
    REQUIRE(again);
    CHECK(again->clerk == QStringLiteral("lihua"));
    CHECK_FALSE(find(*listed, pid));
}

TEST_CASE("A company file has one desk at a time, and says which", "[who]")
{
    const QString sentence = WhoIsWorking::oneDeskSentence(WhoIsWorking::thisDesk(QStringLiteral("desk7"), QStringLiteral("lihua")));
    CHECK(sentence.startsWith(QStringLiteral("This company is a file, which one desk works in at a time: now this "
                                             "computer, desk7, signed in as “lihua”.")));
    QString error;
    QTemporaryDir dir;
    const std::unique_ptr<Database> file = Database::openSqlite(dir.filePath(QStringLiteral("a.backroom")), false, &error);
    REQUIRE(file);
    CHECK(file->setClerk(QStringLiteral("lihua")));
    CHECK(file->connectionInfo().clerk == QStringLiteral("lihua"));
    CHECK_FALSE(WhoIsWorking::list(*file, &error));
    CHECK_FALSE(error.isEmpty());
}
