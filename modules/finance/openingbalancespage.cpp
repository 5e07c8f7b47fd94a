#include "openingbalancespage.h"

#include "accountdirectory.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "openingbalances.h"
#include "openingitems.h"
#include "openingitemsdialog.h"
#include "records.h"
#include "voucherlinedelegate.h"
#include "voucherlinesmodel.h"

#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Backroom::Finance {

OpeningBalancesPage::OpeningBalancesPage(Records &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_accounts(std::make_unique<AccountDirectory>(records.database()))
{
    auto *title = new QLabel(tr("Opening balances"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("The balances the books start from, as at the end of the month before the first one. "
                                "Debits must equal credits; income and expense accounts start at zero (the year's "
                                "result so far goes on the profit account). They can be corrected until the first "
                                "month is closed."),
                             this);
    intro->setWordWrap(true);

    m_start = new QDateEdit(this);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_start->setCalendarPopup(false);
    m_start->setDate(QDate(QDate::currentDate().year(), 1, 1));
    auto *startLabel = new QLabel(tr("The books start in:"), this);
    startLabel->setBuddy(m_start);
    m_locked = new QLabel(this);
    m_locked->setWordWrap(true);
    m_locked->setStyleSheet(QStringLiteral("color: #8a1c12;"));

    m_model = new VoucherLinesModel(m_records, *m_accounts, this);
    m_delegate = new VoucherLineDelegate(m_records, *m_accounts, *m_model, this);
    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = m_grid->horizontalHeader();
    header->setSectionResizeMode(VoucherLinesModel::Summary, QHeaderView::Stretch);
    header->setSectionResizeMode(VoucherLinesModel::Account, QHeaderView::Stretch);
    const int amountWidth = fontMetrics().horizontalAdvance(QStringLiteral("999,999,999.99")) + 28;
    header->resizeSection(VoucherLinesModel::Debit, amountWidth);
    header->resizeSection(VoucherLinesModel::Credit, amountWidth);

    m_totals = new QLabel(this);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("&Revert"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(startLabel);
    top->addWidget(m_start);
    top->addStretch(1);
    top->addWidget(m_revert);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_locked);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_totals);
    // 期初往来: what customers and suppliers owed, as the open invoices it
    // was, must come to 1122/2202's opening balance.
    m_openItems = new QLabel(this);
    m_openItems->setObjectName(QStringLiteral("openingOpenItems"));
    m_openItems->setWordWrap(true);
    auto *openItemsButton = new QPushButton(tr("Opening &Open Items…"), this);
    openItemsButton->setToolTip(tr("Each customer's and supplier's open invoices when the books started"));
    auto *openItemsRow = new QHBoxLayout;
    openItemsRow->addWidget(m_openItems, 1);
    openItemsRow->addWidget(openItemsButton);
    layout->addLayout(openItemsRow);
    layout->addWidget(m_message);
    connect(openItemsButton, &QPushButton::clicked, this, &OpeningBalancesPage::editOpenItems);

    connect(m_save, &QPushButton::clicked, this, &OpeningBalancesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &OpeningBalancesPage::reload);
    connect(m_model, &VoucherLinesModel::linesChanged, this, [this] {
        updateTotals();
        for (int column = VoucherLinesModel::Department; column <= VoucherLinesModel::Person; ++column)
            m_grid->setColumnHidden(column, !m_model->isColumnNeeded(column));
    });
    connect(m_delegate, &VoucherLineDelegate::advanceRequested, this, &OpeningBalancesPage::advance);
    connect(m_delegate, &VoucherLineDelegate::balanceRequested, this, [this](const QModelIndex &cell) {
        const QModelIndex filled = m_model->balance(cell.row(), cell.column());
        if (filled.isValid())
            m_grid->setCurrentIndex(filled);
    });
    connect(m_delegate, &VoucherLineDelegate::amountMoved, this, [this](const QModelIndex &to) {
        if (to.isValid())
            m_grid->setCurrentIndex(to);
    });
    connect(m_delegate, &VoucherLineDelegate::removeLineRequested, this,
            [this](int row) { m_model->removeLine(row); });
    connect(m_delegate, &VoucherLineDelegate::inputProblem, m_message, &QLabel::setText);
    reload();
}

OpeningBalancesPage::~OpeningBalancesPage() = default;

void OpeningBalancesPage::setStartPeriod(const QString &period)
{
    const QDate first = FinanceEntities::firstDay(period);
    if (first.isValid())
        m_start->setDate(first);
}

QString OpeningBalancesPage::startPeriod() const
{
    return FinanceEntities::periodOf(m_start->date());
}

QString OpeningBalancesPage::message() const
{
    return m_message->text();
}

void OpeningBalancesPage::reload()
{
    OpeningBalances opening(m_records);
    const QString start = opening.startPeriod();
    if (!start.isEmpty())
        setStartPeriod(start);
    m_accounts->clear();
    m_model->setLines(opening.lines());
    const QString locked = opening.lockedReason();
    const bool mayPost = m_records.allows(QStringLiteral("post"), FinanceEntities::voucher());
    const bool readOnly = !locked.isEmpty() || !mayPost;
    m_model->setReadOnly(readOnly);
    m_start->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    m_revert->setEnabled(!readOnly);
    m_locked->setText(!locked.isEmpty() ? locked
                                        : (mayPost ? QString() : m_records.refusal(QStringLiteral("post"),
                                                                                   FinanceEntities::voucher())));
    m_locked->setVisible(!m_locked->text().isEmpty());
    m_message->clear();
    for (int column = VoucherLinesModel::Department; column <= VoucherLinesModel::Person; ++column)
        m_grid->setColumnHidden(column, !m_model->isColumnNeeded(column));
    updateTotals();
    updateOpenItems();
}

QString OpeningBalancesPage::openItemsText() const
{
    return m_openItems->text();
}

void OpeningBalancesPage::updateOpenItems()
{
    QStringList texts;
    bool agree = true;
    for (const ReceivablesEntities::Side &side : ReceivablesEntities::sides()) {
        const QString mismatch = OpeningItems::mismatch(m_records.database(), side);
        if (!mismatch.isEmpty()) {
            texts.append(mismatch);
            agree = false;
            continue;
        }
        const qint64 total = OpeningItems::itemsTotal(m_records.database(), side);
        if (total != 0)
            texts.append(side.sales() ? tr("The opening receivables agree with the customers' open invoices (%1).")
                                            .arg(MoneyFormat::money(total))
                                      : tr("The opening payables agree with the suppliers' open bills (%1).")
                                            .arg(MoneyFormat::money(total)));
    }
    m_openItems->setText(texts.join(QLatin1Char('\n')));
    m_openItems->setStyleSheet(agree ? QString() : QStringLiteral("color: #b03020;"));
}

void OpeningBalancesPage::editOpenItems()
{
    OpeningItemsDialog dialog(m_records, this);
    dialog.exec();
    updateOpenItems();
}

void OpeningBalancesPage::updateTotals()
{
    const qint64 debit = m_model->totalDebit();
    const qint64 credit = m_model->totalCredit();
    QString text = tr("Debit %1   Credit %2").arg(MoneyFormat::money(debit), MoneyFormat::money(credit));
    if (debit != credit)
        text += QStringLiteral("   ") + tr("Difference %1").arg(MoneyFormat::money(debit - credit));
    m_totals->setText(text);
    m_totals->setStyleSheet(debit == credit ? QString() : QStringLiteral("color: #b03020; font-weight: bold;"));
}

void OpeningBalancesPage::advance(const QModelIndex &from)
{
    // Left to right through the visible cells, then the next line's account
    // (the summary repeats by itself).
    int column = from.column() + 1;
    int row = from.row();
    while (column < VoucherLinesModel::ColumnCount && m_grid->isColumnHidden(column))
        ++column;
    if (column >= VoucherLinesModel::ColumnCount) {
        column = VoucherLinesModel::Account;
        ++row;
    }
    if (row < m_model->rowCount())
        m_grid->setCurrentIndex(m_model->index(row, column));
}

bool OpeningBalancesPage::save()
{
    QList<int> rows;
    const QList<VoucherLine> lines = m_model->enteredLines(&rows);
    const Records::Result result = OpeningBalances(m_records).save(startPeriod(), lines);
    if (!result.ok()) {
        QSet<QPair<int, int>> cells;
        for (const Records::FieldError &error : result.fieldErrors) {
            const QStringList parts = error.field.split(QLatin1Char('/'));
            if (parts.size() == 3 && parts.at(0) == QLatin1String("lines")) {
                const int index = parts.at(1).toInt() - 1;
                if (index >= 0 && index < rows.size())
                    cells.insert({rows.at(index), VoucherLinesModel::columnOfField(parts.at(2))});
            }
        }
        m_model->setProblemCells(cells);
        QStringList texts;
        for (const Records::FieldError &error : result.fieldErrors)
            texts.append(error.message);
        m_message->setText(texts.isEmpty() ? result.message : texts.join(QLatin1Char('\n')));
        return false;
    }
    reload();
    m_message->setText(lines.isEmpty() ? tr("The opening balances are removed.")
                                       : tr("The opening balances are saved; the books start in %1.").arg(startPeriod()));
    return true;
}

} // namespace Backroom::Finance
