#pragma once

#include "printdocument.h"
#include "recordeditor.h"
#include "voucherbook.h"

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QMenu;
class QSpinBox;
class QTableView;
class QToolBar;

namespace Backroom {
class DateEdit;
class DocumentService;
class Records;
}

namespace Backroom::Finance {

class AccountDirectory;
class VoucherLineDelegate;
class VoucherLinesModel;

// 记账凭证录入: the voucher entry screen, in place of the generic form of
// finance.voucher, laid out and driven the way clerks know from Kingdee KIS
// and Yonyou T3. The header (word, number, date, attachments), a grid of
// lines typed with the keyboard alone (Enter moves Summary → Account →
// Debit → Credit → next line, the summary repeats, "=" balances, Space
// swaps sides), the totals with the amount in Chinese capitals, and the
// workflow (review, post, red reversal, copy).
//
// Every write goes through VoucherBook, so this screen keeps exactly the
// rules every other writer keeps; a voucher it refuses is shown with the
// problems next to the grid and the offending cell selected, and nothing is
// written.
class VoucherEdit : public RecordEditor
{
    Q_OBJECT

public:
    // "Post…?": tests answer instead of a box.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    explicit VoucherEdit(Records &records, QWidget *parent = nullptr);
    ~VoucherEdit() override;

    QString entityId() const override;
    qint64 recordId() const override;
    bool openRecord(qint64 id) override;
    void newRecord() override;
    bool isDirty() const override;
    bool canClose() override;
    QString title() const override;

    // The voucher as entered now, blank rows left out.
    Voucher voucher() const;
    bool isReadOnly() const { return m_readOnly; }

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    // For tests and the screenshots.
    QTableView *grid() const { return m_grid; }
    VoucherLinesModel *linesModel() const { return m_model; }
    // The cell editor open in the grid, or nullptr.
    QWidget *cellEditor() const;
    QComboBox *wordBox() const { return m_word; }
    DateEdit *dateEdit() const { return m_date; }
    QSpinBox *attachmentsBox() const { return m_attachments; }
    QString numberText() const;
    QString stateText() const;
    QString problemText() const;
    QString messageText() const;
    QString debitTotalText() const;
    QString creditTotalText() const;
    QString differenceText() const;
    QString wordsText() const;
    QAction *action(const QString &name) const;

    // The template vouchers are printed with here: the plain one, the one
    // for pre-printed voucher paper, or a clerk's own variant; remembered
    // for the next voucher.
    QString printTemplate() const { return m_printTemplate; }
    void setPrintTemplate(const QString &name);
    // What Print would send now: the voucher as saved, with that template.
    QList<PrintDocument> printDocuments(QString *error) const;

public slots:
    bool save();
    bool saveAndNew();
    bool review();
    bool cancelReview();
    bool post();
    // 红字冲销: a red draft for this posted voucher, opened here.
    bool reverse();
    bool copy();
    // 常用凭证: Save as Template asks for the name, category and whether the
    // amounts are kept; New from Template (F7, Ctrl+T) opens the picker.
    bool saveAsTemplate();
    bool newFromTemplate();
    // The same without the dialogs (tests; the dialogs end here).
    bool saveAsTemplate(const QString &name, const QString &category, bool withAmounts);
    // A new draft from the template, dated as the screen's new voucher is
    // (today, or the date typed on it); refused with the reason shown when
    // one of its accounts can no longer be posted to.
    bool startFromTemplate(qint64 templateId);
    // Print Preview (Ctrl+Shift+P), Print (Ctrl+P), Save as PDF: a new or
    // changed voucher is saved first, since only what is in the books can be
    // printed and signed.
    bool printPreview();
    bool printVoucher();
    bool savePdf();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    QWidget *buildHeader();
    QWidget *buildFooter();
    void display(const Voucher &voucher);
    void setReadOnly(bool readOnly);
    void updateHeader();
    void updateTotals();
    void updateColumns();
    void updateActions();
    void layoutFooter();
    bool commitOpenEditor();
    void requestClose();
    void advance(const QModelIndex &from);
    void beginEdit(const QModelIndex &cell);
    void balanceAt(const QModelIndex &cell);
    void removeLine(int row);
    bool takeStep(const QString &step);
    void showProblems(const Records::Result &result, const QList<int> &rows);
    void clearProblems();
    void showMessage(const QString &text);
    bool printAs(int output);
    void fillTemplateMenu(QMenu *menu);

    Records &m_records;
    std::unique_ptr<AccountDirectory> m_accounts;
    Voucher m_voucher;        // as last read (or new)
    bool m_readOnly = false;
    Confirmation m_confirm;

    QToolBar *m_toolBar = nullptr;
    QHash<QString, QAction *> m_actions;
    QAction *m_workflowSeparator = nullptr;
    QAction *m_correctionSeparator = nullptr;
    QAction *m_printButton = nullptr;
    mutable std::unique_ptr<DocumentService> m_documents;
    QString m_printTemplate;
    QLabel *m_badge = nullptr;
    QLabel *m_lockHint = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_word = nullptr;
    QLabel *m_number = nullptr;
    DateEdit *m_date = nullptr;
    QSpinBox *m_attachments = nullptr;
    QTableView *m_grid = nullptr;
    VoucherLinesModel *m_model = nullptr;
    VoucherLineDelegate *m_delegate = nullptr;
    QFrame *m_footer = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_debitTotal = nullptr;
    QLabel *m_creditTotal = nullptr;
    QFrame *m_problemBox = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Backroom::Finance
