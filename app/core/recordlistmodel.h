#pragma once

#include "coreglobal.h"
#include "record.h"
#include "recordquery.h"
#include "tableexport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

#include <optional>

namespace Backroom {

class Entity;
class Field;
class Records;

// The rows of one declared entity for a list, in the current filter, search
// and order, without ever holding the whole table.
//
// rowCount() is the SQL count of the filtered set, so the scroll bar is right
// and Ctrl+End is one query away (no canFetchMore/fetchMore: a row count
// that grows as the clerk scrolls makes the scroll bar lie and the end
// unreachable). On a large table (more than backgroundCountThreshold() rows)
// the count is a scan of the whole table, about 150 ms per million rows: the
// first page is read at once and shown, and the count and totals come from a
// second connection on a worker thread; the rows then grow to the count
// (rowsInserted, not a reset, so the clerk's place and selection stay) and
// counted() is emitted.
//
// data() asks for the page (pageSize() rows) that holds the row; a page is
// loaded on demand and kept in a small LRU cache of maxCachedPages() pages,
// so memory stays the same however far the clerk scrolls. Pages are found
// by keyset: the sort value and id of rows already seen (at most a few
// thousand of them, thinned when there are more) let the next page be read
// with an index range instead of an OFFSET that SQLite would have to walk.
// A page far from every known row is read with the smallest OFFSET: from
// the start, from a known row, or in reverse order from the end.
//
// Values are shown as a clerk reads them: grouped amounts from integer minor
// units, quantities with their scale, yyyy-MM-dd dates, check boxes for
// yes/no, translated choice labels, and the display name of referenced
// records (resolved with one query per page and column). Sensitive fields
// are masked until setSensitiveUnmasked(true).
class BACKROOM_CORE_EXPORT RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,   // qint64 id of the row's record
        ValueRole,                   // the typed value (null while masked)
        FieldNameRole,               // the column's field name (also in headerData)
    };

    // What made the last model reset: the data changed (keep the clerk's
    // place), or the question changed (filter, search, order: start at the top).
    enum class ResetReason { Data, Query };

    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultMaxCachedPages = 6;

    // Fields: the visible columns in order; empty means defaultColumns().
    RecordListModel(Records &records, const QString &entityId, const QStringList &fields = {},
                    QObject *parent = nullptr);
    ~RecordListModel() override;

    Records &records() const { return m_records; }
    QString entityId() const { return m_entityId; }
    const Entity *entity() const;

    // Fields that can be a column (everything but child lines).
    static bool isListable(const Field &field);
    // The columns a list starts with: listable fields except long text and
    // attachments, in declaration order.
    static QStringList defaultColumns(const Entity &entity);
    QStringList columns() const { return m_columns; }
    // Unknown and unlistable names are dropped; an empty result falls back to
    // defaultColumns().
    void setColumns(const QStringList &fields);
    QString fieldAt(int column) const { return m_columns.value(column); }
    int columnOf(const QString &field) const { return int(m_columns.indexOf(field)); }

    // The question: filter, search, order and whether archived records count.
    // limit and offset of the spec are ignored (paging is the model's).
    QuerySpec querySpec() const { return m_spec; }
    void setQuerySpec(const QuerySpec &spec);
    void setFilter(const Filter &filter);
    void setSearch(const QString &text);
    QString search() const { return m_spec.search; }
    void setIncludeArchived(bool on);
    bool isFiltered() const { return !m_spec.filter.isEmpty() || !m_spec.search.trimmed().isEmpty(); }
    // True when the entity has any (unarchived) record at all, whatever the
    // filter: tells "nothing yet" from "nothing matches".
    bool hasAnyRecords() const;

    ResetReason lastResetReason() const { return m_resetReason; }
    // True between a reset on a large table and counted(): rowCount() is
    // then the first page only and the totals are not known yet.
    bool isCounting() const { return m_counting; }
    // Tables with up to this many rows (by their highest id) are counted at
    // once; larger ones in the background.
    qint64 backgroundCountThreshold() const { return m_syncCountLimit; }
    void setBackgroundCountThreshold(qint64 rows) { m_syncCountLimit = rows; }
    // The last query error (untranslated driver text), empty after a success.
    QString errorString() const { return m_error; }

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A column without a stored value (computed) keeps the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows by position; each loads the page it needs.
    qint64 idAt(int row) const;
    std::optional<Record> recordAt(int row) const;
    QList<qint64> idsInRows(int first, int last) const;
    // Where a record stands in the current filter and order, or nullopt when
    // it is not in the list (archived, filtered out, deleted). Two counts.
    std::optional<int> rowForId(qint64 id) const;

    // Money columns that have a column of their own (computed amounts have no
    // SQL sum), in column order.
    QStringList totalFields() const;
    // SUM over the whole filtered set in exact integer minor units, computed
    // with the count on each reset; nullopt for other fields or on overflow.
    std::optional<qint64> total(const QString &field) const;

    // Sensitive fields show "•••• 1234" until the security layer grants this.
    bool isSensitiveUnmasked() const { return m_unmasked; }
    // Showing them in clear needs "unmask" and is audited; false (with
    // the reason) when refused.
    bool setSensitiveUnmasked(bool on, QString *refusal = nullptr);
    static QString masked(const QString &text);

    // Display text of one value of one field, as the list shows it (without
    // masking).
    static QString displayText(const Field &field, const QVariant &value);

    // Paging, exposed for tests and the benchmark.
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    int maxCachedPages() const { return m_maxPages; }
    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return int(m_pages.size()); }
    qint64 cachedRowCount() const;
    int knownPositionCount() const { return int(m_anchors.size()); }
    int pageLoadCount() const { return m_loads; }
    // While the clerk drags the scroll bar, pages not in the cache are not
    // loaded (cells stay empty) so the drag does not stop at every position;
    // switching it off repaints the rows where the drag ended.
    void setLoadingDeferred(bool deferred);
    bool isLoadingDeferred() const { return m_deferred; }

    // The rows with these ids (all rows of the current filter and order when
    // ids is empty) for CSV/XLSX export, in list order, with the visible
    // columns. Choices and references as text, sensitive values as shown.
    TableExport toTableExport(const QList<qint64> &ids = {}) const;

public slots:
    // Counts again and drops the cache, keeping filter and order; views keep
    // their place (lastResetReason() == Data). Called by F5, and shortly
    // after Records::changed for this entity or one its columns refer to.
    void refresh();

signals:
    // After every reset.
    void refreshed();
    // The count and totals of a background count arrived (the rows beyond
    // the first page were inserted).
    void counted();

private:
    struct Key
    {
        QVariant value;   // typed sort value (null for NULL)
        qint64 id = 0;
    };
    struct Page
    {
        QList<Record> rows;
        // field → referenced id → display name
        QHash<QString, QHash<qint64, QString>> names;
        quint64 used = 0;
    };

    struct Count
    {
        bool ok = false;
        qint64 rows = 0;
        QStringList fields;                  // the money fields summed
        QList<std::optional<qint64>> sums;   // in that order
        QString error;
    };

    void reset(ResetReason reason, bool recount);
    void recount();
    void startCount();
    bool countQuery(QString *sql, QString *countSql, QVariantList *values, QStringList *sums);
    static Count runCount(QSqlDatabase db, const QString &sql, const QString &countSql, const QVariantList &values,
                          const QStringList &sums);
    void countArrived(quint64 generation, const Count &count);
    const Page *page(qint64 index) const;
    bool loadPage(qint64 index, Page *page) const;
    std::optional<QList<Record>> fetch(bool forward, const std::optional<Key> &from, bool inclusive, qint64 skip,
                                       int limit) const;
    QList<Filter> segments(bool ascending, const Key &from, bool inclusive) const;
    QList<SortKey> order(bool ascending) const;
    Key keyOf(const Record &record) const;
    void remember(qint64 row, const Key &key) const;
    void resolveNames(Page *page) const;
    QVariant cellData(const Page &page, const Record &record, const Field &field, int role) const;
    void onRecordsChanged(const QString &entityId);

    Records &m_records;
    QString m_entityId;
    QStringList m_columns;
    QuerySpec m_spec;
    QString m_sortField;          // empty: by id
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_count = 0;
    QHash<QString, std::optional<qint64>> m_totals;
    bool m_unmasked = false;
    bool m_deferred = false;
    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxCachedPages;
    ResetReason m_resetReason = ResetReason::Query;
    QTimer m_refreshTimer;
    QSet<QString> m_watched;      // this entity and the ones its references point to
    bool m_counting = false;
    qint64 m_syncCountLimit = 50000;
    quint64 m_generation = 0;     // of the current question; late counts of older ones are dropped
    QList<QPointer<QThread>> m_jobs;

    mutable QHash<qint64, Page> m_pages;
    mutable QSet<qint64> m_failed;   // pages whose query failed, not retried until a reset
    mutable QMap<qint64, Key> m_anchors;
    mutable quint64 m_clock = 0;
    mutable int m_loads = 0;
    mutable QString m_error;
};

} // namespace Backroom
