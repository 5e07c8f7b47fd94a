#pragma once

#include "auditlog.h"
#include "coreglobal.h"
#include "exportdialog.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Backroom {

class CompanySession;
class DateEdit;

// Administration → Audit Log: who did what to which record, newest first,
// filtered by user, action, entity and dates, a page of entries at a time
// ("Load More" fetches the next: the log grows without end and is never
// read whole). The chosen entry's full detail shows below. Verify Chain
// checks the whole hash chain and names the first entry that was altered,
// removed or inserted; Export writes what the filter matches to CSV or
// Excel, needs "export" on "audit", and is itself audited.
class BACKROOM_CORE_EXPORT AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, EntityColumn, RecordColumn, SummaryColumn, ColumnCount };
    static constexpr int PageSize = 200;

    using FileQuestion = std::function<QString(const QString &suggestion)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;

    explicit AuditLogPage(CompanySession &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *entityCombo() const { return m_entity; }
    DateEdit *fromEdit() const { return m_from; }
    DateEdit *toEdit() const { return m_to; }
    QPushButton *loadMoreButton() const { return m_loadMore; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLabel *verifyLabel() const { return m_verifyResult; }
    QAction *verifyAction() const { return m_verify; }
    QAction *exportAction() const { return m_export; }

    // The filter the bar describes (limit and offset of the first page).
    AuditLog::Filter filter() const;
    // The entries shown, newest first.
    const QList<AuditLog::Entry> &entries() const { return m_entries; }

    // Translated names for the stored ones: "login" → "Signed in".
    static QString actionLabel(const QString &action);
    // One line saying what the detail holds.
    static QString summary(const AuditLog::Entry &entry);
    QString entityLabel(const QString &entity) const;

    // Writes what the filter matches, oldest first, and audits the export.
    // False with the reason (a refusal, a write error).
    bool exportTo(const QString &path, ExportDialog::Format format, QString *errorString, qint64 *rows = nullptr);

    void setSaveFileQuestion(FileQuestion ask) { m_askSave = std::move(ask); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }

public slots:
    // Runs the filter again from the newest entry.
    void applyFilter();
    void clearFilter();
    void loadMore();
    // Runs AuditLog::verify() and shows its outcome; returns it as well.
    AuditLog::Verification verifyChain();
    void exportEntries();

private:
    void appendRows(const QList<AuditLog::Entry> &entries);
    void showDetail();

    CompanySession &m_session;
    QLineEdit *m_user;
    QComboBox *m_action;
    QComboBox *m_entity;
    DateEdit *m_from;
    DateEdit *m_to;
    QTableWidget *m_table;
    QPushButton *m_loadMore;
    QLabel *m_count;
    QPlainTextEdit *m_detail;
    QLabel *m_verifyResult;
    QAction *m_verify;
    QAction *m_export;
    AuditLog::Filter m_filter;
    QList<AuditLog::Entry> m_entries;
    bool m_more = false;
    FileQuestion m_askSave;
    Notification m_notify;
};

} // namespace Backroom
