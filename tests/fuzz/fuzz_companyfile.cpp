// Fuzz target for company files with damage (issue 8): the input is a patch
// applied to a real company file (made once, at start): a cut and overwrites
// at chosen offsets, so every input is "a company file with flipped bytes",
// however short it is. The damaged file is then opened as backroom-cli
// verify opens it (read-only: CompanyFile::inspect, checkContent) and, when
// that succeeds, checked the way verify checks it (quick_check,
// integrity_check, foreign_key_check, the audit chain), and opened for work
// (upgrade, roles). Each either answers or refuses with a message; nothing
// may crash or hang. Built as fuzz_companyfile_replay over corpus/companyfile
// on every CI run, and as a libFuzzer target (see CMakeLists.txt).
//
// The patch: byte 0 chooses a cut (odd: the file is cut to
// (byte1 << 8 | byte2) * 64 bytes, reading past byte 0 only then); then
// records of offset (3 bytes, big-endian, modulo the size), length (1 byte,
// 1..32) and that many bytes written there.
#include "auditlog.h"
#include "companyfile.h"
#include "database.h"
#include "fuzzreplay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using Backroom::AuditLog;
using Backroom::CompanyFile;

namespace {

QCoreApplication *application()
{
    static QCoreApplication *app = [] {
        static int argc = 1;
        static char name[] = "fuzz_companyfile";
        static char *argv[] = {name, nullptr};
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// A company with the core's tables, a user, roles and audit entries.
const QByteArray &baseCompany()
{
    static const QByteArray bytes = [] {
        const QString path = scratch().filePath(QStringLiteral("base.backroom"));
        CompanyFile::NewCompany company;
        company.name = QStringLiteral("Fuzz Co.");
        company.administrator = {QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("Fuzz-pass-1")};
        CompanyFile::Status status;
        {
            auto created = CompanyFile::create(path, company, {}, {}, &status);
            FUZZ_CHECK(created != nullptr);
        }
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    return bytes;
}

QByteArray patched(const uint8_t *data, size_t size)
{
    QByteArray bytes = baseCompany();
    size_t at = 0;
    if (size > 0 && (data[0] & 1) && size >= 3) {
        const qsizetype cut = qsizetype((data[1] << 8) | data[2]) * 64;
        bytes.truncate(std::min(cut, bytes.size()));
        at = 3;
    } else if (size > 0) {
        at = 1;
    }
    while (at + 4 <= size && !bytes.isEmpty()) {
        const qsizetype offset = qsizetype((data[at] << 16) | (data[at + 1] << 8) | data[at + 2]) % bytes.size();
        const size_t length = std::min<size_t>(1 + data[at + 3] % 32, size - at - 4);
        at += 4;
        for (size_t i = 0; i < length && offset + qsizetype(i) < bytes.size(); ++i)
            bytes[offset + qsizetype(i)] = char(data[at + i]);
        at += length;
    }
    return bytes;
}

void checkReadOnly(const QString &path)
{
    CompanyFile::Status status;
    auto company = CompanyFile::openReadOnly(path, &status);
    if (!company) {
        FUZZ_CHECK(!status.message.isEmpty());
        FUZZ_CHECK(status.code != CompanyFile::Error::None);
        return;
    }
    FUZZ_CHECK(!company->quickCheck().isEmpty());
    Backroom::Database &db = company->database();
    for (const char *pragma : {"PRAGMA integrity_check(5)", "PRAGMA foreign_key_check"}) {
        QSqlQuery query(db.connection());
        query.setForwardOnly(true);
        if (query.exec(QString::fromLatin1(pragma)))
            while (query.next()) {
            }
        query.finish();
    }
    if (db.tableExists(QStringLiteral("backroom_audit"))) {
        const AuditLog::Verification audit = AuditLog(db).verify();
        FUZZ_CHECK(audit.ok || !audit.problem.message.isEmpty());
    }
    company->companyName();
    company->moduleSchemaVersions();
}

void checkForWork(const QString &path)
{
    CompanyFile::Status status;
    auto company = CompanyFile::open(path, {}, &status);
    if (!company)
        FUZZ_CHECK(!status.message.isEmpty());
}

} // namespace

// libFuzzer calls this once before the first input: making the company
// every input damages takes seconds under ASan, which -timeout=1 would
// otherwise blame on the first input.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    application();
    baseCompany();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    application();
    const QByteArray bytes = patched(data, size);
    const QString path = scratch().filePath(QStringLiteral("damaged.backroom"));
    for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(bytes) == bytes.size());
    }
    checkReadOnly(path);
    checkForWork(path);
    return 0;
}

// For the replay driver: offsets that land in SQLite's header fields and
// the first pages, lengths, and the bytes that change how a page reads.
QByteArray fuzzInterestingBytes()
{
    static const char bytes[] = {'\x00', '\x01', '\x02', '\x03', '\x05', '\x0A', '\x0D', '\x10', '\x1C', '\x20',
                                 '\x28', '\x3C', '\x44', '\x7F', '\x80', '\xFF'};
    return QByteArray(bytes, sizeof bytes);
}

QList<QByteArray> fuzzInterestingTokens()
{
    return {};
}
