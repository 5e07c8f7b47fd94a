// Attachments inside the company database: content-addressed blobs shared by
// identical files, a size limit with a message naming both sizes, exact
// round trips, removal that keeps shared bytes, and attachment fields that
// must name a stored attachment.
#include "attachments.h"
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "records.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Entity contractEntity()
{
    Entity entity(QStringLiteral("test.contract"), label("Contract"));
    entity.add(Field::text(QStringLiteral("title"), label("Title")).required())
        .add(Field::attachment(QStringLiteral("signed_copy"), label("Signed copy")));
    return entity;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
    std::unique_ptr<Attachments> attachments;

    Fixture()
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("attachments.backroom")), QStringLiteral("test"),
                                                  QList<Entity>{contractEntity()}, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("wangfang"));
        attachments = std::make_unique<Attachments>(company->database(), QStringLiteral("wangfang"));
    }

    Database &db() { return company->database(); }
    qint64 count(const char *table)
    {
        return db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(data) == data.size());
        return path;
    }
};

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

} // namespace

TEST_CASE("Identical content is stored once and attached twice", "[attachments][backends]")
{
    Fixture f;
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + randomBytes(5000);
    QSignalSpy changed(f.attachments.get(), &Attachments::changed);
    QString error;
    const auto first = f.attachments->add(pdf, QStringLiteral("invoice.pdf"), &error, QStringLiteral("test.contract"), 7);
    INFO(error.toStdString());
    REQUIRE(first);
    const auto second = f.attachments->add(pdf, QStringLiteral("副本.pdf"), &error, QStringLiteral("test.contract"), 8);
    REQUIRE(second);
    CHECK(*first != *second);
    CHECK(f.count("backroom_blob") == 1);
    CHECK(f.count("backroom_attachment") == 2);
    CHECK(changed.count() == 2);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("test.contract"));
    CHECK(changed.at(0).at(1).toLongLong() == 7);

    const auto info = f.attachments->info(*first);
    REQUIRE(info);
    CHECK(info->fileName == QStringLiteral("invoice.pdf"));
    CHECK(info->mimeType == QStringLiteral("application/pdf"));
    CHECK(info->size == pdf.size());
    CHECK(info->sha256 == QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(info->createdBy == QStringLiteral("wangfang"));
    CHECK(info->entity == QStringLiteral("test.contract"));
    CHECK(info->recordId == 7);

    const QList<Attachments::Info> listed = f.attachments->list(QStringLiteral("test.contract"), 8);
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().fileName == QStringLiteral("副本.pdf"));
    CHECK(f.attachments->list(QStringLiteral("test.contract"), 9).isEmpty());
}

TEST_CASE("Files above the size limit are refused with both sizes named", "[attachments][backends]")
{
    Fixture f;
    CHECK(f.attachments->sizeLimit() == 20 * 1024 * 1024);
    f.attachments->setSizeLimit(1024 * 1024);
    const QString path = f.writeFile(QStringLiteral("scan.tif"), QByteArray(1536 * 1024, 'x'));
    QString error;
    CHECK_FALSE(f.attachments->addFile(path, &error, QStringLiteral("test.contract"), 1));
    CHECK(error == QStringLiteral("“scan.tif” is 1.5 MB; an attachment can be at most 1.0 MB."));
    CHECK_FALSE(f.attachments->add(QByteArray(1024 * 1024 + 1, 'x'), QStringLiteral("big.bin"), &error));
    CHECK(error.startsWith(QStringLiteral("“big.bin” is ")));
    CHECK(f.count("backroom_blob") == 0);
    CHECK(f.count("backroom_attachment") == 0);
    // Exactly at the limit is fine.
    CHECK(f.attachments->add(QByteArray(1024 * 1024, 'x'), QStringLiteral("fits.bin"), &error));
    CHECK(Attachments::formatSize(12).toStdString() == "12 bytes");
    CHECK(Attachments::formatSize(820 * 1024).toStdString() == "820 kB");
}

TEST_CASE("Bytes round-trip exactly through the database and a saved file", "[attachments][backends]")
{
    Fixture f;
    const QByteArray data = randomBytes(300000) + QByteArray(1000, '\0');
    const QString source = f.writeFile(QStringLiteral("photo.jpg"), data);
    QString error;
    const auto id = f.attachments->addFile(source, &error, QStringLiteral("test.contract"), 1);
    INFO(error.toStdString());
    REQUIRE(id);
    const auto read = f.attachments->read(*id, &error);
    REQUIRE(read);
    CHECK(*read == data);

    QDir out(f.dir.filePath(QStringLiteral("out")));
    REQUIRE(out.mkpath(QStringLiteral(".")));
    const QString target = out.filePath(QStringLiteral("copy.jpg"));
    REQUIRE(f.attachments->saveTo(*id, target, &error));
    CHECK(BackroomTests::fileHash(target) == BackroomTests::fileHash(source));
    CHECK(BackroomTests::folderEntries(out.path()) == QStringList{QStringLiteral("copy.jpg")});

    // A failed save leaves nothing behind (the folder does not exist).
    CHECK_FALSE(f.attachments->saveTo(*id, f.dir.filePath(QStringLiteral("missing/copy.jpg")), &error));
    CHECK(error.startsWith(QStringLiteral("“copy.jpg” cannot be written")));
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("missing/copy.jpg"))));
}

TEST_CASE("Removing an attachment keeps bytes another one shares", "[attachments][backends]")
{
    Fixture f;
    const QByteArray data = randomBytes(2048);
    QString error;
    const auto a = f.attachments->add(data, QStringLiteral("a.bin"), &error, QStringLiteral("test.contract"), 1);
    const auto b = f.attachments->add(data, QStringLiteral("b.bin"), &error, QStringLiteral("test.contract"), 2);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(f.attachments->remove(*a, &error));
    CHECK_FALSE(f.attachments->exists(*a));
    CHECK(f.count("backroom_blob") == 1);
    const auto still = f.attachments->read(*b, &error);
    REQUIRE(still);
    CHECK(*still == data);
    REQUIRE(f.attachments->remove(*b, &error));
    CHECK(f.count("backroom_blob") == 0);
    CHECK(f.count("backroom_attachment") == 0);
    CHECK_FALSE(f.attachments->remove(*b, &error));
    CHECK(error == QStringLiteral("The attachment no longer exists."));
}

TEST_CASE("Damaged content is refused, not handed out", "[attachments][backends]")
{
    Fixture f;
    QString error;
    const auto id = f.attachments->add(QByteArrayLiteral("original"), QStringLiteral("memo.txt"), &error);
    REQUIRE(id);
    REQUIRE(f.db().exec(QStringLiteral("UPDATE backroom_blob SET data = ?"), {QByteArrayLiteral("tampered")}));
    CHECK_FALSE(f.attachments->read(*id, &error));
    CHECK(error.contains(QStringLiteral("“memo.txt” is damaged")));
}

TEST_CASE("Attachment fields must name a stored attachment", "[attachments][backends]")
{
    Fixture f;
    QString error;
    const auto id = f.attachments->add(QByteArrayLiteral("signed"), QStringLiteral("signed.pdf"), &error);
    REQUIRE(id);
    auto result = f.records->create(QStringLiteral("test.contract"),
                                    {{QStringLiteral("title"), QStringLiteral("Lease")},
                                     {QStringLiteral("signed_copy"), *id + 100}});
    CHECK(result.code == Records::Result::Code::Invalid);
    CHECK(result.message
          == QStringLiteral("Signed copy refers to an attachment that does not exist (id %1).").arg(*id + 100));
    result = f.records->create(QStringLiteral("test.contract"),
                               {{QStringLiteral("title"), QStringLiteral("Lease")}, {QStringLiteral("signed_copy"), *id}});
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    CHECK(f.records->read(QStringLiteral("test.contract"), result.id)->value(QStringLiteral("signed_copy")).toLongLong()
          == *id);

    // One added before its record existed is moved onto it once saved.
    REQUIRE(f.attachments->attach(*id, QStringLiteral("test.contract"), result.id, &error));
    CHECK(f.attachments->list(QStringLiteral("test.contract"), result.id).size() == 1);
}

TEST_CASE("Deleting a record takes its attachments, not bytes others share", "[attachments][backends]")
{
    Fixture f;
    const auto first = f.records->create(QStringLiteral("test.contract"), {{QStringLiteral("title"), QStringLiteral("Lease")}});
    const auto second = f.records->create(QStringLiteral("test.contract"), {{QStringLiteral("title"), QStringLiteral("Cleaning")}});
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    QString error;
    const QByteArray shared = randomBytes(4000);
    REQUIRE(f.attachments->add(shared, QStringLiteral("terms.pdf"), &error, QStringLiteral("test.contract"), first.id));
    REQUIRE(f.attachments->add(randomBytes(10) + "own", QStringLiteral("own.txt"), &error, QStringLiteral("test.contract"), first.id));
    const auto kept = f.attachments->add(shared, QStringLiteral("terms.pdf"), &error, QStringLiteral("test.contract"), second.id);
    REQUIRE(kept);
    CHECK(f.count("backroom_blob") == 2);

    REQUIRE(f.records->remove(QStringLiteral("test.contract"), first.id, 1).ok());
    CHECK(f.attachments->list(QStringLiteral("test.contract"), first.id).isEmpty());
    CHECK(f.count("backroom_attachment") == 1);
    CHECK(f.count("backroom_blob") == 1);
    const auto still = f.attachments->read(*kept, &error);
    REQUIRE(still);
    CHECK(*still == shared);
}
