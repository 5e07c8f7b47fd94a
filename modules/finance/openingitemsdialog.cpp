#include "openingitemsdialog.h"

#include "database.h"
#include "fieldcodec.h"
#include "moneyformat.h"
#include "openingbalances.h"
#include "referencepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom::Finance {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int SettledRole = Qt::UserRole + 1;

// Dates as the rest of the books show them (2025-10-15), whatever the
// locale's short format.
class IsoDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        return QStyledItemDelegate::displayText(value, locale);
    }
};
} // namespace

OpeningItemsDialog::OpeningItemsDialog(Records &records, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
{
    setObjectName(QStringLiteral("openingItemsDialog"));
    setWindowTitle(tr("Opening Open Items"));
    auto *intro = new QLabel(tr("The invoices and bills still open when the books started, per customer and "
                                "supplier. Receipts and payments are allocated to them like any invoice; together "
                                "they should come to the control account's opening balance."),
                             this);
    intro->setWordWrap(true);
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("openingItemsSide"));
    m_side->addItem(tr("Receivables (customers' open invoices)"), int(ReceivablesEntities::Direction::Sales));
    m_side->addItem(tr("Payables (suppliers' open bills)"), int(ReceivablesEntities::Direction::Purchases));
    m_grid = new QTableWidget(0, ColumnCount, this);
    m_grid->setObjectName(QStringLiteral("openingItemsGrid"));
    m_grid->setHorizontalHeaderLabels({tr("Partner"), tr("Number"), tr("Date"), tr("Due date"), tr("Amount open"),
                                       tr("Summary"), tr("Settled since")});
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_grid->horizontalHeader()->setSectionResizeMode(Partner, QHeaderView::Stretch);
    m_grid->horizontalHeader()->resizeSection(Summary, fontMetrics().horizontalAdvance(QStringLiteral("摘要摘要摘要摘要摘要")));
    auto *dates = new IsoDateDelegate(m_grid);
    m_grid->setItemDelegateForColumn(Date, dates);
    m_grid->setItemDelegateForColumn(DueDate, dates);
    const int amountWidth = fontMetrics().horizontalAdvance(QStringLiteral("999,999,999.99")) + 28;
    m_grid->horizontalHeader()->resizeSection(Amount, amountWidth);
    m_grid->horizontalHeader()->resizeSection(Settled, amountWidth);
    const int dateWidth = fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 48;
    m_grid->horizontalHeader()->resizeSection(Date, dateWidth);
    m_grid->horizontalHeader()->resizeSection(DueDate, dateWidth);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("openingItemsStatus"));
    m_status->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add Line"), this);
    auto *remove = new QPushButton(tr("&Remove Line"), this);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_side, 1);
    top->addWidget(add);
    top->addWidget(remove);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(960, 520);

    connect(m_side, &QComboBox::currentIndexChanged, this, &OpeningItemsDialog::reload);
    connect(add, &QPushButton::clicked, this, &OpeningItemsDialog::addRow);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_grid->currentRow();
        if (!m_readOnly && row >= 0 && m_grid->item(row, Settled)->data(SettledRole).toLongLong() == 0) {
            m_grid->removeRow(row);
            updateStatus();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &OpeningItemsDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_grid, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *changed) {
        // An amount typed as 150 reads 150.00 once the cell is left.
        if (changed->column() == Amount) {
            const std::optional<qint64> amount = FieldCodec::parseDecimal(changed->text().trimmed(), 2);
            if (amount && *amount != 0 && changed->text() != MoneyFormat::money(*amount)) {
                const QSignalBlocker blocker(m_grid);
                changed->setText(MoneyFormat::money(*amount));
            }
        }
        updateStatus();
    });
    reload();
}

void OpeningItemsDialog::setDirection(ReceivablesEntities::Direction direction)
{
    m_side->setCurrentIndex(direction == ReceivablesEntities::Direction::Sales ? 0 : 1);
}

ReceivablesEntities::Direction OpeningItemsDialog::direction() const
{
    return ReceivablesEntities::Direction(m_side->currentData().toInt());
}

void OpeningItemsDialog::reload()
{
    OpeningItems opening(m_records, direction());
    QString error;
    const QList<OpeningItem> items = opening.items(&error);
    const QString locked = OpeningBalances(m_records).lockedReason();
    m_readOnly = !locked.isEmpty() || !m_records.allows(QStringLiteral("post"), opening.side().invoice);
    setItems(items);
    m_save->setEnabled(!m_readOnly);
    m_message->setText(!error.isEmpty() ? error : locked);
}

void OpeningItemsDialog::setItems(const QList<OpeningItem> &items)
{
    const QSignalBlocker blocker(m_grid);
    m_grid->setRowCount(0);
    for (const OpeningItem &item : items) {
        const int row = m_grid->rowCount();
        m_grid->insertRow(row);
        fillRow(row, item);
    }
    if (!m_readOnly)
        addRow();
    updateStatus();
}

void OpeningItemsDialog::addRow()
{
    const int row = m_grid->rowCount();
    {
        const QSignalBlocker blocker(m_grid);
        m_grid->insertRow(row);
        OpeningItem blank;
        const QDate opening = OpeningItems(m_records, direction()).openingDate();
        blank.date = opening.isValid() ? opening : QDate::currentDate();
        fillRow(row, blank);
    }
    m_grid->setCurrentCell(row, Partner);
}

void OpeningItemsDialog::fillRow(int row, const OpeningItem &item)
{
    const bool fixed = m_readOnly || item.settled != 0;
    // Typed by code or name, a page of matches at a time: never every partner.
    auto *partner = new ReferencePicker(m_records, QStringLiteral("core.partner"), m_grid);
    partner->setFrame(false);
    partner->setRecordId(item.partner);
    partner->setEnabled(!fixed);
    connect(partner, &ReferencePicker::recordEdited, this, [this] { updateStatus(); });
    m_grid->setCellWidget(row, Partner, partner);

    const auto cell = [&](int column, const QVariant &value) {
        auto *made = new QTableWidgetItem;
        made->setData(Qt::EditRole, value);
        if (fixed || column == Settled)
            made->setFlags(made->flags() & ~Qt::ItemIsEditable);
        if (column == Amount || column == Settled)
            made->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->setItem(row, column, made);
        return made;
    };
    cell(Number, item.number)->setData(IdRole, item.id);
    cell(Date, item.date);
    cell(DueDate, item.dueDate.isValid() ? item.dueDate : (item.date.isValid() ? item.date.addDays(30) : QDate()));
    cell(Amount, item.amount != 0 ? MoneyFormat::money(item.amount) : QString());
    cell(Summary, item.summary);
    cell(Settled, item.settled != 0 ? MoneyFormat::money(item.settled) : QString())->setData(SettledRole, item.settled);
}

QList<OpeningItem> OpeningItemsDialog::items() const
{
    QList<OpeningItem> list;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        OpeningItem item;
        const auto *partner = qobject_cast<ReferencePicker *>(m_grid->cellWidget(row, Partner));
        item.partner = partner ? partner->recordId() : 0;
        const auto text = [&](int column) {
            const QTableWidgetItem *cell = m_grid->item(row, column);
            return cell ? cell->data(Qt::EditRole).toString().trimmed() : QString();
        };
        item.id = m_grid->item(row, Number)->data(IdRole).toLongLong();
        item.number = text(Number);
        item.date = m_grid->item(row, Date)->data(Qt::EditRole).toDate();
        item.dueDate = m_grid->item(row, DueDate)->data(Qt::EditRole).toDate();
        item.amount = FieldCodec::parseDecimal(text(Amount), 2).value_or(0);
        item.summary = text(Summary);
        item.settled = m_grid->item(row, Settled)->data(SettledRole).toLongLong();
        // A row with neither partner, number nor amount was never filled in.
        if (item.partner == 0 && item.number.isEmpty() && text(Amount).isEmpty())
            continue;
        list.append(item);
    }
    return list;
}

QString OpeningItemsDialog::statusText() const
{
    return m_status->text();
}

QString OpeningItemsDialog::message() const
{
    return m_message->text();
}

void OpeningItemsDialog::updateStatus()
{
    OpeningItems opening(m_records, direction());
    qint64 entered = 0;
    for (const OpeningItem &item : items())
        entered += item.amount;
    const qint64 balance = OpeningItems::controlOpening(m_records.database(), opening.side());
    QString text = tr("Entered %1; opening balance of account %2: %3")
                       .arg(MoneyFormat::money(entered), opening.controlCode(), MoneyFormat::money(balance));
    if (entered != balance)
        text += QStringLiteral("   ") + tr("Difference %1").arg(MoneyFormat::money(balance - entered));
    m_status->setText(text);
    m_status->setStyleSheet(entered == balance ? QString() : QStringLiteral("color: #b03020; font-weight: bold;"));
}

bool OpeningItemsDialog::save()
{
    OpeningItems opening(m_records, direction());
    const Records::Result result = opening.save(items());
    if (!result.ok()) {
        QStringList texts;
        for (const Records::FieldError &error : result.fieldErrors)
            texts.append(error.message);
        m_message->setText(texts.isEmpty() ? result.message : texts.join(QLatin1Char('\n')));
        return false;
    }
    reload();
    const QString mismatch = OpeningItems::mismatch(m_records.database(), opening.side());
    m_message->setText(mismatch.isEmpty() ? tr("The opening items are saved and agree with the opening balance.")
                                          : tr("The opening items are saved. %1").arg(mismatch));
    return true;
}

} // namespace Backroom::Finance
