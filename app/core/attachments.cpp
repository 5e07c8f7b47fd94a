#include "attachments.h"

#include "checkedsave.h"
#include "database.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullOr(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullOr(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

void setError(QString *errorString, const QString &message)
{
    if (errorString)
        *errorString = message;
}

const char *const selectInfo = "SELECT id, sha256, file_name, mime_type, size, entity, record_id, created_at, "
                               "created_by FROM backroom_attachment ";

} // namespace

Attachments::Attachments(Database &db, const QString &userName, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_user(userName)
{
}

QString Attachments::sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString Attachments::formatSize(qint64 bytes, const QLocale &locale)
{
    // Traditional units (KB = 1024 bytes) are what file managers on every
    // platform the clerks use show next to the same file.
    return locale.formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

void Attachments::announce(const QString &entityId, qint64 recordId)
{
    // Inside someone else's transaction nothing is final yet.
    if (m_db.transactionDepth() == 0)
        emit changed(entityId, recordId);
}

std::optional<qint64> Attachments::add(const QByteArray &data, const QString &fileName, QString *errorString,
                                       const QString &entityId, qint64 recordId)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty()) {
        setError(errorString, tr("An attachment needs a file name."));
        return std::nullopt;
    }
    if (data.size() > m_limit) {
        setError(errorString, tr("“%1” is %2; an attachment can be at most %3.")
                                  .arg(name, formatSize(data.size()), formatSize(m_limit)));
        return std::nullopt;
    }
    if (!entityId.isEmpty() && recordId <= 0) {
        setError(errorString, tr("Save the record before adding attachments to it."));
        return std::nullopt;
    }
    const QString hash = sha256(data);
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, data).name();

    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(errorString, tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        return std::nullopt;
    }
    QString error;
    const auto stored = m_db.scalar(QStringLiteral("SELECT 1 FROM backroom_blob WHERE sha256 = ?"), {hash}, &error);
    if (!error.isEmpty()
        || (!stored
            && !m_db.exec(QStringLiteral("INSERT INTO backroom_blob (sha256, size, data) VALUES (?, ?, ?)"),
                          {hash, qint64(data.size()), data}, &error))) {
        setError(errorString, tr("“%1” could not be stored: %2").arg(name, error));
        return std::nullopt;
    }
    QSqlQuery &insert = m_db.prepared(QStringLiteral("INSERT INTO backroom_attachment (sha256, file_name, mime_type, "
                                                     "size, entity, record_id, created_at, created_by) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                      &error);
    const QVariantList values{hash, name, mime, qint64(data.size()), nullOr(entityId), nullOr(recordId), now(), m_user};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec() || !insert.next()) {
        m_db.noteFailure(insert.lastError());
        const QString reason = error.isEmpty() ? insert.lastError().text() : error;
        insert.finish();
        setError(errorString, tr("“%1” could not be stored: %2").arg(name, reason));
        return std::nullopt;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    if (!transaction.commit()) {
        setError(errorString, tr("“%1” could not be stored: %2").arg(name, transaction.errorString()));
        return std::nullopt;
    }
    announce(entityId, recordId);
    return id;
}

std::optional<qint64> Attachments::addFile(const QString &path, QString *errorString, const QString &entityId,
                                           qint64 recordId)
{
    const QFileInfo file(path);
    if (!file.isFile()) {
        setError(errorString, tr("“%1” is not a file that can be attached.").arg(file.fileName()));
        return std::nullopt;
    }
    // Refused before reading: a 4 GB video should not be loaded to be told no.
    if (file.size() > m_limit) {
        setError(errorString, tr("“%1” is %2; an attachment can be at most %3.")
                                  .arg(file.fileName(), formatSize(file.size()), formatSize(m_limit)));
        return std::nullopt;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        setError(errorString, tr("“%1” cannot be read: %2").arg(file.fileName(), input.errorString()));
        return std::nullopt;
    }
    const QByteArray data = input.read(m_limit + 1);
    if (input.error() != QFileDevice::NoError) {
        setError(errorString, tr("“%1” cannot be read: %2").arg(file.fileName(), input.errorString()));
        return std::nullopt;
    }
    return add(data, file.fileName(), errorString, entityId, recordId);
}

bool Attachments::attach(qint64 id, const QString &entityId, qint64 recordId, QString *errorString)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(errorString, tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        return false;
    }
    QString error;
    const auto rows = m_db.execAffected(QStringLiteral("UPDATE backroom_attachment SET entity = ?, record_id = ? "
                                                       "WHERE id = ?"),
                                        {nullOr(entityId), nullOr(recordId), id}, &error);
    if (!rows || *rows == 0) {
        setError(errorString, rows ? tr("The attachment no longer exists.")
                                   : tr("The attachment could not be saved: %1").arg(error));
        return false;
    }
    if (!transaction.commit()) {
        setError(errorString, tr("The attachment could not be saved: %1").arg(transaction.errorString()));
        return false;
    }
    announce(entityId, recordId);
    return true;
}

bool Attachments::exists(qint64 id) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM backroom_attachment WHERE id = ?"), {id}).has_value();
}

Attachments::Info Attachments::fromQuery(const QSqlQuery &query)
{
    Info info;
    info.id = query.value(0).toLongLong();
    info.sha256 = query.value(1).toString();
    info.fileName = query.value(2).toString();
    info.mimeType = query.value(3).toString();
    info.size = query.value(4).toLongLong();
    info.entity = query.value(5).toString();
    info.recordId = query.value(6).toLongLong();
    const QVariant at = query.value(7);
    info.createdAt = at.typeId() == QMetaType::QDateTime ? at.toDateTime().toUTC()
                                                           : QDateTime::fromString(at.toString(), Qt::ISODateWithMs).toUTC();
    info.createdBy = query.value(8).toString();
    return info;
}

std::optional<Attachments::Info> Attachments::info(qint64 id) const
{
    QSqlQuery &query = m_db.prepared(QLatin1String(selectInfo) + QStringLiteral("WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    const Info found = fromQuery(query);
    query.finish();
    return found;
}

QList<Attachments::Info> Attachments::list(const QString &entityId, qint64 recordId) const
{
    QList<Info> found;
    QSqlQuery &query = m_db.prepared(QLatin1String(selectInfo)
                                     + QStringLiteral("WHERE entity = ? AND record_id = ? ORDER BY id"));
    query.bindValue(0, entityId);
    query.bindValue(1, recordId);
    if (!query.exec())
        return found;
    while (query.next())
        found.append(fromQuery(query));
    query.finish();
    return found;
}

std::optional<QByteArray> Attachments::read(qint64 id, QString *errorString) const
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT a.file_name, a.sha256, b.data FROM backroom_attachment a "
                                                    "JOIN backroom_blob b ON b.sha256 = a.sha256 WHERE a.id = ?"));
    query.bindValue(0, id);
    if (!query.exec() || !query.next()) {
        query.finish();
        setError(errorString, tr("The attachment no longer exists."));
        return std::nullopt;
    }
    const QString name = query.value(0).toString();
    const QString hash = query.value(1).toString();
    const QByteArray data = query.value(2).toByteArray();
    query.finish();
    // Cheap next to the disk read, and a damaged file is never handed out as
    // the clerk's document.
    if (sha256(data) != hash) {
        setError(errorString, tr("“%1” is damaged in the company file (its content does not match its checksum).")
                                  .arg(name));
        return std::nullopt;
    }
    return data;
}

bool Attachments::saveTo(qint64 id, const QString &path, QString *errorString) const
{
    const std::optional<QByteArray> data = read(id, errorString);
    if (!data)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(errorString, tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    if (file.write(*data) != data->size()) {
        setError(errorString, tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        file.cancelWriting();
        return false;
    }
    QString error;
    if (!CheckedSave::commit(file, path, &error)) {
        setError(errorString, error);
        return false;
    }
    return true;
}

bool Attachments::remove(qint64 id, QString *errorString)
{
    const std::optional<Info> found = info(id);
    if (!found) {
        setError(errorString, tr("The attachment no longer exists."));
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        setError(errorString, tr("The company file cannot be written now: %1").arg(transaction.errorString()));
        return false;
    }
    QString error;
    const auto rows = m_db.execAffected(QStringLiteral("DELETE FROM backroom_attachment WHERE id = ?"), {id}, &error);
    if (!rows || *rows == 0) {
        setError(errorString, rows ? tr("The attachment no longer exists.")
                                   : tr("“%1” could not be removed: %2").arg(found->fileName, error));
        return false;
    }
    // The same bytes may be attached elsewhere (the same invoice PDF on the
    // order and on the payment); they go only with their last attachment.
    if (!m_db.exec(QStringLiteral("DELETE FROM backroom_blob WHERE sha256 = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM backroom_attachment WHERE sha256 = ?)"),
                   {found->sha256, found->sha256}, &error)) {
        setError(errorString, tr("“%1” could not be removed: %2").arg(found->fileName, error));
        return false;
    }
    if (!transaction.commit()) {
        setError(errorString, tr("“%1” could not be removed: %2").arg(found->fileName, transaction.errorString()));
        return false;
    }
    announce(found->entity, found->recordId);
    return true;
}

} // namespace Backroom
