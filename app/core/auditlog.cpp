#include "auditlog.h"

#include "bulkinsert.h"
#include "database.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Backroom {

namespace {

// Held from reading the chain's head to the commit (Database::serialize).
constexpr char kChainLock[] = "backroom_audit";

// Where the head (last id and hash) is recorded, so that removing the newest
// entries (which leaves a valid, shorter chain) is noticed.
const QString kHeadKey = QStringLiteral("audit_head");
const QString kWriteHead = QStringLiteral("INSERT INTO backroom_meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");

// The entry's text as it is stored, queued or chained: null and empty text
// hash alike but would not store alike (NULL); the detail as compact JSON.
AuditLog::Entry stored(const AuditLog::Entry &entry)
{
    AuditLog::Entry text = entry;
    text.user = entry.user.isNull() ? QStringLiteral("") : entry.user;
    text.entity = entry.entity.isNull() ? QStringLiteral("") : entry.entity;
    text.detailText = entry.detailText.isEmpty() ? AuditLog::detailText(entry.detail) : entry.detailText;
    return text;
}

QString headText(const AuditLog::Head &head)
{
    return QString::number(head.id) + QLatin1Char(' ') + head.hash;
}

// How long a committed entry may wait in the queue before verify calls it a
// problem: sealing follows each commit within milliseconds.
constexpr qint64 kUnsealedAfterSeconds = 300;

QString storedAt(const QVariant &value)
{
    // SQLite keeps the text append() wrote; PostgreSQL gives a timestamp.
    return value.typeId() == QMetaType::QDateTime ? AuditLog::atText(value.toDateTime()) : value.toString();
}

// An entry as stored, from columns 1 to 6 (at, user_name, action, entity,
// record_id, detail) of a row of the log or of its queue.
AuditLog::Entry storedEntry(const QSqlQuery &query)
{
    AuditLog::Entry entry;
    entry.at = QDateTime::fromString(storedAt(query.value(1)), Qt::ISODateWithMs);
    entry.user = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.recordId = query.value(5).toLongLong();
    entry.detailText = query.value(6).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

QString AuditLog::atText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString AuditLog::detailText(const QJsonObject &detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

QString AuditLog::hashOf(qint64 id, const QString &at, const QString &user, const QString &action,
                         const QString &entity, qint64 recordId, const QString &detailText, const QString &prevHash)
{
    // A JSON array rather than joined text, so no choice of separator lets
    // two different entries serialize alike.
    const QJsonArray canonical{QJsonValue(id), at, user, action, entity,
                               recordId != 0 ? QJsonValue(recordId) : QJsonValue(QJsonValue::Null), detailText,
                               prevHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

AuditLog::Head AuditLog::head() const
{
    Head result{0, genesisHash()};
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT id, hash FROM backroom_audit ORDER BY id DESC LIMIT 1"));
    if (query.exec() && query.next()) {
        result.id = query.value(0).toLongLong();
        result.hash = query.value(1).toString();
    }
    query.finish();
    return result;
}

AuditLog::Head AuditLog::recordedHead() const
{
    const std::optional<QVariant> value =
        m_db.scalar(QStringLiteral("SELECT value FROM backroom_meta WHERE key = ?"), {kHeadKey});
    if (!value)
        return {0, QString()};
    const QStringList parts = value->toString().split(QLatin1Char(' '));
    return {parts.value(0).toLongLong(), parts.value(1)};
}

void AuditLog::appendRefusal(const QString &user, const QString &refusedAction, const QString &entity, qint64 recordId)
{
    Entry entry;
    entry.user = user;
    entry.action = QString::fromLatin1(Action::Denied);
    entry.entity = entity;
    entry.recordId = recordId;
    entry.detail = {{QStringLiteral("action"), refusedAction}};
    QString error;
    if (append(entry, &error).id == 0)
        qWarning("Backroom: a refusal could not be recorded: %s", qPrintable(error));
}

AuditLog::Entry AuditLog::append(const Entry &entry, QString *errorString)
{
    return m_db.retrying([&] { return appendOnce(entry, errorString); },
                         [](const Entry &written) { return written.id == 0; });
}

AuditLog::Entry AuditLog::appendOnce(const Entry &entry, QString *errorString)
{
    auto failed = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return Entry{};
    };
    QString error;
    bool locked = false;
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres && m_db.transactionDepth() > 0) {
        // A clerk alone chains the entry in their transaction, holding the
        // chain's lock to the commit as SQLite does (one transaction per
        // save); one who finds the lock taken queues it instead of waiting,
        // and the holder seals it after its own commit.
        // Tried once per transaction: a document's many lines do not ask again.
        const std::optional<bool> free = m_db.trySerialize(QLatin1String(kChainLock), &error);
        if (!free)
            return failed(error);
        sealAfterCommit(m_db);
        if (!*free)
            return enqueue(entry, errorString);
        locked = true;
    }

    // Inside the caller's transaction the entry goes with the change it
    // records; on its own it still must not be half-written.
    std::optional<WriteTransaction> own;
    if (m_db.transactionDepth() == 0) {
        own.emplace(m_db);
        if (!own->isActive())
            return failed(own->errorString());
    }

    // One entry at a time across every clerk's connection, from reading the
    // head to the commit: each entry names the one before it. (On SQLite the
    // write transaction already is that.)
    if (!locked) {
        if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
            sealAfterCommit(m_db);   // what others queue while this holds the lock
        if (!m_db.serialize(QLatin1String(kChainLock), &error))
            return failed(error);
    }
    const Entry written = chained(entry, head(), QDateTime::currentDateTimeUtc());
    // A server records the head with the entry, in one statement.
    const bool server = m_db.dialect().kind() == SqlDialect::Kind::Postgres;
    if (!insertChained(m_db, written, &error, server) || (!server && !writeHead(m_db, {written.id, written.hash}, &error)))
        return failed(error);
    if (own && !own->commit())
        return failed(own->errorString());
    return written;
}

AuditLog::Entry AuditLog::enqueue(const Entry &entry, QString *errorString)
{
    Entry queued = stored(entry);
    queued.at = QDateTime::currentDateTimeUtc();
    QString error;
    const std::optional<QVariant> seq = m_db.scalar(
        QStringLiteral("INSERT INTO backroom_audit_pending (at, user_name, action, entity, record_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {atText(queued.at), queued.user, queued.action, queued.entity,
         queued.recordId != 0 ? QVariant(queued.recordId) : QVariant(QMetaType::fromType<qint64>()),
         queued.detailText},
        &error);
    if (!seq) {
        if (errorString)
            *errorString = error;
        return Entry{};
    }
    queued.id = seq->toLongLong();
    return queued;
}

void AuditLog::sealAfterCommit(Database &db)
{
    db.afterCommit(QLatin1String(kChainLock), [](Database &committed) {
        // Each pass seals what was queued while the lock was held, this
        // connection's own seal included; a pass that finds the lock taken
        // leaves the rest to its holder, who looks again after its commit.
        // Bounded, so no clerk keeps sealing for the others under a long
        // rush; what is left waits for the next commit.
        AuditLog log(committed);
        for (int pass = 0; pass < 4; ++pass) {
            QString why;
            const qint64 sealed = committed.retrying([&] { return log.sealOnce(&why, false); },
                                                     [](qint64 result) { return result < 0; });
            if (sealed < 0)
                qWarning("Backroom: audit entries stay queued until the next write: %s", qPrintable(why));
            if (sealed <= 0)
                return;
        }
    });
}

qint64 AuditLog::seal(QString *errorString)
{
    return m_db.retrying([&] { return sealOnce(errorString, true); }, [](qint64 sealed) { return sealed < 0; });
}

qint64 AuditLog::sealOnce(QString *errorString, bool wait)
{
    auto failed = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return qint64(-1);
    };
    // Most often another connection sealed ours with its own: then there is
    // no lock to wait for.
    QString error;
    const std::optional<QVariant> waiting =
        m_db.scalar(QStringLiteral("SELECT 1 FROM backroom_audit_pending LIMIT 1"), {}, &error);
    if (!waiting)
        return error.isEmpty() ? 0 : failed(error);
    const bool outermost = m_db.transactionDepth() == 0;
    const bool server = m_db.dialect().kind() == SqlDialect::Kind::Postgres;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    // Every clerk's commit is followed by a seal: few round trips, so on a
    // server they fold into one statement where they can.
    if (server && outermost) {
        // The seal need not wait for the disk: lost in a crash, it is lost
        // whole (the chained rows with the queue's deletions), the entries
        // wait in the queue to be sealed again, and any later commit that is
        // flushed flushes this one before it. The lock is Database::serialize's.
        const std::optional<QVariant> locked = m_db.scalar(
            wait ? QStringLiteral("SELECT set_config('synchronous_commit', 'off', true), "
                                  "pg_advisory_xact_lock(hashtext(current_schema()), hashtext(?))")
                 : QStringLiteral("SELECT pg_try_advisory_xact_lock(hashtext(current_schema()), hashtext(?)), "
                                  "set_config('synchronous_commit', 'off', true)"),
            {QLatin1String(kChainLock)}, &error);
        if (!locked)
            return failed(error);
        // Taken: its holder seals what waits after its commit.
        if (!wait && !locked->toBool())
            return transaction.commit() ? 0 : failed(transaction.errorString());
    } else if (!m_db.serialize(QLatin1String(kChainLock), &error)) {
        return failed(error);
    }
    // Taken by deleting them: exactly the rows this statement saw committed,
    // none that commit meanwhile (they wait for the next seal). On a server
    // the chain's head comes with them, read after the lock was taken.
    struct Queued
    {
        qint64 seq;
        Entry entry;
    };
    QList<Queued> queued;
    std::optional<Head> last;
    {
        QSqlQuery take(m_db.connection());
        take.setForwardOnly(true);
        const QString returning = QStringLiteral("DELETE FROM backroom_audit_pending "
                                                 "RETURNING id, at, user_name, action, entity, record_id, detail");
        const bool taken =
            server ? take.exec(QStringLiteral("WITH taken AS (%1) SELECT taken.*, last.id, last.hash FROM taken "
                                              "LEFT JOIN (SELECT id, hash FROM backroom_audit ORDER BY id DESC LIMIT 1) "
                                              "last ON true")
                                   .arg(returning))
                   : take.exec(returning);
        if (!taken) {
            m_db.noteFailure(take.lastError());
            return failed(take.lastError().text());
        }
        while (take.next()) {
            queued.append({take.value(0).toLongLong(), storedEntry(take)});
            if (server && !last)
                last = take.value(7).isNull() ? Head{0, genesisHash()}
                                              : Head{take.value(7).toLongLong(), take.value(8).toString()};
        }
    }
    if (queued.isEmpty())
        return transaction.commit() ? 0 : failed(transaction.errorString());
    std::sort(queued.begin(), queued.end(), [](const Queued &a, const Queued &b) { return a.seq < b.seq; });
    if (!last)
        last = head();
    for (qsizetype i = 0; i < queued.size(); ++i) {
        const Entry written = chained(queued.at(i).entry, *last, queued.at(i).entry.at);
        last = Head{written.id, written.hash};
        const bool withHead = server && i == queued.size() - 1;
        if (!insertChained(m_db, written, &error, withHead))
            return failed(error);
        if (i == queued.size() - 1 && !withHead && !writeHead(m_db, *last, &error))
            return failed(error);
    }
    if (!transaction.commit())
        return failed(transaction.errorString());
    return queued.size();
}

qint64 AuditLog::pendingCount() const
{
    // A company older than the queue has none (and a failed statement
    // would spoil a server's open transaction).
    if (!m_db.tableExists(QStringLiteral("backroom_audit_pending")))
        return 0;
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM backroom_audit_pending")).value_or(0).toLongLong();
}

bool AuditLog::insertChained(Database &db, const Entry &written, QString *errorString, bool withHead)
{
    const QString insertEntry = QStringLiteral("INSERT INTO backroom_audit (id, at, user_name, action, entity, record_id, "
                                               "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // PostgreSQL writes the recorded head in the same statement (one round
    // trip less for every seal).
    QString error;
    QSqlQuery &insert = db.prepared(withHead ? QStringLiteral("WITH entry AS (%1) %2").arg(insertEntry, kWriteHead)
                                             : insertEntry,
                                    &error);
    insert.bindValue(0, written.id);
    insert.bindValue(1, atText(written.at));
    insert.bindValue(2, written.user);
    insert.bindValue(3, written.action);
    insert.bindValue(4, written.entity);
    insert.bindValue(5, written.recordId != 0 ? QVariant(written.recordId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(6, written.detailText);
    insert.bindValue(7, written.prevHash);
    insert.bindValue(8, written.hash);
    if (withHead) {
        insert.bindValue(9, kHeadKey);
        insert.bindValue(10, headText({written.id, written.hash}));
    }
    if (!insert.exec()) {
        db.noteFailure(insert.lastError());
        if (errorString)
            *errorString = error.isEmpty() ? insert.lastError().text() : error;
        return false;
    }
    insert.finish();
    return true;
}

AuditLog::Entry AuditLog::chained(const Entry &entry, const Head &last, const QDateTime &at)
{
    Entry written = stored(entry);
    written.id = last.id + 1;   // explicit, so the hash can cover it
    written.at = at;
    written.prevHash = last.hash;
    written.hash = hashOf(written.id, atText(written.at), written.user, written.action, written.entity,
                          written.recordId, written.detailText, written.prevHash);
    return written;
}

bool AuditLog::writeHead(Database &db, const Head &head, QString *errorString)
{
    QString error;
    QSqlQuery &write = db.prepared(kWriteHead, &error);
    write.bindValue(0, kHeadKey);
    write.bindValue(1, headText(head));
    if (!write.exec()) {
        db.noteFailure(write.lastError());
        if (errorString)
            *errorString = error.isEmpty() ? write.lastError().text() : error;
        return false;
    }
    write.finish();
    return true;
}

AuditLog::Batch::Batch(Database &db)
    : m_db(db)
{
}

AuditLog::Batch::~Batch() = default;

void AuditLog::Batch::append(const Entry &entry)
{
    m_pending.append(entry);
}

bool AuditLog::Batch::finish(QString *errorString)
{
    if (m_pending.isEmpty())
        return true;
    const auto failed = [&](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    QString error;
    if (!m_db.serialize(QLatin1String(kChainLock), &error))
        return failed(error);
    if (m_db.dialect().kind() == SqlDialect::Kind::Postgres)
        sealAfterCommit(m_db);   // what others queued while this import held the lock
    BulkInsert insert(m_db, QStringLiteral("backroom_audit"),
                      {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user_name"), QStringLiteral("action"),
                       QStringLiteral("entity"), QStringLiteral("record_id"), QStringLiteral("detail"),
                       QStringLiteral("prev_hash"), QStringLiteral("hash")});
    if (!insert.isValid())
        return failed(insert.errorString());
    Head last = AuditLog(m_db).head();
    for (const Entry &entry : std::as_const(m_pending)) {
        const Entry written = chained(entry, last, QDateTime::currentDateTimeUtc());
        const QVariant values[] = {written.id, atText(written.at), written.user, written.action, written.entity,
                                   written.recordId != 0 ? QVariant(written.recordId) : QVariant(),
                                   written.detailText, written.prevHash, written.hash};
        if (!insert.insert(values))
            return failed(insert.errorString());
        last = {written.id, written.hash};
    }
    m_pending.clear();
    return writeHead(m_db, last, errorString);
}

QString AuditLog::problemKindName(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::None: return QStringLiteral("none");
    case Problem::Kind::Altered: return QStringLiteral("altered");
    case Problem::Kind::Removed: return QStringLiteral("removed");
    case Problem::Kind::Inserted: return QStringLiteral("inserted");
    case Problem::Kind::Truncated: return QStringLiteral("truncated");
    case Problem::Kind::Appended: return QStringLiteral("appended");
    case Problem::Kind::HeadMissing: return QStringLiteral("head_missing");
    case Problem::Kind::Unreadable: return QStringLiteral("unreadable");
    case Problem::Kind::Unsealed: return QStringLiteral("unsealed");
    }
    return QString();
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    auto report = [&](Problem::Kind kind, qint64 id, const QString &at, const QString &user, const QString &action,
                      const QString &message) {
        if (!result.ok)
            return; // only the first problem is named; later ones may follow from it
        result.ok = false;
        result.problem = {kind, id, QDateTime::fromString(at, Qt::ISODateWithMs), user, action, message};
    };

    // A plain query, not a prepared one: the whole log is read once and the
    // statement must not stay cached holding a read snapshot.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, at, user_name, action, entity, record_id, detail, prev_hash, hash "
                                   "FROM backroom_audit ORDER BY id"))) {
        report(Problem::Kind::Unreadable, 0, QString(), QString(), QString(),
               tr("The audit log could not be read: %1").arg(query.lastError().text()));
        return result;
    }
    qint64 previousId = 0;
    QString previousHash = genesisHash();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString at = storedAt(query.value(1));
        const QString user = query.value(2).toString();
        const QString action = query.value(3).toString();
        const QString hash = query.value(8).toString();
        const QString prevHash = query.value(7).toString();
        ++result.checked;
        const QString expected = hashOf(id, at, user, action, query.value(4).toString(), query.value(5).toLongLong(),
                                        query.value(6).toString(), prevHash);
        const QString who = tr("%1, %2, %3").arg(at, user, action);
        if (expected != hash)
            report(Problem::Kind::Altered, id, at, user, action,
                   tr("Audit entry %1 (%2) was altered: its content no longer matches its hash.").arg(id).arg(who));
        else if (id != previousId + 1)
            report(Problem::Kind::Removed, id, at, user, action,
                   previousId == 0
                       ? tr("Audit entries before entry %1 (%2) were removed: the log starts with it.").arg(id).arg(who)
                       : tr("Audit entries before entry %1 (%2) were removed: the log jumps from entry %3 to it.")
                             .arg(id).arg(who).arg(previousId));
        else if (prevHash != previousHash)
            report(Problem::Kind::Inserted, id, at, user, action,
                   previousId == 0
                       ? tr("Audit entry %1 (%2) was inserted or replaced: it does not start the log.").arg(id).arg(who)
                       : tr("Audit entry %1 (%2) does not follow entry %3: one of them was inserted or replaced.")
                             .arg(id).arg(who).arg(previousId));
        previousId = id;
        previousHash = hash;
    }
    query.finish();
    result.head = {previousId, previousHash};
    result.recordedHead = recordedHead();

    // The chain cannot tell that its newest entries are gone, or that
    // well-formed ones were added after the last the application wrote: the
    // recorded head can.
    const Head &recorded = result.recordedHead;
    if (recorded.hash.isEmpty()) {
        if (previousId > 0)
            report(Problem::Kind::HeadMissing, previousId, QString(), QString(), QString(),
                   tr("The audit log's recorded head is missing (the log ends at entry %1).").arg(previousId));
    } else if (recorded.id > previousId) {
        report(Problem::Kind::Truncated, previousId + 1, QString(), QString(), QString(),
               recorded.id == previousId + 1
                   ? tr("Audit entry %1, the newest, was removed from the end of the log (it is the recorded head).")
                         .arg(recorded.id)
                   : tr("Audit entries %1 to %2 were removed from the end of the log (its recorded head is entry %2).")
                         .arg(previousId + 1).arg(recorded.id));
    } else if (recorded.id < previousId || recorded.hash != previousHash) {
        // The first entry past the head, or the last one when it was
        // replaced; read again to name it.
        const qint64 id = recorded.id < previousId ? recorded.id + 1 : previousId;
        const auto row = [&](const char *column) {
            return m_db.scalar(QStringLiteral("SELECT %1 FROM backroom_audit WHERE id = ?").arg(QLatin1String(column)), {id})
                .value_or(QVariant());
        };
        const QString at = storedAt(row("at"));
        const QString user = row("user_name").toString();
        const QString action = row("action").toString();
        const QString who = tr("%1, %2, %3").arg(at, user, action);
        if (recorded.id < previousId)
            report(Problem::Kind::Appended, id, at, user, action,
                   tr("Audit entry %1 (%2) comes after the recorded head (entry %3): it was added outside the "
                      "application.").arg(id).arg(who).arg(recorded.id));
        else
            report(Problem::Kind::Altered, id, at, user, action,
                   tr("Audit entry %1 (%2) does not match the recorded head: it was replaced.").arg(id).arg(who));
    }

    // Entries wait in the queue for milliseconds; one left for minutes was
    // written by a program that stopped between its commit and the seal,
    // and is not protected by the chain until it is sealed.
    result.pending = pendingCount();
    if (result.pending > 0) {
        const QDateTime oldest = QDateTime::fromString(
            storedAt(m_db.scalar(QStringLiteral("SELECT min(at) FROM backroom_audit_pending")).value_or(QVariant())),
            Qt::ISODateWithMs);
        if (oldest.isValid() && oldest.secsTo(QDateTime::currentDateTimeUtc()) > kUnsealedAfterSeconds)
            report(Problem::Kind::Unsealed, 0, atText(oldest), QString(), QString(),
                   tr("%n audit entry(s), the oldest from %1, saved but not yet chained into the log; the next "
                      "save or backroom-cli verify --repair chains them.", nullptr, int(result.pending))
                       .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat)));
    }
    return result;
}

QList<AuditLog::Entry> AuditLog::query(const Filter &filter, QString *errorString) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.user.isEmpty()) {
        conditions.append(QStringLiteral("user_name = ?"));
        values.append(filter.user);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        values.append(filter.action);
    }
    if (!filter.entity.isEmpty()) {
        conditions.append(QStringLiteral("entity = ?"));
        values.append(filter.entity);
    }
    if (filter.recordId != 0) {
        conditions.append(QStringLiteral("record_id = ?"));
        values.append(filter.recordId);
    }
    // `at` is ISO 8601 UTC text of one width, so text order is time order.
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(atText(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(atText(filter.to));
    }
    values.append(qint64(qMax(filter.limit, 0)));
    values.append(qint64(qMax(filter.offset, 0)));
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, user_name, action, entity, record_id, detail, prev_hash, hash "
                                 "FROM backroom_audit %1 ORDER BY id DESC LIMIT ? OFFSET ?")
                      .arg(conditions.isEmpty() ? QString()
                                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    QList<Entry> entries;
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return entries;
    }
    while (query.next()) {
        Entry entry = storedEntry(query);
        entry.id = query.value(0).toLongLong();
        entry.detail = QJsonDocument::fromJson(entry.detailText.toUtf8()).object();
        entry.prevHash = query.value(7).toString();
        entry.hash = query.value(8).toString();
        entries.append(entry);
    }
    query.finish();
    return entries;
}

} // namespace Backroom
