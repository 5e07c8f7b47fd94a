#include "backuparchive.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace Backroom {

namespace {

// Big enough that zlib and the disk work efficiently, small enough that a
// gigabyte never sits in memory.
constexpr qint64 kChunk = 1024 * 1024;
constexpr int kMagicSize = 8;

BackupArchive::Status failure(BackupArchive::Error code, const QString &message)
{
    return BackupArchive::Status{code, message};
}

BackupArchive::Status damaged(const QString &what)
{
    return failure(BackupArchive::Error::Damaged,
                   BackupArchive::tr("The backup is damaged (%1); it cannot be used. Take another copy of it, or "
                                     "an older backup.").arg(what));
}

BackupArchive::Status writeFailed(const QIODevice &out)
{
    return failure(BackupArchive::Error::IoError,
                   BackupArchive::tr("The backup could not be written: %1").arg(out.errorString()));
}

BackupArchive::Status readFailed(const QIODevice &in)
{
    return failure(BackupArchive::Error::IoError,
                   BackupArchive::tr("The backup could not be read: %1").arg(in.errorString()));
}

BackupArchive::Status cancelled()
{
    return failure(BackupArchive::Error::Cancelled, BackupArchive::tr("Cancelled; nothing was changed."));
}

quint32 crc32Of(const QByteArray &bytes)
{
    return quint32(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                           uInt(bytes.size())));
}

// Releases zlib's state on every way out.
struct Inflater
{
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit(&stream) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

struct Deflater
{
    z_stream stream{};
    bool ready = false;
    // Level 3: most of level 6's size at about twice its speed on SQLite
    // pages (measured in docs/reliability.md).
    Deflater() { ready = deflateInit(&stream, 3) == Z_OK; }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
};

} // namespace

QJsonObject BackupArchive::Metadata::toJson() const
{
    QJsonObject schemas;
    for (auto it = schemaVersions.cbegin(); it != schemaVersions.cend(); ++it)
        schemas.insert(it.key(), it.value());
    QJsonObject modules;
    for (auto it = moduleVersions.cbegin(); it != moduleVersions.cend(); ++it)
        modules.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("backroom-backup")},
        {QStringLiteral("company_name"), companyName},
        {QStringLiteral("company_id"), companyId},
        {QStringLiteral("language"), language},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("app_version"), appVersion},
        {QStringLiteral("source_kind"), sourceKind},
        {QStringLiteral("source"), source},
        {QStringLiteral("schema_versions"), schemas},
        {QStringLiteral("module_versions"), modules},
        {QStringLiteral("database_size"), QString::number(databaseSize)},
        {QStringLiteral("database_sha256"), QString::fromLatin1(databaseSha256.toHex())},
        {QStringLiteral("compression"), QStringLiteral("zlib")},
    };
}

BackupArchive::Status BackupArchive::write(QIODevice &database, Metadata metadata, QIODevice &out,
                                           const Progress &progress, Metadata *written)
{
    // First pass: size and hash, so the description in front of the data
    // can name them.
    if (!database.seek(0))
        return readFailed(database);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 size = 0;
    const qint64 expected = database.size();
    const qint64 total = 2 * std::max<qint64>(expected, 1);
    for (;;) {
        const qint64 read = database.read(buffer.data(), kChunk);
        if (read < 0)
            return readFailed(database);
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        size += read;
        if (progress && !progress(size, total))
            return cancelled();
    }
    metadata.databaseSize = size;
    metadata.databaseSha256 = hash.result();
    if (written)
        *written = metadata;

    const QByteArray description = QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Compact);
    if (description.size() > MaxMetadataSize)
        return failure(Error::Damaged, tr("The backup's description is too long."));
    QByteArray header(HeaderSize, '\0');
    std::memcpy(header.data(), Magic, kMagicSize);
    qToBigEndian<quint16>(FormatVersion, header.data() + 8);
    qToBigEndian<quint16>(0, header.data() + 10);
    qToBigEndian<quint32>(quint32(description.size()), header.data() + 12);
    qToBigEndian<quint32>(crc32Of(description), header.data() + 16);
    if (out.write(header) != header.size() || out.write(description) != description.size())
        return writeFailed(out);

    // Second pass: the data, compressed as it streams through.
    if (!database.seek(0))
        return readFailed(database);
    Deflater deflater;
    if (!deflater.ready)
        return failure(Error::IoError, tr("The backup could not be compressed (zlib)."));
    z_stream &z = deflater.stream;
    QByteArray compressed(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    bool finished = false;
    while (!finished) {
        const qint64 read = database.read(buffer.data(), kChunk);
        if (read < 0)
            return readFailed(database);
        done += read;
        const int flush = read == 0 || done >= size ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_in = uInt(read);
        do {
            z.next_out = reinterpret_cast<Bytef *>(compressed.data());
            z.avail_out = uInt(kChunk);
            const int rc = deflate(&z, flush);
            if (rc == Z_STREAM_ERROR)
                return failure(Error::IoError, tr("The backup could not be compressed (zlib)."));
            const qint64 produced = kChunk - z.avail_out;
            if (produced > 0 && out.write(compressed.constData(), produced) != produced)
                return writeFailed(out);
            finished = rc == Z_STREAM_END;
        } while (z.avail_out == 0 && !finished);
        if (progress && !progress(size + done, total))
            return cancelled();
    }
    if (done != size)
        return failure(Error::IoError, tr("The company changed size while it was being backed up; try again."));
    return {};
}

BackupArchive::Status BackupArchive::readMetadata(QIODevice &in, Metadata *metadata)
{
    const QByteArray header = in.read(HeaderSize);
    if (header.size() < kMagicSize || std::memcmp(header.constData(), Magic, kMagicSize) != 0)
        return failure(Error::NotABackup, tr("This is not a Backroom backup file."));
    if (header.size() < HeaderSize)
        return failure(Error::Truncated, tr("The backup ends in its header: it was cut short (an interrupted copy?)."));
    const quint16 version = qFromBigEndian<quint16>(header.constData() + 8);
    if (version > FormatVersion)
        return failure(Error::NewerFormat, tr("The backup was made by a newer version of Backroom (backup format %1; "
                                              "this version reads up to %2). Install the newer version to restore it.")
                                               .arg(version).arg(FormatVersion));
    if (version == 0 || qFromBigEndian<quint16>(header.constData() + 10) != 0)
        return damaged(tr("its header is wrong"));
    const quint32 length = qFromBigEndian<quint32>(header.constData() + 12);
    if (length == 0 || length > MaxMetadataSize)
        return damaged(tr("its header is wrong"));
    const QByteArray description = in.read(length);
    if (description.size() < qsizetype(length))
        return failure(Error::Truncated, tr("The backup ends in its description: it was cut short (an interrupted copy?)."));
    if (crc32Of(description) != qFromBigEndian<quint32>(header.constData() + 16))
        return damaged(tr("its description does not match its checksum"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(description, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(tr("its description is not readable"));
    const QJsonObject json = document.object();
    const auto text = [&](const char *key, QString *value, bool required) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isString() || (required && v.toString().isEmpty()))
            return false;
        *value = v.toString();
        return true;
    };
    Metadata m;
    QString created;
    QString size;
    QString sha;
    QString format;
    QString compression;
    if (!text("format", &format, true) || format != QLatin1String("backroom-backup")
        || !text("compression", &compression, true) || compression != QLatin1String("zlib")
        || !text("company_name", &m.companyName, false) || !text("company_id", &m.companyId, false)
        || !text("language", &m.language, false) || !text("created_at", &created, true)
        || !text("app_version", &m.appVersion, false) || !text("source_kind", &m.sourceKind, true)
        || !text("source", &m.source, false) || !text("database_size", &size, true)
        || !text("database_sha256", &sha, true))
        return damaged(tr("its description lacks a required entry"));
    m.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!m.createdAt.isValid())
        return damaged(tr("its description has no valid date"));
    if (m.sourceKind != QLatin1String("sqlite") && m.sourceKind != QLatin1String("postgresql"))
        return damaged(tr("its description names an unknown kind of company"));
    bool numeric = false;
    m.databaseSize = size.toLongLong(&numeric);
    // SQLite's smallest page is 512 bytes, and a database is whole pages.
    if (!numeric || m.databaseSize < 512 || m.databaseSize > MaxDatabaseSize || m.databaseSize % 512 != 0)
        return damaged(tr("its description gives an impossible size"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha).hasMatch())
        return damaged(tr("its description has no valid checksum of the data"));
    m.databaseSha256 = QByteArray::fromHex(sha.toLatin1());
    const QJsonValue schemas = json.value(QLatin1String("schema_versions"));
    const QJsonValue modules = json.value(QLatin1String("module_versions"));
    if (!schemas.isObject() || !modules.isObject())
        return damaged(tr("its description lacks the schema versions"));
    const QJsonObject schemaObject = schemas.toObject();
    for (auto it = schemaObject.constBegin(); it != schemaObject.constEnd(); ++it) {
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value < 0 || value > 1000000 || value != double(int(value)) || it.key().isEmpty())
            return damaged(tr("its description has an invalid schema version"));
        m.schemaVersions.insert(it.key(), int(value));
    }
    if (!m.schemaVersions.contains(QStringLiteral("core")))
        return damaged(tr("its description lacks the schema versions"));
    const QJsonObject moduleObject = modules.toObject();
    for (auto it = moduleObject.constBegin(); it != moduleObject.constEnd(); ++it) {
        if (!it.value().isString())
            return damaged(tr("its description lacks the schema versions"));
        m.moduleVersions.insert(it.key(), it.value().toString());
    }
    if (metadata)
        *metadata = m;
    return {};
}

BackupArchive::Status BackupArchive::extract(QIODevice &in, const Metadata &metadata, QIODevice &out,
                                             const Progress &progress)
{
    Inflater inflater;
    if (!inflater.ready)
        return failure(Error::IoError, tr("The backup could not be unpacked (zlib)."));
    z_stream &z = inflater.stream;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray input(kChunk, Qt::Uninitialized);
    QByteArray output(kChunk, Qt::Uninitialized);
    qint64 written = 0;
    bool ended = false;
    while (!ended) {
        const qint64 read = in.read(input.data(), kChunk);
        if (read < 0)
            return readFailed(in);
        if (read == 0)
            return failure(Error::Truncated, tr("The backup ends before its data is complete: it was cut short (an "
                                                "interrupted copy, or a full disk when it was made)."));
        z.next_in = reinterpret_cast<Bytef *>(input.data());
        z.avail_in = uInt(read);
        for (;;) {
            z.next_out = reinterpret_cast<Bytef *>(output.data());
            z.avail_out = uInt(kChunk);
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR)
                return damaged(tr("its data is corrupt"));
            if (rc == Z_MEM_ERROR)
                return failure(Error::IoError, tr("The backup could not be unpacked (zlib)."));
            const qint64 produced = kChunk - z.avail_out;
            written += produced;
            // Checked before writing: a damaged stream must not fill the disk.
            if (written > metadata.databaseSize)
                return damaged(tr("it holds more data than its description says"));
            if (produced > 0) {
                hash.addData(QByteArrayView(output.constData(), produced));
                if (out.write(output.constData(), produced) != produced)
                    return failure(Error::IoError,
                                   tr("The database could not be unpacked from the backup: %1").arg(out.errorString()));
            }
            if (rc == Z_STREAM_END) {
                ended = true;
                break;
            }
            // Z_BUF_ERROR, or all input used and output room left: more input.
            if (rc == Z_BUF_ERROR || (z.avail_in == 0 && z.avail_out != 0))
                break;
        }
        if (ended && z.avail_in != 0)
            return damaged(tr("there is unexpected data after its end"));
        if (progress && !progress(written, metadata.databaseSize))
            return cancelled();
    }
    char extra = 0;
    if (in.read(&extra, 1) != 0)
        return damaged(tr("there is unexpected data after its end"));
    if (written != metadata.databaseSize)
        return damaged(tr("it holds less data than its description says"));
    if (hash.result() != metadata.databaseSha256)
        return damaged(tr("its data does not match its checksum"));
    return {};
}

} // namespace Backroom
