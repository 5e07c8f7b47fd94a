#include "recordfilterbar.h"

#include "entity.h"
#include "records.h"
#include "recordlistmodel.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
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
    if (!button || !field)
        return;
    const auto condition = m_filters.constFind(name);
    const bool active = condition != m_filters.cend();
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
    if (!field || !isFilterable(*field))
        return;
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    popup->setObjectName(QStringLiteral("filterPopup"));
    popup->installEventFilter(this);
    auto *layout = new QVBoxLayout(popup);
    auto *title = new QLabel(field->label(), popup);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    QWidget *content = nullptr;
    switch (field->type()) {
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

    auto *buttons = new QHBoxLayout;
    auto *clearButton = new QPushButton(tr("Clear"), content);
    auto *applyButton = new QPushButton(tr("Apply"), content);
    applyButton->setObjectName(QStringLiteral("apply"));
    applyButton->setDefault(true);
    connect(clearButton, &QPushButton::clicked, content, [this, name, popup] {
        clearFieldFilter(name);
        popup->close();
    });
    connect(applyButton, &QPushButton::clicked, content,
            [applyRange, from, to] { applyRange(from->date(), to->date()); });
    buttons->addStretch();
    buttons->addWidget(clearButton);
    buttons->addWidget(applyButton);
    grid->addLayout(buttons, 3, 0, 1, 2);
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

    auto *buttons = new QHBoxLayout;
    auto *clearButton = new QPushButton(tr("Clear"), content);
    auto *applyButton = new QPushButton(tr("Apply"), content);
    applyButton->setObjectName(QStringLiteral("apply"));
    applyButton->setDefault(true);
    connect(clearButton, &QPushButton::clicked, content, [this, name, popup] {
        clearFieldFilter(name);
        popup->close();
    });
    connect(applyButton, &QPushButton::clicked, content, [this, name, list, popup] {
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
    });
    // Space ticks the current choice; Enter reaches the popup, which applies.
    buttons->addStretch();
    buttons->addWidget(clearButton);
    buttons->addWidget(applyButton);
    layout->addLayout(buttons);
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

    auto *buttons = new QHBoxLayout;
    auto *clearButton = new QPushButton(tr("Clear"), content);
    clearButton->setAutoDefault(false);
    connect(clearButton, &QPushButton::clicked, content, [this, name, popup] {
        clearFieldFilter(name);
        popup->close();
    });
    buttons->addStretch();
    buttons->addWidget(clearButton);
    layout->addLayout(buttons);
    content->setFocusProxy(find);
    return content;
}

} // namespace Backroom
