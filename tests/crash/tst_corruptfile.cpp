// Damaged company files (issue 8): flipped bytes, a zeroed page, a file cut
// short, and files that are not companies at all, renamed .backroom. Opening
// for work must refuse them with a sentence naming the file, or open them
// and let verify report the damage; nothing may crash. Seeded: the same
// damage every run (BACKROOM_CORRUPT_CASES raises the count of each kind).
#include "reliabilitysupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <iostream>
#include <random>

using namespace ReliabilityTests;

namespace {

int casesPerKind()
{
    const int cases = qEnvironmentVariableIntValue("BACKROOM_CORRUPT_CASES");
    return cases > 0 ? cases : 10;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Outcome
{
    bool refused = false;
    bool verifyFailed = false;
};

// Opening it for work and verifying it: refused with a message naming the
// file, or opened, and verify answers either way; no crash.
Outcome tryDamaged(const QString &path, const std::string &what)
{
    INFO(what);
    Outcome outcome;
    const Run open = runDriver({QStringLiteral("state"), path, QStringLiteral("x")}, 120000);
    INFO("open: " << open.err.toStdString());
    REQUIRE_FALSE(open.crashed);
    REQUIRE((open.code == 0 || open.code == 1));
    if (open.code == 1) {
        outcome.refused = true;
        CHECK(open.err.contains(QLatin1String("bad.backroom")));
    }
    const BackroomTests::CliRun verify = BackroomTests::runCli({QStringLiteral("verify"), path});
    INFO("verify: " << verify.out.toStdString() << verify.err.toStdString());
    REQUIRE((verify.code == 0 || verify.code == 1));
    if (verify.code == 1) {
        outcome.verifyFailed = true;
        CHECK_FALSE((verify.out + verify.err).trimmed().isEmpty());
    }
    return outcome;
}

} // namespace

TEST_CASE("Damaged company files are refused with a message or reported by verify, never a crash", "[corrupt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.backroom"));
    const QByteArray good = readAll(templateCompany());
    REQUIRE(good.size() > 64 * 1024);
    const int pageSize = (quint8(good.at(16)) << 8) | quint8(good.at(17));
    REQUIRE(pageSize >= 512);
    std::mt19937 random(20261127u);
    const auto below = [&random](qsizetype bound) { return qsizetype(random() % quint64(bound)); };
    int tried = 0, refused = 0, reported = 0;
    const auto tally = [&](const Outcome &outcome) {
        ++tried;
        if (outcome.refused)
            ++refused;
        else if (outcome.verifyFailed)
            ++reported;
    };

    for (int i = 0; i < casesPerKind(); ++i) {
        // A few bytes flipped anywhere after the first 100 (the header is
        // the next kind's).
        QByteArray bytes = good;
        const int flips = 1 + int(below(8));
        for (int f = 0; f < flips; ++f)
            bytes[100 + below(bytes.size() - 100)] ^= char(1 + below(255));
        writeAll(path, bytes);
        tally(tryDamaged(path, "flipped bytes, case " + std::to_string(i)));

        // The header and the first page (the schema) hit.
        bytes = good;
        bytes[below(pageSize)] ^= char(1 + below(255));
        writeAll(path, bytes);
        tally(tryDamaged(path, "first page, case " + std::to_string(i)));

        // A whole page zeroed, as a torn write on a disk without barriers leaves it.
        bytes = good;
        const qsizetype page = 1 + below(bytes.size() / pageSize - 1);
        bytes.replace(page * pageSize, pageSize, QByteArray(pageSize, '\0'));
        writeAll(path, bytes);
        tally(tryDamaged(path, "zeroed page " + std::to_string(page)));

        // Cut short: at a page boundary (SQLite finds pages missing) and
        // anywhere (the size no longer fits the page size).
        const qsizetype pages = bytes.size() / pageSize;
        writeAll(path, good.left((1 + below(pages - 1)) * pageSize));
        tally(tryDamaged(path, "truncated at a page boundary, case " + std::to_string(i)));
        writeAll(path, good.left(1 + below(good.size() - 1)));
        tally(tryDamaged(path, "truncated anywhere, case " + std::to_string(i)));
    }

    // Files that are no company at all, renamed .backroom.
    QByteArray noise(64 * 1024, '\0');
    for (char &c : noise)
        c = char(random());
    writeAll(path, noise);
    tally(tryDamaged(path, "random bytes"));
    writeAll(path, QByteArray());
    tally(tryDamaged(path, "empty file"));
    writeAll(path, QByteArray("date,voucher,summary\n2026-11-02,1,cash\n"));
    tally(tryDamaged(path, "a CSV file"));
    writeAll(path, good.left(100) + noise);
    tally(tryDamaged(path, "a company's header over random bytes"));
    {
        // Another program's SQLite database.
        writeAll(path, QByteArray());
        QFile::remove(path);
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        tally(tryDamaged(path, "another program's database"));
    }
    std::cout << "corrupt: " << tried << " damaged files, " << refused << " refused on opening, " << reported
              << " opened and reported by verify, none crashed" << std::endl;
    CHECK(refused > tried / 2);
}
