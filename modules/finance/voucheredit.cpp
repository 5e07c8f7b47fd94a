#include "voucheredit.h"

#include "accountdirectory.h"
#include "amountinwords.h"
#include "dateedit.h"
#include "documentprinter.h"
#include "documentservice.h"
#include "financeentities.h"
#include "moneyformat.h"
#include "records.h"
#include "voucherlinedelegate.h"
#include "voucherlinesmodel.h"
#include "vouchertemplatedialog.h"
#include "vouchertemplatepicker.h"
#include "vouchertemplates.h"
#include "voucherprint.h"
#include "workflowbar.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom::Finance {

namespace {

bool sameContent(const Voucher &a, const Voucher &b)
{
    return a.word == b.word && a.date == b.date && a.attachments == b.attachments && a.lines == b.lines;
}

bool isKey(const QKeyEvent *event, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    return event->key() == key && (event->modifiers() & ~Qt::KeypadModifier) == modifiers;
}

// Keys this screen takes even where the window has a shortcut of its own:
// Ctrl+Shift+N is also the main window's New Company, and while a voucher is
// being entered it means Save & New, as in Kingdee. Ctrl+P is also the
// window's File > Print, and Ctrl+Shift+P the voucher list's preview: here
// they print this voucher, saving it first, with this screen's template.
bool isScreenKey(const QKeyEvent *event)
{
    return isKey(event, Qt::Key_S, Qt::ControlModifier) || isKey(event, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier)
           || isKey(event, Qt::Key_P, Qt::ControlModifier) || isKey(event, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier)
           || isKey(event, Qt::Key_F7, Qt::NoModifier) || isKey(event, Qt::Key_T, Qt::ControlModifier);
}

const char *const printTemplateKey = "finance/voucherPrintTemplate";

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace

VoucherEdit::VoucherEdit(Records &records, QWidget *parent)
    : RecordEditor(parent)
    , m_records(records)
    , m_accounts(std::make_unique<AccountDirectory>(records.database()))
{
    setObjectName(QStringLiteral("voucherEdit"));
    build();
    newRecord();
    // Someone edited the chart: names and the dimensions accounts ask for
    // may have changed.
    connect(&m_records, &Records::changed, this, [this](const QString &entityId, qint64) {
        if (entityId == FinanceEntities::account()) {
            m_accounts->clear();
            m_grid->viewport()->update();
        }
    });
}

VoucherEdit::~VoucherEdit()
{
    // The grid's open editor may commit while it is torn down; it must find
    // the model and the account directory still there.
    delete m_grid;
    m_grid = nullptr;
}

QString VoucherEdit::entityId() const
{
    return FinanceEntities::voucher();
}

qint64 VoucherEdit::recordId() const
{
    return m_voucher.id;
}

QString VoucherEdit::title() const
{
    return m_voucher.id > 0 ? tr("Voucher %1").arg(m_voucher.displayNumber()) : tr("New voucher");
}

QAction *VoucherEdit::action(const QString &name) const
{
    return m_actions.value(name);
}

void VoucherEdit::build()
{
    const auto makeAction = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon,
                                  const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(style()->standardIcon(icon));
        action->setToolTip(tip);
        action->setObjectName(QStringLiteral("voucher-") + name);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    const QString save = QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText);
    const QString saveNew = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    // The keys are handled in keyPressEvent, not as action shortcuts, so they
    // work wherever the focus is on this screen and beat the window's own.
    m_toolBar->addAction(makeAction(QStringLiteral("back"), tr("Back to List"), QStyle::SP_ArrowBack,
                                   tr("Back to the list (Esc)"), [this] { requestClose(); }));
    m_toolBar->addSeparator();
    m_toolBar->addAction(makeAction(QStringLiteral("save"), tr("Save"), QStyle::SP_DialogSaveButton,
                                   tr("Save (%1)").arg(save), [this] { this->save(); }));
    m_toolBar->addAction(makeAction(QStringLiteral("saveNew"), tr("Save && New"), QStyle::SP_FileIcon,
                                   tr("Save and start the next voucher (%1)").arg(saveNew), [this] { saveAndNew(); }));
    m_workflowSeparator = m_toolBar->addSeparator();
    m_toolBar->addAction(makeAction(QStringLiteral("review"), tr("Review"), QStyle::SP_DialogApplyButton,
                                   tr("Review (审核) the voucher; someone other than its preparer must"),
                                   [this] { review(); }));
    m_toolBar->addAction(makeAction(QStringLiteral("unreview"), tr("Cancel Review"), QStyle::SP_DialogCancelButton,
                                   tr("Back to draft, so the voucher can be changed"), [this] { cancelReview(); }));
    m_toolBar->addAction(makeAction(QStringLiteral("post"), tr("Post"), QStyle::SP_DialogOkButton,
                                   tr("Post (记账) the reviewed voucher to the books"), [this] { post(); }));
    m_correctionSeparator = m_toolBar->addSeparator();
    m_toolBar->addAction(makeAction(QStringLiteral("reverse"), tr("Reverse"), QStyle::SP_BrowserReload,
                                   tr("Correct a posted voucher with a red reversing voucher (红字冲销)"),
                                   [this] { reverse(); }));
    m_toolBar->addAction(makeAction(QStringLiteral("copy"), tr("Copy"), QStyle::SP_CustomBase,
                                   tr("A new draft with the same lines, dated today"), [this] { copy(); }));
    // 常用凭证: recurring entries kept by name and entered again from the
    // picker; F7 as in Kingdee, Ctrl+T as the menu's "template".
    const QString fromTemplateKey = QKeySequence(Qt::Key_F7).toString(QKeySequence::NativeText);
    QAction *fromTemplate = makeAction(QStringLiteral("fromTemplate"), tr("New from Template…"), QStyle::SP_CustomBase,
                                       tr("A new voucher from a saved template (%1 or %2)")
                                           .arg(fromTemplateKey, QKeySequence(Qt::CTRL | Qt::Key_T)
                                                                     .toString(QKeySequence::NativeText)),
                                       [this] { newFromTemplate(); });
    fromTemplate->setShortcut(QKeySequence(Qt::Key_F7));
    fromTemplate->setShortcutContext(Qt::WidgetShortcut);
    QAction *saveTemplate = makeAction(QStringLiteral("saveTemplate"), tr("Save as Template…"), QStyle::SP_CustomBase,
                                       tr("Keep this voucher's lines as a template for recurring entries"),
                                       [this] { saveAsTemplate(); });
    auto *templateMenu = new QMenu(this);
    templateMenu->addAction(fromTemplate);
    templateMenu->addAction(saveTemplate);
    auto *templateButton = new QToolButton(m_toolBar);
    templateButton->setObjectName(QStringLiteral("voucherTemplates"));
    templateButton->setDefaultAction(fromTemplate);
    templateButton->setText(tr("Templates"));
    templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    templateButton->setPopupMode(QToolButton::MenuButtonPopup);
    templateButton->setMenu(templateMenu);
    m_toolBar->addWidget(templateButton);

    // 打印: the voucher on paper, through the document service like every
    // record, with the template chosen here (plain paper or pre-printed
    // voucher paper).
    m_toolBar->addSeparator();
    const QString print = QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText);
    const QString preview = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText);
    QAction *previewAction = makeAction(QStringLiteral("preview"), tr("Print Preview…"), QStyle::SP_FileDialogContentsView,
                                        tr("See the voucher as it will be printed (%1)").arg(preview),
                                        [this] { printPreview(); });
    QAction *printAction = makeAction(QStringLiteral("print"), tr("Print…"), QStyle::SP_CustomBase,
                                      tr("Print the voucher (%1)").arg(print), [this] { printVoucher(); });
    QAction *pdfAction = makeAction(QStringLiteral("pdf"), tr("Save as PDF…"), QStyle::SP_CustomBase,
                                    tr("Save the printed voucher as a PDF file"), [this] { savePdf(); });
    // The keys are this screen's (keyPressEvent); the menu shows them.
    previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    printAction->setShortcut(QKeySequence::Print);
    for (QAction *action : {previewAction, printAction})
        action->setShortcutContext(Qt::WidgetShortcut);
    auto *printMenu = new QMenu(this);
    printMenu->addAction(previewAction);
    printMenu->addAction(printAction);
    printMenu->addAction(pdfAction);
    printMenu->addSeparator();
    QMenu *templates = printMenu->addMenu(tr("Template"));
    templates->setObjectName(QStringLiteral("voucherPrintTemplates"));
    connect(templates, &QMenu::aboutToShow, this, [this, templates] { fillTemplateMenu(templates); });
    auto *printButton = new QToolButton(m_toolBar);
    printButton->setObjectName(QStringLiteral("voucherPrint"));
    printButton->setDefaultAction(previewAction);
    printButton->setText(tr("Print"));
    printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    printButton->setPopupMode(QToolButton::MenuButtonPopup);
    printButton->setMenu(printMenu);
    m_printButton = m_toolBar->addWidget(printButton);
    m_printTemplate = QSettings().value(QLatin1String(printTemplateKey), VoucherPrint::plainTemplate()).toString();

    m_model = new VoucherLinesModel(m_records, *m_accounts, this);
    m_delegate = new VoucherLineDelegate(m_records, *m_accounts, *m_model, this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("voucherLines"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_grid->setWordWrap(false);
    m_grid->setCornerButtonEnabled(false);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tall rows, as on the paper voucher and in Kingdee: Chinese text needs
    // the room, and a clerk reads the figures across.
    const int rowHeight = fontMetrics().height() + 14;
    m_grid->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_grid->setMinimumHeight(rowHeight * 7 + m_grid->horizontalHeader()->sizeHint().height());
    QHeaderView *header = m_grid->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // 摘要 and 科目 share what the amounts leave, as on the paper form.
    header->setSectionResizeMode(VoucherLinesModel::Summary, QHeaderView::Stretch);
    header->setSectionResizeMode(VoucherLinesModel::Account, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const int amountWidth = fontMetrics().horizontalAdvance(QStringLiteral("999,999,999.99")) + 28;
    for (int column : {int(VoucherLinesModel::Department), int(VoucherLinesModel::Partner), int(VoucherLinesModel::Person)})
        header->resizeSection(column, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11);
    header->resizeSection(VoucherLinesModel::Debit, amountWidth);
    header->resizeSection(VoucherLinesModel::Credit, amountWidth);
    header->resizeSection(VoucherLinesModel::Currency,
                          std::max(fontMetrics().horizontalAdvance(QStringLiteral("MMMM")),
                                   fontMetrics().horizontalAdvance(
                                       m_model->headerData(VoucherLinesModel::Currency, Qt::Horizontal).toString()))
                              + 16);
    header->resizeSection(VoucherLinesModel::Foreign, fontMetrics().horizontalAdvance(QStringLiteral("99,999,999.99")) + 20);
    header->resizeSection(VoucherLinesModel::Rate, fontMetrics().horizontalAdvance(QStringLiteral("999.999999")) + 20);
    m_grid->installEventFilter(this);
    // A line taking a foreign-currency account starts at the rate of the
    // voucher's day.
    m_model->setDateSource([this] { return m_date ? m_date->value() : QDate(); });

    connect(m_model, &VoucherLinesModel::linesChanged, this, [this] {
        updateTotals();
        updateColumns();
    });
    connect(m_delegate, &VoucherLineDelegate::advanceRequested, this, &VoucherEdit::advance);
    connect(m_delegate, &VoucherLineDelegate::balanceRequested, this, &VoucherEdit::balanceAt);
    connect(m_delegate, &VoucherLineDelegate::amountMoved, this, [this](const QModelIndex &to) {
        if (to.isValid())
            m_grid->setCurrentIndex(to);
    });
    connect(m_delegate, &VoucherLineDelegate::removeLineRequested, this, &VoucherEdit::removeLine);
    connect(m_delegate, &VoucherLineDelegate::inputProblem, this, [this](const QString &message) {
        showMessage(message);
    });
    connect(header, &QHeaderView::sectionResized, this, [this] { layoutFooter(); });
    connect(header, &QHeaderView::geometriesChanged, this, [this] { layoutFooter(); });

    m_problemBox = new QFrame(this);
    m_problemBox->setObjectName(QStringLiteral("voucherProblems"));
    m_problemBox->setStyleSheet(QStringLiteral("#voucherProblems { background: #fdecea; border: 1px solid #e0a8a3; "
                                               "border-radius: 4px; } #voucherProblems QLabel { color: #8a1c12; }"));
    auto *problemLayout = new QHBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(10, 6, 10, 6);
    auto *problemIcon = new QLabel(m_problemBox);
    problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    m_problems = new QLabel(m_problemBox);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_problems, 1);
    m_problemBox->hide();

    auto *bottom = new QHBoxLayout;
    m_people = mutedLabel(QString(), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("voucherMessage"));
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_message->setWordWrap(true);
    bottom->addWidget(m_people, 1);
    bottom->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 8, 16, 12);
    body->setSpacing(8);
    body->addWidget(buildHeader());
    auto *gridBlock = new QVBoxLayout;
    gridBlock->setSpacing(0);
    gridBlock->addWidget(m_grid, 1);
    gridBlock->addWidget(buildFooter());
    body->addLayout(gridBlock, 1);
    body->addWidget(m_problemBox);
    body->addLayout(bottom);
    layout->addLayout(body, 1);
}

QWidget *VoucherEdit::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // The title the paper form prints, centred; the state on the right.
    auto *titleRow = new QHBoxLayout;
    m_badge = new QLabel(header);
    m_badge->setObjectName(QStringLiteral("voucherState"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_lockHint = mutedLabel(QString(), header);
    m_heading = new QLabel(tr("Accounting Voucher"), header);
    m_heading->setObjectName(QStringLiteral("voucherHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    auto *left = new QWidget(header);
    auto *right = new QWidget(header);
    auto *rightLayout = new QHBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addStretch(1);
    rightLayout->addWidget(m_badge);
    titleRow->addWidget(left, 1);
    titleRow->addWidget(m_heading);
    titleRow->addWidget(right, 1);
    layout->addLayout(titleRow);

    auto *fields = new QHBoxLayout;
    fields->setSpacing(6);
    m_word = new QComboBox(header);
    m_word->setObjectName(QStringLiteral("voucherWord"));
    m_word->addItems(FinanceEntities::voucherWords());
    m_word->setToolTip(tr("Voucher word: 记 for all, or 收 receipts, 付 payments, 转 transfers"));
    m_number = new QLabel(header);
    m_number->setObjectName(QStringLiteral("voucherNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("记-00000")) + 8);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    m_number->setFont(numberFont);
    m_date = new DateEdit(DateEdit::Mode::Date, header);
    m_date->setObjectName(QStringLiteral("voucherDate"));
    m_attachments = new QSpinBox(header);
    m_attachments->setObjectName(QStringLiteral("voucherAttachments"));
    m_attachments->setRange(0, 9999);
    m_attachments->setToolTip(tr("How many source documents (receipts, invoices) are clipped to the voucher"));
    m_attachments->setAlignment(Qt::AlignRight);
    auto *wordLabel = new QLabel(tr("&Word"), header);
    wordLabel->setBuddy(m_word);
    auto *dateLabel = new QLabel(tr("&Date"), header);
    dateLabel->setBuddy(m_date);
    auto *attachmentsLabel = new QLabel(tr("Attachments"), header);
    attachmentsLabel->setBuddy(m_attachments);
    fields->addWidget(wordLabel);
    fields->addWidget(m_word);
    fields->addSpacing(4);
    fields->addWidget(new QLabel(tr("No."), header));
    fields->addWidget(m_number);
    fields->addSpacing(8);
    fields->addWidget(m_lockHint);
    fields->addStretch(1);
    fields->addWidget(dateLabel);
    fields->addWidget(m_date);
    fields->addStretch(1);
    fields->addWidget(attachmentsLabel);
    fields->addWidget(m_attachments);
    fields->addWidget(new QLabel(tr("sheet(s)", "after the number of attached documents"), header));
    layout->addLayout(fields);
    // The header's own keys: Enter in a header field goes on to the lines.
    for (QWidget *field : {static_cast<QWidget *>(m_word), static_cast<QWidget *>(m_date),
                           static_cast<QWidget *>(m_attachments)})
        field->installEventFilter(this);
    return header;
}

QWidget *VoucherEdit::buildFooter()
{
    // The totals row sits under the grid like its last line, each total
    // under its own column (placed by layoutFooter()).
    m_footer = new QFrame(this);
    m_footer->setObjectName(QStringLiteral("voucherTotals"));
    m_footer->setStyleSheet(QStringLiteral("#voucherTotals { background: palette(alternate-base); "
                                           "border: 1px solid palette(mid); border-top: none; }"));
    m_footer->setFixedHeight(fontMetrics().height() + 16);
    m_words = new QLabel(m_footer);
    m_words->setObjectName(QStringLiteral("voucherWords"));
    m_difference = new QLabel(m_footer);
    m_difference->setObjectName(QStringLiteral("voucherDifference"));
    m_difference->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_debitTotal = new QLabel(m_footer);
    m_creditTotal = new QLabel(m_footer);
    for (QLabel *label : {m_debitTotal, m_creditTotal}) {
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }
    m_debitTotal->setObjectName(QStringLiteral("voucherDebitTotal"));
    m_creditTotal->setObjectName(QStringLiteral("voucherCreditTotal"));
    return m_footer;
}

void VoucherEdit::layoutFooter()
{
    if (!m_footer || !m_grid)
        return;
    const int offset = m_grid->frameWidth() + m_grid->verticalHeader()->width();
    const int height = m_footer->height();
    const auto columnRect = [&](int column) {
        const int x = offset + m_grid->columnViewportPosition(column);
        return QRect(x, 0, m_grid->columnWidth(column), height);
    };
    const int padding = 6;
    m_debitTotal->setGeometry(columnRect(VoucherLinesModel::Debit).adjusted(0, 0, -padding, 0));
    m_creditTotal->setGeometry(columnRect(VoucherLinesModel::Credit).adjusted(0, 0, -padding, 0));
    // Words and difference share what lies left of the amounts.
    const int amountsLeft = columnRect(VoucherLinesModel::Debit).left();
    const int differenceWidth = std::min(m_difference->sizeHint().width() + 2 * padding, amountsLeft / 2);
    m_difference->setGeometry(amountsLeft - differenceWidth, 0, differenceWidth - padding, height);
    m_words->setGeometry(padding, 0, std::max(0, amountsLeft - differenceWidth - padding), height);
}

void VoucherEdit::resizeEvent(QResizeEvent *event)
{
    RecordEditor::resizeEvent(event);
    layoutFooter();
}

void VoucherEdit::showEvent(QShowEvent *event)
{
    RecordEditor::showEvent(event);
    layoutFooter();
    // The cursor waits in the first empty summary, as in Kingdee.
    if (!m_grid->currentIndex().isValid())
        m_grid->setCurrentIndex(m_model->index(0, VoucherLinesModel::Summary));
    m_grid->setFocus(Qt::OtherFocusReason);
}

QWidget *VoucherEdit::cellEditor() const
{
    // Editors open only on the current cell (Enter, typing, a double click).
    return m_grid ? m_grid->indexWidget(m_grid->currentIndex()) : nullptr;
}

// --- Loading and state -----------------------------------------------------

bool VoucherEdit::openRecord(qint64 id)
{
    const std::optional<Voucher> loaded = VoucherBook(m_records).load(id);
    if (!loaded)
        return false;
    display(*loaded);
    m_message->clear();
    return true;
}

void VoucherEdit::newRecord()
{
    Voucher voucher;
    voucher.date = QDate::currentDate();
    voucher.word = FinanceEntities::voucherWords().constFirst();
    voucher.state = FinanceEntities::draft();
    voucher.preparedBy = m_records.userName();
    display(voucher);
    m_message->clear();
}

void VoucherEdit::display(const Voucher &voucher)
{
    if (QWidget *editor = cellEditor())
        m_delegate->discard(editor);
    m_voucher = voucher;
    {
        const QSignalBlocker wordBlocker(m_word);
        const QSignalBlocker dateBlocker(m_date);
        const QSignalBlocker attachmentsBlocker(m_attachments);
        m_word->setCurrentIndex(std::max(0, m_word->findText(voucher.word)));
        m_date->setValue(voucher.date);
        m_attachments->setValue(voucher.attachments);
    }
    m_model->setLines(voucher.lines);
    clearProblems();
    setReadOnly(!voucher.state.isEmpty() && voucher.state != FinanceEntities::draft());
    // The row to type into means nothing on a voucher that cannot change.
    m_grid->setRowHidden(m_model->rowCount() - 1, m_readOnly);
    updateHeader();
    updateActions();
    m_grid->setCurrentIndex(m_model->index(0, VoucherLinesModel::Summary));
    m_grid->scrollToTop();
    emit titleChanged();
}

Voucher VoucherEdit::voucher() const
{
    Voucher voucher = m_voucher;
    voucher.word = m_word->currentText();
    voucher.date = m_date->value();
    voucher.attachments = m_attachments->value();
    voucher.lines = m_model->enteredLines();
    return voucher;
}

bool VoucherEdit::isDirty() const
{
    return !m_readOnly && !sameContent(voucher(), m_voucher);
}

QString VoucherEdit::numberText() const
{
    return m_number->text();
}

QString VoucherEdit::stateText() const
{
    return m_badge->text();
}

QString VoucherEdit::problemText() const
{
    return m_problemBox->isHidden() ? QString() : m_problems->text();
}

QString VoucherEdit::messageText() const
{
    return m_message->text();
}

QString VoucherEdit::debitTotalText() const
{
    return m_debitTotal->text();
}

QString VoucherEdit::creditTotalText() const
{
    return m_creditTotal->text();
}

QString VoucherEdit::differenceText() const
{
    return m_difference->text();
}

QString VoucherEdit::wordsText() const
{
    return m_words->text();
}

void VoucherEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_grid->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                                           | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_word->setEnabled(!readOnly);
    m_date->setReadOnly(readOnly);
    m_attachments->setReadOnly(readOnly);
}

void VoucherEdit::updateHeader()
{
    m_number->setText(m_voucher.number > 0 ? m_voucher.displayNumber() : tr("new"));
    const QString state = m_voucher.state.isEmpty() ? FinanceEntities::draft() : m_voucher.state;
    const Entity *entity = m_records.entity(FinanceEntities::voucher());
    const Workflow *workflow = entity ? entity->workflow() : nullptr;
    const Workflow::State *declared = workflow ? workflow->findState(state) : nullptr;
    const Workflow::Tone tone = declared ? declared->tone : Workflow::Tone::Neutral;
    m_badge->setText(workflow ? workflow->stateLabel(state) : state);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                                          "font-weight: bold; }")
                               .arg(WorkflowBar::toneBackground(tone).name(), WorkflowBar::toneForeground(tone).name()));
    if (state == FinanceEntities::reviewed())
        m_lockHint->setText(tr("Reviewed: cancel the review to change it."));
    else if (state == FinanceEntities::posted())
        m_lockHint->setText(tr("Posted: a mistake is corrected with a red reversing voucher."));
    else
        m_lockHint->clear();
    // A voucher another document made says which, so the clerk corrects
    // that document rather than the voucher.
    if (m_voucher.kind == QLatin1String("generated") && !m_voucher.sourceNumber.isEmpty())
        m_lockHint->setText(
            (m_lockHint->text() + QLatin1Char(' ') + tr("Made from %1.").arg(m_voucher.sourceNumber)).trimmed());
    if (m_voucher.reverses > 0) {
        const std::optional<Voucher> original = VoucherBook(m_records).load(m_voucher.reverses);
        m_heading->setText(tr("Accounting Voucher (red, reverses %1)")
                               .arg(original ? original->displayNumber() : QString::number(m_voucher.reverses)));
    } else {
        m_heading->setText(tr("Accounting Voucher"));
    }

    // 制单 / 审核 / 记账: who prepared, reviewed and posted it, as the
    // paper voucher's foot says.
    QString reviewer;
    QString poster;
    if (m_voucher.id > 0) {
        for (const Workflow::HistoryEntry &entry : m_records.transitionHistory(FinanceEntities::voucher(), m_voucher.id)) {
            if (entry.toState == FinanceEntities::reviewed())
                reviewer = entry.user;
            else if (entry.toState == FinanceEntities::posted())
                poster = entry.user;
            else if (entry.toState == FinanceEntities::draft())
                reviewer.clear();
        }
    }
    const QString none = QStringLiteral("—");
    m_people->setText(tr("Prepared by: %1").arg(m_voucher.preparedBy.isEmpty() ? none : m_voucher.preparedBy)
                      + QStringLiteral("      ") + tr("Reviewed by: %1").arg(reviewer.isEmpty() ? none : reviewer)
                      + QStringLiteral("      ") + tr("Posted by: %1").arg(poster.isEmpty() ? none : poster));
    updateTotals();
    updateColumns();
}

void VoucherEdit::updateTotals()
{
    const qint64 debit = m_model->totalDebit();
    const qint64 credit = m_model->totalCredit();
    const qint64 difference = debit - credit;
    m_debitTotal->setText(MoneyFormat::money(debit));
    m_creditTotal->setText(MoneyFormat::money(credit));
    m_difference->setText(tr("Difference: %1").arg(MoneyFormat::money(difference)));
    m_difference->setStyleSheet(difference != 0 ? QStringLiteral("color: #c62828; font-weight: bold;")
                                                : QStringLiteral("color: palette(placeholder-text);"));
    // 合计：人民币 壹佰元整 — the capitals guard the figures, and only a
    // balanced voucher has one total to write out.
    if (difference == 0 && debit != 0)
        m_words->setText(tr("Total: RMB %1").arg(AmountInWords::chineseCapital(debit)));
    else
        m_words->setText(tr("Total"));
    layoutFooter();
}

void VoucherEdit::updateColumns()
{
    for (int column : {int(VoucherLinesModel::Department), int(VoucherLinesModel::Partner), int(VoucherLinesModel::Person),
                       int(VoucherLinesModel::Currency), int(VoucherLinesModel::Foreign), int(VoucherLinesModel::Rate)})
        m_grid->setColumnHidden(column, !m_model->isColumnNeeded(column));
    layoutFooter();
}

void VoucherEdit::updateActions()
{
    const QString state = m_voucher.state.isEmpty() ? FinanceEntities::draft() : m_voucher.state;
    const bool saved = m_voucher.id > 0;
    m_actions.value(QStringLiteral("save"))->setEnabled(!m_readOnly);
    m_actions.value(QStringLiteral("saveNew"))->setEnabled(!m_readOnly);
    m_actions.value(QStringLiteral("review"))->setVisible(saved && state == FinanceEntities::draft());
    m_actions.value(QStringLiteral("unreview"))->setVisible(state == FinanceEntities::reviewed());
    m_actions.value(QStringLiteral("post"))->setVisible(state == FinanceEntities::reviewed());
    m_actions.value(QStringLiteral("reverse"))->setVisible(state == FinanceEntities::posted());
    m_actions.value(QStringLiteral("copy"))->setVisible(saved);
    m_workflowSeparator->setVisible(saved && state != FinanceEntities::posted());
    // The document service refuses a print without the permission; the
    // screen does not offer it either.
    m_printButton->setVisible(m_records.allows(QStringLiteral("print"), FinanceEntities::voucher()));
    m_correctionSeparator->setVisible(saved);
}

// --- Messages --------------------------------------------------------------

void VoucherEdit::showMessage(const QString &text)
{
    m_message->setText(text);
}

void VoucherEdit::clearProblems()
{
    m_problems->clear();
    m_problemBox->hide();
    m_model->setProblemCells({});
}

void VoucherEdit::showProblems(const Records::Result &result, const QList<int> &rows)
{
    QStringList texts;
    QSet<QPair<int, int>> cells;
    QModelIndex first;
    bool dateProblem = false;
    for (const Records::FieldError &error : result.fieldErrors) {
        texts.append(error.message);
        const QStringList parts = error.field.split(QLatin1Char('/'));
        if (parts.size() == 3 && parts.at(0) == QLatin1String("lines")) {
            const int line = parts.at(1).toInt();
            const int column = VoucherLinesModel::columnOfField(parts.at(2));
            if (line >= 1 && line <= rows.size() && column >= 0) {
                const int row = rows.at(line - 1);
                cells.insert({row, column});
                if (!first.isValid())
                    first = m_model->index(row, column);
            }
        } else if (error.field == QLatin1String("date")) {
            dateProblem = true;
        }
    }
    if (texts.isEmpty())
        texts.append(result.message);
    // A long list would push the grid away; the shaded cells show the rest.
    constexpr int shown = 5;
    const int more = int(texts.size()) - shown;
    if (more > 0) {
        texts = texts.mid(0, shown);
        texts.append(tr("…and %n more.", nullptr, more));
    }
    QString html;
    for (const QString &text : std::as_const(texts))
        html += QStringLiteral("<div>%1</div>").arg(text.toHtmlEscaped());
    m_problems->setText(html);
    // A word-wrapped label in a nested layout gets less height than its
    // text needs unless it asks for it.
    m_problems->setMinimumHeight(m_problems->heightForWidth(std::max(200, width() - 100)));
    m_problemBox->show();
    m_model->setProblemCells(cells);
    if (first.isValid()) {
        m_grid->setColumnHidden(first.column(), false);
        m_grid->setCurrentIndex(first);
        m_grid->scrollTo(first);
        m_grid->setFocus(Qt::OtherFocusReason);
    } else if (dateProblem) {
        m_date->setFocus(Qt::OtherFocusReason);
    }
}

// --- Saving and the workflow ----------------------------------------------

bool VoucherEdit::commitOpenEditor()
{
    QWidget *editor = cellEditor();
    if (!editor)
        return true;
    // The summary offered to an empty row (the one above) is a suggestion
    // until the clerk goes on from it; saving or leaving does not take it.
    const QModelIndex cell = VoucherLineDelegate::cellOf(editor);
    const auto *text = qobject_cast<QLineEdit *>(editor);
    if (text && cell.column() == VoucherLinesModel::Summary) {
        const VoucherLine &line = m_model->line(cell.row());
        if (VoucherLinesModel::isBlank(line) && line.summary.isEmpty()
            && text->text() == m_model->summaryAbove(cell.row())) {
            m_delegate->discard(editor);
            return true;
        }
    }
    return m_delegate->finish(editor);
}

bool VoucherEdit::save()
{
    if (m_readOnly)
        return false;
    if (!commitOpenEditor())
        return false;
    QList<int> rows;
    Voucher voucher = this->voucher();
    voucher.lines = m_model->enteredLines(&rows);
    const Records::Result result = VoucherBook(m_records).save(voucher);
    if (!result.ok()) {
        showProblems(result, rows);
        showMessage(QString());
        return false;
    }
    openRecord(result.id);
    showMessage(tr("Saved as %1.").arg(m_voucher.displayNumber()));
    emit saved(result.id);
    return true;
}

bool VoucherEdit::saveAndNew()
{
    if (!save())
        return false;
    const QString number = m_voucher.displayNumber();
    newRecord();
    showMessage(tr("Saved as %1.").arg(number));
    beginEdit(m_model->index(0, VoucherLinesModel::Summary));
    return true;
}

bool VoucherEdit::review()
{
    return takeStep(QStringLiteral("review"));
}

bool VoucherEdit::cancelReview()
{
    return takeStep(QStringLiteral("unreview"));
}

bool VoucherEdit::post()
{
    return takeStep(QStringLiteral("post"));
}

bool VoucherEdit::takeStep(const QString &step)
{
    if (m_voucher.id <= 0)
        return false;
    // A draft is reviewed as it stands on screen, so pending edits go first.
    if (isDirty() && !save())
        return false;
    if (step == QLatin1String("post")) {
        const QString question = tr("Post %1 to the books? A posted voucher cannot be changed; a mistake is then "
                                    "corrected with a red reversing voucher.")
                                     .arg(m_voucher.displayNumber());
        const bool yes = m_confirm ? m_confirm(tr("Post Voucher"), question)
                                   : QMessageBox::question(this, tr("Post Voucher"), question) == QMessageBox::Yes;
        if (!yes)
            return false;
    }
    VoucherBook book(m_records);
    const Records::Result result = step == QLatin1String("review")   ? book.review(m_voucher.id, m_voucher.version)
                                   : step == QLatin1String("unreview") ? book.cancelReview(m_voucher.id, m_voucher.version)
                                                                       : book.post(m_voucher.id, m_voucher.version);
    if (!result.ok()) {
        // The refusal is the clerk's answer ("You prepared this voucher;
        // someone else must review it."), so it is shown as it is.
        Records::Result shown = result;
        shown.fieldErrors.clear();
        showProblems(shown, {});
        return false;
    }
    const qint64 id = m_voucher.id;
    openRecord(id);
    showMessage(step == QLatin1String("review")     ? tr("%1 reviewed.").arg(m_voucher.displayNumber())
                : step == QLatin1String("unreview") ? tr("Review of %1 cancelled.").arg(m_voucher.displayNumber())
                                                    : tr("%1 posted.").arg(m_voucher.displayNumber()));
    emit saved(id);
    return true;
}

bool VoucherEdit::reverse()
{
    if (m_voucher.id <= 0 || m_voucher.state != FinanceEntities::posted())
        return false;
    const QString original = m_voucher.displayNumber();
    const Records::Result result = VoucherBook(m_records).reverse(m_voucher.id, QDate::currentDate());
    if (!result.ok()) {
        showProblems(result, {});
        return false;
    }
    openRecord(result.id);
    showMessage(tr("Red voucher %1 reverses %2; review and post it to cancel the original.")
                    .arg(m_voucher.displayNumber(), original));
    emit saved(result.id);
    return true;
}

bool VoucherEdit::copy()
{
    if (m_voucher.id <= 0)
        return false;
    if (isDirty() && !canClose())
        return false;
    const QString original = m_voucher.displayNumber();
    const Records::Result result = VoucherBook(m_records).copy(m_voucher.id, QDate::currentDate());
    if (!result.ok()) {
        showProblems(result, {});
        return false;
    }
    openRecord(result.id);
    showMessage(tr("Copied from %1 as %2.").arg(original, m_voucher.displayNumber()));
    emit saved(result.id);
    return true;
}

bool VoucherEdit::saveAsTemplate()
{
    if (!m_readOnly && !commitOpenEditor())
        return false;
    const Voucher entered = voucher();
    QStringList categories;
    for (const VoucherTemplate &kept : VoucherTemplates(m_records).list())
        if (!kept.category.isEmpty() && !categories.contains(kept.category))
            categories.append(kept.category);
    const QString suggested = entered.lines.isEmpty() ? QString() : entered.lines.constFirst().summary.trimmed();
    VoucherTemplateDialog dialog(suggested, categories, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return saveAsTemplate(dialog.name(), dialog.category(), dialog.keepsAmounts());
}

bool VoucherEdit::saveAsTemplate(const QString &name, const QString &category, bool withAmounts)
{
    if (!m_readOnly && !commitOpenEditor())
        return false;
    const Records::Result result = VoucherTemplates(m_records).saveFrom(voucher(), name, category, withAmounts);
    if (!result.ok()) {
        // Problems with the name are the dialog's, not the grid's.
        Records::Result shown = result;
        shown.fieldErrors.clear();
        showProblems(shown, {});
        return false;
    }
    showMessage(withAmounts ? tr("Saved as template “%1”, with the amounts.").arg(name.trimmed())
                            : tr("Saved as template “%1”, without the amounts.").arg(name.trimmed()));
    return true;
}

bool VoucherEdit::newFromTemplate()
{
    if (!m_readOnly && !commitOpenEditor())
        return false;
    QString error;
    const QList<VoucherTemplate> templates = VoucherTemplates(m_records).list(&error);
    if (!error.isEmpty()) {
        showMessage(tr("The templates cannot be read: %1").arg(error));
        return false;
    }
    VoucherTemplatePicker picker(templates, this);
    if (picker.exec() != QDialog::Accepted || picker.chosenId() <= 0)
        return false;
    return startFromTemplate(picker.chosenId());
}

bool VoucherEdit::startFromTemplate(qint64 templateId)
{
    if (!m_readOnly && !commitOpenEditor())
        return false;
    // The date the clerk set on a new voucher is kept; from a saved one the
    // new draft is today's, as Copy does.
    const QDate date = m_voucher.id == 0 && m_date->value().isValid() ? m_date->value() : QDate::currentDate();
    QString refusal;
    const std::optional<Voucher> draft = VoucherTemplates(m_records).draft(templateId, date, &refusal);
    if (!draft) {
        Records::Result refused;
        refused.code = Records::Result::Code::Refused;
        refused.message = refusal;
        showProblems(refused, {});
        return false;
    }
    // A new voucher with nothing typed but its date has nothing to lose.
    const bool blank = m_voucher.id == 0 && voucher().lines.isEmpty();
    if (!blank && isDirty() && !canClose())
        return false;
    const std::optional<VoucherTemplate> kept = VoucherTemplates(m_records).load(templateId);
    display(*draft);
    // Not saved yet: leaving asks, as for any voucher typed in.
    m_voucher.lines.clear();
    showMessage(tr("New voucher from template “%1”.").arg(kept ? kept->name : QString()));
    // Without kept amounts the clerk types them next: the first line's debit.
    const bool amounts = std::any_of(draft->lines.cbegin(), draft->lines.cend(),
                                     [](const VoucherLine &line) { return line.debit != 0 || line.credit != 0; });
    m_grid->setCurrentIndex(m_model->index(0, amounts ? VoucherLinesModel::Summary : VoucherLinesModel::Debit));
    m_grid->setFocus(Qt::OtherFocusReason);
    emit titleChanged();
    return true;
}

bool VoucherEdit::canClose()
{
    if (!m_readOnly && !commitOpenEditor())
        return false;
    if (!isDirty())
        return true;
    const QString text = m_voucher.id == 0
                             ? tr("Save the new voucher before leaving?")
                             : tr("Save the changes to voucher %1 before leaving?").arg(m_voucher.displayNumber());
    const Answer answer = askToSave(text);
    switch (answer) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        // Back to the voucher as saved, so the screen never shows what was
        // not kept.
        display(m_voucher);
        return true;
    case Answer::Cancel:
        return false;
    }
    return false;
}

void VoucherEdit::requestClose()
{
    if (canClose())
        emit closeRequested();
}

// --- The keyboard ---------------------------------------------------------

void VoucherEdit::beginEdit(const QModelIndex &cell)
{
    if (!cell.isValid())
        return;
    m_grid->setCurrentIndex(cell);
    m_grid->scrollTo(cell);
    m_grid->setFocus(Qt::OtherFocusReason);
    if (!m_readOnly)
        m_grid->edit(cell);
}

void VoucherEdit::advance(const QModelIndex &from)
{
    if (!from.isValid() || m_readOnly)
        return;
    const int row = from.row();
    int nextRow = row;
    int nextColumn = VoucherLinesModel::Summary;
    // After the dimensions, a foreign-currency line's original amount and
    // rate; the local amount they make is then confirmed on its side.
    const auto localSide = [&] {
        return m_model->line(row).credit != 0 && m_model->line(row).debit == 0 ? int(VoucherLinesModel::Credit)
                                                                               : int(VoucherLinesModel::Debit);
    };
    const auto dimensionAfter = [&](int column) {
        for (int c = column + 1; c <= VoucherLinesModel::Person; ++c)
            if (m_model->needsDimension(row, c))
                return c;
        return m_model->needsForeign(row) ? int(VoucherLinesModel::Foreign) : localSide();
    };
    switch (from.column()) {
    case VoucherLinesModel::Summary:
        nextColumn = VoucherLinesModel::Account;
        break;
    case VoucherLinesModel::Account:
        nextColumn = dimensionAfter(VoucherLinesModel::Account);
        break;
    case VoucherLinesModel::Department:
    case VoucherLinesModel::Partner:
    case VoucherLinesModel::Person:
        nextColumn = dimensionAfter(from.column());
        break;
    case VoucherLinesModel::Foreign:
        nextColumn = VoucherLinesModel::Rate;
        break;
    case VoucherLinesModel::Rate:
        nextColumn = localSide();
        break;
    case VoucherLinesModel::Debit:
        // A debit entered: the line is done; the credit cell is skipped.
        if (m_model->line(row).debit != 0)
            ++nextRow;
        else
            nextColumn = VoucherLinesModel::Credit;
        break;
    default:
        ++nextRow;
        break;
    }
    nextRow = std::min(nextRow, m_model->rowCount() - 1);
    beginEdit(m_model->index(nextRow, nextColumn));
}

void VoucherEdit::balanceAt(const QModelIndex &cell)
{
    if (!cell.isValid() || m_readOnly)
        return;
    const QModelIndex filled = m_model->balance(cell.row(), cell.column());
    if (filled.isValid())
        m_grid->setCurrentIndex(filled);
    else
        showMessage(tr("The other lines already balance; there is no amount to fill in."));
    m_grid->setFocus(Qt::OtherFocusReason);
}

void VoucherEdit::removeLine(int row)
{
    if (m_readOnly)
        return;
    const int column = m_grid->currentIndex().isValid() ? m_grid->currentIndex().column() : 0;
    m_model->removeLine(row);
    m_grid->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
    m_grid->setFocus(Qt::OtherFocusReason);
}

// --- Printing --------------------------------------------------------------

void VoucherEdit::setPrintTemplate(const QString &name)
{
    m_printTemplate = name.isEmpty() ? VoucherPrint::plainTemplate() : name;
    QSettings().setValue(QLatin1String(printTemplateKey), m_printTemplate);
}

void VoucherEdit::fillTemplateMenu(QMenu *menu)
{
    // Filled when opened: a clerk may add a variant while the app runs.
    menu->clear();
    if (!m_documents)
        m_documents = std::make_unique<DocumentService>(m_records);
    const TemplateStore &store = m_documents->templates();
    auto *group = new QActionGroup(menu);
    for (const QString &name : store.namesFor(FinanceEntities::voucher())) {
        const DocumentTemplate loaded = store.load(name);
        QAction *choice = menu->addAction(
            tr("%1 (%2)").arg(loaded.isValid() ? loaded.title() : name, TemplateStore::originText(store.origin(name))));
        choice->setCheckable(true);
        choice->setChecked(name == m_printTemplate);
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, name] { setPrintTemplate(name); });
    }
}

QList<PrintDocument> VoucherEdit::printDocuments(QString *error) const
{
    if (m_voucher.id <= 0) {
        *error = tr("Save the voucher first; then it can be printed.");
        return {};
    }
    if (!m_documents)
        m_documents = std::make_unique<DocumentService>(m_records);
    return m_documents->recordDocuments(FinanceEntities::voucher(), {m_voucher.id}, m_printTemplate, false, error);
}

bool VoucherEdit::printAs(int output)
{
    if (!commitOpenEditor())
        return false;
    if ((m_voucher.id <= 0 || isDirty()) && !save())
        return false;
    if (!m_documents)
        m_documents = std::make_unique<DocumentService>(m_records);
    DocumentPrinter printer(*m_documents, this);
    return printer.printRecords(FinanceEntities::voucher(), {m_voucher.id}, DocumentPrinter::Output(output),
                                m_printTemplate);
}

bool VoucherEdit::printPreview()
{
    return printAs(int(DocumentPrinter::Output::Preview));
}

bool VoucherEdit::printVoucher()
{
    return printAs(int(DocumentPrinter::Output::Printer));
}

bool VoucherEdit::savePdf()
{
    return printAs(int(DocumentPrinter::Output::Pdf));
}

bool VoucherEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isScreenKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return RecordEditor::event(event);
}

void VoucherEdit::keyPressEvent(QKeyEvent *event)
{
    if (isKey(event, Qt::Key_S, Qt::ControlModifier)) {
        save();
        return;
    }
    if (isKey(event, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier)) {
        saveAndNew();
        return;
    }
    if (isKey(event, Qt::Key_P, Qt::ControlModifier)) {
        printVoucher();
        return;
    }
    if (isKey(event, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier)) {
        printPreview();
        return;
    }
    if (isKey(event, Qt::Key_F7, Qt::NoModifier) || isKey(event, Qt::Key_T, Qt::ControlModifier)) {
        newFromTemplate();
        return;
    }
    if (isKey(event, Qt::Key_Escape, Qt::NoModifier)) {
        requestClose();
        return;
    }
    RecordEditor::keyPressEvent(event);
}

bool VoucherEdit::eventFilter(QObject *object, QEvent *event)
{
    // Chinese typed into a cell with no editor open: open it and hand it the
    // input method's text. Qt 6.4's view opens the editor but drops the text
    // of that first composition, so a clerk's first 摘要 would lose it.
    if (object == m_grid && event->type() == QEvent::InputMethod && !m_readOnly && !cellEditor()) {
        const auto *input = static_cast<QInputMethodEvent *>(event);
        if (!input->commitString().isEmpty() || !input->preeditString().isEmpty()) {
            beginEdit(m_grid->currentIndex());
            if (QWidget *editor = cellEditor()) {
                QInputMethodEvent forwarded(input->preeditString(), input->attributes());
                forwarded.setCommitString(input->commitString(), input->replacementStart(),
                                          input->replacementLength());
                QCoreApplication::sendEvent(editor, &forwarded);
                return true;
            }
        }
    }
    if (event->type() != QEvent::KeyPress)
        return RecordEditor::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (object != m_grid) {
        // In the header, Enter goes on to the lines.
        if ((isKey(key, Qt::Key_Return, Qt::NoModifier) || isKey(key, Qt::Key_Enter, Qt::NoModifier)) && !m_readOnly) {
            if (object == m_word)
                m_date->setFocus(Qt::TabFocusReason);
            else if (object == m_date)
                m_attachments->setFocus(Qt::TabFocusReason);
            else
                beginEdit(m_model->index(0, VoucherLinesModel::Summary));
            return true;
        }
        return RecordEditor::eventFilter(object, event);
    }
    if (cellEditor())
        return false;
    const QModelIndex cell = m_grid->currentIndex();
    const bool amount = VoucherLinesModel::isAmountColumn(cell.column());
    if (isKey(key, Qt::Key_Return, Qt::NoModifier) || isKey(key, Qt::Key_Enter, Qt::NoModifier)) {
        advance(cell);
        return true;
    }
    if (isKey(key, Qt::Key_Escape, Qt::NoModifier)) {
        requestClose();
        return true;
    }
    if (m_readOnly || !cell.isValid())
        return false;
    if (isKey(key, Qt::Key_Delete, Qt::NoModifier)) {
        m_model->setData(cell, QVariant());
        return true;
    }
    if (isKey(key, Qt::Key_Delete, Qt::ControlModifier)) {
        removeLine(cell.row());
        return true;
    }
    if (amount && key->text() == QLatin1String("=")) {
        balanceAt(cell);
        return true;
    }
    if (amount && isKey(key, Qt::Key_Space, Qt::NoModifier)) {
        const QModelIndex to = m_model->moveToOtherSide(cell.row(), cell.column());
        if (to.isValid())
            m_grid->setCurrentIndex(to);
        return true;
    }
    return false;
}

} // namespace Backroom::Finance
