#include "referencepicker.h"

#include "entity.h"
#include "records.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

namespace Backroom {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
} // namespace

ReferencePicker::ReferencePicker(Records &records, const QString &entityId, QWidget *parent)
    : QLineEdit(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    const Entity *target = records.entity(entityId);
    setPlaceholderText(target ? tr("Type to find a %1").arg(target->label().toLower()) : QString());
    setClearButtonEnabled(true);
    // The model already holds only matches from the database; the completer
    // must show them all rather than filter them again by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(MaxSuggestions);
    setCompleter(m_completer);
    m_pause.setSingleShot(true);
    m_pause.setInterval(150);
    connect(&m_pause, &QTimer::timeout, this, &ReferencePicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_error.clear();
        m_pause.start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        pick(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
    });
    connect(this, &QLineEdit::editingFinished, this, &ReferencePicker::resolveTypedText);
}

void ReferencePicker::setRecordId(qint64 id)
{
    m_id = id;
    m_error.clear();
    m_shown = id ? m_records.displayName(m_entityId, id) : QString();
    const QSignalBlocker blocker(this);
    setText(m_shown);
}

QStringList ReferencePicker::suggestions() const
{
    QStringList texts;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        texts.append(m_matches->item(row)->text());
    return texts;
}

void ReferencePicker::searchNow()
{
    m_pause.stop();
    search();
}

QString ReferencePicker::describe(const QVariantMap &values, QString *detail) const
{
    const Entity *target = m_records.entity(m_entityId);
    const QString name = values.value(target->displayFieldName()).toString();
    // A second searchable text (a code, a tax id) tells apart two 张伟.
    for (const Field &field : target->fields()) {
        if (field.name() == target->displayFieldName() || !field.isSearchable() || field.isSensitive()
            || field.type() != Field::Type::Text)
            continue;
        const QString other = values.value(field.name()).toString();
        if (!other.isEmpty()) {
            *detail = other;
            break;
        }
    }
    return name;
}

void ReferencePicker::search()
{
    const Entity *target = m_records.entity(m_entityId);
    if (!target)
        return;
    QuerySpec spec;
    spec.search = text().trimmed();
    spec.sort = {SortKey{target->displayFieldName(), Qt::AscendingOrder}};
    spec.limit = MaxSuggestions;
    const QList<Record> found = m_records.select(m_entityId, spec);
    m_matches->clear();
    for (const Record &record : found) {
        QString detail;
        const QString name = describe(record.values, &detail);
        auto *item = new QStandardItem(detail.isEmpty() ? name : QStringLiteral("%1  ·  %2").arg(name, detail));
        item->setData(record.id, IdRole);
        item->setData(name, NameRole);
        m_matches->appendRow(item);
    }
    if (hasFocus() && !found.isEmpty())
        m_completer->complete();
}

void ReferencePicker::pick(qint64 id, const QString &name)
{
    m_pause.stop();
    m_error.clear();
    const bool changed = id != m_id;
    m_id = id;
    m_shown = name;
    {
        const QSignalBlocker blocker(this);
        setText(name);
    }
    if (changed)
        emit recordEdited();
}

void ReferencePicker::resolveTypedText()
{
    m_pause.stop();
    if (m_completer->popup())
        m_completer->popup()->hide();
    const QString typed = text().trimmed();
    if (typed == m_shown && !m_shown.isEmpty())
        return;
    if (typed.isEmpty()) {
        if (m_id != 0) {
            m_id = 0;
            m_shown.clear();
            emit recordEdited();
        }
        m_error.clear();
        return;
    }
    const Entity *target = m_records.entity(m_entityId);
    if (!target)
        return;
    // An exact display name wins; otherwise a search that finds exactly one.
    QuerySpec exact;
    exact.filter = Filter::where(target->displayFieldName(), Filter::Op::Equal, typed);
    exact.limit = 2;
    QList<Record> found = m_records.select(m_entityId, exact);
    if (found.size() != 1) {
        QuerySpec loose;
        loose.search = typed;
        loose.limit = 2;
        found = m_records.select(m_entityId, loose);
    }
    if (found.size() == 1) {
        QString detail;
        pick(found.first().id, describe(found.first().values, &detail));
        return;
    }
    const bool hadError = !m_error.isEmpty();
    m_error = found.isEmpty() ? tr("There is no %1 “%2”.").arg(target->label().toLower(), typed)
                              : tr("Several records match “%1”; pick one from the list.").arg(typed);
    if (!hadError)
        emit recordEdited();
}

void ReferencePicker::keyPressEvent(QKeyEvent *event)
{
    // F4 or Alt+Down lists the first matches without typing, as combo boxes do.
    if (event->key() == Qt::Key_F4 || (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier)) {
        searchNow();
        if (m_matches->rowCount() > 0)
            m_completer->complete();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Backroom
