#include "recordlistview.h"

#include "emptystatewidget.h"
#include "entity.h"
#include "iconcache.h"
#include "moneyformat.h"
#include "recordfilterbar.h"
#include "recordlistmodel.h"
#include "records.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom {

namespace {

// Restoring a selection after a refresh costs two counts per record: done
// for what a clerk selects by hand, not for Ctrl+A over a whole ledger.
constexpr int MaxKeptSelection = 50;

// "Partners" inside a sentence is "partners"; "VAT rates" stays as it is,
// and Chinese has no case.
QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}

} // namespace

RecordListView::RecordListView(Records &records, const QString &entityId, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_model(new RecordListModel(records, entityId,
                                  QSettings().value(QStringLiteral("lists/%1/columns").arg(entityId)).toStringList(),
                                  this))
    , m_filterBar(new RecordFilterBar(records, entityId, this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_totals(new QHeaderView(Qt::Horizontal, this))
    , m_totalsModel(new QStandardItemModel(this))
    , m_totalsHolder(new QWidget(this))
    , m_status(new QLabel(this))
    , m_noRecords(new EmptyStateWidget(this))
    , m_noMatches(new EmptyStateWidget(this))
    , m_openAction(new QAction(tr("Open"), this))
    , m_newAction(new QAction(this))
    , m_archiveAction(new QAction(tr("Archive…"), this))
    , m_refreshAction(new QAction(tr("Refresh"), this))
{
    const Entity *entity = m_records.entity(entityId);
    const QString label = entity ? entity->label() : entityId;
    const QString plural = entity ? entity->pluralLabel() : entityId;

    // The table: rows, not cells; read-only; the model pages, so nothing may
    // ask for every row (no resize-to-contents, no keyboard search).
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    // A third click on a header goes back to the order records were entered in.
    header->setSortIndicatorClearable(true);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    // The totals row is a second header under the table, kept in step with
    // the first: same section widths, same horizontal scroll.
    m_totals->setModel(m_totalsModel);
    m_totals->setSectionsClickable(false);
    m_totals->setHighlightSections(false);
    m_totals->setStretchLastSection(true);
    m_totals->setFocusPolicy(Qt::NoFocus);
    m_totals->setObjectName(QStringLiteral("totals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_totals->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_totalsHolder->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *totalsLayout = new QHBoxLayout(m_totalsHolder);
    totalsLayout->setContentsMargins(m_table->frameWidth(), 0, 0, 0);
    totalsLayout->setSpacing(0);
    totalsLayout->addWidget(m_totals);
    totalsLayout->addStretch();
    connect(header, &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        m_totals->resizeSection(section, size);
        // The last column stretches with the window: that is not a width the
        // clerk chose.
        if (!m_applyingWidths && section != m_model->columnCount() - 1) {
            m_widths.insert(m_model->fieldAt(section), size);
            saveWidthsLater();
        }
    });
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { m_totals->setOffset(m_table->horizontalHeader()->offset()); });

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_table);
    listLayout->addWidget(m_totalsHolder);
    m_stack->addWidget(listPage);

    QString iconPath = QStringLiteral(":/backroom/icons/modules/%1.svg").arg(entity ? entity->moduleId() : QString());
    if (!QFile::exists(iconPath))
        iconPath = QStringLiteral(":/backroom/icons/backroom.svg");
    m_noRecords->setIcon(IconCache::icon(iconPath));
    m_noRecords->setTitle(tr("No %1 yet").arg(inSentence(plural)));
    m_noRecords->setText(tr("Press Ctrl+N to add the first one."));
    connect(m_noRecords->addButton(tr("New %1").arg(inSentence(label))), &QPushButton::clicked, this,
            &RecordListView::newRequested);
    m_noMatches->setIcon(IconCache::icon(iconPath));
    connect(m_noMatches->addButton(tr("Clear filter")), &QPushButton::clicked, this, &RecordListView::clearFilter);
    m_stack->addWidget(m_noRecords);
    m_stack->addWidget(m_noMatches);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_table);

    // Actions: the shortcuts, and the same entries in the context menu so
    // the clerk can learn them there.
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_openAction);
    connect(m_openAction, &QAction::triggered, this, &RecordListView::openCurrent);
    m_archiveAction->setShortcut(QKeySequence::Delete);
    m_archiveAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_archiveAction);
    connect(m_archiveAction, &QAction::triggered, this, &RecordListView::archiveSelected);
    // Not offered to who may not (the records service refuses regardless).
    m_archiveAction->setVisible(records.allows(QStringLiteral("delete"), entityId));
    m_newAction->setText(tr("New %1").arg(inSentence(label)));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setVisible(records.allows(QStringLiteral("create"), entityId));
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, &RecordListView::newRequested);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &RecordListView::refresh);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &RecordListView::focusSearch);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(m_model->idAt(index.row()));
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_openAction);
        menu.addAction(m_newAction);
        menu.addAction(m_archiveAction);
        menu.addSeparator();
        menu.addAction(m_refreshAction);
        QMenu *columns = createColumnMenu(&menu);
        columns->setTitle(tr("Columns"));
        menu.addMenu(columns);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(header, &QWidget::customContextMenuRequested, this, &RecordListView::showColumnMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        emit selectionChanged();
    });
    // While the scroll bar is dragged only the rows where it stops are read.
    connect(m_table->verticalScrollBar(), &QScrollBar::sliderPressed, this,
            [this] { m_model->setLoadingDeferred(true); });
    connect(m_table->verticalScrollBar(), &QScrollBar::sliderReleased, this,
            [this] { m_model->setLoadingDeferred(false); });

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &RecordListView::beforeReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::afterReset);
    connect(m_model, &RecordListModel::counted, this, [this] {
        updateTotals();
        updateState();
        if (m_restorePending)
            restorePlace();
        updateStatus();
    });
    connect(m_filterBar, &RecordFilterBar::queryChanged, this, &RecordListView::applyQuery);
    m_filterBar->setListSpecSource([this] { return m_model->querySpec(); });
    connect(m_filterBar, &RecordFilterBar::focusListRequested, this, [this] {
        if (m_state != State::List)
            return;
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });

    const QVariantMap widths = QSettings().value(settingsKey("widths")).toMap();
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        if (it.value().toInt() > 0)
            m_widths.insert(it.key(), it.value().toInt());
    m_saveWidths.setSingleShot(true);
    m_saveWidths.setInterval(500);
    connect(&m_saveWidths, &QTimer::timeout, this, &RecordListView::saveWidths);

    m_filterBar->setFields(m_model->columns());
    applyColumnWidths();
    updateTotals();
    updateState();
    updateStatus();
}

RecordListView::~RecordListView()
{
    if (m_saveWidths.isActive())
        saveWidths();
}

QString RecordListView::settingsKey(const char *name) const
{
    return QStringLiteral("lists/%1/%2").arg(m_entityId, QLatin1String(name));
}

// ---- the question -----------------------------------------------------------

void RecordListView::applyQuery()
{
    QuerySpec spec = m_model->querySpec();
    spec.search = m_filterBar->searchText();
    spec.filter = m_filterBar->filter();
    // A saved filter brings the order it was saved with.
    m_filterBar->takeListSettings(&spec);
    m_model->setQuerySpec(spec);
}

void RecordListView::clearFilter()
{
    m_filterBar->clear();
}

void RecordListView::refresh()
{
    m_model->refresh();
}

void RecordListView::focusSearch()
{
    if (!m_filterBar->canSearch())
        return;
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

// ---- keeping the clerk's place ----------------------------------------------

void RecordListView::beforeReset()
{
    m_keptCurrent = currentId();
    m_keptColumn = std::max(0, m_table->currentIndex().column());
    m_keptSelection = selectedCount() <= MaxKeptSelection ? selectedIds() : QList<qint64>();
}

void RecordListView::afterReset()
{
    applyColumnWidths();
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    updateTotals();
    updateState();
    m_restorePending = false;
    if (m_model->lastResetReason() == RecordListModel::ResetReason::Data && m_keptCurrent > 0) {
        // A large list knows only its first page until counted: the place is
        // found then.
        if (m_model->isCounting())
            m_restorePending = true;
        else
            restorePlace();
    } else if (m_model->lastResetReason() == RecordListModel::ResetReason::Query) {
        // A new question starts at the top of its answer.
        m_table->scrollToTop();
    }
    if (!m_restorePending) {
        m_keptCurrent = 0;
        m_keptSelection.clear();
    }
    updateStatus();
}

void RecordListView::restorePlace()
{
    m_restorePending = false;
    {
        // Data changed underneath (a save, an archive, F5): the same record
        // stays current and selected where it now stands.
        const std::optional<int> row = m_model->rowForId(m_keptCurrent);
        if (!m_keptSelection.isEmpty())
            selectIds(m_keptSelection);
        if (row) {
            const QModelIndex index = m_model->index(*row, std::min(m_keptColumn, m_model->columnCount() - 1));
            m_table->selectionModel()->setCurrentIndex(
                index, m_keptSelection.isEmpty() ? QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows
                                                 : QItemSelectionModel::NoUpdate);
            m_table->scrollTo(index);
        }
    }
    m_keptCurrent = 0;
    m_keptSelection.clear();
}

void RecordListView::updateState()
{
    if (m_model->rowCount() > 0 || !m_model->errorString().isEmpty())
        m_state = State::List;
    else if (!m_model->hasAnyRecords())
        m_state = State::NoRecords;
    else
        m_state = State::NoMatches;

    if (m_state == State::NoMatches) {
        const Entity *entity = m_model->entity();
        const QString plural = inSentence(entity ? entity->pluralLabel() : m_entityId);
        const QString search = m_filterBar->searchText();
        m_noMatches->setTitle(search.isEmpty() ? tr("Nothing matches the filter")
                                               : tr("Nothing matches “%1”").arg(search));
        m_noMatches->setText(tr("Try other words or another filter, or clear the filter to see all %1.").arg(plural));
    }
    const bool hadFocus = m_table->hasFocus();
    m_stack->setCurrentIndex(m_state == State::List ? 0 : m_state == State::NoRecords ? 1 : 2);
    // With nothing recorded there is nothing to search either.
    m_filterBar->setVisible(m_state != State::NoRecords || m_filterBar->isActive());
    if (hadFocus && m_state != State::List)
        m_stack->currentWidget()->setFocus();
}

EmptyStateWidget *RecordListView::emptyState() const
{
    switch (m_state) {
    case State::NoRecords:
        return m_noRecords;
    case State::NoMatches:
        return m_noMatches;
    case State::List:
        break;
    }
    return nullptr;
}

// ---- footer -------------------------------------------------------------------

void RecordListView::updateStatus()
{
    if (!m_model->errorString().isEmpty()) {
        m_status->setText(tr("The list could not be read: %1").arg(m_model->errorString()));
        return;
    }
    // Two sentences rather than "%n record(s)": only Chinese is translated,
    // and English needs its plural without a catalogue.
    const int count = m_model->rowCount();
    QString text = m_model->isCounting() ? tr("Counting records…")
                   : count == 1          ? tr("1 record")
                                         : tr("%1 records").arg(QLocale().toString(count));
    const int selected = selectedCount();
    if (selected > 1)
        text += QStringLiteral("  ·  ") + tr("%1 selected").arg(QLocale().toString(selected));
    m_status->setText(m_state == State::NoRecords ? QString() : text);
}

QString RecordListView::statusText() const
{
    return m_status->text();
}

void RecordListView::updateTotals()
{
    const QStringList fields = m_model->totalFields();
    m_totalsHolder->setVisible(!fields.isEmpty());
    const int columns = m_model->columnCount();
    m_totalsModel->clear();
    m_totalsModel->setColumnCount(columns);
    for (int column = 0; column < columns; ++column) {
        const QString field = m_model->fieldAt(column);
        QString text;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        if (fields.contains(field)) {
            const std::optional<qint64> total = m_model->total(field);
            // An overflowing sum is not shown rather than shown wrong.
            text = m_model->isCounting() ? QStringLiteral("…") : total ? MoneyFormat::money(*total) : QStringLiteral("—");
            alignment = Qt::AlignRight | Qt::AlignVCenter;
        } else if (column == 0) {
            text = tr("Total");
        }
        m_totalsModel->setHeaderData(column, Qt::Horizontal, text, Qt::DisplayRole);
        m_totalsModel->setHeaderData(column, Qt::Horizontal, int(alignment), Qt::TextAlignmentRole);
        m_totalsModel->setHeaderData(column, Qt::Horizontal,
                                     fields.contains(field)
                                         ? tr("Total of %1 over all listed records")
                                               .arg(m_model->headerData(column, Qt::Horizontal).toString())
                                         : QString(),
                                     Qt::ToolTipRole);
    }
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < columns; ++column)
        m_totals->resizeSection(column, header->sectionSize(column));
    m_totals->setOffset(header->offset());
    m_totals->setFixedSize(m_table->viewport()->width(), header->sizeHint().height());
}

QString RecordListView::totalText(const QString &field) const
{
    const int column = m_model->columnOf(field);
    if (column < 0 || !m_totalsHolder->isVisibleTo(const_cast<RecordListView *>(this)))
        return QString();
    return m_totalsModel->headerData(column, Qt::Horizontal).toString();
}

// ---- columns --------------------------------------------------------------------

int RecordListView::defaultWidth(const QString &name) const
{
    const Entity *entity = m_model->entity();
    const Field *field = entity ? entity->field(name) : nullptr;
    if (!field)
        return 120;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 24;
    int width = 0;
    switch (field->type()) {
    case Field::Type::Money:
        width = metrics.horizontalAdvance(QStringLiteral("-9,999,999.99"));
        break;
    case Field::Type::Quantity:
    {
        qint64 sample = -99999;
        for (int i = 0; i < field->scale(); ++i)
            sample *= 10;
        width = metrics.horizontalAdvance(MoneyFormat::decimal(sample, field->scale()));
    }
        break;
    case Field::Type::Integer:
        width = metrics.horizontalAdvance(QStringLiteral("99999999"));
        break;
    case Field::Type::Date:
        width = metrics.horizontalAdvance(QStringLiteral("2026-12-31"));
        break;
    case Field::Type::DateTime:
        width = metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59"));
        break;
    case Field::Type::Boolean:
        width = 40;
        break;
    case Field::Type::Choice:
        for (const Field::Choice &choice : field->choices())
            width = std::max(width, metrics.horizontalAdvance(choice.label ? choice.label() : choice.key));
        break;
    case Field::Type::Text: {
        if (field->isSensitive() && !m_model->isSensitiveUnmasked()) {
            // As wide as a masked value shows: "•••• 5678".
            width = metrics.horizontalAdvance(RecordListModel::masked(QStringLiteral("12345678")));
            break;
        }
        // Room for about the declared length (codes and numbers are mostly
        // digits and capitals), within reason.
        const int characters = field->maxLength() > 0 ? field->maxLength() : 30;
        width = std::clamp(metrics.horizontalAdvance(QString(characters, QLatin1Char('0'))) * 11 / 10, 100, 280);
        break;
    }
    case Field::Type::Reference:
        width = 180;
        break;
    case Field::Type::LongText:
        width = 260;
        break;
    default:
        width = 80;
        break;
    }
    // Never narrower than the header's own label and its sort arrow.
    const int headerWidth = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(field->label()) + 32;
    return std::max(width + padding, headerWidth);
}

void RecordListView::applyColumnWidths()
{
    m_applyingWidths = true;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString field = m_model->fieldAt(column);
        header->resizeSection(column, m_widths.value(field, defaultWidth(field)));
    }
    m_applyingWidths = false;
}

void RecordListView::saveWidthsLater()
{
    m_saveWidths.start();
}

void RecordListView::saveWidths()
{
    m_saveWidths.stop();
    QVariantMap widths;
    for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
        widths.insert(it.key(), it.value());
    QSettings settings;
    if (settings.value(settingsKey("widths")).toMap() != widths)
        settings.setValue(settingsKey("widths"), widths);
}

QStringList RecordListView::visibleColumns() const
{
    return m_model->columns();
}

void RecordListView::setVisibleColumns(const QStringList &fields)
{
    m_model->setColumns(fields);
    m_filterBar->setFields(m_model->columns());
    QSettings settings;
    const Entity *entity = m_model->entity();
    // The default is not written down: a later version's new default
    // columns then reach clerks who never chose their own.
    if (entity && m_model->columns() == RecordListModel::defaultColumns(*entity))
        settings.remove(settingsKey("columns"));
    else if (settings.value(settingsKey("columns")).toStringList() != m_model->columns())
        settings.setValue(settingsKey("columns"), m_model->columns());
}

QMenu *RecordListView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    const Entity *entity = m_model->entity();
    if (!entity)
        return menu;
    const QStringList visible = m_model->columns();
    for (const Field &field : entity->fields()) {
        if (!RecordListModel::isListable(field))
            continue;
        QAction *action = menu->addAction(field.label());
        action->setCheckable(true);
        action->setChecked(visible.contains(field.name()));
        action->setData(field.name());
        // The last column cannot go: an empty table says nothing.
        action->setEnabled(!(visible.size() == 1 && visible.contains(field.name())));
        const QString name = field.name();
        connect(action, &QAction::toggled, this, [this, name, entity](bool on) {
            QStringList columns;
            const QStringList current = m_model->columns();
            for (const Field &candidate : entity->fields())
                if (candidate.name() == name ? on : current.contains(candidate.name()))
                    columns.append(candidate.name());
            setVisibleColumns(columns);
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Default columns"));
    connect(reset, &QAction::triggered, this, [this, entity] {
        m_widths.clear();
        saveWidths();
        setVisibleColumns(RecordListModel::defaultColumns(*entity));
        applyColumnWidths();
    });
    return menu;
}

void RecordListView::showColumnMenu(const QPoint &position)
{
    QMenu *menu = createColumnMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->horizontalHeader()->mapToGlobal(position));
}

// ---- selection and actions --------------------------------------------------------

qint64 RecordListView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

QList<std::pair<int, int>> RecordListView::selectedRowRanges() const
{
    // Ranges may overlap after Ctrl-clicks; merged, they count each row once.
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.constLast().second + 1)
            merged.last().second = std::max(merged.constLast().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

int RecordListView::selectedCount() const
{
    int count = 0;
    for (const auto &range : selectedRowRanges())
        count += range.second - range.first + 1;
    return count;
}

QList<qint64> RecordListView::selectedIds() const
{
    QList<qint64> ids;
    for (const auto &range : selectedRowRanges())
        ids += m_model->idsInRows(range.first, range.second);
    return ids;
}

void RecordListView::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const std::optional<int> row = m_model->rowForId(id);
        if (!row)
            continue;
        const QModelIndex index = m_model->index(*row, 0);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

void RecordListView::openCurrent()
{
    const qint64 id = currentId();
    if (id > 0)
        emit openRequested(id);
}

void RecordListView::archiveSelected()
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty() && currentId() > 0)
        ids.append(currentId());
    if (ids.isEmpty())
        return;
    const Entity *entity = m_model->entity();
    if (!entity)
        return;
    if (!entity->isArchivable()) {
        // Nothing to confirm: the records service refuses before it writes,
        // and says why in its own words.
        const Records::Result refused = m_records.setArchived(m_entityId, ids.constFirst(), 0, true);
        if (m_notify)
            m_notify(tr("Not archived"), refused.message);
        else
            QMessageBox::warning(this, tr("Not archived"), refused.message);
        return;
    }
    const QString title = tr("Archive %1").arg(inSentence(entity->pluralLabel()));
    QString question = ids.size() == 1
                           ? tr("Archive “%1”?").arg(m_records.displayName(m_entityId, ids.constFirst()))
                           : tr("Archive the %1 selected records?").arg(QLocale().toString(ids.size()));
    question += QStringLiteral("\n\n") + tr("Archived records no longer appear in lists; they can be restored later.");
    const bool confirmed = m_confirm ? m_confirm(title, question, tr("Archive"))
                                     : [&] {
                                           QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton,
                                                           this);
                                           QPushButton *archive = box.addButton(tr("Archive"), QMessageBox::AcceptRole);
                                           box.addButton(QMessageBox::Cancel);
                                           box.setDefaultButton(archive);
                                           box.exec();
                                           return box.clickedButton() == archive;
                                       }();
    if (!confirmed)
        return;

    QStringList problems;
    if (ids.size() > 20)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    for (qint64 id : std::as_const(ids)) {
        // The version read now: a record changed since the list was read is
        // still archived, one changed in between is reported, not overwritten.
        const std::optional<Record> record = m_records.read(m_entityId, id);
        const Records::Result result = m_records.setArchived(m_entityId, id, record ? record->version : 0, true);
        if (!result.ok())
            problems.append(result.message);
    }
    if (ids.size() > 20)
        QApplication::restoreOverrideCursor();
    m_model->refresh();
    if (problems.isEmpty())
        return;
    const QString text = ids.size() == 1
                             ? problems.constFirst()
                             : tr("%1 of %2 records could not be archived.").arg(problems.size()).arg(ids.size())
                                   + QStringLiteral("\n\n") + problems.constFirst();
    if (m_notify)
        m_notify(tr("Not archived"), text);
    else
        QMessageBox::warning(this, tr("Not archived"), text);
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        // Typing in the list searches: the table's own keyboard search would
        // walk every row of a paged model.
        if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            if (m_filterBar->canSearch()) {
                m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
                m_filterBar->searchEdit()->setText(text);
            }
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_totals->setFixedWidth(m_table->viewport()->width());
    return QWidget::eventFilter(watched, event);
}

} // namespace Backroom
