#include "savedfilters.h"

#include "database.h"
#include "entity.h"
#include "fieldcodec.h"
#include "records.h"
#include "writetransaction.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Backroom {

namespace {

constexpr int Format = 1;
// Integers beyond this do not survive a JSON reader that uses doubles.
constexpr qint64 MaxExactJsonInteger = qint64(1) << 53;

const QList<std::pair<Filter::Op, QLatin1String>> &opNames()
{
    static const QList<std::pair<Filter::Op, QLatin1String>> names{
        {Filter::Op::Equal, QLatin1String("eq")},
        {Filter::Op::NotEqual, QLatin1String("ne")},
        {Filter::Op::Less, QLatin1String("lt")},
        {Filter::Op::LessOrEqual, QLatin1String("le")},
        {Filter::Op::Greater, QLatin1String("gt")},
        {Filter::Op::GreaterOrEqual, QLatin1String("ge")},
        {Filter::Op::Contains, QLatin1String("contains")},
        {Filter::Op::StartsWith, QLatin1String("startsWith")},
        {Filter::Op::In, QLatin1String("in")},
        {Filter::Op::IsNull, QLatin1String("isNull")},
        {Filter::Op::IsNotNull, QLatin1String("isNotNull")},
        {Filter::Op::Between, QLatin1String("between")},
    };
    return names;
}

bool isTextOp(Filter::Op op)
{
    return op == Filter::Op::Contains || op == Filter::Op::StartsWith;
}

bool isIntegerType(Field::Type type)
{
    switch (type) {
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
    case Field::Type::Reference:
    case Field::Type::Attachment:
        return true;
    default:
        return false;
    }
}

// The field a condition names: a stored declared field, or one of the
// system columns Filter::toSql accepts.
std::optional<Field> conditionField(const Entity &entity, const QString &name)
{
    if (const Field *field = entity.field(name); field && field->isStored())
        return *field;
    if (name == QLatin1String("id") || name == QLatin1String("version"))
        return Field::integer(name, {});
    return std::nullopt;
}

QJsonValue integerJson(qint64 value)
{
    if (value > MaxExactJsonInteger || value < -MaxExactJsonInteger)
        return QString::number(value);
    return QJsonValue(value);
}

QJsonValue encodeValue(const std::optional<Field> &field, Filter::Op op, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (isTextOp(op) || !field)
        return value.toString();
    QString error;
    const QVariant typed = FieldCodec::normalize(*field, value, &error);
    if (!error.isEmpty() || !typed.isValid())
        // Kept as written: on load it is checked again and, if still wrong,
        // left out with a note.
        return value.toString();
    switch (field->type()) {
    case Field::Type::Boolean:
        return typed.toBool();
    case Field::Type::Date:
        return typed.toDate().toString(Qt::ISODate);
    case Field::Type::DateTime:
        return typed.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        if (isIntegerType(field->type()))
            return integerJson(typed.toLongLong());
        return typed.toString();
    }
}

QJsonValue encodeFilter(const Entity &entity, const Filter &filter)
{
    if (filter.isAll() || filter.isAny()) {
        QJsonArray children;
        for (const Filter &child : filter.children())
            if (!child.isEmpty())
                children.append(encodeFilter(entity, child));
        return QJsonObject{{filter.isAll() ? QStringLiteral("all") : QStringLiteral("any"), children}};
    }
    const std::optional<Field> field = conditionField(entity, filter.field());
    QJsonObject condition{{QStringLiteral("field"), filter.field()},
                          {QStringLiteral("op"), SavedFilters::opName(filter.op())}};
    switch (filter.op()) {
    case Filter::Op::IsNull:
    case Filter::Op::IsNotNull:
        break;
    case Filter::Op::In: {
        QJsonArray items;
        for (const QVariant &item : filter.value().toList())
            items.append(encodeValue(field, filter.op(), item));
        condition.insert(QStringLiteral("value"), items);
        break;
    }
    case Filter::Op::Between:
        condition.insert(QStringLiteral("value"), encodeValue(field, filter.op(), filter.value()));
        condition.insert(QStringLiteral("value2"), encodeValue(field, filter.op(), filter.value2()));
        break;
    default:
        condition.insert(QStringLiteral("value"), encodeValue(field, filter.op(), filter.value()));
        break;
    }
    return condition;
}

// Reads a saved filter back; everything that cannot be used becomes a note.
class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::SavedFilters)

public:
    Decoder(const Entity &entity, QStringList *notes)
        : m_entity(entity)
        , m_notes(notes)
    {
    }

    // nullopt: nothing usable (the caller leaves it out).
    std::optional<Filter> filter(const QJsonValue &node, int depth = 0)
    {
        // Only a hand-edited file nests this deep; refuse before the stack does.
        if (depth > 32 || !node.isObject()) {
            note(tr("A part of the filter that could not be read was left out."));
            return std::nullopt;
        }
        const QJsonObject object = node.toObject();
        for (const char *group : {"all", "any"}) {
            const QString key = QLatin1String(group);
            if (!object.contains(key))
                continue;
            QList<Filter> children;
            for (const QJsonValue &child : object.value(key).toArray())
                if (auto decoded = filter(child, depth + 1))
                    children.append(*decoded);
            if (children.isEmpty())
                return std::nullopt;
            if (children.size() == 1)
                return children.constFirst();
            return key == QLatin1String("all") ? Filter::all(children) : Filter::any(children);
        }
        return condition(object);
    }

    QList<SortKey> sort(const QJsonValue &node)
    {
        QList<SortKey> keys;
        for (const QJsonValue &item : node.toArray()) {
            const QString name = item.toObject().value(QStringLiteral("field")).toString();
            if (!conditionField(m_entity, name)) {
                note(tr("Sorting by “%1” was left out: %2 has no such field now.").arg(name, m_entity.label()));
                continue;
            }
            const bool descending = item.toObject().value(QStringLiteral("order")).toString() == QLatin1String("desc");
            keys.append({name, descending ? Qt::DescendingOrder : Qt::AscendingOrder});
        }
        return keys;
    }

    void note(const QString &text)
    {
        if (!m_notes->contains(text))
            m_notes->append(text);
    }

private:
    std::optional<Filter> condition(const QJsonObject &object)
    {
        const QString name = object.value(QStringLiteral("field")).toString();
        const std::optional<Field> field = conditionField(m_entity, name);
        if (!field) {
            note(tr("The condition on “%1” was left out: %2 has no such field now.").arg(name, m_entity.label()));
            return std::nullopt;
        }
        const QString label = field->label();
        const QString opText = object.value(QStringLiteral("op")).toString();
        const std::optional<Filter::Op> op = SavedFilters::opFromName(opText);
        if (!op) {
            note(tr("The condition on %1 was left out: the comparison “%2” is unknown.").arg(label, opText));
            return std::nullopt;
        }
        QString error;
        auto value = [&](const QJsonValue &json) { return typed(*field, *op, json, &error); };
        switch (*op) {
        case Filter::Op::IsNull:
        case Filter::Op::IsNotNull:
            return Filter::where(name, *op);
        case Filter::Op::In: {
            QVariantList items;
            for (const QJsonValue &item : object.value(QStringLiteral("value")).toArray()) {
                const QVariant decoded = value(item);
                if (!error.isEmpty()) {
                    note(tr("A value of the condition on %1 was left out: %2").arg(label, error));
                    error.clear();
                    continue;
                }
                items.append(decoded);
            }
            if (items.isEmpty()) {
                note(tr("The condition on %1 was left out: none of its values fits the field now.").arg(label));
                return std::nullopt;
            }
            return Filter::where(name, *op, items);
        }
        case Filter::Op::Between: {
            const QVariant low = value(object.value(QStringLiteral("value")));
            const QVariant high = error.isEmpty() ? value(object.value(QStringLiteral("value2"))) : QVariant();
            if (!error.isEmpty()) {
                note(tr("The condition on %1 was left out: %2").arg(label, error));
                return std::nullopt;
            }
            return Filter::where(name, *op, low, high);
        }
        default: {
            const QVariant decoded = value(object.value(QStringLiteral("value")));
            if (!error.isEmpty()) {
                note(tr("The condition on %1 was left out: %2").arg(label, error));
                return std::nullopt;
            }
            return Filter::where(name, *op, decoded);
        }
        }
    }

    // The typed value a Filter holds, from its JSON form.
    static QVariant typed(const Field &field, Filter::Op op, const QJsonValue &json, QString *error)
    {
        if (json.isNull() || json.isUndefined())
            return {};
        if (isTextOp(op)) {
            if (!json.isString())
                *error = tr("%1 needs text to look for.").arg(field.label());
            return json.toString();
        }
        QVariant input;
        if (isIntegerType(field.type())) {
            if (json.isDouble()) {
                const qint64 missing = std::numeric_limits<qint64>::min();
                const qint64 number = json.toInteger(missing);
                if (number == missing) {
                    *error = tr("%1 is not a whole number.").arg(field.label());
                    return {};
                }
                input = number;
            } else if (json.isString()) {
                bool ok = false;
                input = json.toString().toLongLong(&ok);
                if (!ok) {
                    *error = tr("%1 is not a whole number.").arg(field.label());
                    return {};
                }
            } else {
                *error = tr("%1 is not a whole number.").arg(field.label());
                return {};
            }
        } else if (field.type() == Field::Type::Boolean) {
            if (!json.isBool()) {
                *error = tr("%1 is not yes or no.").arg(field.label());
                return {};
            }
            input = json.toBool();
        } else if (field.type() == Field::Type::Choice) {
            // By key only: a label may be another language's.
            const QString key = json.toString();
            const QList<Field::Choice> choices = field.choices();
            if (!json.isString() || std::none_of(choices.cbegin(), choices.cend(),
                                                 [&](const Field::Choice &choice) { return choice.key == key; })) {
                *error = tr("“%1” is no longer one of the choices of %2.").arg(json.toVariant().toString(), field.label());
                return {};
            }
            input = key;
        } else if (json.isString()) {
            input = json.toString();
        } else {
            *error = tr("%1 does not have a value of this kind.").arg(field.label());
            return {};
        }
        const QVariant result = FieldCodec::normalize(field, input, error);
        return error->isEmpty() ? result : QVariant();
    }

    const Entity &m_entity;
    QStringList *m_notes;
};

} // namespace

SavedFilters::SavedFilters(Records &records)
    : m_records(records)
{
}

QString SavedFilters::opName(Filter::Op op)
{
    for (const auto &entry : opNames())
        if (entry.first == op)
            return entry.second;
    return QString();
}

std::optional<Filter::Op> SavedFilters::opFromName(const QString &name)
{
    for (const auto &entry : opNames())
        if (entry.second == name)
            return entry.first;
    return std::nullopt;
}

QByteArray SavedFilters::toJson(const Entity &entity, const QuerySpec &spec)
{
    QJsonObject root{{QStringLiteral("format"), Format}};
    if (!spec.search.trimmed().isEmpty())
        root.insert(QStringLiteral("search"), spec.search.trimmed());
    if (spec.includeArchived)
        root.insert(QStringLiteral("includeArchived"), true);
    if (!spec.sort.isEmpty()) {
        QJsonArray sort;
        for (const SortKey &key : spec.sort)
            sort.append(QJsonObject{{QStringLiteral("field"), key.field},
                                    {QStringLiteral("order"), key.order == Qt::DescendingOrder ? QStringLiteral("desc")
                                                                                                : QStringLiteral("asc")}});
        root.insert(QStringLiteral("sort"), sort);
    }
    if (!spec.filter.isEmpty())
        root.insert(QStringLiteral("filter"), encodeFilter(entity, spec.filter));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SavedFilters::Loaded SavedFilters::fromJson(const Entity &entity, const QByteArray &json)
{
    Loaded loaded;
    Decoder decoder(entity, &loaded.notes);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        decoder.note(tr("The saved filter could not be read; it was left empty."));
        return loaded;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt(Format) > Format)
        decoder.note(tr("The saved filter was made by a newer version of Backroom; parts of it may be missing."));
    loaded.spec.search = root.value(QStringLiteral("search")).toString().trimmed();
    loaded.spec.includeArchived = root.value(QStringLiteral("includeArchived")).toBool(false);
    loaded.spec.sort = decoder.sort(root.value(QStringLiteral("sort")));
    if (root.contains(QStringLiteral("filter")) && !root.value(QStringLiteral("filter")).isNull())
        if (auto filter = decoder.filter(root.value(QStringLiteral("filter"))))
            loaded.spec.filter = *filter;
    return loaded;
}

bool SavedFilters::checkName(const QString &name, QString *errorString) const
{
    QString message;
    if (name.trimmed().isEmpty())
        message = tr("A saved filter needs a name.");
    else if (name.trimmed().size() > MaxNameLength)
        message = tr("The name is too long (at most %1 characters).").arg(MaxNameLength);
    if (!message.isEmpty() && errorString)
        *errorString = message;
    return message.isEmpty();
}

QList<SavedFilters::Entry> SavedFilters::list(const QString &entityId, QString *errorString) const
{
    QList<Entry> entries;
    QString error;
    QSqlQuery &query = m_records.database().prepared(
        QStringLiteral("SELECT name, spec, updated_at FROM backroom_saved_filter WHERE user_name = ? AND entity = ?"),
        &error);
    query.addBindValue(m_records.userName());
    query.addBindValue(entityId);
    if (!error.isEmpty() || !query.exec()) {
        if (errorString)
            *errorString = error.isEmpty() ? query.lastError().text() : error;
        return entries;
    }
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString().toUtf8(),
                        QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    query.finish();
    // In the clerk's own alphabet (pinyin order for Chinese names).
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return entries;
}

bool SavedFilters::contains(const QString &entityId, const QString &name) const
{
    return m_records.database()
        .scalar(QStringLiteral("SELECT 1 FROM backroom_saved_filter WHERE user_name = ? AND entity = ? AND name = ?"),
                {m_records.userName(), entityId, name.trimmed()})
        .has_value();
}

bool SavedFilters::save(const QString &entityId, const QString &name, const QuerySpec &spec, QString *errorString)
{
    const Entity *entity = m_records.entity(entityId);
    if (!entity) {
        if (errorString)
            *errorString = tr("There is no list “%1”.").arg(entityId);
        return false;
    }
    if (!checkName(name, errorString))
        return false;
    Database &db = m_records.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        if (errorString)
            *errorString = tr("The company file cannot be written now: %1").arg(transaction.errorString());
        return false;
    }
    const QString json = QString::fromUtf8(toJson(*entity, spec));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString error;
    const std::optional<int> updated = db.execAffected(
        QStringLiteral("UPDATE backroom_saved_filter SET spec = ?, updated_at = ? "
                       "WHERE user_name = ? AND entity = ? AND name = ?"),
        {json, stamp, m_records.userName(), entityId, name.trimmed()}, &error);
    bool ok = updated.has_value();
    if (ok && *updated == 0)
        ok = db.exec(QStringLiteral("INSERT INTO backroom_saved_filter (user_name, entity, name, spec, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {m_records.userName(), entityId, name.trimmed(), json, stamp}, &error);
    if (ok && transaction.commit())
        return true;
    if (errorString)
        *errorString = tr("The filter could not be saved: %1").arg(error.isEmpty() ? transaction.errorString() : error);
    return false;
}

std::optional<SavedFilters::Loaded> SavedFilters::load(const QString &entityId, const QString &name,
                                                       QString *errorString) const
{
    const Entity *entity = m_records.entity(entityId);
    if (!entity) {
        if (errorString)
            *errorString = tr("There is no list “%1”.").arg(entityId);
        return std::nullopt;
    }
    QString error;
    const std::optional<QVariant> spec = m_records.database().scalar(
        QStringLiteral("SELECT spec FROM backroom_saved_filter WHERE user_name = ? AND entity = ? AND name = ?"),
        {m_records.userName(), entityId, name.trimmed()}, &error);
    if (!spec) {
        if (errorString)
            *errorString = error.isEmpty() ? tr("There is no saved filter named “%1”.").arg(name.trimmed())
                                           : tr("The saved filter could not be read: %1").arg(error);
        return std::nullopt;
    }
    return fromJson(*entity, spec->toString().toUtf8());
}

bool SavedFilters::rename(const QString &entityId, const QString &name, const QString &newName, QString *errorString)
{
    if (!checkName(newName, errorString))
        return false;
    const QString target = newName.trimmed();
    if (target == name.trimmed())
        return true;
    Database &db = m_records.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        if (errorString)
            *errorString = tr("The company file cannot be written now: %1").arg(transaction.errorString());
        return false;
    }
    if (contains(entityId, target)) {
        if (errorString)
            *errorString = tr("A saved filter named “%1” already exists.").arg(target);
        return false;
    }
    QString error;
    const std::optional<int> renamed = db.execAffected(
        QStringLiteral("UPDATE backroom_saved_filter SET name = ?, updated_at = ? "
                       "WHERE user_name = ? AND entity = ? AND name = ?"),
        {target, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_records.userName(), entityId,
         name.trimmed()},
        &error);
    if (renamed && *renamed == 0) {
        if (errorString)
            *errorString = tr("There is no saved filter named “%1”.").arg(name.trimmed());
        return false;
    }
    if (renamed && transaction.commit())
        return true;
    if (errorString)
        *errorString = tr("The filter could not be renamed: %1").arg(error.isEmpty() ? transaction.errorString() : error);
    return false;
}

bool SavedFilters::remove(const QString &entityId, const QString &name, QString *errorString)
{
    WriteTransaction transaction(m_records.database());
    QString error = transaction.isActive() ? QString() : transaction.errorString();
    std::optional<int> removed;
    if (error.isEmpty())
        removed = m_records.database().execAffected(
            QStringLiteral("DELETE FROM backroom_saved_filter WHERE user_name = ? AND entity = ? AND name = ?"),
            {m_records.userName(), entityId, name.trimmed()}, &error);
    if (removed && *removed > 0 && !transaction.commit()) {
        error = transaction.errorString();
        removed.reset();
    }
    if (!removed) {
        if (errorString)
            *errorString = tr("The filter could not be deleted: %1").arg(error);
        return false;
    }
    if (*removed == 0) {
        if (errorString)
            *errorString = tr("There is no saved filter named “%1”.").arg(name.trimmed());
        return false;
    }
    return true;
}

} // namespace Backroom
