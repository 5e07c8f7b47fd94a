#pragma once

#include "invoicebook.h"
#include "subledgereditor.h"
#include "subledgerscreen.h"

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QToolBar;

namespace Backroom {
class DateEdit;
class DocumentService;
class ReferencePicker;
}

namespace Backroom::Finance {

class InvoiceLinesModel;
class InvoiceLinesView;

// 销售发票 / 采购发票: the invoice (or bill) screen in place of the generic
// form. The header (customer or supplier, dates, the tax invoice's number,
// whether amounts include tax), a grid of lines typed with the keyboard
// (Enter moves Description → Quantity → Unit price → Amount → Tax rate →
// Account → next line; quantity × price fills the amount), the net, tax and
// total always in view with the total in Chinese capitals, and Post, Cancel
// and Print. Every write goes through InvoiceBook; a refusal is shown above
// the grid and nothing is written.
class InvoiceEdit : public SubledgerEditor
{
    Q_OBJECT

public:
    InvoiceEdit(Records &records, const VoucherPosting &posting, ReceivablesEntities::Direction direction,
                QWidget *parent = nullptr);
    ~InvoiceEdit() override;

    QString entityId() const override;
    qint64 recordId() const override { return m_invoice.id; }
    bool openRecord(qint64 id) override;
    void newRecord() override;
    bool isDirty() const override;
    bool canClose() override;
    QString title() const override;

    // The invoice as entered now.
    Invoice invoice() const;

    // For tests and the screenshots.
    InvoiceLinesModel *linesModel() const { return m_model; }
    InvoiceLinesView *grid() const { return m_grid; }
    ReferencePicker *partnerPicker() const { return m_partner; }
    QCheckBox *taxIncludedBox() const { return m_taxIncluded; }
    QString totalsText() const;
    QAction *action(const QString &name) const;

public slots:
    bool save();
    bool post();
    bool cancelInvoice();
    bool printPreview();

protected:
    QList<SubledgerScreen::Key> keys() override;

private:
    void build();
    void display(const Invoice &invoice);
    void updateTotals();
    void updateActions();

    Records &m_records;
    InvoiceBook m_book;
    Invoice m_invoice;          // as last read (or new)
    mutable std::unique_ptr<DocumentService> m_documents;

    QToolBar *m_toolBar = nullptr;
    QHash<QString, QAction *> m_actions;
    QLabel *m_heading = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_number = nullptr;
    ReferencePicker *m_partner = nullptr;
    DateEdit *m_date = nullptr;
    DateEdit *m_dueDate = nullptr;
    QLineEdit *m_invoiceNo = nullptr;
    QCheckBox *m_taxIncluded = nullptr;
    QLineEdit *m_summary = nullptr;
    InvoiceLinesModel *m_model = nullptr;
    InvoiceLinesView *m_grid = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Backroom::Finance
