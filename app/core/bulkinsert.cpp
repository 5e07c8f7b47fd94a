#include "bulkinsert.h"

#include "database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace Backroom {

namespace {

QAtomicInteger<int> directAllowed = 1;
constexpr qint64 BulkCacheKiB = 256 * 1024;

// The few entry points of SQLite's C API the insert loop needs. They are
// taken from the library Qt's SQLite driver was loaded with, not linked at
// build time: a second copy of SQLite (Qt's bundled one against the
// system's) must never touch the driver's connection.
struct SqliteApi
{
    int (*prepare)(void *db, const char *sql, int bytes, void **statement, const char **tail) = nullptr;
    int (*bindInt64)(void *statement, int index, long long value) = nullptr;
    int (*bindText16)(void *statement, int index, const void *text, int bytes, void (*destructor)(void *)) = nullptr;
    int (*bindNull)(void *statement, int index) = nullptr;
    int (*step)(void *statement) = nullptr;
    int (*reset)(void *statement) = nullptr;
    int (*clearBindings)(void *statement) = nullptr;
    int (*finalize)(void *statement) = nullptr;
    long long (*lastInsertRowid)(void *db) = nullptr;
    const char *(*errmsg)(void *db) = nullptr;
};

constexpr int SqliteOk = 0;
constexpr int SqliteDone = 101;
// SQLITE_STATIC: the text stays valid until the row is stepped.
void (*const SqliteStatic)(void *) = nullptr;
// SQLITE_TRANSIENT: SQLite copies the text at once.
void (*const SqliteTransient)(void *) = reinterpret_cast<void (*)(void *)>(-1);

#if defined(Q_OS_UNIX)
template<typename Function>
bool resolve(void *library, const char *name, Function *function)
{
    *function = reinterpret_cast<Function>(dlsym(library, name));
    return *function != nullptr;
}

const SqliteApi *loadSqliteApi(const QSqlDriver *driver)
{
    // The driver object's vtable lies in the driver plugin; looking the
    // symbols up through the plugin's handle finds the SQLite it links to
    // (or carries inside and exports). Nothing found: use QtSql.
    Dl_info info{};
    const void *vtable = *reinterpret_cast<const void *const *>(driver);
    if (!dladdr(vtable, &info) || !info.dli_fname)
        return nullptr;
    void *library = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return nullptr;
    static SqliteApi api;
    const bool ok = resolve(library, "sqlite3_prepare_v2", &api.prepare)
                    && resolve(library, "sqlite3_bind_int64", &api.bindInt64)
                    && resolve(library, "sqlite3_bind_text16", &api.bindText16)
                    && resolve(library, "sqlite3_bind_null", &api.bindNull)
                    && resolve(library, "sqlite3_step", &api.step)
                    && resolve(library, "sqlite3_reset", &api.reset)
                    && resolve(library, "sqlite3_clear_bindings", &api.clearBindings)
                    && resolve(library, "sqlite3_finalize", &api.finalize)
                    && resolve(library, "sqlite3_last_insert_rowid", &api.lastInsertRowid)
                    && resolve(library, "sqlite3_errmsg", &api.errmsg);
    dlclose(library); // only drops the reference dlopen(RTLD_NOLOAD) added
    return ok ? &api : nullptr;
}
#else
const SqliteApi *loadSqliteApi(const QSqlDriver *)
{
    return nullptr;
}
#endif

QString describe(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

} // namespace

struct BulkInsert::Direct
{
    const SqliteApi *api = nullptr;
    void *db = nullptr;
    void *statement = nullptr;
};

void BulkInsert::setDirectAllowed(bool allowed)
{
    directAllowed.storeRelaxed(allowed ? 1 : 0);
}

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_columns(int(columns.size()))
{
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        // SQLite's default cache (2 MiB) fills after a few thousand rows of
        // a well-indexed table and then spills pages to the WAL before the
        // commit writes them again; give a large transaction room, and take
        // it back afterwards. The cache only grows as pages are used.
        if (const auto size = db.scalar(QStringLiteral("PRAGMA cache_size"))) {
            const qint64 current = size->toLongLong(); // negative: KiB; positive: pages (of 4 KiB)
            if ((current < 0 ? -current : current * 4) < BulkCacheKiB
                && db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(BulkCacheKiB)))
                m_cacheSize = current;
        }
    }
    const QStringList marks(columns.size(), QStringLiteral("?"));
    m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));

    if (db.dialect().kind() == SqlDialect::Kind::Sqlite && directAllowed.loadRelaxed()) {
        const QSqlDriver *driver = db.connection().driver();
        const QVariant handle = driver ? driver->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            static const SqliteApi *api = loadSqliteApi(driver);
            void *sqlite = *static_cast<void *const *>(handle.constData());
            if (api && sqlite) {
                auto direct = std::make_unique<Direct>();
                direct->api = api;
                direct->db = sqlite;
                const QByteArray sql = m_sql.toUtf8();
                if (api->prepare(sqlite, sql.constData(), int(sql.size()), &direct->statement, nullptr) == SqliteOk
                    && direct->statement) {
                    m_direct = std::move(direct);
                    m_valid = true;
                    return;
                }
                m_error = QString::fromUtf8(api->errmsg(sqlite));
                return;
            }
        }
    }
    // QtSql: RETURNING gives the id on both dialects (lastInsertId() does
    // not on PostgreSQL).
    m_sql += QStringLiteral(" RETURNING id");
    QSqlQuery &query = m_db.prepared(m_sql, &m_error);
    m_valid = !query.lastQuery().isEmpty();
}

BulkInsert::~BulkInsert()
{
    if (m_cacheSize != 0)
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    if (m_direct && m_direct->statement) {
        // The texts bound last are gone by now: unbind before finalizing.
        m_direct->api->clearBindings(m_direct->statement);
        m_direct->api->finalize(m_direct->statement);
    }
}

bool BulkInsert::isValid() const
{
    return m_valid;
}

bool BulkInsert::isDirect() const
{
    return bool(m_direct);
}

std::optional<qint64> BulkInsert::insert(const QVariant *values)
{
    if (!m_valid)
        return std::nullopt;
    if (m_direct) {
        const SqliteApi &api = *m_direct->api;
        void *statement = m_direct->statement;
        for (int i = 0; i < m_columns; ++i) {
            const QVariant &value = values[i];
            int rc = SqliteOk;
            if (value.isNull()) {
                rc = api.bindNull(statement, i + 1);
            } else {
                switch (value.typeId()) {
                case QMetaType::LongLong:
                case QMetaType::Int:
                case QMetaType::UInt:
                case QMetaType::Long:
                case QMetaType::Short:
                    rc = api.bindInt64(statement, i + 1, value.toLongLong());
                    break;
                case QMetaType::Bool:
                    rc = api.bindInt64(statement, i + 1, value.toBool() ? 1 : 0);
                    break;
                case QMetaType::QString: {
                    const QString *text = static_cast<const QString *>(value.constData());
                    rc = api.bindText16(statement, i + 1, text->utf16(), int(text->size() * sizeof(char16_t)),
                                        SqliteStatic);
                    break;
                }
                default: {
                    // Storage values are integers and texts; anything else
                    // goes in as its text, copied.
                    const QString text = value.toString();
                    rc = api.bindText16(statement, i + 1, text.utf16(), int(text.size() * sizeof(char16_t)),
                                        SqliteTransient);
                    break;
                }
                }
            }
            if (rc != SqliteOk) {
                m_error = QString::fromUtf8(api.errmsg(m_direct->db));
                api.reset(statement);
                return std::nullopt;
            }
        }
        if (api.step(statement) != SqliteDone) {
            m_error = QString::fromUtf8(api.errmsg(m_direct->db));
            api.reset(statement);
            return std::nullopt;
        }
        const qint64 id = api.lastInsertRowid(m_direct->db);
        api.reset(statement);
        return id;
    }

    QSqlQuery &query = m_db.prepared(m_sql, &m_error);
    for (int i = 0; i < m_columns; ++i)
        query.bindValue(i, values[i]);
    if (!query.exec() || !query.next()) {
        m_error = describe(query.lastError());
        query.finish();
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

} // namespace Backroom
