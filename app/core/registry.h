#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace Backroom {

// The id a contribution is registered under: its `id` member by default;
// types that keep their id private overload this.
template <typename T>
QString contributionId(const T &item)
{
    return item.id;
}

// A typed list of contributions, each tagged with the module that made it.
// Ids are unique within one registry, so two modules cannot silently
// replace each other's page or schema step.
template <typename T>
class Registry
{
public:
    struct Entry
    {
        QString moduleId;
        T item;
    };

    bool add(const QString &moduleId, T item, QString *errorString = nullptr)
    {
        const QString id = contributionId(item);
        if (id.isEmpty()) {
            if (errorString)
                *errorString = QStringLiteral("empty contribution id");
            return false;
        }
        if (contains(id)) {
            if (errorString)
                *errorString = QStringLiteral("'%1' is already registered by module '%2'")
                                   .arg(id, entry(id)->moduleId);
            return false;
        }
        m_entries.append(Entry{moduleId, std::move(item)});
        return true;
    }

    bool contains(const QString &id) const { return entry(id) != nullptr; }

    const Entry *entry(const QString &id) const
    {
        auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                               [&](const Entry &e) { return contributionId(e.item) == id; });
        return it == m_entries.cend() ? nullptr : &*it;
    }

    const T *find(const QString &id) const
    {
        const Entry *e = entry(id);
        return e ? &e->item : nullptr;
    }

    QList<T> items() const
    {
        QList<T> result;
        for (const Entry &e : m_entries)
            result.append(e.item);
        return result;
    }

    QList<T> itemsOf(const QString &moduleId) const
    {
        QList<T> result;
        for (const Entry &e : m_entries)
            if (e.moduleId == moduleId)
                result.append(e.item);
        return result;
    }

    const QList<Entry> &entries() const { return m_entries; }

    // Called when a module fails after it registered things: its
    // contributions must not outlive it.
    void removeModule(const QString &moduleId)
    {
        m_entries.removeIf([&](const Entry &e) { return e.moduleId == moduleId; });
    }

    qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries;
};

} // namespace Backroom
