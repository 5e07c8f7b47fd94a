#include "paymentedit.h"

#include "allocationmodel.h"
#include "dateedit.h"
#include "database.h"
#include "moneyedit.h"
#include "moneyformat.h"
#include "referencepicker.h"
#include "subledgerscreen.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Backroom::Finance {

PaymentEdit::PaymentEdit(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction,
                         QWidget *parent)
    : SubledgerEditor(parent)
    , m_records(records)
    , m_book(records, posting, direction)
{
    build();
    newRecord();
}

QString PaymentEdit::entityId() const
{
    return m_book.side().payment;
}

void PaymentEdit::build()
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
    add(QStringLiteral("save"), tr("Save"), QStyle::SP_DialogSaveButton,
        tr("Save the draft, or a posted payment's allocations (Ctrl+S)"), [this] { save(); });
    add(QStringLiteral("post"), tr("Post"), QStyle::SP_DialogOkButton, tr("Post: the voucher is made and posted (Ctrl+Enter)"),
        [this] { post(); });
    add(QStringLiteral("cancel"), tr("Cancel Payment"), QStyle::SP_DialogCancelButton,
        tr("Cancel the posted payment with a red reversing voucher"), [this] { cancelPayment(); });
    m_toolBar->addSeparator();
    add(QStringLiteral("allocate"), tr("Allocate Oldest First"), QStyle::SP_ArrowDown,
        tr("Settle the open invoices from the oldest due on (Ctrl+L)"), [this] { allocateOldestFirst(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    layout->addLayout(body, 1);

    auto *top = new QHBoxLayout;
    QLabel *heading = SubledgerScreen::heading(sales ? tr("Receipt") : tr("Payment"), this);
    m_number = new QLabel(this);
    m_badge = new QLabel(this);
    top->addWidget(heading);
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
    m_account = new ReferencePicker(m_records, QStringLiteral("finance.account"), this);
    m_amount = new MoneyEdit(2, this);
    m_reference = new QLineEdit(this);
    m_summary = new QLineEdit(this);
    left->addRow(sales ? tr("&Customer:") : tr("&Supplier:"), m_partner);
    left->addRow(tr("Bank or cash &account:"), m_account);
    left->addRow(tr("Su&mmary:"), m_summary);
    right->addRow(tr("&Date:"), m_date);
    right->addRow(tr("A&mount:"), m_amount);
    right->addRow(tr("Bank &reference:"), m_reference);
    header->addLayout(left, 3);
    header->addSpacing(24);
    header->addLayout(right, 2);
    body->addLayout(header);

    body->addWidget(createProblemBox());

    auto *caption = new QLabel(sales ? tr("Open invoices of the customer — fill in what this receipt settles:")
                                     : tr("Open bills of the supplier — fill in what this payment settles:"),
                               this);
    body->addWidget(caption);
    m_model = new AllocationModel(this);
    m_grid = new QTableView(this);
    m_grid->setModel(m_model);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::EditKeyPressed);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 12);
    body->addWidget(m_grid, 1);
    m_totals = new QLabel(this);
    m_totals->setAlignment(Qt::AlignRight);
    body->addWidget(m_totals);

    connect(m_model, &AllocationModel::allocationsChanged, this, &PaymentEdit::updateSummary);
    connect(m_amount, &MoneyEdit::valueEdited, this, &PaymentEdit::updateSummary);
    connect(m_partner, &ReferencePicker::recordEdited, this, [this] { reloadItems({}); });
    setTabOrder(m_partner, m_date);
    setTabOrder(m_date, m_amount);
    setTabOrder(m_amount, m_account);
    setTabOrder(m_account, m_reference);
    setTabOrder(m_reference, m_summary);
    setTabOrder(m_summary, m_grid);
}

void PaymentEdit::display(const Payment &payment, const QList<Allocation> &allocations)
{
    m_payment = payment;
    m_allocations = allocations;
    const QString state = payment.state.isEmpty() ? ReceivablesEntities::draft() : payment.state;
    const bool editable = state == ReceivablesEntities::draft();
    m_partner->setRecordId(payment.partner);
    m_date->setValue(payment.date);
    m_account->setRecordId(payment.account > 0 ? payment.account : m_book.defaultAccount());
    m_amount->setValue(payment.amount ? std::optional<qint64>(payment.amount) : std::nullopt);
    m_reference->setText(payment.reference);
    m_summary->setText(payment.summary);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_partner), static_cast<QLineEdit *>(m_account),
                            static_cast<QLineEdit *>(m_amount), m_reference, m_summary})
        edit->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_model->setReadOnly(state == ReceivablesEntities::cancelled());
    m_number->setText(payment.number.isEmpty() ? tr("new") : payment.number);
    SubledgerScreen::showState(m_badge, m_records, entityId(), state);
    hideProblem();
    reloadItems(allocations);
    updateActions();
    emit titleChanged();
}

void PaymentEdit::reloadItems(const QList<Allocation> &allocations)
{
    const qint64 partner = m_partner->recordId();
    m_model->setItems(partner ? PaymentBook::openItems(m_records.database(), m_book.side(), partner, m_payment.id)
                              : QList<OpenItem>(),
                      allocations);
    updateSummary();
}

bool PaymentEdit::openRecord(qint64 id)
{
    const std::optional<Payment> payment = m_book.load(id);
    if (!payment)
        return false;
    display(*payment, m_book.allocations(id));
    return true;
}

void PaymentEdit::newRecord()
{
    Payment payment;
    payment.date = QDate::currentDate();
    display(payment, {});
    m_partner->setFocus();
}

Payment PaymentEdit::payment() const
{
    Payment payment = m_payment;
    payment.partner = m_partner->recordId();
    payment.date = m_date->value();
    payment.account = m_account->recordId();
    payment.amount = m_amount->value().value_or(0);
    payment.reference = m_reference->text().trimmed();
    payment.summary = m_summary->text().trimmed();
    return payment;
}

bool PaymentEdit::isDirty() const
{
    if (m_payment.state == ReceivablesEntities::cancelled())
        return false;
    const Payment now = payment();
    const bool allocationsChanged = m_model->allocations() != m_allocations;
    if (m_payment.id == 0)
        return now.partner != 0 || now.amount != 0;
    return allocationsChanged || now.partner != m_payment.partner || now.date != m_payment.date
           || now.account != m_payment.account || now.amount != m_payment.amount
           || now.reference != m_payment.reference || now.summary != m_payment.summary;
}

bool PaymentEdit::canClose()
{
    if (!isDirty())
        return true;
    switch (askToSave(tr("The payment has changes that are not saved."))) {
    case Answer::Save: return save();
    case Answer::Discard: return true;
    case Answer::Cancel: return false;
    }
    return false;
}

QString PaymentEdit::title() const
{
    const QString kind = m_book.side().sales() ? tr("Receipt") : tr("Payment");
    return m_payment.number.isEmpty() ? tr("New %1").arg(kind.toLower()) : kind + QLatin1Char(' ') + m_payment.number;
}

void PaymentEdit::updateSummary()
{
    const qint64 amount = m_amount->value().value_or(0);
    const qint64 allocated = m_model->allocatedTotal();
    m_totals->setText(tr("Amount %1 · allocated %2 · unapplied %3")
                          .arg(MoneyFormat::money(amount), MoneyFormat::money(allocated),
                               MoneyFormat::money(amount - allocated)));
    m_totals->setStyleSheet(allocated > amount ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
}

QString PaymentEdit::summaryText() const
{
    return m_totals->text();
}


void PaymentEdit::updateActions()
{
    const QString state = m_payment.state.isEmpty() ? ReceivablesEntities::draft() : m_payment.state;
    m_actions.value(QStringLiteral("save"))->setEnabled(state != ReceivablesEntities::cancelled());
    m_actions.value(QStringLiteral("post"))->setEnabled(state == ReceivablesEntities::draft());
    m_actions.value(QStringLiteral("cancel"))->setEnabled(state == ReceivablesEntities::posted());
    m_actions.value(QStringLiteral("allocate"))->setEnabled(state != ReceivablesEntities::cancelled());
}


bool PaymentEdit::save()
{
    m_grid->setFocus();   // commits an open cell
    const QList<Allocation> allocations = m_model->allocations();
    const Records::Result result = m_payment.state == ReceivablesEntities::posted()
                                       ? m_book.allocate(m_payment.id, allocations)
                                       : m_book.save(payment(), allocations);
    showResult(result);
    if (!result.ok())
        return false;
    const qint64 id = m_payment.id > 0 ? m_payment.id : result.id;
    openRecord(id);
    emit saved(id);
    return true;
}


bool PaymentEdit::post()
{
    if ((isDirty() || m_payment.id == 0) && !save())
        return false;
    const QString question = tr("Post %1 of %2? Its voucher is made and posted.")
                                 .arg(m_payment.number, MoneyFormat::money(m_payment.amount));
    return takeStep(tr("Post"), question, [this] { return m_book.post(m_payment.id, m_payment.version); });
}

bool PaymentEdit::cancelPayment()
{
    const QString question = tr("Cancel %1? Its allocations are removed and a red voucher reverses its voucher.")
                                 .arg(m_payment.number);
    return takeStep(tr("Cancel Payment"), question, [this] { return m_book.cancel(m_payment.id, m_payment.version); });
}


void PaymentEdit::allocateOldestFirst()
{
    m_model->allocateOldestFirst(m_amount->value().value_or(0));
}

QList<SubledgerScreen::Key> PaymentEdit::keys()
{
    return {{Qt::Key_S, [this] { save(); }}, {Qt::Key_Return, [this] { post(); }}, {Qt::Key_L, [this] { allocateOldestFirst(); }}};
}



} // namespace Backroom::Finance
