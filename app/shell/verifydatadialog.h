#pragma once

#include "companyverifier.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Backroom::Internal {

// Tools → Verify Data (账套检查): the checks `backroom-cli verify` runs, on
// the open company, one line per check and its problems beneath it, each
// naming the record behind it. Reads only; the report can be copied for
// whoever looks after the books.
class VerifyDataDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDataDialog(Database &db, const QList<VerifierContribution> &verifiers, QWidget *parent = nullptr);

    const CompanyVerifier::Report &report() const { return m_report; }
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;
    // The report as plain text, as Copy Report puts it on the clipboard.
    QString reportText() const;

private:
    CompanyVerifier::Report m_report;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Backroom::Internal
