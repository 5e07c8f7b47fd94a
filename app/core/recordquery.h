#pragma once

#include "coreglobal.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

namespace Backroom {

class Entity;
class SqlDialect;

// A typed filter: conditions on declared fields combined with and/or. Field
// names are checked against the declaration and values are always bound
// parameters, so nothing a user types ever becomes SQL.
class BACKROOM_CORE_EXPORT Filter
{
public:
    enum class Op {
        Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
        Contains, StartsWith, In, IsNull, IsNotNull, Between,
    };

    Filter() = default;   // matches everything
    static Filter where(const QString &field, Op op, const QVariant &value = {}, const QVariant &value2 = {});
    static Filter all(const QList<Filter> &filters);
    static Filter any(const QList<Filter> &filters);

    bool isEmpty() const { return m_kind == Kind::Empty; }

    // Reading the tree back: saved filters store it, the filter bar shows it.
    bool isCondition() const { return m_kind == Kind::Condition; }
    bool isAll() const { return m_kind == Kind::And; }
    bool isAny() const { return m_kind == Kind::Or; }
    QString field() const { return m_field; }
    Op op() const { return m_op; }
    QVariant value() const { return m_value; }
    QVariant value2() const { return m_value2; }
    const QList<Filter> &children() const { return m_children; }

    // Appends the SQL for this filter to `sql` and its values to `values`.
    bool toSql(const Entity &entity, const SqlDialect &dialect, QString *sql, QVariantList *values,
               QString *errorString) const;

private:
    enum class Kind { Empty, Condition, And, Or };
    Kind m_kind = Kind::Empty;
    QString m_field;
    Op m_op = Op::Equal;
    QVariant m_value;
    QVariant m_value2;
    QList<Filter> m_children;
};

struct SortKey
{
    QString field;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// What to select: a filter, a quick search over the searchable fields, an
// order, and a page.
struct QuerySpec
{
    Filter filter;
    QString search;
    QList<SortKey> sort;
    bool includeArchived = false;
    int limit = 200;
    qint64 offset = 0;
};

} // namespace Backroom
