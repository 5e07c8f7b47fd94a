#include "recordlistmodel.h"

#include "database.h"
#include "entity.h"
#include "fieldcodec.h"
#include "moneyformat.h"
#include "records.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Backroom {

namespace {

// Keyset positions kept per reset. Each loaded page adds two; past this many
// every other one is dropped, so the map covers the whole list ever more
// sparsely instead of growing with the distance scrolled.
constexpr int MaxKnownPositions = 4096;

// Names of referenced records are read in one query per column and page;
// the ids go in as bound values, so keep a batch within SQLite's limit.
constexpr int MaxIdsPerQuery = 900;

bool isNull(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

Filter combined(const Filter &a, const Filter &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return Filter::all({a, b});
}

// The names that can be columns, each once; the defaults when none can.
QStringList listableColumns(const Entity &entity, const QStringList &fields)
{
    QStringList columns;
    for (const QString &name : fields)
        if (const Field *field = entity.field(name);
            field && RecordListModel::isListable(*field) && !columns.contains(name))
            columns.append(name);
    return columns.isEmpty() ? RecordListModel::defaultColumns(entity) : columns;
}

QString idPlaceholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

RecordListModel::RecordListModel(Records &records, const QString &entityId, const QStringList &fields,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(records)
    , m_entityId(entityId)
{
    if (const Entity *declared = entity()) {
        m_watched.insert(entityId);
        for (const Field &field : declared->fields())
            if (field.type() == Field::Type::Reference)
                m_watched.insert(field.referencedEntity());
    }
    if (const Entity *declared = entity())
        m_columns = listableColumns(*declared, fields);

    // A save in a form, an import or an archive elsewhere changes the list;
    // several changes in a row (a batch) refresh it once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(120);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RecordListModel::refresh);
    connect(&m_records, &Records::changed, this,
            [this](const QString &changedEntity, qint64) { onRecordsChanged(changedEntity); });
    startCount();
}

RecordListModel::~RecordListModel()
{
    // A count still running reads through its own connection and reports
    // to this model: let it finish first.
    for (const QPointer<QThread> &job : std::as_const(m_jobs))
        if (job)
            job->wait();
}

const Entity *RecordListModel::entity() const
{
    return m_records.entity(m_entityId);
}

bool RecordListModel::isListable(const Field &field)
{
    return field.type() != Field::Type::ChildLines;
}

QStringList RecordListModel::defaultColumns(const Entity &entity)
{
    QStringList columns;
    for (const Field &field : entity.fields())
        if (isListable(field) && field.type() != Field::Type::LongText && field.type() != Field::Type::Attachment)
            columns.append(field.name());
    return columns;
}

void RecordListModel::setColumns(const QStringList &fields)
{
    const Entity *declared = entity();
    if (!declared)
        return;
    const QStringList columns = listableColumns(*declared, fields);
    if (columns == m_columns)
        return;
    m_columns = columns;
    reset(ResetReason::Data, true); // other money columns, other totals
}

void RecordListModel::setQuerySpec(const QuerySpec &spec)
{
    m_spec = spec;
    m_spec.limit = m_pageSize;
    m_spec.offset = 0;
    m_sortField.clear();
    m_sortOrder = Qt::AscendingOrder;
    // One sort key (a clicked header) is paged by keyset; the id breaks ties.
    if (!spec.sort.isEmpty()) {
        const Entity *declared = entity();
        const Field *field = declared ? declared->field(spec.sort.constFirst().field) : nullptr;
        if (field && field->isStored()) {
            m_sortField = field->name();
            m_sortOrder = spec.sort.constFirst().order;
        }
    }
    m_spec.sort.clear();
    if (!m_sortField.isEmpty())
        m_spec.sort.append({m_sortField, m_sortOrder});
    reset(ResetReason::Query, true);
}

void RecordListModel::setFilter(const Filter &filter)
{
    m_spec.filter = filter;
    reset(ResetReason::Query, true);
}

void RecordListModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_spec.search.trimmed())
        return;
    m_spec.search = text.trimmed();
    reset(ResetReason::Query, true);
}

void RecordListModel::setIncludeArchived(bool on)
{
    if (m_spec.includeArchived == on)
        return;
    m_spec.includeArchived = on;
    reset(ResetReason::Query, true);
}

bool RecordListModel::hasAnyRecords() const
{
    if (m_count > 0 && !m_spec.includeArchived)
        return true;
    QuerySpec any;
    any.limit = 1;
    return !m_records.select(m_entityId, any).isEmpty();
}

void RecordListModel::refresh()
{
    m_refreshTimer.stop();
    reset(ResetReason::Data, true);
}

void RecordListModel::onRecordsChanged(const QString &entityId)
{
    if (m_watched.contains(entityId))
        m_refreshTimer.start();
}

void RecordListModel::reset(ResetReason reason, bool recountRows)
{
    beginResetModel();
    m_pages.clear();
    m_failed.clear();
    m_anchors.clear();
    if (recountRows)
        startCount();
    m_resetReason = reason;
    endResetModel();
    emit refreshed();
}

bool RecordListModel::countQuery(QString *sql, QString *countSql, QVariantList *values, QStringList *sums)
{
    // Every new count starts from nothing known.
    m_count = 0;
    m_totals.clear();
    m_error.clear();
    m_counting = false;
    const Entity *declared = entity();
    if (!declared) {
        m_error = QStringLiteral("unknown entity '%1'").arg(m_entityId);
        return false;
    }
    if (!m_records.check(QStringLiteral("read"), m_entityId, &m_error))
        return false;
    QString where;
    QString error;
    if (!m_records.whereClause(*declared, m_spec, &where, values, &error)) {
        m_error = error;
        return false;
    }
    // Count and totals in one pass over the filtered rows: the scan is the
    // cost, the sums come almost free with it.
    *sums = totalFields();
    QStringList expressions{QStringLiteral("count(*)")};
    for (const QString &field : std::as_const(*sums))
        expressions.append(m_records.database().dialect().integerSum(field));
    *sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
               .arg(expressions.join(QStringLiteral(", ")), declared->tableName(), where);
    *countSql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(declared->tableName(), where);
    return true;
}

RecordListModel::Count RecordListModel::runCount(QSqlDatabase db, const QString &sql, const QString &countSql,
                                                 const QVariantList &values, const QStringList &sums)
{
    Count result;
    result.fields = sums;
    for (const QString &statement : {sql, countSql}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            result.error = query.lastError().text();
            continue;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            // SQLite refuses a SUM that overflows 64 bits ("integer
            // overflow"): the rows are still listed, only without totals.
            result.error = query.lastError().text();
            continue;
        }
        result.ok = true;
        result.error.clear();
        result.rows = query.value(0).toLongLong();
        for (qsizetype i = 0; i < sums.size(); ++i) {
            if (statement == countSql) {
                result.sums.append(std::nullopt);
                continue;
            }
            const QVariant sum = query.value(int(i) + 1);
            // SUM of integers is an integer (the server's driver hands
            // BIGINT over as text or unsigned); anything else (a REAL slipped
            // into a money column) is not shown as a total at all.
            bool integral = false;
            const qint64 value = sum.toString().toLongLong(&integral);
            if (isNull(sum))
                result.sums.append(qint64(0));
            else if (sum.typeId() != QMetaType::Double && integral)
                result.sums.append(value);
            else
                result.sums.append(std::nullopt);
        }
        query.finish();
        break;
    }
    return result;
}

void RecordListModel::recount()
{
    QString sql;
    QString countSql;
    QVariantList values;
    QStringList sums;
    if (!countQuery(&sql, &countSql, &values, &sums))
        return;
    const Count count = runCount(m_records.database().connection(), sql, countSql, values, sums);
    if (!count.ok) {
        m_error = count.error;
        return;
    }
    m_count = count.rows;
    for (qsizetype i = 0; i < sums.size(); ++i)
        m_totals.insert(sums.at(i), count.sums.value(i));
}

void RecordListModel::startCount()
{
    ++m_generation;
    const Entity *declared = entity();
    // The highest id bounds the rows a count has to visit, at no cost.
    const auto highest = declared ? m_records.database().scalar(
                                        QStringLiteral("SELECT max(id) FROM %1").arg(declared->tableName()))
                                  : std::nullopt;
    if (!highest || highest->toLongLong() <= m_syncCountLimit) {
        recount();
        return;
    }

    QString sql;
    QString countSql;
    QVariantList values;
    QStringList sums;
    if (!countQuery(&sql, &countSql, &values, &sums))
        return;
    // The first page now: it is what the clerk looks at.
    const auto first = fetch(true, std::nullopt, true, 0, m_pageSize);
    if (!first)
        return;
    Page page;
    page.rows = *first;
    if (!page.rows.isEmpty()) {
        remember(0, keyOf(page.rows.constFirst()));
        remember(page.rows.size() - 1, keyOf(page.rows.constLast()));
    }
    resolveNames(&page);
    page.used = ++m_clock;
    ++m_loads;
    m_pages.insert(0, std::move(page));
    m_count = first->size();
    for (const QString &field : std::as_const(sums))
        m_totals.insert(field, std::nullopt);
    // A short first page is the whole list; only totals may be missing.
    if (first->size() < m_pageSize && sums.isEmpty())
        return;
    m_counting = true;

    // The count on a connection of its own: SQLite in WAL mode lets it read
    // while this one goes on paging, and the main thread never waits for it.
    Database::ConnectionInfo connection = m_records.database().connectionInfo();
    connection.purpose = QStringLiteral("count");
    const quint64 generation = m_generation;
    QPointer<RecordListModel> self(this);
    QThread *job = QThread::create([=] {
        Count result;
        {
            QString error;
            std::unique_ptr<Database> db = Database::reopen(connection, true, &error);
            if (db) {
                result = runCount(db->connection(), sql, countSql, values, sums);
            } else {
                result.fields = sums;
                result.error = error;
            }
        }
        // The destructor waits for this thread, so the model is still there.
        if (RecordListModel *model = self.data())
            QMetaObject::invokeMethod(
                model, [model, generation, result] { model->countArrived(generation, result); }, Qt::QueuedConnection);
    });
    connect(job, &QThread::finished, job, &QObject::deleteLater);
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    job->start(QThread::LowPriority);
}

void RecordListModel::countArrived(quint64 generation, const Count &count)
{
    if (generation != m_generation)
        return; // the question changed meanwhile
    m_counting = false;
    if (!count.ok) {
        m_error = count.error;
        emit counted();
        return;
    }
    const qint64 rows = std::min<qint64>(count.rows, std::numeric_limits<int>::max());
    if (rows > m_count) {
        beginInsertRows(QModelIndex(), int(m_count), int(rows - 1));
        m_count = rows;
        endInsertRows();
    } else if (rows < m_count) {
        // Rows went while counting; a refresh follows their change anyway.
        beginRemoveRows(QModelIndex(), int(rows), int(m_count - 1));
        m_count = rows;
        m_pages.clear();
        m_anchors.clear();
        endRemoveRows();
    }
    for (qsizetype i = 0; i < count.fields.size(); ++i)
        m_totals.insert(count.fields.at(i), count.sums.value(i));
    emit counted();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordListModel::masked(const QString &text)
{
    return Field::maskedText(text);
}

QString RecordListModel::displayText(const Field &field, const QVariant &value)
{
    if (isNull(value))
        return QString();
    switch (field.type()) {
    case Field::Type::Text:
        return value.toString();
    case Field::Type::LongText: {
        const QString text = value.toString().trimmed();
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        return end < 0 ? text : text.left(end).trimmed() + QStringLiteral(" \u2026");
    }
    case Field::Type::Integer:
        return QString::number(value.toLongLong());
    case Field::Type::Money:
        return MoneyFormat::money(value.toLongLong());
    case Field::Type::Quantity:
        return MoneyFormat::decimal(value.toLongLong(), field.scale());
    case Field::Type::Date:
        // What a Chinese office writes and reads: 2026-03-09.
        return value.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    case Field::Type::DateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Field::Type::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case Field::Type::Choice:
        return field.choiceLabel(value.toString());
    case Field::Type::Reference:
        return QStringLiteral("#%1").arg(value.toLongLong());
    case Field::Type::Attachment:
        return tr("Attached");
    case Field::Type::ChildLines:
        return QString();
    }
    return QString();
}

QVariant RecordListModel::cellData(const Page &page, const Record &record, const Field &field, int role) const
{
    const QVariant value = record.values.value(field.name());
    const bool hidden = field.isSensitive() && !m_unmasked;
    switch (role) {
    case Qt::DisplayRole: {
        if (isNull(value))
            return QVariant();
        if (field.type() == Field::Type::Boolean && !hidden)
            return QVariant(); // the check box says it
        QString text;
        if (field.type() == Field::Type::Reference) {
            text = page.names.value(field.name()).value(value.toLongLong());
            if (text.isEmpty())
                text = displayText(field, value);
        } else {
            text = displayText(field, value);
        }
        if (hidden) {
            // Only text keeps its last four characters; an amount or a date
            // is hidden whole.
            const bool textual = field.type() == Field::Type::Text || field.type() == Field::Type::LongText;
            return textual ? masked(text) : masked(QString());
        }
        return text;
    }
    case Qt::CheckStateRole:
        if (field.type() == Field::Type::Boolean && !hidden)
            return (!isNull(value) && value.toBool()) ? Qt::Checked : Qt::Unchecked;
        return QVariant();
    case Qt::TextAlignmentRole:
        switch (field.type()) {
        case Field::Type::Integer:
        case Field::Type::Money:
        case Field::Type::Quantity:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        // Red for a negative amount, as on a paper ledger (赤字).
        if (field.type() == Field::Type::Money && !hidden && !isNull(value) && value.toLongLong() < 0)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return QVariant();
    case Qt::ToolTipRole:
        if (field.type() == Field::Type::LongText && !hidden && !isNull(value))
            return value.toString();
        return QVariant();
    case IdRole:
        return record.id;
    case ValueRole:
        return hidden ? QVariant() : value;
    case FieldNameRole:
        return field.name();
    default:
        return QVariant();
    }
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    const Entity *declared = entity();
    const Field *field = declared ? declared->field(m_columns.at(index.column())) : nullptr;
    if (!field)
        return QVariant();
    if (role == FieldNameRole)
        return field->name();
    if (role == Qt::TextAlignmentRole) // needs no row: asked before the page is there
        return cellData(Page(), Record(), *field, role);
    // Only the roles that carry a value load a page: the view asks for fonts,
    // colours and size hints of every visible cell too.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::CheckStateRole:
    case Qt::ForegroundRole:
    case Qt::ToolTipRole:
    case IdRole:
    case ValueRole:
        break;
    default:
        return QVariant();
    }
    const Page *rows = page(index.row() / m_pageSize);
    if (!rows)
        return QVariant();
    const qsizetype offset = index.row() % m_pageSize;
    if (offset >= rows->rows.size())
        return QVariant(); // the table shrank since it was counted; a refresh is on its way
    return cellData(*rows, rows->rows.at(offset), *field, role);
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    const Entity *declared = entity();
    const Field *field = declared && section >= 0 && section < m_columns.size() ? declared->field(m_columns.at(section))
                                                                                 : nullptr;
    if (!field)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return field->label();
    case Qt::ToolTipRole: {
        const QString help = field->helpText();
        return help.isEmpty() ? field->label() : help;
    }
    case Qt::TextAlignmentRole:
        return cellData(Page(), Record(), *field, role);
    case FieldNameRole:
        return field->name();
    default:
        return QVariant();
    }
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Not editable and not user-checkable: a list opens the form, it does not
    // change records in passing.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    QString field;
    if (column >= 0 && column < m_columns.size()) {
        const Entity *declared = entity();
        const Field *declaredField = declared ? declared->field(m_columns.at(column)) : nullptr;
        if (!declaredField || !declaredField->isStored())
            return; // computed: SQL cannot order by it
        field = declaredField->name();
    }
    if (field.isEmpty())
        order = Qt::AscendingOrder;
    if (field == m_sortField && order == m_sortOrder)
        return;
    m_sortField = field;
    m_sortOrder = order;
    m_spec.sort.clear();
    if (!m_sortField.isEmpty())
        m_spec.sort.append({m_sortField, m_sortOrder});
    // The set is the same, so count and totals are too.
    reset(ResetReason::Query, false);
}

int RecordListModel::sortColumn() const
{
    return m_sortField.isEmpty() ? -1 : columnOf(m_sortField);
}

// ---- paging ---------------------------------------------------------------

QList<SortKey> RecordListModel::order(bool ascending) const
{
    // The id follows the sort column's direction, so the whole order is one
    // index walked forwards or backwards (SQLite's index on a column ends in
    // the rowid) and going back is exactly the reverse of going forward.
    const Qt::SortOrder direction = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    QList<SortKey> keys;
    if (!m_sortField.isEmpty())
        keys.append({m_sortField, direction});
    keys.append({QStringLiteral("id"), direction});
    return keys;
}

RecordListModel::Key RecordListModel::keyOf(const Record &record) const
{
    return {m_sortField.isEmpty() ? QVariant() : record.values.value(m_sortField), record.id};
}

QList<Filter> RecordListModel::segments(bool ascending, const Key &from, bool inclusive) const
{
    using Op = Filter::Op;
    const QString id = QStringLiteral("id");
    const Op idOp = ascending ? (inclusive ? Op::GreaterOrEqual : Op::Greater)
                              : (inclusive ? Op::LessOrEqual : Op::Less);
    if (m_sortField.isEmpty())
        return {Filter::where(id, idOp, from.id)};
    // SQLite sorts NULL before every value. Ascending, the rows after a key
    // are the rest of its NULLs, then all values; descending, the rest of
    // its value, then the NULLs. Each part is its own index range: written
    // as one OR, SQLite would sort the whole remainder instead.
    const QString field = m_sortField;
    const auto afterNull = Filter::all({Filter::where(field, Op::IsNull), Filter::where(id, idOp, from.id)});
    if (isNull(from.value))
        return ascending ? QList<Filter>{afterNull, Filter::where(field, Op::IsNotNull)} : QList<Filter>{afterNull};
    // "field >= v AND (field > v OR id > k)" rather than "field > v OR
    // (field = v AND id > k)": the leading range lets SQLite seek the index.
    const auto afterValue = Filter::all(
        {Filter::where(field, ascending ? Op::GreaterOrEqual : Op::LessOrEqual, from.value),
         Filter::any({Filter::where(field, ascending ? Op::Greater : Op::Less, from.value),
                      Filter::where(id, idOp, from.id)})});
    return ascending ? QList<Filter>{afterValue} : QList<Filter>{afterValue, Filter::where(field, Op::IsNull)};
}

std::optional<QList<Record>> RecordListModel::fetch(bool forward, const std::optional<Key> &from, bool inclusive,
                                                    qint64 skip, int limit) const
{
    // forward is in the list's order; ascending is the direction of the SQL.
    const bool ascending = forward == (m_sortOrder == Qt::AscendingOrder);
    const QList<Filter> parts = from ? segments(ascending, *from, inclusive) : QList<Filter>{Filter()};
    QList<Record> rows;
    for (qsizetype i = 0; i < parts.size() && rows.size() < limit; ++i) {
        QuerySpec spec = m_spec;
        spec.filter = combined(m_spec.filter, parts.at(i));
        spec.sort = order(ascending);
        spec.limit = limit - int(rows.size());
        spec.offset = skip;
        QString error;
        const QList<Record> part = m_records.select(m_entityId, spec, &error);
        if (!error.isEmpty()) {
            m_error = error;
            return std::nullopt;
        }
        rows += part;
        if (i + 1 < parts.size() && rows.size() < limit) {
            if (part.isEmpty() && skip > 0) {
                // The skip reaches past this part: take its size off.
                const auto size = m_records.count(m_entityId, spec, &error);
                if (!size) {
                    m_error = error;
                    return std::nullopt;
                }
                skip = std::max<qint64>(0, skip - *size);
            } else {
                skip = 0;
            }
        }
    }
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

void RecordListModel::remember(qint64 row, const Key &key) const
{
    m_anchors.insert(row, key);
    if (m_anchors.size() <= MaxKnownPositions)
        return;
    // Thin out evenly: every other position goes, the first and last stay.
    QMap<qint64, Key> kept;
    qsizetype i = 0;
    for (auto it = m_anchors.cbegin(); it != m_anchors.cend(); ++it, ++i)
        if (i % 2 == 0 || std::next(it) == m_anchors.cend())
            kept.insert(it.key(), it.value());
    m_anchors = std::move(kept);
}

bool RecordListModel::loadPage(qint64 index, Page *page) const
{
    const qint64 start = index * m_pageSize;
    if (start < 0 || start >= m_count)
        return false;
    const qint64 end = std::min<qint64>(m_count, start + m_pageSize); // exclusive
    const int size = int(end - start);

    // Every way to reach the page, by the number of rows SQLite has to step
    // over: from the start, back from the end, or from a row already seen.
    struct Way
    {
        bool forward;
        std::optional<Key> from;
        qint64 skip;
    };
    QList<Way> ways;
    auto below = m_anchors.upperBound(start);
    if (below != m_anchors.cbegin()) {
        --below;
        ways.append({true, below.value(), start - below.key()});
    }
    const auto above = m_anchors.lowerBound(end - 1);
    if (above != m_anchors.cend())
        ways.append({false, above.value(), above.key() - (end - 1)});
    ways.append({true, std::nullopt, start});
    if (!m_counting) // the end is known only once counted
        ways.append({false, std::nullopt, m_count - end});
    std::stable_sort(ways.begin(), ways.end(), [](const Way &a, const Way &b) { return a.skip < b.skip; });

    std::optional<QList<Record>> rows;
    const QString previousError = m_error;
    for (const Way &way : std::as_const(ways)) {
        rows = fetch(way.forward, way.from, true, way.skip, size);
        // A key the filter cannot take back (a text longer than its field
        // allows now, a choice since removed) fails: try the next way.
        if (rows)
            break;
    }
    ++m_loads;
    if (!rows)
        return false;
    m_error = previousError;
    page->rows = std::move(*rows);
    if (!page->rows.isEmpty()) {
        remember(start, keyOf(page->rows.constFirst()));
        remember(start + page->rows.size() - 1, keyOf(page->rows.constLast()));
    }
    resolveNames(page);
    return true;
}

void RecordListModel::resolveNames(Page *page) const
{
    const Entity *declared = entity();
    if (!declared)
        return;
    for (const QString &column : std::as_const(m_columns)) {
        const Field *field = declared->field(column);
        if (!field || field->type() != Field::Type::Reference)
            continue;
        const Entity *target = m_records.entity(field->referencedEntity());
        if (!target)
            continue;
        QList<qint64> ids;
        for (const Record &record : std::as_const(page->rows)) {
            const QVariant value = record.values.value(column);
            if (!isNull(value) && !ids.contains(value.toLongLong()))
                ids.append(value.toLongLong());
        }
        const QString nameColumn = target->displayFieldName();
        const Field *nameField = target->field(nameColumn);
        QHash<qint64, QString> &names = page->names[column];
        for (qsizetype first = 0; first < ids.size(); first += MaxIdsPerQuery) {
            const QList<qint64> batch = ids.mid(first, MaxIdsPerQuery);
            // One query for the page's references, never one per cell.
            QSqlQuery query(m_records.database().connection());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3)")
                              .arg(nameColumn, target->tableName(), idPlaceholders(batch.size())));
            for (qint64 id : batch)
                query.addBindValue(id);
            if (!query.exec()) {
                m_error = query.lastError().text();
                continue;
            }
            while (query.next()) {
                const QVariant stored = query.value(1);
                names.insert(query.value(0).toLongLong(),
                             nameField ? displayText(*nameField, FieldCodec::fromStorage(*nameField, stored))
                                       : stored.toString());
            }
            query.finish();
        }
    }
}

const RecordListModel::Page *RecordListModel::page(qint64 index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        it->used = ++m_clock;
        return &it.value();
    }
    if (m_deferred || m_failed.contains(index))
        return nullptr;
    Page loaded;
    if (!loadPage(index, &loaded)) {
        m_failed.insert(index);
        return nullptr;
    }
    loaded.used = ++m_clock;
    // Least recently used pages go first; the one being loaded stays.
    while (!m_pages.isEmpty() && m_pages.size() >= m_maxPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.used < b.used; });
        m_pages.erase(oldest);
    }
    return &m_pages.insert(index, std::move(loaded)).value();
}

qint64 RecordListModel::cachedRowCount() const
{
    qint64 rows = 0;
    for (const Page &cached : m_pages)
        rows += cached.rows.size();
    return rows;
}

void RecordListModel::setPageSize(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_pageSize)
        return;
    m_pageSize = rows;
    reset(ResetReason::Data, false);
}

void RecordListModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(1, pages);
    while (m_pages.size() > m_maxPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.used < b.used; });
        m_pages.erase(oldest);
    }
}

void RecordListModel::setLoadingDeferred(bool deferred)
{
    if (deferred == m_deferred)
        return;
    m_deferred = deferred;
    if (!deferred && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool RecordListModel::setSensitiveUnmasked(bool on, QString *refusal)
{
    if (on == m_unmasked)
        return true;
    if (on) {
        // Allowed with "unmask" only, and audited with the columns shown.
        QStringList fields;
        if (const Entity *declared = entity())
            for (const QString &column : m_columns)
                if (const Field *field = declared->field(column); field && field->isSensitive())
                    fields.append(column);
        if (!m_records.unmask(m_entityId, 0, fields, refusal))
            return false;
    }
    m_unmasked = on;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    return true;
}

qint64 RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    const Page *rows = page(row / m_pageSize);
    const qsizetype offset = row % m_pageSize;
    return rows && offset < rows->rows.size() ? rows->rows.at(offset).id : 0;
}

std::optional<Record> RecordListModel::recordAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const Page *rows = page(row / m_pageSize);
    const qsizetype offset = row % m_pageSize;
    if (!rows || offset >= rows->rows.size())
        return std::nullopt;
    return rows->rows.at(offset);
}

QList<qint64> RecordListModel::idsInRows(int first, int last) const
{
    QList<qint64> ids;
    first = std::max(0, first);
    last = std::min(last, rowCount() - 1);
    if (last < first)
        return ids;
    ids.reserve(last - first + 1);
    int row = first;
    while (row <= last) {
        const Page *rows = page(row / m_pageSize);
        const int pageEnd = std::min(last, (row / m_pageSize + 1) * m_pageSize - 1);
        for (; row <= pageEnd; ++row) {
            const qsizetype offset = row % m_pageSize;
            if (rows && offset < rows->rows.size())
                ids.append(rows->rows.at(offset).id);
        }
    }
    return ids;
}

std::optional<int> RecordListModel::rowForId(qint64 id) const
{
    if (id <= 0)
        return std::nullopt;
    const std::optional<Record> record = m_records.read(m_entityId, id);
    if (!record)
        return std::nullopt;
    QuerySpec probe = m_spec;
    probe.filter = combined(m_spec.filter, Filter::where(QStringLiteral("id"), Filter::Op::Equal, id));
    const auto matches = m_records.count(m_entityId, probe);
    if (!matches || *matches == 0)
        return std::nullopt;
    // Its row is the number of rows before it in the list's order.
    const Key key = keyOf(*record);
    const bool ascending = m_sortOrder != Qt::AscendingOrder; // backwards through the list
    qint64 before = 0;
    for (const Filter &part : segments(ascending, key, false)) {
        QuerySpec spec = m_spec;
        spec.filter = combined(m_spec.filter, part);
        const auto count = m_records.count(m_entityId, spec);
        if (!count)
            return std::nullopt;
        before += *count;
    }
    if (before >= m_count)
        return std::nullopt; // changed since the count; the coming refresh will tell
    remember(before, key);
    return int(before);
}

// ---- totals and export ----------------------------------------------------

QStringList RecordListModel::totalFields() const
{
    QStringList fields;
    const Entity *declared = entity();
    if (!declared)
        return fields;
    for (const QString &column : m_columns)
        if (const Field *field = declared->field(column);
            field && field->type() == Field::Type::Money && field->isStored() && !field->isSensitive())
            fields.append(column);
    return fields;
}

std::optional<qint64> RecordListModel::total(const QString &field) const
{
    return m_totals.value(field, std::nullopt);
}

TableExport RecordListModel::toTableExport(const QList<qint64> &ids) const
{
    const Entity *declared = entity();
    TableExport table(declared ? declared->pluralLabel() : m_entityId);
    if (!declared)
        return table;
    QList<const Field *> fields;
    for (const QString &column : m_columns) {
        const Field *field = declared->field(column);
        TableExport::Column out = TableExport::columnFor(*field);
        if (field->isSensitive() && !m_unmasked)
            out.kind = TableExport::Kind::Text; // "•••• 1234" is not an amount
        table.addColumn(out);
        fields.append(field);
    }
    auto addRows = [&](const QList<Record> &records) {
        Page names;
        names.rows = records;
        resolveNames(&names);
        for (const Record &record : records) {
            QVariantList row;
            row.reserve(fields.size());
            for (const Field *field : std::as_const(fields)) {
                const QVariant value = record.values.value(field->name());
                if (isNull(value)) {
                    row.append(QVariant());
                } else if (field->isSensitive() && !m_unmasked) {
                    row.append(cellData(names, record, *field, Qt::DisplayRole));
                } else if (field->type() == Field::Type::Choice) {
                    row.append(field->choiceLabel(value.toString()));
                } else if (field->type() == Field::Type::Reference) {
                    row.append(cellData(names, record, *field, Qt::DisplayRole));
                } else if (field->type() == Field::Type::Attachment) {
                    row.append(displayText(*field, value));
                } else {
                    row.append(value);
                }
            }
            table.addRow(row);
        }
    };

    if (ids.isEmpty()) {
        // The whole filtered list, page by page along the keyset; the cache
        // is left alone.
        table.reserveRows(m_count);
        std::optional<Key> after;
        for (;;) {
            const auto rows = fetch(true, after, false, 0, m_pageSize);
            if (!rows || rows->isEmpty())
                break;
            addRows(*rows);
            after = keyOf(rows->constLast());
            if (rows->size() < m_pageSize)
                break;
        }
        return table;
    }
    table.reserveRows(ids.size());
    for (qsizetype first = 0; first < ids.size(); first += MaxIdsPerQuery) {
        const QList<qint64> batch = ids.mid(first, MaxIdsPerQuery);
        QVariantList values;
        for (qint64 id : batch)
            values.append(id);
        QuerySpec spec;
        spec.filter = Filter::where(QStringLiteral("id"), Filter::Op::In, values);
        spec.includeArchived = true;
        spec.limit = int(batch.size());
        QHash<qint64, Record> byId;
        for (const Record &record : m_records.select(m_entityId, spec))
            byId.insert(record.id, record);
        QList<Record> ordered;
        for (qint64 id : batch)
            if (byId.contains(id))
                ordered.append(byId.value(id));
        addRows(ordered);
    }
    return table;
}

} // namespace Backroom
