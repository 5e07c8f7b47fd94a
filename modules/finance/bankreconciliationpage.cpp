#include "bankreconciliationpage.h"

#include "accountdirectory.h"
#include "bankentities.h"
#include "bankreports.h"
#include "bankstatementimportdialog.h"
#include "database.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "records.h"
#include "reportview.h"
#include "subledgerscreen.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom::Finance {

namespace {

// Both lists have the summary in their second column.
constexpr int SummaryColumn = 1;

QTableWidget *linesTable(const QStringList &headings, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headings.size()));
    table->setHorizontalHeaderLabels(headings);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem *item(const QString &text, qint64 id = 0, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setData(Qt::UserRole, id);
    cell->setToolTip(text);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

// "记-0006": the month is in the date beside it; the whole reference in
// the tool tip.
// "记-0007", or "记-0007 未记账" in italics for a voucher not yet posted:
// a candidate the clerk sees is not in the books yet.
QTableWidgetItem *voucherItem(const QString &reference, bool posted)
{
    const QString number = reference.section(QLatin1Char(' '), -1);
    QTableWidgetItem *cell = item(posted ? number : BankReconciliationPage::tr("%1 unposted").arg(number));
    cell->setToolTip(posted ? reference : BankReconciliationPage::tr("%1, not posted yet").arg(reference));
    if (!posted) {
        QFont font = cell->font();
        font.setItalic(true);
        cell->setFont(font);
    }
    return cell;
}

QString amountText(qint64 amount)
{
    return amount ? MoneyFormat::money(amount) : QString();
}

} // namespace

BankReconciliationPage::BankReconciliationPage(Records &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_report(BankReports::declarations().constFirst())
    , m_accountCombo(new QComboBox(this))
    , m_statementCombo(new QComboBox(this))
    , m_showMatched(new QCheckBox(tr("Show matched lines"), this))
    , m_statementInfo(new QLabel(this))
    , m_bankTable(linesTable({tr("Date"), tr("Summary"), tr("Counterparty"), tr("Bank reference"), tr("Money in"),
                              tr("Money out"), tr("Match")},
                             QStringLiteral("bankStatementLines"), this))
    , m_bookTable(linesTable({tr("Date"), tr("Summary"), tr("Voucher"), tr("Debit"), tr("Credit"), tr("Match")},
                             QStringLiteral("bankBookLines"), this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("bankReconciliationPage"));
    QToolBar *bar = SubledgerScreen::toolBar(this);
    const auto add = [&](const QString &name, const QString &text, const QKeySequence &key, QStyle::StandardPixmap icon,
                         const QString &tip, auto slot) {
        QAction *action = SubledgerScreen::addAction(bar, &m_actions, name, text, icon,
                                                     tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)),
                                                     slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    add(QStringLiteral("import"), tr("Import Statement…"), QKeySequence(Qt::CTRL | Qt::Key_I), QStyle::SP_DialogOpenButton,
        tr("Read a statement the bank exported as CSV"), [this] { importStatement(); });
    add(QStringLiteral("auto"), tr("Match Automatically"), QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_BrowserReload,
        tr("Match every line with the book line of the same amount and side, within five days"), [this] { autoMatch(); });
    add(QStringLiteral("match"), tr("Match"), QKeySequence(Qt::CTRL | Qt::Key_M), QStyle::SP_DialogApplyButton,
        tr("Match the selected statement lines with the selected book lines"), [this] { matchSelected(); });
    add(QStringLiteral("unmatch"), tr("Unmatch"), QKeySequence(Qt::CTRL | Qt::Key_U), QStyle::SP_DialogResetButton,
        tr("Undo the matches of the selected statement lines"), [this] { unmatchSelected(); });
    add(QStringLiteral("report"), tr("Reconciliation Statement"), QKeySequence(Qt::CTRL | Qt::Key_P),
        QStyle::SP_FileDialogDetailedView, tr("The bank reconciliation statement of this statement"), [this] { showReport(); });

    m_accountCombo->setObjectName(QStringLiteral("bankAccount"));
    m_statementCombo->setObjectName(QStringLiteral("bankStatement"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statementCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showMatched->setObjectName(QStringLiteral("showMatched"));
    auto *choose = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("&Bank account:"), this);
    accountLabel->setBuddy(m_accountCombo);
    auto *statementLabel = new QLabel(tr("&Statement:"), this);
    statementLabel->setBuddy(m_statementCombo);
    choose->addWidget(accountLabel);
    choose->addWidget(m_accountCombo);
    choose->addSpacing(12);
    choose->addWidget(statementLabel);
    choose->addWidget(m_statementCombo);
    choose->addSpacing(12);
    choose->addWidget(m_showMatched);
    choose->addStretch();
    m_statementInfo->setObjectName(QStringLiteral("statementInfo"));

    auto *bankBox = new QGroupBox(tr("Bank statement"), this);
    auto *bankLayout = new QVBoxLayout(bankBox);
    bankLayout->addWidget(m_bankTable);
    auto *bookBox = new QGroupBox(tr("Books: the account's vouchers, posted or not"), this);
    auto *bookLayout = new QVBoxLayout(bookBox);
    bookLayout->addWidget(m_bookTable);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(bankBox);
    splitter->addWidget(bookBox);
    splitter->setChildrenCollapsible(false);
    // The statement has more columns to show than the books.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 380});

    m_totals->setObjectName(QStringLiteral("selectionTotals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_message->setObjectName(QStringLiteral("bankMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(choose);
    layout->addWidget(m_statementInfo);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_message);

    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] { fillStatements(); });
    connect(m_statementCombo, &QComboBox::currentIndexChanged, this, [this] { fillLines(); });
    connect(m_showMatched, &QCheckBox::toggled, this, [this] { fillLines(); });
    connect(m_bankTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showPartners();
        updateTotals();
    });
    connect(m_bookTable, &QTableWidget::itemSelectionChanged, this, [this] { updateTotals(); });
    connect(&m_records, &Records::changed, this, [this](const QString &entityId, qint64) {
        if (entityId == FinanceEntities::voucher())
            fillLines();
    });
    fillAccounts();
}

qint64 BankReconciliationPage::account() const
{
    return m_accountCombo->currentData().toLongLong();
}

qint64 BankReconciliationPage::statement() const
{
    return m_statementCombo->currentData().toLongLong();
}

void BankReconciliationPage::setAccount(qint64 account)
{
    m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(account)));
}

void BankReconciliationPage::setStatement(qint64 statement)
{
    m_statementCombo->setCurrentIndex(std::max(0, m_statementCombo->findData(statement)));
}

void BankReconciliationPage::setShowMatched(bool on)
{
    m_showMatched->setChecked(on);
}

void BankReconciliationPage::reload()
{
    const qint64 statementId = statement();
    fillAccounts();
    fillStatements(statementId);
}

void BankReconciliationPage::fillAccounts()
{
    const qint64 current = account();
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    Database &db = m_records.database();
    for (const AccountDirectory::Account &found : BankMatcher::bankAccounts(db))
        m_accountCombo->addItem(found.text(), found.id);
    // The account with the latest statement first, else the first.
    qint64 preferred = current;
    if (!preferred)
        preferred = db.scalar(QStringLiteral("SELECT account FROM finance_bank_statement ORDER BY date_to DESC, id DESC LIMIT 1"))
                        .value_or(QVariant())
                        .toLongLong();
    m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(preferred)));
    fillStatements();
}

void BankReconciliationPage::fillStatements(qint64 select)
{
    {
        const QSignalBlocker blocker(m_statementCombo);
        m_statementCombo->clear();
        QSqlQuery query(m_records.database().connection());
        query.prepare(QStringLiteral("SELECT id, title FROM finance_bank_statement WHERE account = ? "
                                     "ORDER BY date_to DESC, id DESC"));
        query.addBindValue(account());
        if (query.exec())
            while (query.next())
                m_statementCombo->addItem(query.value(1).toString(), query.value(0).toLongLong());
        query.finish();
        if (m_statementCombo->count() == 0)
            m_statementCombo->addItem(tr("(no statement imported yet)"), 0);
        m_statementCombo->setCurrentIndex(select ? std::max(0, m_statementCombo->findData(select)) : 0);
    }
    fillLines();
}

void BankReconciliationPage::fillLines()
{
    BankMatcher matcher(m_records);
    const qint64 statementId = statement();
    const std::optional<Record> stored =
        statementId ? m_records.read(BankEntities::statement(), statementId) : std::nullopt;
    const bool all = m_showMatched->isChecked();
    m_bankLines.clear();
    for (const BankLine &line : matcher.statementLines(statementId))
        if (all || line.matchGroup == 0)
            m_bankLines.append(line);
    // The books up to the statement's last day and a little after: what
    // the bank shows late in the month the books may have early next month.
    const QDate upTo = stored ? stored->value(QStringLiteral("date_to")).toDate().addDays(10) : QDate();
    m_bookLines = matcher.bookLines(account(), matcher.reconcilingSince(account()), upTo, all);

    const QColor matchedText = palette().color(QPalette::Disabled, QPalette::Text);
    m_bankTable->setRowCount(int(m_bankLines.size()));
    for (int r = 0; r < m_bankLines.size(); ++r) {
        const BankLine &line = m_bankLines.at(r);
        const QList<QTableWidgetItem *> cells{
            item(line.date.toString(Qt::ISODate), line.id), item(line.summary), item(line.counterparty),
            item(line.reference), item(amountText(line.amountIn), 0, true), item(amountText(line.amountOut), 0, true),
            item(line.matchGroup ? tr("#%1").arg(line.matchGroup) : QString())};
        for (int c = 0; c < cells.size(); ++c) {
            if (line.matchGroup)
                cells.at(c)->setForeground(matchedText);
            m_bankTable->setItem(r, c, cells.at(c));
        }
    }
    m_bookTable->setRowCount(int(m_bookLines.size()));
    for (int r = 0; r < m_bookLines.size(); ++r) {
        const BookLine &line = m_bookLines.at(r);
        QString summary = line.summary;
        if (!line.partner.isEmpty() && !summary.contains(line.partner))
            summary += QStringLiteral(" · ") + line.partner;
        const QList<QTableWidgetItem *> cells{
            item(line.date.toString(Qt::ISODate), line.id), item(summary),
            voucherItem(line.voucherReference, line.posted),
            item(amountText(line.debit), 0, true), item(amountText(line.credit), 0, true),
            item(line.matchGroup ? tr("#%1").arg(line.matchGroup) : QString())};
        for (int c = 0; c < cells.size(); ++c) {
            if (line.matchGroup)
                cells.at(c)->setForeground(matchedText);
            m_bookTable->setItem(r, c, cells.at(c));
        }
    }
    // Dates, references and amounts as wide as they are; the summary takes
    // what is left, so the amounts never scroll out of sight.
    for (QTableWidget *table : {m_bankTable, m_bookTable}) {
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < table->columnCount(); ++c)
            header->setSectionResizeMode(c, c == SummaryColumn ? QHeaderView::Stretch : QHeaderView::Interactive);
        table->resizeColumnsToContents();
        const int last = table->columnCount() - 1;   // the match number: "#12"
        for (int c = 1; c < last; ++c)
            if (c != SummaryColumn)
                table->setColumnWidth(c, std::min(table->columnWidth(c) + 8, 120));
        // Only matched lines have a match number to show.
        table->setColumnHidden(last, !all);
    }

    if (stored) {
        const QList<BankLine> every = matcher.statementLines(statementId);
        const qsizetype open = std::count_if(every.cbegin(), every.cend(), [](const BankLine &l) { return l.matchGroup == 0; });
        m_statementInfo->setText(tr("%1 to %2 · opening balance %3 · closing balance %4 · %5 lines, %6 not matched")
                                     .arg(stored->value(QStringLiteral("date_from")).toDate().toString(Qt::ISODate),
                                          stored->value(QStringLiteral("date_to")).toDate().toString(Qt::ISODate),
                                          MoneyFormat::money(stored->value(QStringLiteral("opening_balance")).toLongLong()),
                                          MoneyFormat::money(stored->value(QStringLiteral("closing_balance")).toLongLong()))
                                     .arg(every.size())
                                     .arg(open));
    } else {
        m_statementInfo->setText(tr("Import the bank's statement (Ctrl+I) to reconcile this account."));
    }
    for (const QString &name : {QStringLiteral("auto"), QStringLiteral("match"), QStringLiteral("unmatch"),
                                QStringLiteral("report")})
        m_actions.value(name)->setEnabled(stored.has_value());
    updateTotals();
}

void BankReconciliationPage::showPartners()
{
    // One matched statement line chosen: the book lines it was matched
    // with are selected beside it.
    const QModelIndexList rows = m_bankTable->selectionModel()->selectedRows();
    const qint64 group = rows.size() == 1 ? m_bankLines.value(rows.constFirst().row()).matchGroup : 0;
    if (!group)
        return;
    m_bookTable->clearSelection();
    for (int r = 0; r < m_bookLines.size(); ++r)
        if (m_bookLines.at(r).matchGroup == group)
            m_bookTable->selectionModel()->select(m_bookTable->model()->index(r, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QList<qint64> BankReconciliationPage::selectedIds(QTableWidget *table) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids.append(table->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void BankReconciliationPage::updateTotals()
{
    qint64 bank = 0, book = 0;
    int bankCount = 0, bookCount = 0;
    for (const QModelIndex &index : m_bankTable->selectionModel()->selectedRows()) {
        bank += m_bankLines.value(index.row()).signedAmount();
        ++bankCount;
    }
    for (const QModelIndex &index : m_bookTable->selectionModel()->selectedRows()) {
        book += m_bookLines.value(index.row()).signedAmount();
        ++bookCount;
    }
    m_totals->setText(tr("Selected statement lines: %1, total %2 · book lines: %3, total %4 · difference %5")
                          .arg(bankCount)
                          .arg(MoneyFormat::money(bank))
                          .arg(bookCount)
                          .arg(MoneyFormat::money(book), MoneyFormat::money(bank - book)));
}

void BankReconciliationPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e0a8a3; "
                                                      "border-radius: 4px; padding: 6px; color: #8a1c12; }")
                                     : QStringLiteral("QLabel { background: #e8f4ea; border: 1px solid #a9d3b1; "
                                                      "border-radius: 4px; padding: 6px; color: #1e5b2c; }"));
    m_message->setVisible(!text.isEmpty());
}

BankMatcher::Outcome BankReconciliationPage::autoMatch()
{
    const BankMatcher::Outcome outcome = BankMatcher(m_records).autoMatch(statement());
    if (!outcome.result.ok())
        say(outcome.result.message, true);
    else if (outcome.ambiguous > 0)
        say(tr("Lines matched: %1. Lines with more than one equally good book line, to match by hand: %2.")
                .arg(outcome.matched)
                .arg(outcome.ambiguous),
            false);
    else
        say(tr("Lines matched: %1.").arg(outcome.matched), false);
    fillLines();
    return outcome;
}

Records::Result BankReconciliationPage::matchSelected()
{
    const Records::Result result = BankMatcher(m_records).match(selectedIds(m_bankTable), selectedIds(m_bookTable));
    say(result.ok() ? tr("Matched as #%1.").arg(result.id) : result.message, !result.ok());
    if (result.ok())
        fillLines();
    return result;
}

Records::Result BankReconciliationPage::unmatchSelected()
{
    const Records::Result result = BankMatcher(m_records).unmatch(selectedIds(m_bankTable));
    say(result.ok() ? tr("The match was undone.") : result.message, !result.ok());
    if (result.ok())
        fillLines();
    return result;
}

void BankReconciliationPage::importStatement()
{
    BankStatementImportDialog dialog(m_records, account(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    say(dialog.summary(), false);
    fillAccounts();
    setAccount(dialog.importedAccount());
    fillStatements(dialog.importedStatement());
}

void BankReconciliationPage::showReport()
{
    QDialog dialog(this);
    dialog.setWindowTitle(m_report.title());
    auto *view = new ReportView(m_records, m_report, &dialog);
    view->setParameterValue(QStringLiteral("statement"), statement());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(1000, 640);
    view->run();
    dialog.exec();
}

} // namespace Backroom::Finance
