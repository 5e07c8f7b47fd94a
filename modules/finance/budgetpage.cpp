#include "budgetpage.h"

#include "accountdirectory.h"
#include "budgetbook.h"
#include "budgetentities.h"
#include "budgetgridmodel.h"
#include "moneyformat.h"
#include "recordquery.h"
#include "records.h"

#include <QAbstractItemDelegate>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Backroom::Finance {

BudgetPage::BudgetPage(Records &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_accounts(std::make_unique<AccountDirectory>(records.database()))
{
    auto *title = new QLabel(tr("Budgets"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("A year's budget per income, expense and cost account, month by month. Type an "
                                "account's code or name, then the months; a figure typed under Full year is spread "
                                "evenly over the months. Enter moves on, Ctrl+Delete removes a line, Ctrl+S saves."),
                             this);
    intro->setWordWrap(true);

    m_choice = new QComboBox(this);
    m_choice->setMinimumContentsLength(28);
    auto *choiceLabel = new QLabel(tr("&Budget:"), this);
    choiceLabel->setBuddy(m_choice);
    m_new = new QPushButton(tr("&New Budget"), this);
    m_name = new QLineEdit(this);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_year = new QSpinBox(this);
    m_year->setRange(1900, 9999);
    m_year->setValue(QDate::currentDate().year());
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_department = new QComboBox(this);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    m_department->addItem(tr("Whole company"), 0);
    QuerySpec departments;
    departments.sort = {SortKey{QStringLiteral("name")}};
    departments.limit = 1000;
    for (const Record &department : m_records.select(QStringLiteral("core.department"), departments))
        m_department->addItem(department.value(QStringLiteral("name")).toString(), department.id);
    m_stateLabel = new QLabel(this);

    m_model = new BudgetGridModel(*m_accounts, this);
    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed);
    m_grid->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_grid->horizontalHeader();
    // The months as wide as their figures, the account taking the rest: a
    // year fits a laptop's screen without scrolling sideways.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BudgetGridModel::Account, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("9,999.99")) + 12);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_fill = new QPushButton(tr("&Fill Evenly"), this);
    m_fill->setToolTip(tr("Spread the current line's year total evenly over the twelve months."));
    m_copy = new QPushButton(tr("&Copy Last Year's Actuals"), this);
    m_copy->setToolTip(tr("Start from the posted income, expenses and costs of the year before, month by month."));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    m_approve = new QPushButton(tr("&Approve"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(choiceLabel);
    top->addWidget(m_choice, 1);
    top->addWidget(m_new);
    auto *fields = new QHBoxLayout;
    fields->addWidget(nameLabel);
    fields->addWidget(m_name, 2);
    fields->addWidget(yearLabel);
    fields->addWidget(m_year);
    fields->addWidget(departmentLabel);
    fields->addWidget(m_department, 1);
    fields->addWidget(m_stateLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fill);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addLayout(fields);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_choice, &QComboBox::activated, this, [this](int index) { openBudget(m_choice->itemData(index).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &BudgetPage::newBudget);
    connect(m_fill, &QPushButton::clicked, this, &BudgetPage::fillEvenly);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_model->lines().isEmpty()
            && QMessageBox::question(this, tr("Copy Last Year's Actuals"),
                                     tr("Replace the lines entered with the actuals of %1?").arg(m_year->value() - 1))
                   != QMessageBox::Yes)
            return;
        copyLastYear();
    });
    connect(m_save, &QPushButton::clicked, this, &BudgetPage::save);
    connect(m_approve, &QPushButton::clicked, this, &BudgetPage::approve);
    connect(m_model, &BudgetGridModel::linesChanged, this, &BudgetPage::updateTotals);
    connect(m_model, &BudgetGridModel::inputProblem, m_message, &QLabel::setText);
    // Enter on a cell being edited commits it and moves on, as in the
    // voucher grid.
    connect(m_grid->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::SubmitModelCache)
                    advance(m_grid->currentIndex());
            });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &BudgetPage::save);
    auto *removeShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_grid);
    connect(removeShortcut, &QShortcut::activated, this, [this] { m_model->removeLine(m_grid->currentIndex().row()); });

    reloadList();
    const qint64 first = m_choice->count() ? m_choice->itemData(0).toLongLong() : 0;
    if (first)
        openBudget(first);
    else
        newBudget();
}

BudgetPage::~BudgetPage() = default;

QString BudgetPage::message() const
{
    return m_message->text();
}

void BudgetPage::setName(const QString &name)
{
    m_name->setText(name);
}

void BudgetPage::setYear(int year)
{
    m_year->setValue(year);
}

void BudgetPage::reloadList()
{
    m_choice->clear();
    QuerySpec spec;
    spec.sort = {SortKey{QStringLiteral("year"), Qt::DescendingOrder}, SortKey{QStringLiteral("name")}};
    spec.limit = 1000;
    const Entity *entity = m_records.entity(BudgetEntities::budget());
    for (const Record &budget : m_records.select(BudgetEntities::budget(), spec)) {
        const QString state = budget.value(QStringLiteral("state")).toString();
        const Workflow::State *declared = entity && entity->workflow() ? entity->workflow()->findState(state) : nullptr;
        m_choice->addItem(QStringLiteral("%1 · %2 · %3")
                              .arg(budget.value(QStringLiteral("year")).toString(),
                                   budget.value(QStringLiteral("name")).toString(),
                                   declared && declared->label ? declared->label() : state),
                          budget.id);
    }
    const int at = m_choice->findData(m_id);
    m_choice->setCurrentIndex(at);
}

void BudgetPage::openBudget(qint64 id)
{
    const std::optional<Budget> budget = id ? BudgetBook(m_records).load(id) : std::nullopt;
    if (!budget) {
        newBudget();
        return;
    }
    m_id = budget->id;
    m_version = budget->version;
    m_state = budget->state;
    m_name->setText(budget->name);
    m_year->setValue(budget->year);
    m_department->setCurrentIndex(std::max(0, m_department->findData(budget->department)));
    m_accounts->clear();
    m_model->setLines(budget->lines);
    m_choice->setCurrentIndex(m_choice->findData(m_id));
    m_message->clear();
    updateState();
}

void BudgetPage::newBudget()
{
    m_id = 0;
    m_version = 0;
    m_state = BudgetEntities::draft();
    const int year = QDate::currentDate().year() + 1;
    m_year->setValue(year);
    m_name->setText(tr("Budget %1").arg(year));
    m_department->setCurrentIndex(0);
    m_model->setLines({});
    m_choice->setCurrentIndex(-1);
    m_message->clear();
    updateState();
    m_name->setFocus();
}

void BudgetPage::updateState()
{
    const bool approved = m_state == BudgetEntities::approved();
    const bool mayWrite = m_records.allows(m_id ? QStringLiteral("update") : QStringLiteral("create"), BudgetEntities::budget());
    const bool readOnly = approved || !mayWrite;
    m_model->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_name, m_year, m_department, m_fill, m_copy, m_save})
        widget->setEnabled(!readOnly);
    m_stateLabel->setText(m_id == 0 ? tr("New") : (approved ? tr("Approved") : tr("Draft")));
    m_approve->setText(approved ? tr("Back to &Draft") : tr("&Approve"));
    m_approve->setEnabled(m_id != 0 && m_records.allows(QStringLiteral("approve"), BudgetEntities::budget()));
    updateTotals();
}

void BudgetPage::updateTotals()
{
    // The months' budgeted profit stands under their headings.
    const int lines = int(m_model->lines().size());
    const BudgetGridModel::Totals year = m_model->monthTotals(0);
    m_totals->setText(tr("Full year: income %1  ·  costs and expenses %2  ·  profit %3")
                          .arg(MoneyFormat::money(year.income), MoneyFormat::money(year.spending),
                               MoneyFormat::money(year.profit()))
                      + QStringLiteral("  ·  ") + tr("%n account(s)", nullptr, lines));
}

void BudgetPage::advance(const QModelIndex &from)
{
    if (!from.isValid())
        return;
    int column = from.column() + 1;
    int row = from.row();
    if (column >= BudgetGridModel::ColumnCount) {
        column = BudgetGridModel::Account;
        ++row;
    }
    if (row < m_model->rowCount())
        m_grid->setCurrentIndex(m_model->index(row, column));
}

void BudgetPage::showResult(const QString &text)
{
    m_message->setText(text);
}

bool BudgetPage::save()
{
    Budget budget;
    budget.id = m_id;
    budget.version = m_version;
    budget.name = m_name->text();
    budget.year = m_year->value();
    budget.department = m_department->currentData().toLongLong();
    QList<int> rows;
    budget.lines = m_model->lines(&rows);
    const Records::Result result = BudgetBook(m_records).save(budget);
    if (!result.ok()) {
        QSet<int> problemRows;
        QStringList texts;
        for (const Records::FieldError &error : result.fieldErrors) {
            const QStringList parts = error.field.split(QLatin1Char('/'));
            if (parts.size() >= 2 && parts.at(0) == QLatin1String("lines")) {
                const int index = parts.at(1).toInt() - 1;
                if (index >= 0 && index < rows.size())
                    problemRows.insert(rows.at(index));
            }
            texts.append(error.message);
        }
        m_model->setProblemRows(problemRows);
        showResult(texts.isEmpty() ? result.message : texts.join(QLatin1Char('\n')));
        return false;
    }
    m_id = result.id;
    reloadList();
    openBudget(m_id);
    showResult(tr("The budget is saved."));
    return true;
}

void BudgetPage::fillEvenly()
{
    const int row = m_grid->currentIndex().isValid() ? m_grid->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->rowCount() - 1) {
        showResult(tr("Put the cursor on the line to spread."));
        return;
    }
    const QModelIndex total = m_model->index(row, BudgetGridModel::Total);
    m_model->setData(total, m_model->data(total, Qt::EditRole));
}

bool BudgetPage::copyLastYear()
{
    QString error;
    const std::optional<QList<BudgetLine>> actuals =
        BudgetBook(m_records).actualsOf(m_year->value() - 1, m_department->currentData().toLongLong(), &error);
    if (!actuals) {
        showResult(error);
        return false;
    }
    m_model->setLines(*actuals);
    m_model->setProblemRows({});
    showResult(actuals->isEmpty() ? tr("Nothing was posted in %1 to copy.").arg(m_year->value() - 1)
                                  : tr("%n account(s) copied from the actuals of %1; adjust them and save.", nullptr,
                                       int(actuals->size()))
                                        .arg(m_year->value() - 1));
    return !actuals->isEmpty();
}

bool BudgetPage::approve()
{
    if (!m_id)
        return false;
    const bool approved = m_state == BudgetEntities::approved();
    if (!approved && m_model->isDirty() && !save())
        return false;
    const Records::Result result = m_records.transition(BudgetEntities::budget(), m_id, m_version,
                                                        approved ? QStringLiteral("reopen") : QStringLiteral("approve"));
    if (!result.ok()) {
        showResult(result.message);
        return false;
    }
    reloadList();
    openBudget(m_id);
    showResult(approved ? tr("The budget is a draft again.") : tr("The budget is approved."));
    return true;
}

} // namespace Backroom::Finance
