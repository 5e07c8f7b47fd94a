#pragma once

#include "coreglobal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace Backroom {

class Database;

// Files kept inside the company database, so one file (or one PostgreSQL
// database) is the whole company and one backup restores everything. The
// bytes are stored once per SHA-256 (backroom_blob); each attachment
// (backroom_attachment) names one and may belong to a record, which is what
// the attachments panel lists. Every write is one transaction.
class BACKROOM_CORE_EXPORT Attachments : public QObject
{
    Q_OBJECT

public:
    struct Info
    {
        qint64 id = 0;
        QString sha256;        // lower-case hex
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString entity;        // empty when not attached to a record
        qint64 recordId = 0;
        QDateTime createdAt;   // UTC
        QString createdBy;
    };

    static constexpr qint64 DefaultSizeLimit = 20 * 1024 * 1024;

    Attachments(Database &db, const QString &userName, QObject *parent = nullptr);

    Database &database() const { return m_db; }
    // Bytes; larger files are refused with a message naming both sizes.
    void setSizeLimit(qint64 bytes) { m_limit = bytes; }
    qint64 sizeLimit() const { return m_limit; }

    // Stores the bytes (once per content) and an attachment named fileName,
    // attached to the record when entityId is given. Returns its id.
    std::optional<qint64> add(const QByteArray &data, const QString &fileName, QString *errorString,
                              const QString &entityId = QString(), qint64 recordId = 0);
    // The same from a file on disk; the size is checked before it is read.
    std::optional<qint64> addFile(const QString &path, QString *errorString, const QString &entityId = QString(),
                                  qint64 recordId = 0);
    // Moves an attachment to a record (one added for a record not yet saved).
    bool attach(qint64 id, const QString &entityId, qint64 recordId, QString *errorString);

    bool exists(qint64 id) const;
    std::optional<Info> info(qint64 id) const;
    // A record's attachments, oldest first.
    QList<Info> list(const QString &entityId, qint64 recordId) const;
    std::optional<QByteArray> read(qint64 id, QString *errorString) const;
    // Writes to a temporary file beside path and renames it into place: a
    // failure never leaves a partial file behind.
    bool saveTo(qint64 id, const QString &path, QString *errorString) const;
    // Deletes the attachment, and its bytes when no other attachment has
    // the same content.
    bool remove(qint64 id, QString *errorString);

    // "1.4 MB", "820 KB", "12 bytes" in the locale's digits.
    static QString formatSize(qint64 bytes, const QLocale &locale = QLocale());
    static QString sha256(const QByteArray &data);

signals:
    // After a write committed; entityId is empty for attachments that
    // belong to no record.
    void changed(const QString &entityId, qint64 recordId);

private:
    static Info fromQuery(const QSqlQuery &query);
    void announce(const QString &entityId, qint64 recordId);

    Database &m_db;
    QString m_user;
    qint64 m_limit = DefaultSizeLimit;
};

} // namespace Backroom
