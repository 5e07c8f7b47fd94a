#include "recordfilterbar.h"

#include "entity.h"
#include "fieldcodec.h"
#include "records.h"
#include "recordlistmodel.h"
#include "savedfilters.h"

#include <QActionGroup>
#include <QDateEdit>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Backroom {

namespace {

const char *const DateFormat = "yyyy-MM-dd";

QString dateText(const QDate &date)
{
    return date.toString(QLatin1String(DateFormat));
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLatin1String(DateFormat));
    return edit;
}

// The button of conditions that span several fields (from a saved filter;
// the popups only make one field's conditions).
const QLatin1String OtherKey("*");

// The declared fields a filter names, each once.
void collectFields(const Filter &filter, QStringList *fields)
{
    if (filter.isCondition()) {
        if (!fields->contains(filter.field()))
            fields->append(filter.field());
        return;
    }
    for (const Filter &child : filter.children())
        collectFields(child, fields);
}

} // namespace

RecordFilterBar::RecordFilterBar(Records &records, const QString &entityId, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_search(new QLineEdit(this))
    , m_buttonRow(new QHBoxLayout)
    , m_clear(new QToolButton(this))
{
    if (const Entity *entity = m_records.entity(entityId))
        // The same fields Records::whereClause searches.
        for (const Field &field : entity->fields())
            if (field.isSearchable() && field.isStored()
                && (field.type() == Field::Type::Text || field.type() == Field::Type::LongText))
                m_searchLabels.append(field.label());

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    if (canSearch()) {
        m_search->setPlaceholderText(tr("Search %1… (Ctrl+F)").arg(QLocale().createSeparatedList(m_searchLabels)));
    } else {
        m_search->setPlaceholderText(tr("Nothing to search in this list"));
        m_search->setEnabled(false);
    }
    m_search->installEventFilter(this);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecordFilterBar::emitSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_searchTimer.start();
        updateClearButton();
    });

    m_savedButton = new QToolButton(this);
    m_savedButton->setObjectName(QStringLiteral("savedFilters"));
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_savedButton->setFocusPolicy(Qt::TabFocus);
    m_savedMenu = new QMenu(m_savedButton);
    m_savedMenu->setObjectName(QStringLiteral("savedFiltersMenu"));
    connect(m_savedMenu, &QMenu::aboutToShow, this, &RecordFilterBar::updateSavedFiltersMenu);
    // Opened by hand rather than with setMenu(): the button then looks like
    // the field buttons beside it (text and ▾), without the style's cramped
    // corner arrow.
    connect(m_savedButton, &QToolButton::clicked, this, [this] {
        m_savedMenu->popup(m_savedButton->mapToGlobal(QPoint(0, m_savedButton->height())));
    });
    // Before the list hears of it: the button says at once whether the
    // saved filter still stands.
    connect(this, &RecordFilterBar::queryChanged, this, &RecordFilterBar::checkActiveSaved);
    setActiveSaved(QString());

    m_clear->setText(tr("Clear filter"));
    m_clear->setToolTip(tr("Show all records again"));
    m_clear->setAutoRaise(true);
    m_clear->setVisible(false);
    connect(m_clear, &QToolButton::clicked, this, &RecordFilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    m_buttonRow->setSpacing(4);
    layout->addLayout(m_buttonRow);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    layout->addWidget(m_savedButton);
}

QString RecordFilterBar::searchText() const
{
    return m_reportedSearch;
}

void RecordFilterBar::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchTimer.stop();
    emitSearch();
}

void RecordFilterBar::emitSearch()
{
    const QString text = m_search->text().trimmed();
    updateClearButton();
    if (text == m_reportedSearch)
        return;
    m_reportedSearch = text;
    emit queryChanged();
}

bool RecordFilterBar::isFilterable(const Field &field)
{
    if (!field.isStored())
        return false;
    switch (field.type()) {
    case Field::Type::Date:
    case Field::Type::DateTime:
    case Field::Type::Choice:
    case Field::Type::Boolean:
    case Field::Type::Reference:
        return true;
    default:
        return false;
    }
}

void RecordFilterBar::setFields(const QStringList &fields)
{
    const Entity *entity = m_records.entity(m_entityId);
    QStringList filterable;
    for (const QString &name : fields)
        if (const Field *field = entity ? entity->field(name) : nullptr; field && isFilterable(*field))
            filterable.append(name);
    if (filterable == m_fields)
        return;
    m_fields = filterable;
    rebuildButtons();
}

void RecordFilterBar::rebuildButtons()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    QStringList shown = m_fields;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        if (!shown.contains(it.key()))
            shown.append(it.key());
    for (const QString &name : std::as_const(shown)) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, name] { openFilterPopup(name); });
        m_buttons.insert(name, button);
        m_buttonRow->addWidget(button);
        updateButton(name);
    }
    updateClearButton();
}

void RecordFilterBar::updateButton(const QString &name)
{
    QToolButton *button = m_buttons.value(name);
    const Entity *entity = m_records.entity(m_entityId);
    const Field *field = entity ? entity->field(name) : nullptr;
    const auto condition = m_filters.constFind(name);
    const bool active = condition != m_filters.cend();
    if (button && name == OtherKey) {
        button->setText(tr("More conditions") + QStringLiteral(" \u25BE"));
        button->setToolTip(active ? condition->summary : QString());
        QFont font = button->font();
        font.setBold(active);
        button->setFont(font);
        return;
    }
    if (!button || !field)
        return;
    button->setText((active ? tr("%1: %2").arg(field->label(), condition->summary) : field->label())
                    + QStringLiteral(" \u25BE"));
    button->setToolTip(tr("Filter by %1").arg(field->label()));
    QFont font = button->font();
    font.setBold(active);
    button->setFont(font);
}

void RecordFilterBar::updateClearButton()
{
    m_clear->setVisible(isActive() || !m_search->text().trimmed().isEmpty());
}

void RecordFilterBar::setFieldFilter(const QString &field, const Filter &filter, const QString &summary)
{
    apply(field, filter, summary, {});
}

void RecordFilterBar::apply(const QString &field, const Filter &filter, const QString &summary,
                            const QVariantList &state)
{
    if (filter.isEmpty()) {
        clearFieldFilter(field);
        return;
    }
    const bool newButton = !m_buttons.contains(field);
    m_filters.insert(field, {filter, summary, state});
    if (newButton)
        rebuildButtons();
    updateButton(field);
    updateClearButton();
    emit queryChanged();
}

void RecordFilterBar::clearFieldFilter(const QString &field)
{
    if (!m_filters.remove(field))
        return;
    if (!m_fields.contains(field))
        rebuildButtons();
    updateButton(field);
    updateClearButton();
    emit queryChanged();
}

Filter RecordFilterBar::filter() const
{
    QList<Filter> all;
    // In a fixed order (by field name): the same filter makes the same SQL.
    QStringList names = m_filters.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        all.append(m_filters.value(name).filter);
    if (all.isEmpty())
        return Filter();
    return all.size() == 1 ? all.constFirst() : Filter::all(all);
}

bool RecordFilterBar::isActive() const
{
    return !m_filters.isEmpty() || !m_reportedSearch.isEmpty();
}

void RecordFilterBar::clear()
{
    const bool changed = isActive();
    m_filters.clear();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_searchTimer.stop();
    m_reportedSearch.clear();
    rebuildButtons();
    updateClearButton();
    if (changed)
        emit queryChanged();
}

bool RecordFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Enter anywhere in a popup applies it, as in a dialog (a popup frame has
    // no default button of its own).
    if (event->type() == QEvent::KeyPress && watched->objectName() == QLatin1String("filterPopup")) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto *applyButton = watched->findChild<QPushButton *>(QStringLiteral("apply"))) {
                applyButton->click();
                return true;
            }
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Whatever was typed counts now, then the list takes over.
            if (m_searchTimer.isActive()) {
                m_searchTimer.stop();
                emitSearch();
            }
            emit focusListRequested();
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                setSearchText(QString());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- popups -----------------------------------------------------------------

void RecordFilterBar::openFilterPopup(const QString &name)
{
    const Entity *entity = m_records.entity(m_entityId);
    const Field *field = entity ? entity->field(name) : nullptr;
    // A saved filter's condition the popups cannot make (a text comparison,
    // an amount range, several fields at once) can be read and cleared.
    const bool generic = m_filters.contains(name) && (!field || !isFilterable(*field));
    if (!generic && (!field || !isFilterable(*field)))
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    popup->setObjectName(QStringLiteral("filterPopup"));
    popup->installEventFilter(this);
    auto *layout = new QVBoxLayout(popup);
    auto *title = new QLabel(field ? field->label() : tr("More conditions"), popup);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    QWidget *content = nullptr;
    switch (generic ? Field::Type::ChildLines : field->type()) {
    case Field::Type::Date:
    case Field::Type::DateTime:
        content = datePopup(*field, popup);
        break;
    case Field::Type::Choice:
        content = choicePopup(*field, popup);
        break;
    case Field::Type::Boolean:
        content = booleanPopup(*field, popup);
        break;
    case Field::Type::Reference:
        content = referencePopup(*field, popup);
        break;
    default:
        content = conditionPopup(name, popup);
        break;
    }
    if (content)
        layout->addWidget(content);
    popup->adjustSize();
    QWidget *anchor = m_buttons.contains(name) ? static_cast<QWidget *>(m_buttons.value(name)) : this;
    popup->move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    popup->show();
    if (content)
        content->setFocus();
}

QHBoxLayout *RecordFilterBar::popupButtons(const QString &key, QWidget *content, QWidget *popup,
                                           const std::function<void()> &onApply, QPushButton **clear)
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *clearButton = new QPushButton(tr("Clear"), content);
    connect(clearButton, &QPushButton::clicked, content, [this, key, popup] {
        clearFieldFilter(key);
        popup->close();
    });
    buttons->addWidget(clearButton);
    if (onApply) {
        auto *applyButton = new QPushButton(tr("Apply"), content);
        applyButton->setObjectName(QStringLiteral("apply"));
        applyButton->setDefault(true);
        connect(applyButton, &QPushButton::clicked, content, onApply);
        buttons->addWidget(applyButton);
    }
    if (clear)
        *clear = clearButton;
    return buttons;
}

QWidget *RecordFilterBar::datePopup(const Field &field, QWidget *popup)
{
    const QString name = field.name();
    const bool moment = field.type() == Field::Type::DateTime;
    const QVariantList state = m_filters.value(name).state;
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);

    auto *content = new QWidget(popup);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *from = dateEdit(state.size() == 2 ? state.at(0).toDate() : monthStart, content);
    auto *to = dateEdit(state.size() == 2 ? state.at(1).toDate() : monthStart.addMonths(1).addDays(-1), content);
    from->setObjectName(QStringLiteral("from"));
    to->setObjectName(QStringLiteral("to"));
    grid->addWidget(new QLabel(tr("From"), content), 0, 0);
    grid->addWidget(from, 0, 1);
    grid->addWidget(new QLabel(tr("To"), content), 1, 0);
    grid->addWidget(to, 1, 1);

    auto applyRange = [this, name, moment, popup](QDate first, QDate last) {
        if (last < first)
            std::swap(first, last);
        Filter filter;
        if (moment) {
            // A day is the clerk's day: local midnight to midnight, stored in UTC.
            const QDateTime start = first.startOfDay().toUTC();
            const QDateTime end = last.addDays(1).startOfDay().toUTC();
            filter = Filter::all({Filter::where(name, Filter::Op::GreaterOrEqual, start),
                                  Filter::where(name, Filter::Op::Less, end)});
        } else {
            filter = Filter::where(name, Filter::Op::Between, first, last);
        }
        const QString summary = first == last ? dateText(first)
                                              : tr("%1 – %2").arg(dateText(first), dateText(last));
        apply(name, filter, summary, {first, last});
        popup->close();
    };

    // The ranges a clerk asks for most, one click each.
    auto *presets = new QHBoxLayout;
    const QList<std::pair<QString, std::pair<QDate, QDate>>> ranges{
        {tr("This month"), {monthStart, monthStart.addMonths(1).addDays(-1)}},
        {tr("Last month"), {monthStart.addMonths(-1), monthStart.addDays(-1)}},
        {tr("This year"), {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)}},
    };
    for (const auto &range : ranges) {
        auto *button = new QPushButton(range.first, content);
        button->setAutoDefault(false);
        const auto dates = range.second;
        connect(button, &QPushButton::clicked, content, [applyRange, dates] { applyRange(dates.first, dates.second); });
        presets->addWidget(button);
    }
    grid->addLayout(presets, 2, 0, 1, 2);

    grid->addLayout(popupButtons(name, content, popup, [applyRange, from, to] { applyRange(from->date(), to->date()); }),
                    3, 0, 1, 2);
    content->setFocusProxy(from);
    return content;
}

QWidget *RecordFilterBar::choicePopup(const Field &field, QWidget *popup)
{
    const QString name = field.name();
    const QVariantList state = m_filters.value(name).state;
    auto *content = new QWidget(popup);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *list = new QListWidget(content);
    list->setObjectName(QStringLiteral("choices"));
    for (const Field::Choice &choice : field.choices()) {
        auto *item = new QListWidgetItem(choice.label ? choice.label() : choice.key, list);
        item->setData(Qt::UserRole, choice.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(state.contains(choice.key) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(std::min(240, list->sizeHintForRow(0) * int(field.choices().size() + 1) + 8));
    layout->addWidget(list);

    const auto applyChoices = [this, name, list, popup] {
        QVariantList keys;
        QStringList labels;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked) {
                keys.append(list->item(i)->data(Qt::UserRole));
                labels.append(list->item(i)->text());
            }
        // None or all ticked asks nothing.
        if (keys.isEmpty() || keys.size() == list->count())
            clearFieldFilter(name);
        else
            apply(name, Filter::where(name, Filter::Op::In, keys), labels.join(tr(", ")), keys);
        popup->close();
    };
    // Space ticks the current choice; Enter reaches the popup, which applies.
    layout->addLayout(popupButtons(name, content, popup, applyChoices));
    list->setCurrentRow(0);
    content->setFocusProxy(list);
    return content;
}

QWidget *RecordFilterBar::booleanPopup(const Field &field, QWidget *popup)
{
    const QString name = field.name();
    const QVariantList state = m_filters.value(name).state;
    auto *content = new QWidget(popup);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    // One click answers: there is nothing to combine.
    const QList<std::pair<QString, QVariant>> answers{
        {tr("Any"), QVariant()}, {tr("Yes"), true}, {tr("No"), false}};
    QPushButton *first = nullptr;
    for (const auto &answer : answers) {
        auto *button = new QPushButton(answer.first, content);
        button->setCheckable(true);
        button->setChecked(state.isEmpty() ? !answer.second.isValid()
                                           : answer.second.isValid() && state.constFirst() == answer.second);
        const QVariant value = answer.second;
        const QString summary = answer.first;
        connect(button, &QPushButton::clicked, content, [this, name, value, summary, popup] {
            if (!value.isValid())
                clearFieldFilter(name);
            else
                apply(name, Filter::where(name, Filter::Op::Equal, value), summary, {value});
            popup->close();
        });
        layout->addWidget(button);
        if (!first)
            first = button;
    }
    content->setFocusProxy(first);
    return content;
}

QWidget *RecordFilterBar::referencePopup(const Field &field, QWidget *popup)
{
    const QString name = field.name();
    const QString target = field.referencedEntity();
    auto *content = new QWidget(popup);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *find = new QLineEdit(content);
    find->setObjectName(QStringLiteral("find"));
    find->setPlaceholderText(tr("Type to find…"));
    find->setClearButtonEnabled(true);
    auto *list = new QListWidget(content);
    list->setObjectName(QStringLiteral("matches"));
    list->setMinimumWidth(260);
    layout->addWidget(find);
    layout->addWidget(list);

    // The referenced list may be long: only the first matches are shown,
    // found by the database as the clerk types.
    auto fill = [this, target, list](const QString &text) {
        list->clear();
        const Entity *referenced = m_records.entity(target);
        if (!referenced)
            return;
        const QString display = referenced->displayFieldName();
        const Field *displayField = referenced->field(display);
        QuerySpec spec;
        spec.limit = 50;
        if (displayField && displayField->isStored()) {
            spec.sort.append({display, Qt::AscendingOrder});
            if (!text.trimmed().isEmpty() && displayField->type() == Field::Type::Text)
                spec.filter = Filter::where(display, Filter::Op::Contains, text.trimmed());
        }
        for (const Record &record : m_records.select(target, spec)) {
            const QString label = displayField ? RecordListModel::displayText(*displayField, record.value(display))
                                               : QString::number(record.id);
            auto *item = new QListWidgetItem(label.isEmpty() ? QStringLiteral("#%1").arg(record.id) : label, list);
            item->setData(Qt::UserRole, record.id);
        }
        list->setCurrentRow(0);
    };
    fill(QString());
    connect(find, &QLineEdit::textChanged, content, fill);

    auto choose = [this, name, popup](QListWidgetItem *item) {
        if (!item)
            return;
        apply(name, Filter::where(name, Filter::Op::Equal, item->data(Qt::UserRole)), item->text(),
              {item->data(Qt::UserRole)});
        popup->close();
    };
    connect(list, &QListWidget::itemActivated, content, choose);
    connect(list, &QListWidget::itemClicked, content, choose);
    connect(find, &QLineEdit::returnPressed, content, [list, choose] { choose(list->currentItem()); });

    QPushButton *clearButton = nullptr;
    layout->addLayout(popupButtons(name, content, popup, {}, &clearButton));
    clearButton->setAutoDefault(false);
    content->setFocusProxy(find);
    return content;
}

// ---- whole questions --------------------------------------------------------

QWidget *RecordFilterBar::conditionPopup(const QString &key, QWidget *popup)
{
    auto *content = new QWidget(popup);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text = new QLabel(m_filters.value(key).summary, content);
    text->setObjectName(QStringLiteral("conditions"));
    text->setWordWrap(true);
    text->setMinimumWidth(220);
    text->setMaximumWidth(420);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto *note = new QLabel(tr("Saved with the filter; it can be cleared here."), content);
    note->setEnabled(false);
    note->setWordWrap(true);
    layout->addWidget(note);
    QPushButton *clearButton = nullptr;
    layout->addLayout(popupButtons(key, content, popup, {}, &clearButton));
    // Clearing is the one thing this popup does.
    clearButton->setObjectName(QStringLiteral("apply"));
    content->setFocusProxy(clearButton);
    return content;
}

QString RecordFilterBar::valueText(const Field &field, const QVariant &value) const
{
    if (FieldCodec::isEmpty(value))
        return tr("(empty)");
    QString error;
    const QVariant typed = FieldCodec::normalize(field, value, &error);
    if (!error.isEmpty())
        return value.toString();
    if (field.type() == Field::Type::Reference) {
        const QString name = m_records.displayName(field.referencedEntity(), typed.toLongLong());
        return name.isEmpty() ? QStringLiteral("#%1").arg(typed.toLongLong()) : name;
    }
    return RecordListModel::displayText(field, typed);
}

QString RecordFilterBar::describe(const Filter &filter) const
{
    return describeValue(filter, true);
}

QString RecordFilterBar::describeValue(const Filter &filter, bool withLabel) const
{
    if (filter.isEmpty())
        return QString();
    if (filter.isAll() || filter.isAny()) {
        QStringList parts;
        for (const Filter &child : filter.children()) {
            const QString part = describeValue(child, withLabel);
            if (!part.isEmpty())
                parts.append(child.isCondition() || child.children().size() < 2 ? part : tr("(%1)").arg(part));
        }
        return parts.join(filter.isAll() ? tr(" and ") : tr(" or "));
    }
    const Entity *entity = m_records.entity(m_entityId);
    const Field *declared = entity ? entity->field(filter.field()) : nullptr;
    const Field field = declared ? *declared : Field::integer(filter.field(), {});
    const QString label = withLabel ? field.label() : QString();
    const auto value = [&](const QVariant &v) {
        // What the clerk searched for, as typed.
        if (filter.op() == Filter::Op::Contains || filter.op() == Filter::Op::StartsWith)
            return v.toString();
        return valueText(field, v);
    };
    QString text;
    switch (filter.op()) {
    case Filter::Op::Equal: text = tr("%1 = %2").arg(label, value(filter.value())); break;
    case Filter::Op::NotEqual: text = tr("%1 ≠ %2").arg(label, value(filter.value())); break;
    case Filter::Op::Less: text = tr("%1 < %2").arg(label, value(filter.value())); break;
    case Filter::Op::LessOrEqual: text = tr("%1 ≤ %2").arg(label, value(filter.value())); break;
    case Filter::Op::Greater: text = tr("%1 > %2").arg(label, value(filter.value())); break;
    case Filter::Op::GreaterOrEqual: text = tr("%1 ≥ %2").arg(label, value(filter.value())); break;
    case Filter::Op::Contains: text = tr("%1 contains “%2”").arg(label, value(filter.value())); break;
    case Filter::Op::StartsWith: text = tr("%1 starts with “%2”").arg(label, value(filter.value())); break;
    case Filter::Op::IsNull: text = tr("%1 is empty").arg(label); break;
    case Filter::Op::IsNotNull: text = tr("%1 is not empty").arg(label); break;
    case Filter::Op::Between:
        text = tr("%1 from %2 to %3").arg(label, value(filter.value()), value(filter.value2()));
        break;
    case Filter::Op::In: {
        QStringList items;
        for (const QVariant &item : filter.value().toList())
            items.append(value(item));
        text = tr("%1 is one of %2").arg(label, items.join(tr(", ")));
        break;
    }
    }
    return text.trimmed();
}

RecordFilterBar::Condition RecordFilterBar::conditionFor(const QString &name, const Filter &filter) const
{
    const Entity *entity = m_records.entity(m_entityId);
    const Field *field = entity ? entity->field(name) : nullptr;
    Condition condition{filter, describeValue(filter, false), {}};
    if (!field)
        return condition;
    const QVariant value = filter.value();
    QString error;
    // The shapes the popups make are shown as the popups show them, and
    // the popup opens with them ticked.
    switch (field->type()) {
    case Field::Type::Date:
        if (filter.isCondition() && filter.op() == Filter::Op::Between) {
            const QDate first = FieldCodec::normalize(*field, value, &error).toDate();
            const QDate last = FieldCodec::normalize(*field, filter.value2(), &error).toDate();
            if (error.isEmpty() && first.isValid() && last.isValid()) {
                condition.summary = first == last ? dateText(first) : tr("%1 – %2").arg(dateText(first), dateText(last));
                condition.state = {first, last};
            }
        }
        break;
    case Field::Type::DateTime:
        if (filter.isAll() && filter.children().size() == 2
            && filter.children().at(0).op() == Filter::Op::GreaterOrEqual
            && filter.children().at(1).op() == Filter::Op::Less) {
            const QDateTime start = FieldCodec::normalize(*field, filter.children().at(0).value(), &error).toDateTime();
            const QDateTime end = FieldCodec::normalize(*field, filter.children().at(1).value(), &error).toDateTime();
            if (error.isEmpty() && start.isValid() && end.isValid()) {
                const QDate first = start.toLocalTime().date();
                const QDate last = end.toLocalTime().date().addDays(-1);
                condition.summary = first == last ? dateText(first) : tr("%1 – %2").arg(dateText(first), dateText(last));
                condition.state = {first, last};
            }
        }
        break;
    case Field::Type::Choice:
        if (filter.isCondition() && (filter.op() == Filter::Op::In || filter.op() == Filter::Op::Equal)) {
            const QVariantList keys = filter.op() == Filter::Op::In ? value.toList() : QVariantList{value};
            QStringList labels;
            for (const QVariant &key : keys)
                labels.append(field->choiceLabel(key.toString()));
            condition.summary = labels.join(tr(", "));
            condition.state = keys;
        }
        break;
    case Field::Type::Boolean:
        if (filter.isCondition() && filter.op() == Filter::Op::Equal) {
            const QVariant answer = FieldCodec::normalize(*field, value, &error);
            if (error.isEmpty() && answer.isValid()) {
                condition.summary = answer.toBool() ? tr("Yes") : tr("No");
                condition.state = {answer.toBool()};
            }
        }
        break;
    case Field::Type::Reference:
        if (filter.isCondition() && filter.op() == Filter::Op::Equal) {
            condition.summary = valueText(*field, value);
            condition.state = {value};
        }
        break;
    default:
        break;
    }
    return condition;
}

void RecordFilterBar::setQuerySpec(const QuerySpec &spec)
{
    // Conditions on one field each become that field's; the rest stay
    // together, in their order, on the "More conditions" button.
    QList<Filter> parts;
    if (spec.filter.isAll())
        parts = spec.filter.children();
    else if (!spec.filter.isEmpty())
        parts.append(spec.filter);
    QStringList order;
    QHash<QString, QList<Filter>> byField;
    QList<Filter> others;
    const Entity *entity = m_records.entity(m_entityId);
    for (const Filter &part : std::as_const(parts)) {
        if (part.isEmpty())
            continue;
        QStringList fields;
        collectFields(part, &fields);
        if (fields.size() == 1 && entity && entity->field(fields.constFirst())) {
            if (!order.contains(fields.constFirst()))
                order.append(fields.constFirst());
            byField[fields.constFirst()].append(part);
        } else {
            others.append(part);
        }
    }
    m_filters.clear();
    for (const QString &name : std::as_const(order)) {
        const QList<Filter> &conditions = byField.value(name);
        const Filter filter = conditions.size() == 1 ? conditions.constFirst() : Filter::all(conditions);
        m_filters.insert(name, conditionFor(name, filter));
    }
    if (!others.isEmpty()) {
        const Filter filter = others.size() == 1 ? others.constFirst() : Filter::all(others);
        m_filters.insert(OtherKey, {filter, describeValue(filter, true), {}});
    }

    m_search->blockSignals(true);
    m_search->setText(spec.search.trimmed());
    m_search->blockSignals(false);
    m_searchTimer.stop();
    m_reportedSearch = canSearch() ? spec.search.trimmed() : QString();

    m_sort = spec.sort;
    m_includeArchived = spec.includeArchived;
    m_listSettingsPending = true;
    rebuildButtons();
    updateClearButton();
    emit queryChanged();
    // Nobody took them: they must not reach a later, unrelated question.
    m_listSettingsPending = false;
}

QuerySpec RecordFilterBar::querySpec() const
{
    QuerySpec spec;
    if (m_listSpecSource) {
        const QuerySpec list = m_listSpecSource();
        spec.sort = list.sort;
        spec.includeArchived = list.includeArchived;
    } else {
        spec.sort = m_sort;
        spec.includeArchived = m_includeArchived;
    }
    spec.search = searchText();
    spec.filter = filter();
    return spec;
}

bool RecordFilterBar::takeListSettings(QuerySpec *spec)
{
    if (!m_listSettingsPending)
        return false;
    m_listSettingsPending = false;
    spec->sort = m_sort;
    spec->includeArchived = m_includeArchived;
    return true;
}

// ---- saved filters ----------------------------------------------------------

QString RecordFilterBar::currentKey() const
{
    const Entity *entity = m_records.entity(m_entityId);
    if (!entity)
        return QString();
    QuerySpec spec;
    spec.search = searchText();
    spec.filter = filter();
    return QString::fromUtf8(SavedFilters::toJson(*entity, spec));
}

void RecordFilterBar::setActiveSaved(const QString &name)
{
    const bool changed = name != m_activeSaved;
    m_activeSaved = name;
    m_activeKey = name.isEmpty() ? QString() : currentKey();
    m_savedButton->setText((name.isEmpty() ? tr("Saved filters") : tr("Saved filter: %1").arg(name))
                           + QStringLiteral(" \u25BE"));
    m_savedButton->setToolTip(name.isEmpty() ? tr("Apply, save and manage your saved filters")
                                             : tr("Saved filter “%1” is applied").arg(name));
    QFont font = m_savedButton->font();
    font.setBold(!name.isEmpty());
    m_savedButton->setFont(font);
    if (changed)
        emit activeSavedFilterChanged(name);
}

void RecordFilterBar::checkActiveSaved()
{
    // Any change to the question makes it the clerk's own again.
    if (!m_activeSaved.isEmpty() && currentKey() != m_activeKey)
        setActiveSaved(QString());
}

void RecordFilterBar::updateSavedFiltersMenu()
{
    m_savedMenu->clear();
    qDeleteAll(m_savedMenu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly));
    SavedFilters saved(m_records);
    QString error;
    const QList<SavedFilters::Entry> entries = saved.list(m_entityId, &error);
    if (!error.isEmpty()) {
        QAction *failed = m_savedMenu->addAction(tr("Saved filters could not be read"));
        failed->setEnabled(false);
        failed->setToolTip(error);
    } else if (entries.isEmpty()) {
        QAction *none = m_savedMenu->addAction(tr("No saved filters yet"));
        none->setEnabled(false);
    }
    const Entity *entity = m_records.entity(m_entityId);
    auto *group = new QActionGroup(m_savedMenu);
    for (const SavedFilters::Entry &entry : entries) {
        QAction *action = m_savedMenu->addAction(entry.name);
        action->setCheckable(true);
        action->setChecked(entry.name == m_activeSaved);
        action->setActionGroup(group);
        action->setData(entry.name);
        if (entity) {
            // The tooltip says what it asks, in the same words as the buttons.
            const QuerySpec spec = SavedFilters::fromJson(*entity, entry.spec).spec;
            QStringList parts;
            if (!spec.search.isEmpty())
                parts.append(tr("Search “%1”").arg(spec.search));
            if (!spec.filter.isEmpty())
                parts.append(describe(spec.filter));
            action->setToolTip(parts.isEmpty() ? tr("All records") : parts.join(QStringLiteral("; ")));
        }
        const QString name = entry.name;
        connect(action, &QAction::triggered, this, [this, name] { applySavedFilter(name); });
    }
    m_savedMenu->setToolTipsVisible(true);
    m_savedMenu->addSeparator();
    QAction *save = m_savedMenu->addAction(tr("Save current filter…"));
    save->setObjectName(QStringLiteral("saveCurrentFilter"));
    save->setEnabled(isActive());
    connect(save, &QAction::triggered, this, &RecordFilterBar::saveCurrentFilterAs);
    QAction *manage = m_savedMenu->addAction(tr("Manage saved filters…"));
    manage->setObjectName(QStringLiteral("manageSavedFilters"));
    manage->setEnabled(!entries.isEmpty());
    connect(manage, &QAction::triggered, this, [this] {
        QDialog *dialog = createManageDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

bool RecordFilterBar::applySavedFilter(const QString &name)
{
    SavedFilters saved(m_records);
    QString error;
    const std::optional<SavedFilters::Loaded> loaded = saved.load(m_entityId, name, &error);
    if (!loaded) {
        notify(tr("Saved filter not applied"), error);
        return false;
    }
    setQuerySpec(loaded->spec);
    setActiveSaved(name);
    if (!loaded->notes.isEmpty())
        notify(tr("Saved filter changed"),
               tr("The list has changed since “%1” was saved; the rest of it is applied.").arg(name)
                   + QStringLiteral("\n\n") + loaded->notes.join(QLatin1Char('\n')));
    return true;
}

bool RecordFilterBar::saveCurrentFilter(const QString &name)
{
    SavedFilters saved(m_records);
    const QString trimmed = name.trimmed();
    if (saved.contains(m_entityId, trimmed) && trimmed != m_activeSaved
        && !confirm(tr("Replace saved filter"),
                    tr("A saved filter named “%1” already exists. Replace it with the current filter?").arg(trimmed),
                    tr("Replace")))
        return false;
    QString error;
    if (!saved.save(m_entityId, trimmed, querySpec(), &error)) {
        notify(tr("Filter not saved"), error);
        return false;
    }
    setActiveSaved(trimmed);
    return true;
}

void RecordFilterBar::saveCurrentFilterAs()
{
    const QString name = askName(tr("Save filter"), tr("Name of this filter:"), m_activeSaved);
    if (!name.trimmed().isEmpty())
        saveCurrentFilter(name);
}

QDialog *RecordFilterBar::createManageDialog(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("manageSavedFilters"));
    dialog->setWindowTitle(tr("Saved filters"));
    auto *layout = new QVBoxLayout(dialog);
    const Entity *entity = m_records.entity(m_entityId);
    auto *intro = new QLabel(tr("Your saved filters for %1. Only you see them.")
                                 .arg(entity ? entity->pluralLabel() : m_entityId),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("names"));
    list->setMinimumSize(260, 180);
    row->addWidget(list, 1);
    auto *side = new QVBoxLayout;
    auto *renameButton = new QPushButton(tr("Rename…"), dialog);
    renameButton->setObjectName(QStringLiteral("rename"));
    auto *deleteButton = new QPushButton(tr("Delete"), dialog);
    deleteButton->setObjectName(QStringLiteral("delete"));
    side->addWidget(renameButton);
    side->addWidget(deleteButton);
    side->addStretch();
    row->addLayout(side);
    layout->addLayout(row);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);

    auto fill = [this, list, renameButton, deleteButton](const QString &current) {
        list->clear();
        for (const SavedFilters::Entry &entry : SavedFilters(m_records).list(m_entityId)) {
            auto *item = new QListWidgetItem(entry.name, list);
            item->setToolTip(tr("Saved %1").arg(QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::ShortFormat)));
            if (entry.name == current)
                list->setCurrentItem(item);
        }
        if (!list->currentItem() && list->count() > 0)
            list->setCurrentRow(0);
        renameButton->setEnabled(list->count() > 0);
        deleteButton->setEnabled(list->count() > 0);
    };
    fill(m_activeSaved);
    connect(list, &QListWidget::itemDoubleClicked, renameButton, &QPushButton::click);
    connect(renameButton, &QPushButton::clicked, dialog, [this, list, fill] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QString old = item->text();
        const QString name = askName(tr("Rename saved filter"), tr("New name:"), old).trimmed();
        if (name.isEmpty() || name == old)
            return;
        QString error;
        if (!SavedFilters(m_records).rename(m_entityId, old, name, &error)) {
            notify(tr("Not renamed"), error);
            return;
        }
        if (m_activeSaved == old)
            setActiveSaved(name);
        fill(name);
    });
    connect(deleteButton, &QPushButton::clicked, dialog, [this, list, fill] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        const QString name = item->text();
        if (!confirm(tr("Delete saved filter"), tr("Delete the saved filter “%1”?").arg(name), tr("Delete")))
            return;
        QString error;
        if (!SavedFilters(m_records).remove(m_entityId, name, &error)) {
            notify(tr("Not deleted"), error);
            return;
        }
        if (m_activeSaved == name)
            setActiveSaved(QString());
        fill(QString());
    });
    dialog->resize(dialog->sizeHint());
    return dialog;
}

QString RecordFilterBar::askName(const QString &title, const QString &label, const QString &text)
{
    if (m_askName)
        return m_askName(title, label, text);
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, text, &ok);
    return ok ? name : QString();
}

bool RecordFilterBar::confirm(const QString &title, const QString &text, const QString &action)
{
    if (m_confirm)
        return m_confirm(title, text, action);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

void RecordFilterBar::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::information(this, title, text);
}

} // namespace Backroom
