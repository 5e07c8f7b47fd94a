#include "verifydatadialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Backroom::Internal {

VerifyDataDialog::VerifyDataDialog(Database &db, const QList<VerifierContribution> &verifiers, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("verifyDataDialog"));
    setWindowTitle(tr("Verify Data"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = CompanyVerifier::run(db, verifiers);
    QApplication::restoreOverrideCursor();

    m_tree->setHeaderLabels({tr("Check"), tr("Result")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const CompanyVerifier::Check &check : m_report.checks) {
        auto *item = new QTreeWidgetItem(m_tree, {check.label, check.ok() ? tr("ok") : tr("%n problem(s)", nullptr, int(check.problems.size()))});
        item->setData(0, Qt::UserRole, check.id);
        item->setForeground(1, check.ok() ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x00, 0x20));
        for (const QString &problem : check.problems) {
            auto *line = new QTreeWidgetItem(item, {problem});
            line->setToolTip(0, problem);
            line->setFirstColumnSpanned(true);
        }
        item->setExpanded(!check.ok());
        if (check.id == QLatin1String("core.audit") && m_report.hasAudit)
            item->setToolTip(0, tr("%1 entries checked; head: entry %2, hash %3")
                                    .arg(m_report.audit.checked)
                                    .arg(m_report.audit.head.id)
                                    .arg(m_report.audit.head.hash));
    }

    m_summary->setWordWrap(true);
    m_summary->setText(summaryText());
    m_summary->setStyleSheet(m_report.ok() ? QStringLiteral("color: #1b7f3a; font-weight: bold;")
                                           : QStringLiteral("color: #b00020; font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString VerifyDataDialog::summaryText() const
{
    if (!m_report.error.isEmpty())
        return tr("The company could not be read: %1").arg(m_report.error);
    if (m_report.ok())
        return tr("All %n check(s) passed: the books, numbers, references and audit log are in order.", nullptr,
                  int(m_report.checks.size()));
    return tr("%n check(s) found problems. Each names the record behind it; restore from a backup or correct the "
              "records, and an administrator can rebuild derived figures with “backroom-cli verify FILE --repair”.",
              nullptr, int(m_report.failedIds().size()));
}

QString VerifyDataDialog::reportText() const
{
    QStringList lines{summaryText()};
    for (const CompanyVerifier::Check &check : m_report.checks) {
        lines.append(check.label + QStringLiteral(": ") + (check.ok() ? tr("ok") : tr("FAILED")));
        for (const QString &problem : check.problems)
            lines.append(QStringLiteral("  ") + problem);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Backroom::Internal
