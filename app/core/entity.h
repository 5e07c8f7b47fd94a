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
};

inline QString contributionId(const Entity &entity)
{
    return entity.id();
}

} // namespace Backroom
