#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Backroom {

class Database;
class Records;
class Workflow;
struct Record;

// A declared entity: what a module tells the core about one kind of record
// ("hr.employee"), once. Table, upgrades, validation, queries, list, form,
// import/export and print layout all come from this declaration.
class BACKROOM_CORE_EXPORT Entity
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Entity)

public:
    using Label = Field::Label;

    Entity() = default;
    Entity(const QString &id, Label label, Label pluralLabel = {});

    Entity &add(Field field);
    // The field shown when another record refers to this one (default: the
    // first text field).
    Entity &displayField(const QString &name);
    // Archivable records are hidden instead of deleted while referenced.
    Entity &archivable(bool on = true);
    // States and transitions; adds the read-only "state" field (a choice of
    // the states) that only Records::transition() changes.
    Entity &workflow(const Workflow &flow);
    // What a printed record of this entity needs besides its fields, added to
    // the data RecordDocument makes (a voucher's account paths, pages of
    // lines and signatures): every way of printing a record — a list's batch,
    // a form, backroom-cli print — then fills the entity's templates alike.
    using DocumentData = std::function<void(const Records &records, const Record &record, QVariantMap *data)>;
    Entity &documentData(DocumentData add);
    // A business rule the fields cannot state alone (Tryton's validate
    // hook): checked on every create and update, inside the write's
    // transaction, with the record as stored (empty when new) and as it
    // would be. A breach names the field at fault (or none) and says why in
    // the clerk's language; the write is then refused like an invalid field.
    struct RuleBreach
    {
        QString field;
        QString message;    // empty: the rule holds
    };
    using Rule = std::function<RuleBreach(Database &db, qint64 id, const QVariantMap &before,
                                          const QVariantMap &after)>;
    Entity &rule(Rule check);

    QString id() const { return m_id; }
    QString moduleId() const { return m_id.section(QLatin1Char('.'), 0, 0); }
    QString tableName() const;
    QString label() const { return m_label ? m_label() : m_id; }
    QString pluralLabel() const { return m_pluralLabel ? m_pluralLabel() : label(); }
    const QList<Field> &fields() const { return m_fields; }
    const Field *field(const QString &name) const;
    QString displayFieldName() const;
    bool isArchivable() const { return m_archivable; }
    // Null when the entity has no workflow.
    const Workflow *workflow() const { return m_workflow.get(); }
    const DocumentData &documentData() const { return m_documentData; }
    const QList<Rule> &rules() const { return m_rules; }

    // Problems with the declaration itself (bad names, duplicates, a choice
    // without options…); empty when it is sound.
    QStringList declarationErrors() const;

    // Columns every entity table has besides its declared fields.
    static QStringList systemColumns();
    static bool isValidIdentifier(const QString &name);

private:
    QString m_id;
    Label m_label;
    Label m_pluralLabel;
    QList<Field> m_fields;
    QString m_displayField;
    bool m_archivable = true;
    std::shared_ptr<const Workflow> m_workflow;   // shared: entities are copied freely
    DocumentData m_documentData;
    QList<Rule> m_rules;
};

inline QString contributionId(const Entity &entity)
{
    return entity.id();
}

} // namespace Backroom
