#include "invoiceedit.h"

#include "amountinwords.h"
#include "dateedit.h"
#include "database.h"
#include "documentprinter.h"
#include "documentservice.h"
#include "invoicelinedelegate.h"
#include "invoicelinesmodel.h"
#include "invoicelinesview.h"
#include "moneyformat.h"
#include "referencepicker.h"
#include "subledgerscreen.h"
#include "vatsplit.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Backroom::Finance {

namespace {
bool sameContent(const Invoice &a, const Invoice &b)
{
    return a.partner == b.partner && a.date == b.date && a.dueDate == b.dueDate && a.invoiceNo == b.invoiceNo
           && a.taxIncluded == b.taxIncluded && a.summary == b.summary && a.lines == b.lines;
}
} // namespace

InvoiceEdit::InvoiceEdit(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction,
                         QWidget *parent)
    : SubledgerEditor(parent)
    , m_records(records)
    , m_book(records, posting, direction)
{
    build();
    newRecord();
}

InvoiceEdit::~InvoiceEdit() = default;

QString InvoiceEdit::entityId() const
{
    return m_book.side().invoice;
}

void InvoiceEdit::build()
{
    const bool sales = m_book.side().sales();
    m_toolBar = SubledgerScreen::toolBar(this);
    const auto add = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon, const QString &tip,
                            auto slot) {
        return SubledgerScreen::addAction(m_toolBar, &m_actions, name, text, icon, tip, slot);
    };
    add(QStringLiteral("back"), tr("Back to List"), QStyle::SP_ArrowBack, tr("Back to the list (Esc)"), [this] {
        if (canClose())
            emit closeRequested();
    });
    m_toolBar->addSeparator();
    add(QStringLiteral("save"), tr("Save"), QStyle::SP_DialogSaveButton, tr("Save the draft (Ctrl+S)"), [this] { save(); });
    add(QStringLiteral("post"), tr("Post"), QStyle::SP_DialogOkButton,
        tr("Post the invoice: its voucher is made and posted (Ctrl+Enter)"), [this] { post(); });
    add(QStringLiteral("cancel"), tr("Cancel Invoice"), QStyle::SP_DialogCancelButton,
        tr("Cancel the posted invoice with a red reversing voucher"), [this] { cancelInvoice(); });
    m_toolBar->addSeparator();
    add(QStringLiteral("print"), tr("Print Preview…"), QStyle::SP_FileDialogContentsView,
        tr("See the invoice as it will be printed (Ctrl+P)"), [this] { printPreview(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(body, 1);

    auto *top = new QHBoxLayout;
    m_heading = SubledgerScreen::heading(sales ? tr("Customer Invoice") : tr("Supplier Bill"), this);
    m_badge = new QLabel(this);
    m_number = new QLabel(this);
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_number);
    top->addStretch(1);
    top->addWidget(m_badge);
    body->addLayout(top);

    auto *header = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_partner = new ReferencePicker(m_records, QStringLiteral("core.partner"), this);
    m_date = new DateEdit(DateEdit::Mode::Date, this);
    m_dueDate = new DateEdit(DateEdit::Mode::Date, this);
    m_invoiceNo = new QLineEdit(this);
    m_taxIncluded = new QCheckBox(tr("Amounts include tax (含税)"), this);
    m_summary = new QLineEdit(this);
    left->addRow(sales ? tr("&Customer:") : tr("&Supplier:"), m_partner);
    left->addRow(tr("Tax invoice &number:"), m_invoiceNo);
    left->addRow(tr("Su&mmary:"), m_summary);
    right->addRow(tr("Invoice &date:"), m_date);
    right->addRow(tr("D&ue date:"), m_dueDate);
    right->addRow(QString(), m_taxIncluded);
    header->addLayout(left, 3);
    header->addSpacing(24);
    header->addLayout(right, 2);
    body->addLayout(header);

    body->addWidget(createProblemBox());

    m_model = new InvoiceLinesModel(m_records, this);
    m_grid = new InvoiceLinesView(this);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new InvoiceLineDelegate(m_records, m_grid));
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::EditKeyPressed);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Description, QHeaderView::Stretch);
    m_grid->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Account, QHeaderView::Stretch);
    for (int column : {InvoiceLinesModel::Quantity, InvoiceLinesModel::UnitPrice, InvoiceLinesModel::Amount,
                       InvoiceLinesModel::Net, InvoiceLinesModel::Tax})
        m_grid->setColumnWidth(column, 110);
    m_grid->setColumnWidth(InvoiceLinesModel::Rate, 70);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 12);
    body->addWidget(m_grid, 1);

    auto *footer = new QHBoxLayout;
    m_words = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setTextFormat(Qt::RichText);
    auto *leftFooter = new QVBoxLayout;
    leftFooter->addWidget(m_words);
    leftFooter->addWidget(m_status);
    footer->addLayout(leftFooter, 1);
    footer->addWidget(m_totals);
    body->addLayout(footer);

    connect(m_model, &InvoiceLinesModel::linesChanged, this, &InvoiceEdit::updateTotals);
    connect(m_grid, &InvoiceLinesView::removeLineRequested, m_model, &InvoiceLinesModel::removeLine);
    connect(m_taxIncluded, &QCheckBox::toggled, m_model, &InvoiceLinesModel::setTaxIncluded);
    // The due date follows the invoice date and the partner's payment terms
    // until the clerk sets one.
    const auto followDueDate = [this] {
        if (m_date->value().isValid() && (m_dueDate->isNull() || m_dueDate->property("followsDate").toBool())) {
            m_dueDate->setValue(m_date->value().addDays(m_book.paymentDays(m_partner->recordId())));
            m_dueDate->setProperty("followsDate", true);
        }
    };
    connect(m_date, &DateEdit::valueEdited, this, followDueDate);
    connect(m_partner, &ReferencePicker::recordEdited, this, followDueDate);
    connect(m_dueDate, &DateEdit::valueEdited, this, [this] { m_dueDate->setProperty("followsDate", false); });
    setTabOrder(m_partner, m_date);
    setTabOrder(m_date, m_dueDate);
    setTabOrder(m_dueDate, m_invoiceNo);
    setTabOrder(m_invoiceNo, m_taxIncluded);
    setTabOrder(m_taxIncluded, m_summary);
    setTabOrder(m_summary, m_grid);
}

void InvoiceEdit::display(const Invoice &invoice)
{
    m_invoice = invoice;
    const bool editable = invoice.state.isEmpty() || invoice.state == ReceivablesEntities::draft();
    m_partner->setRecordId(invoice.partner);
    m_date->setValue(invoice.date);
    m_dueDate->setValue(invoice.dueDate);
    m_dueDate->setProperty("followsDate", invoice.id == 0);
    m_invoiceNo->setText(invoice.invoiceNo);
    m_taxIncluded->setChecked(invoice.taxIncluded);
    m_summary->setText(invoice.summary);
    m_model->setDefaults(QStringLiteral("13"), m_book.defaultAccount());
    m_model->setReadOnly(!editable);
    m_model->setTaxIncluded(invoice.taxIncluded);
    m_model->setLines(invoice.lines);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_partner), m_invoiceNo, m_summary})
        edit->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_dueDate->setReadOnly(!editable);
    m_taxIncluded->setEnabled(editable);
    m_number->setText(invoice.number.isEmpty() ? tr("new") : invoice.number);
    const QString state = invoice.state.isEmpty() ? ReceivablesEntities::draft() : invoice.state;
    SubledgerScreen::showState(m_badge, m_records, entityId(), state);
    hideProblem();
    updateTotals();
    updateActions();
    emit titleChanged();
}

bool InvoiceEdit::openRecord(qint64 id)
{
    const std::optional<Invoice> invoice = m_book.load(id);
    if (!invoice)
        return false;
    display(*invoice);
    return true;
}

void InvoiceEdit::newRecord()
{
    Invoice invoice;
    invoice.date = QDate::currentDate();
    invoice.dueDate = InvoiceBook::dueDateOf(invoice);
    display(invoice);
    m_partner->setFocus();
}

Invoice InvoiceEdit::invoice() const
{
    Invoice invoice = m_invoice;
    invoice.partner = m_partner->recordId();
    invoice.date = m_date->value();
    invoice.dueDate = m_dueDate->value();
    invoice.invoiceNo = m_invoiceNo->text().trimmed();
    invoice.taxIncluded = m_taxIncluded->isChecked();
    invoice.summary = m_summary->text().trimmed();
    invoice.lines = m_model->lines();
    return invoice;
}

bool InvoiceEdit::isDirty() const
{
    if (!m_invoice.state.isEmpty() && m_invoice.state != ReceivablesEntities::draft())
        return false;
    const Invoice now = invoice();
    if (m_invoice.id == 0)
        return now.partner != 0 || !now.lines.isEmpty();
    return !sameContent(now, m_invoice);
}

bool InvoiceEdit::canClose()
{
    if (!isDirty())
        return true;
    switch (askToSave(tr("The invoice has changes that are not saved."))) {
    case Answer::Save: return save();
    case Answer::Discard: return true;
    case Answer::Cancel: return false;
    }
    return false;
}

QString InvoiceEdit::title() const
{
    const QString kind = m_book.side().sales() ? tr("Customer invoice") : tr("Supplier bill");
    return m_invoice.number.isEmpty() ? tr("New %1").arg(kind.toLower()) : kind + QLatin1Char(' ') + m_invoice.number;
}

QAction *InvoiceEdit::action(const QString &name) const
{
    return m_actions.value(name);
}

void InvoiceEdit::updateTotals()
{
    Invoice now = invoice();
    InvoiceBook::split(&now);
    m_totals->setText(tr("<table cellspacing=4><tr><td>Without tax:</td><td align=right>%1</td></tr>"
                         "<tr><td>Tax:</td><td align=right>%2</td></tr>"
                         "<tr><td><b>Total:</b></td><td align=right><b>%3</b></td></tr></table>")
                          .arg(MoneyFormat::money(now.netTotal()), MoneyFormat::money(now.taxTotal()),
                               MoneyFormat::money(now.total())));
    m_words->setText(tr("Total in words: %1").arg(AmountInWords::chineseCapital(now.total())));
    QString status;
    if (m_invoice.voucher > 0)
        status = tr("Voucher %1").arg(m_records.displayName(QStringLiteral("finance.voucher"), m_invoice.voucher));
    if (m_invoice.state == ReceivablesEntities::posted())
        status += (status.isEmpty() ? QString() : QStringLiteral(" · "))
                  + tr("Open: %1").arg(MoneyFormat::money(
                      InvoiceBook::openAmount(m_records.database(), m_book.side(), m_invoice.id)));
    m_status->setText(status);
}

QString InvoiceEdit::totalsText() const
{
    return m_totals->text();
}


void InvoiceEdit::updateActions()
{
    const QString state = m_invoice.state.isEmpty() ? ReceivablesEntities::draft() : m_invoice.state;
    m_actions.value(QStringLiteral("save"))->setEnabled(state == ReceivablesEntities::draft());
    m_actions.value(QStringLiteral("post"))->setEnabled(state == ReceivablesEntities::draft());
    m_actions.value(QStringLiteral("cancel"))->setEnabled(state == ReceivablesEntities::posted());
    m_actions.value(QStringLiteral("print"))->setEnabled(m_invoice.id > 0);
}


bool InvoiceEdit::save()
{
    m_grid->commitEditing();
    const Records::Result result = m_book.save(invoice());
    showResult(result);
    if (!result.ok())
        return false;
    openRecord(result.id);
    emit saved(result.id);
    return true;
}


bool InvoiceEdit::post()
{
    if (isDirty() || m_invoice.id == 0) {
        if (!save())
            return false;
    }
    return takeStep(tr("Post"),
                    tr("Post %1 for %2? Its voucher is made and posted; the invoice can then only be cancelled.")
                        .arg(m_invoice.number, MoneyFormat::money(m_invoice.total())),
                    [this] { return m_book.post(m_invoice.id, m_invoice.version); });
}

bool InvoiceEdit::cancelInvoice()
{
    return takeStep(tr("Cancel Invoice"),
                    tr("Cancel %1? A red voucher reverses its voucher in the same month.").arg(m_invoice.number),
                    [this] { return m_book.cancel(m_invoice.id, m_invoice.version); });
}


bool InvoiceEdit::printPreview()
{
    if (m_invoice.id <= 0 || isDirty()) {
        if (!save())
            return false;
    }
    if (!m_documents)
        m_documents = std::make_unique<DocumentService>(m_records);
    DocumentPrinter printer(*m_documents, this);
    return printer.printRecords(entityId(), {m_invoice.id}, DocumentPrinter::Output::Preview);
}

QList<SubledgerScreen::Key> InvoiceEdit::keys()
{
    return {{Qt::Key_S, [this] { save(); }}, {Qt::Key_Return, [this] { post(); }}, {Qt::Key_P, [this] { printPreview(); }}};
}



} // namespace Backroom::Finance
