#include "database.h"

#include "connectionlabel.h"
#include "databaseerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Backroom {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("backroom-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The driver's text; for a full disk, a read-only or damaged file, a lock
// held too long or a disk error, a sentence a clerk understands first,
// naming the file (DatabaseError).
QString describe(const QSqlError &error, const QString &location = {})
{
    return DatabaseError::text(error, location);
}

// The process's purpose (setDefaultPurpose): written once at start-up,
// read by every thread that opens a connection.
QMutex purposeMutex;
QString &defaultPurpose()
{
    static QString purpose = QStringLiteral("main");
    return purpose;
}
} // namespace

void Database::setDefaultPurpose(const QString &purpose)
{
    const QMutexLocker locker(&purposeMutex);
    defaultPurpose() = purpose;
}

Database::Database(const QString &connectionName, SqlDialect dialect, bool readOnly)
    : m_connectionName(connectionName)
    , m_dialect(dialect)
    , m_readOnly(readOnly)
{
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, bool readOnly, QString *errorString)
{
    return openSqliteFile(path, readOnly ? SqliteMode::ReadOnly : SqliteMode::Write, errorString);
}

std::unique_ptr<Database> Database::openSqliteUnchanging(const QString &path, QString *errorString)
{
    return openSqliteFile(path, SqliteMode::Unchanging, errorString);
}

std::unique_ptr<Database> Database::openSqliteFile(const QString &path, SqliteMode mode, QString *errorString)
{
    const bool readOnly = mode != SqliteMode::Write;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, SqlDialect(SqlDialect::Kind::Sqlite), readOnly));
    database->m_info.kind = SqlDialect::Kind::Sqlite;
    database->m_info.location = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid()) {
        if (errorString)
            *errorString = QCoreApplication::translate("Backroom::Database",
                                                       "Qt's SQLite driver is not installed (package libqt6sql6-sqlite).");
        return nullptr;
    }
    db.setDatabaseName(path);
    if (readOnly) {
        // Without a write-ahead log the file is complete in itself. Immutable
        // only on the caller's word that nobody writes it meanwhile: SQLite
        // then takes no locks, and a writer checkpointing under it would
        // hand it torn pages. Not on a UNC path, which SQLite's URI form
        // cannot name.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const bool complete = !QFileInfo::exists(path + QStringLiteral("-wal"));
        if (mode == SqliteMode::Unchanging && complete && !absolute.startsWith(QLatin1String("//"))) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
    }
    if (!db.open()) {
        if (errorString)
            *errorString = describe(db.lastError(), path);
        return nullptr;
    }
    for (const QString &statement : database->dialect().connectionSetup()) {
        if (!database->exec(statement, {}, errorString))
            return nullptr;
    }
    return database;
}

bool Database::isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString Database::postgresSchema(const QString &url)
{
    return QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("schema"));
}

QString Database::withPostgresSchema(const QString &url, const QString &schema)
{
    QUrl parsed(url);
    QUrlQuery query(parsed);
    query.removeAllQueryItems(QStringLiteral("schema"));
    query.addQueryItem(QStringLiteral("schema"), schema);
    parsed.setQuery(query);
    return parsed.toString();
}

std::unique_ptr<Database> Database::openPostgres(const QString &url, QString *errorString, const QString &password,
                                                 bool readOnly)
{
    ConnectionInfo info;
    info.kind = SqlDialect::Kind::Postgres;
    info.location = url;
    info.password = password;
    return connectPostgres(info, readOnly, errorString);
}

std::unique_ptr<Database> Database::connectPostgres(const ConnectionInfo &info, bool readOnly, QString *errorString)
{
    const QString &url = info.location;
    const QString &password = info.password;
    const auto fail = [errorString](const QString &message) -> std::unique_ptr<Database> {
        if (errorString)
            *errorString = message;
        return nullptr;
    };
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isPostgresUrl(url) || !parsed.isValid())
        return fail(QCoreApplication::translate("Backroom::Database", "“%1” is not a PostgreSQL address "
                                                "(postgresql://user@host:port/database).").arg(url));
    if (!parsed.password().isEmpty())
        return fail(QCoreApplication::translate("Backroom::Database", "Do not put the password into the address: "
                                                "set PGPASSWORD or use ~/.pgpass."));
    if (parsed.path().size() < 2 && !QUrlQuery(parsed).hasQueryItem(QStringLiteral("service")))
        return fail(QCoreApplication::translate("Backroom::Database", "“%1” names no database "
                                                "(postgresql://user@host:port/database).").arg(url));
    // The schema becomes part of a statement (SET search_path cannot take a
    // bound value): only a plain lower-case identifier is accepted.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QString schema = postgresSchema(url);
    if (!schema.isEmpty() && !identifier.match(schema).hasMatch())
        return fail(QCoreApplication::translate("Backroom::Database", "“%1” is not a usable schema name: use lower-case "
                                                "letters, digits and underscores.").arg(schema));
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, SqlDialect(SqlDialect::Kind::Postgres), readOnly));
    database->m_info = info;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return fail(QCoreApplication::translate("Backroom::Database",
                                                "Qt's PostgreSQL driver is not installed (package libqt6sql6-psql)."));
    if (!parsed.host().isEmpty())
        db.setHostName(parsed.host());
    if (parsed.port() > 0)
        db.setPort(parsed.port());
    if (parsed.path().size() > 1)
        db.setDatabaseName(parsed.path().mid(1));
    if (!parsed.userName().isEmpty())
        db.setUserName(parsed.userName());
    if (!password.isEmpty())
        db.setPassword(password);
    // libpq's own options pass through: TLS mode, a service name.
    QStringList options;
    const QUrlQuery query(parsed);
    for (const QString &key : {QStringLiteral("sslmode"), QStringLiteral("service"), QStringLiteral("connect_timeout")})
        if (query.hasQueryItem(key))
            options.append(key + QLatin1Char('=') + query.queryItemValue(key));
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return fail(describe(db.lastError(), url));
    if (!database->setUpSession(errorString))
        return nullptr;
    return database;
}

bool Database::setUpSession(QString *errorString)
{
    QStringList setup = m_dialect.connectionSetup();
    // A checked identifier: the database was opened with it.
    const QString schema = postgresSchema(m_info.location);
    if (!schema.isEmpty())
        setup.append(QStringLiteral("SET search_path TO %1").arg(schema));
    if (m_readOnly)
        setup.append(QStringLiteral("SET default_transaction_read_only = on"));
    for (const QString &statement : std::as_const(setup))
        if (!exec(statement, {}, errorString))
            return false;
    return nameSession(errorString);
}

bool Database::nameSession(QString *errorString)
{
    // Who and what for, in the server's list of connections; a bound
    // value, since the clerk's name is the clerk's text.
    ConnectionLabel label;
    label.schema = postgresSchema(m_info.location);
    label.clerk = m_info.clerk;
    label.host = QSysInfo::machineHostName();
    if (m_info.purpose.isEmpty()) {
        const QMutexLocker locker(&purposeMutex);
        label.purpose = defaultPurpose();
    } else {
        label.purpose = m_info.purpose;
    }
    return exec(QStringLiteral("SELECT set_config('application_name', ?, false)"), {label.toString()}, errorString);
}

bool Database::setClerk(const QString &clerk, QString *errorString)
{
    m_info.clerk = clerk;
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return true;
    return nameSession(errorString);
}

bool Database::connectionLost() const
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return false;
    // The driver closes its side itself when it sees the connection broken.
    const QSqlDatabase db = connection();
    if (!db.isOpen())
        return true;
    QSqlQuery probe(db);
    return !probe.exec(QStringLiteral("SELECT 1")) && DatabaseError::kind(probe.lastError()) == DatabaseError::Kind::Unreachable;
}

bool Database::reconnect(QString *errorString)
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres || m_transactionDepth > 0)
        return false;
    QSqlDatabase db = connection();
    QSqlDriver *driver = db.driver();
    const QStringList channels = driver->subscribedToNotifications();
    m_statements.reset();   // prepared in the lost session
    db.close();
    if (!db.open()) {
        if (errorString)
            *errorString = DatabaseError::text(db.lastError(), m_info.location);
        return false;
    }
    if (!setUpSession(errorString))
        return false;
    // The same driver object: whoever listens to it keeps hearing.
    for (const QString &channel : channels)
        driver->subscribeToNotification(channel);
    return true;
}

std::unique_ptr<Database> Database::reopen(const ConnectionInfo &info, bool readOnly, QString *errorString)
{
    if (info.kind == SqlDialect::Kind::Postgres)
        return connectPostgres(info, readOnly, errorString);
    std::unique_ptr<Database> database = openSqlite(info.location, readOnly, errorString);
    if (database)
        database->m_info = info;
    return database;
}

Database::~Database()
{
    m_statements.reset(); // statements before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql, QString *errorString)
{
    if (!m_statements)
        m_statements = std::make_unique<QHash<QString, QSqlQuery>>();
    auto it = m_statements->find(sql);
    if (it == m_statements->end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            if (errorString)
                *errorString = describe(query.lastError(), m_info.location);
            static QSqlQuery invalid;
            invalid = QSqlQuery();
            return invalid;
        }
        it = m_statements->insert(sql, query);
    }
    it->finish();
    return *it;
}

void Database::noteFailure(const QSqlError &error)
{
    static const QStringList transient{QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("23505")};
    if (m_dialect.kind() == SqlDialect::Kind::Postgres && transient.contains(error.nativeErrorCode()))
        m_transientFailure = true;
}

void Database::pauseBeforeRetry(int attempt)
{
    // Random, and longer each time, so two clerks who collided do not
    // collide again in step.
    const int most = 5 * attempt * attempt;
    QThread::msleep(1 + QRandomGenerator::global()->bounded(most));
}

namespace {
bool run(Database &db, QSqlQuery &query, const QVariantList &values, QString *errorString)
{
    if (!query.isValid() && query.lastQuery().isEmpty())
        return false; // preparing failed; the error is already set
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        db.noteFailure(query.lastError());
        if (errorString)
            *errorString = describe(query.lastError(), db.connectionInfo().location);
        return false;
    }
    return true;
}

// A read that failed because the server connection was dropped (the server
// restarted, the network blinked) is worth one more try on a new connection:
// a count, a display name, a module's own query. Only a plain SELECT outside
// a transaction: nothing is lost by connecting again, and running it twice
// changes nothing.
bool readAgainAfterReconnect(Database &db, const QString &sql)
{
    static const QRegularExpression select(QStringLiteral("^\\s*SELECT\\b"), QRegularExpression::CaseInsensitiveOption);
    return db.transactionDepth() == 0 && select.match(sql).hasMatch() && db.connectionLost() && db.reconnect();
}
} // namespace

bool Database::exec(const QString &sql, const QVariantList &values, QString *errorString)
{
    // Schema changes, PRAGMAs and VACUUM run once: not worth keeping.
    static const QRegularExpression once(QStringLiteral("^\\s*(CREATE|ALTER|DROP|PRAGMA|VACUUM|ANALYZE)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    // PostgreSQL cannot PREPARE utility statements (transactions, SET).
    static const QRegularExpression utility(
        QStringLiteral("^\\s*(SET|RESET|BEGIN|START|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|LOCK|LISTEN|UNLISTEN|NOTIFY)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (values.isEmpty()
        && (once.match(sql).hasMatch()
            || (m_dialect.kind() == SqlDialect::Kind::Postgres && utility.match(sql).hasMatch()))) {
        QSqlQuery query(connection());
        if (!query.exec(sql)) {
            noteFailure(query.lastError());
            if (errorString)
                *errorString = describe(query.lastError(), m_info.location);
            return false;
        }
        return true;
    }
    QSqlQuery &query = prepared(sql, errorString);
    const bool ok = run(*this, query, values, errorString);
    query.finish();
    return ok;
}

std::optional<int> Database::execAffected(const QString &sql, const QVariantList &values, QString *errorString)
{
    QSqlQuery &query = prepared(sql, errorString);
    if (!run(*this, query, values, errorString))
        return std::nullopt;
    const int rows = query.numRowsAffected();
    query.finish();
    return rows;
}

std::optional<QVariant> Database::scalar(const QString &sql, const QVariantList &values, QString *errorString)
{
    QSqlQuery *query = &prepared(sql, errorString);
    if (!run(*this, *query, values, errorString)) {
        // Connecting again drops the prepared statements: prepared anew.
        if (!readAgainAfterReconnect(*this, sql))
            return std::nullopt;
        query = &prepared(sql, errorString);
        if (!run(*this, *query, values, errorString))
            return std::nullopt;
        if (errorString)
            errorString->clear();
    }
    if (!query->next()) {
        query->finish();
        return std::nullopt;
    }
    QVariant value = query->value(0);
    // A forward-only SELECT holds a read snapshot until finished.
    query->finish();
    return value;
}

bool Database::serialize(const QString &name, QString *errorString)
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return true;
    if (const auto tried = m_triedLocks.constFind(name); tried != m_triedLocks.cend() && tried->held)
        return true;
    if (!scalar(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(current_schema()), hashtext(?))"), {name},
                errorString))
        return false;
    if (m_transactionDepth > 0)
        m_triedLocks.insert(name, {true, m_transactionDepth});
    return true;
}

std::optional<bool> Database::trySerialize(const QString &name, QString *errorString)
{
    if (m_dialect.kind() != SqlDialect::Kind::Postgres)
        return true;
    if (const auto tried = m_triedLocks.constFind(name); tried != m_triedLocks.cend())
        return tried->held;
    const std::optional<QVariant> free = scalar(
        QStringLiteral("SELECT pg_try_advisory_xact_lock(hashtext(current_schema()), hashtext(?))"), {name}, errorString);
    if (!free)
        return std::nullopt;
    if (m_transactionDepth > 0)
        m_triedLocks.insert(name, {free->toBool(), m_transactionDepth});
    return free->toBool();
}

void Database::transactionEnded(bool committed)
{
    // Called with the depth the ended transaction leaves open. A committed
    // savepoint's locks pass to its parent; a rolled-back one's are
    // released with it (and a try that failed in it may be made again).
    for (auto it = m_triedLocks.begin(); it != m_triedLocks.end();) {
        if (m_transactionDepth == 0 || (!committed && it->depth > m_transactionDepth)) {
            it = m_triedLocks.erase(it);
        } else {
            it->depth = std::min(it->depth, m_transactionDepth);
            ++it;
        }
    }
}

void Database::afterCommit(const QString &key, std::function<void(Database &)> work)
{
    if (m_transactionDepth == 0) {
        work(*this);
        return;
    }
    for (const auto &queued : std::as_const(m_afterCommit)) {
        if (queued.first == key)
            return;
    }
    m_afterCommit.append({key, std::move(work)});
}

void Database::runAfterCommit()
{
    // Taken first: the work opens transactions of its own, which may queue
    // more (run after their own commit, not here).
    const auto queued = std::exchange(m_afterCommit, {});
    for (const auto &work : queued)
        work.second(*this);
}

bool Database::tableExists(const QString &table)
{
    return scalar(m_dialect.tableExistsQuery(), {table}).has_value();
}

std::optional<QStringList> Database::tables(QString *errorString)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(m_dialect.tablesQuery())) {
        if (errorString)
            *errorString = describe(query.lastError(), m_info.location);
        return std::nullopt;
    }
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

bool Database::createNamedSchema(QString *errorString)
{
    const QString schema = m_dialect.kind() == SqlDialect::Kind::Postgres ? postgresSchema(m_info.location) : QString();
    // A checked identifier (openPostgres refuses any other).
    return schema.isEmpty() || exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema), {}, errorString);
}

} // namespace Backroom
