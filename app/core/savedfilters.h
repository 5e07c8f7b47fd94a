#pragma once

#include "coreglobal.h"
#include "recordquery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom {

class Entity;
class Records;

// A clerk's named filters for one entity ("Unpaid this month"), kept in the
// company file (backroom_saved_filter) so they follow the clerk to any desk.
// Each belongs to Records::userName(); another user never sees them.
//
// The stored form is JSON: the filter tree (all/any groups and conditions
// with field, operator and values), the search text, the sort keys and
// whether archived records count. Values are written by their field's type
// — dates as yyyy-MM-dd, date-times as ISO 8601 UTC, amounts and ids as
// integers (as text beyond 2^53, where a JSON reader's double would round),
// choices by key — so a saved filter means the same thing on every machine.
//
// Entities change after a filter is saved: on load each condition is checked
// against the current declaration and one that names a field, operator or
// value the entity no longer has is left out with a note, never a failure.
class BACKROOM_CORE_EXPORT SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::SavedFilters)

public:
    struct Entry
    {
        QString name;
        QByteArray spec;       // the stored JSON
        QDateTime updatedAt;   // UTC
    };

    struct Loaded
    {
        QuerySpec spec;
        QStringList notes;     // translated: what was left out, and why
    };

    explicit SavedFilters(Records &records);

    // The JSON for a query (limit and offset are not part of it).
    static QByteArray toJson(const Entity &entity, const QuerySpec &spec);
    // The query from JSON, checked against the entity. Never fails on
    // content: what cannot be used is left out with a note; unreadable JSON
    // gives an empty query and a note.
    static Loaded fromJson(const Entity &entity, const QByteArray &json);
    // Operator names as stored ("eq", "between"…).
    static QString opName(Filter::Op op);
    static std::optional<Filter::Op> opFromName(const QString &name);

    // The current user's saved filters for an entity, by name.
    QList<Entry> list(const QString &entityId, QString *errorString = nullptr) const;
    bool contains(const QString &entityId, const QString &name) const;
    // Saves under this name, replacing a filter of the same name (the UI
    // asks first). A name is trimmed and must not be empty.
    bool save(const QString &entityId, const QString &name, const QuerySpec &spec, QString *errorString = nullptr);
    std::optional<Loaded> load(const QString &entityId, const QString &name, QString *errorString = nullptr) const;
    // Refuses a new name that another saved filter already has.
    bool rename(const QString &entityId, const QString &name, const QString &newName,
                QString *errorString = nullptr);
    bool remove(const QString &entityId, const QString &name, QString *errorString = nullptr);

    static constexpr int MaxNameLength = 100;

private:
    bool checkName(const QString &name, QString *errorString) const;

    Records &m_records;
};

} // namespace Backroom
