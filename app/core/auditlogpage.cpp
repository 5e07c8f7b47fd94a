#include "auditlogpage.h"

#include "companyfile.h"
#include "companysession.h"
#include "csvtablewriter.h"
#include "dateedit.h"
#include "entity.h"
#include "extensionregistries.h"
#include "records.h"
#include "roles.h"
#include "tableexport.h"
#include "xlsxtablewriter.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Backroom {

namespace {

constexpr int ExportChunk = 1000;

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A JSON value on one line, strings without their quotes.
QString shortValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QString();
}

QString changeLabel(const QString &change)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("create_user"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "New user")},
        {QStringLiteral("reset_password"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "Password reset")},
        {QStringLiteral("disable"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "User disabled")},
        {QStringLiteral("enable"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "User enabled")},
        {QStringLiteral("set_roles"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "Roles changed")},
        {QStringLiteral("copy_role"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "Role copied")},
        {QStringLiteral("set_grants"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "Role permissions changed")},
    };
    const auto found = labels.constFind(change);
    return found == labels.constEnd() ? change : AuditLogPage::tr(*found);
}

QString reasonLabel(const QString &reason)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "wrong password")},
        {QStringLiteral("locked"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "locked out")},
        {QStringLiteral("disabled"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "user disabled")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("Backroom::AuditLogPage", "no such user")},
    };
    const auto found = labels.constFind(reason);
    return found == labels.constEnd() ? reason : AuditLogPage::tr(*found);
}

QStringList knownActions()
{
    return {QString::fromLatin1(AuditLog::Action::Create),      QString::fromLatin1(AuditLog::Action::Update),
            QString::fromLatin1(AuditLog::Action::Archive),     QString::fromLatin1(AuditLog::Action::Restore),
            QString::fromLatin1(AuditLog::Action::Delete),      QString::fromLatin1(AuditLog::Action::Transition),
            QString::fromLatin1(AuditLog::Action::Post),        QString::fromLatin1(AuditLog::Action::Import),
            QString::fromLatin1(AuditLog::Action::Print),       QString::fromLatin1(AuditLog::Action::Export),
            QString::fromLatin1(AuditLog::Action::Unmask),      QString::fromLatin1(AuditLog::Action::Denied),
            QString::fromLatin1(AuditLog::Action::Login),       QString::fromLatin1(AuditLog::Action::LoginFailed),
            QString::fromLatin1(AuditLog::Action::Logout),      QString::fromLatin1(AuditLog::Action::PasswordChange),
            QString::fromLatin1(AuditLog::Action::PermissionChange), QString::fromLatin1(AuditLog::Action::Migrate),
            QString::fromLatin1(AuditLog::Action::Backup),      QString::fromLatin1(AuditLog::Action::RestoreBackup)};
}

} // namespace

AuditLogPage::AuditLogPage(CompanySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_user(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_from(new DateEdit(DateEdit::Mode::Date, this))
    , m_to(new DateEdit(DateEdit::Mode::Date, this))
    , m_table(new QTableWidget(this))
    , m_loadMore(new QPushButton(tr("Load &More"), this))
    , m_count(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_verifyResult(new QLabel(this))
    , m_verify(new QAction(tr("&Verify Chain"), this))
    , m_export(new QAction(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setClearButtonEnabled(true);
    m_user->setMaximumWidth(160);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &action : knownActions())
        m_action->addItem(actionLabel(action), action);
    m_entity->setObjectName(QStringLiteral("entity"));
    m_entity->addItem(tr("Any list"), QString());
    m_entity->addItem(entityLabel(QStringLiteral("security")), QStringLiteral("security"));
    m_entity->addItem(entityLabel(QStringLiteral("audit")), QStringLiteral("audit"));
    QList<QPair<QString, QString>> entities;
    for (const auto &entry : session.registries().entities.entries())
        entities.append({entry.item.pluralLabel(), entry.item.id()});
    std::sort(entities.begin(), entities.end());
    for (const auto &entity : std::as_const(entities))
        m_entity->addItem(entity.first, entity.second);
    m_entity->setMaxVisibleItems(20);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    auto *apply = new QPushButton(tr("&Filter"), this);
    apply->setObjectName(QStringLiteral("apply"));
    apply->setDefault(true);
    auto *clear = new QPushButton(tr("&Clear"), this);
    clear->setObjectName(QStringLiteral("clear"));

    auto *filterBar = new QHBoxLayout;
    filterBar->setSpacing(6);
    filterBar->addWidget(new QLabel(tr("User:"), this));
    filterBar->addWidget(m_user);
    filterBar->addWidget(new QLabel(tr("Action:"), this));
    filterBar->addWidget(m_action);
    filterBar->addWidget(new QLabel(tr("List:"), this));
    filterBar->addWidget(m_entity);
    filterBar->addWidget(new QLabel(tr("From:"), this));
    filterBar->addWidget(m_from);
    filterBar->addWidget(new QLabel(tr("To:"), this));
    filterBar->addWidget(m_to);
    filterBar->addWidget(apply);
    filterBar->addWidget(clear);
    filterBar->addStretch(1);

    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setStatusTip(tr("Check that no entry of the audit log was altered, removed or inserted"));
    // The File menu's Export… finds the page's action by this name.
    m_export->setObjectName(QStringLiteral("backroom-export"));
    m_export->setStatusTip(tr("Export the entries the filter matches"));
    m_export->setEnabled(session.access().allows(QStringLiteral("export"), QStringLiteral("audit")));
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_verify);
    toolBar->addAction(m_export);

    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("List"), tr("Record"), tr("Detail")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TimeColumn, 150);
    m_table->setColumnWidth(UserColumn, 100);
    m_table->setColumnWidth(ActionColumn, 120);
    m_table->setColumnWidth(EntityColumn, 120);
    m_table->setColumnWidth(RecordColumn, 60);

    m_loadMore->setObjectName(QStringLiteral("loadMore"));
    m_count->setObjectName(QStringLiteral("count"));
    auto *more = new QHBoxLayout;
    more->addWidget(m_count, 1);
    more->addWidget(m_loadMore);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(more);

    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose an entry to see everything it records."));
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 0, 8, 8);
    body->addLayout(filterBar);
    body->addWidget(m_verifyResult);
    body->addWidget(splitter, 1);
    layout->addLayout(body, 1);

    connect(apply, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditLogPage::clearFilter);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_entity, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_loadMore, &QPushButton::clicked, this, &AuditLogPage::loadMore);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditLogPage::showDetail);
    connect(m_verify, &QAction::triggered, this, &AuditLogPage::verifyChain);
    connect(m_export, &QAction::triggered, this, &AuditLogPage::exportEntries);
    applyFilter();
}

QString AuditLogPage::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("transition"), QT_TR_NOOP("Workflow step")},
        {QStringLiteral("post"), QT_TR_NOOP("Posted")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("unmask"), QT_TR_NOOP("Sensitive values shown")},
        {QStringLiteral("denied"), QT_TR_NOOP("Refused")},
        {QStringLiteral("login"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Login failed")},
        {QStringLiteral("logout"), QT_TR_NOOP("Logged out")},
        {QStringLiteral("password_change"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("permission_change"), QT_TR_NOOP("Users and roles changed")},
        {QStringLiteral("migrate"), QT_TR_NOOP("Company copied")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("restore_backup"), QT_TR_NOOP("Restored from a backup")},
    };
    const auto found = labels.constFind(action);
    return found == labels.constEnd() ? action : tr(*found);
}

QString AuditLogPage::summary(const AuditLog::Entry &entry)
{
    const QJsonObject &detail = entry.detail;
    if (detail.contains(QStringLiteral("change"))) {
        QString subject = detail.value(QStringLiteral("login")).toString();
        if (subject.isEmpty())
            subject = detail.value(QStringLiteral("role")).toString();
        return tr("%1: %2").arg(changeLabel(detail.value(QStringLiteral("change")).toString()), subject);
    }
    if (entry.action == QLatin1String(AuditLog::Action::LoginFailed))
        return tr("%1: %2").arg(detail.value(QStringLiteral("login")).toString(),
                                reasonLabel(detail.value(QStringLiteral("reason")).toString()));
    if (entry.action == QLatin1String(AuditLog::Action::Denied))
        return tr("Refused: %1").arg(Roles::actionLabel(detail.value(QStringLiteral("action")).toString()));
    // Anything else: its keys and values on one line, the pane has the rest.
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key(), shortValue(it.value())));
    QString line = parts.join(QStringLiteral("; "));
    if (line.size() > 160)
        line = line.left(159) + QChar(0x2026);
    return line;
}

QString AuditLogPage::entityLabel(const QString &entity) const
{
    if (entity.isEmpty())
        return QString();
    if (entity == QLatin1String("security"))
        return tr("Users and roles");
    if (entity == QLatin1String("audit"))
        return tr("Audit log");
    if (const Entity *declared = m_session.registries().entities.find(entity))
        return declared->pluralLabel();
    return entity;
}

AuditLog::Filter AuditLogPage::filter() const
{
    AuditLog::Filter filter;
    filter.user = m_user->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    // Whole local days, as the clerk sees the times.
    if (!m_from->isNull())
        filter.from = QDateTime(m_from->value(), QTime(0, 0)).toUTC();
    if (!m_to->isNull())
        filter.to = QDateTime(m_to->value().addDays(1), QTime(0, 0)).toUTC();
    filter.limit = PageSize;
    filter.offset = 0;
    return filter;
}

void AuditLogPage::applyFilter()
{
    m_filter = filter();
    m_entries.clear();
    m_table->setRowCount(0);
    m_detail->clear();
    loadMore();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void AuditLogPage::clearFilter()
{
    m_user->clear();
    m_action->setCurrentIndex(0);
    m_entity->setCurrentIndex(0);
    m_from->clear();
    m_to->clear();
    applyFilter();
}

void AuditLogPage::loadMore()
{
    AuditLog::Filter page = m_filter;
    page.limit = PageSize + 1;   // one more tells whether there is more
    page.offset = int(m_entries.size());
    QString error;
    QList<AuditLog::Entry> found = AuditLog(m_session.company().database()).query(page, &error);
    if (!error.isEmpty())
        m_count->setText(tr("The audit log could not be read: %1").arg(error));
    m_more = found.size() > PageSize;
    if (m_more)
        found.removeLast();
    appendRows(found);
    m_entries += found;
    m_loadMore->setEnabled(m_more);
    if (error.isEmpty())
        m_count->setText(m_more ? tr("The newest %1 entries shown; Load More shows older ones.")
                                      .arg(QLocale().toString(m_entries.size()))
                         : m_entries.isEmpty() ? tr("No entries match the filter.")
                                               : tr("All %1 matching entries shown.")
                                                     .arg(QLocale().toString(m_entries.size())));
}

void AuditLogPage::appendRows(const QList<AuditLog::Entry> &entries)
{
    int row = m_table->rowCount();
    m_table->setRowCount(row + int(entries.size()));
    for (const AuditLog::Entry &entry : entries) {
        const QString cells[ColumnCount] = {localTime(entry.at),
                                            entry.user,
                                            actionLabel(entry.action),
                                            entityLabel(entry.entity),
                                            entry.recordId ? QString::number(entry.recordId) : QString(),
                                            summary(entry)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, entry.id);
            if (column == SummaryColumn)
                item->setToolTip(cells[column]);
            if (column == RecordColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
}

void AuditLogPage::showDetail()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.constFirst()->row();
    if (row < 0 || row >= m_entries.size()) {
        m_detail->clear();
        return;
    }
    const AuditLog::Entry &entry = m_entries.at(row);
    QStringList lines;
    lines.append(tr("Entry %1 · %2 · %3 · %4")
                     .arg(QString::number(entry.id), localTime(entry.at), entry.user, actionLabel(entry.action)));
    if (!entry.entity.isEmpty())
        lines.append(entry.recordId ? tr("%1, record %2").arg(entityLabel(entry.entity)).arg(entry.recordId)
                                    : entityLabel(entry.entity));
    lines.append(QString());
    lines.append(entry.detail.isEmpty() ? tr("(no detail)")
                                        : QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Indented))
                                              .trimmed());
    lines.append(QString());
    lines.append(tr("Hash: %1").arg(entry.hash));
    lines.append(tr("Previous: %1").arg(entry.prevHash));
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

AuditLog::Verification AuditLogPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditLog::Verification result = AuditLog(m_session.company().database()).verify();
    QApplication::restoreOverrideCursor();
    if (result.ok) {
        m_verifyResult->setText(tr("%1 entries checked; the chain is intact (head: entry %2, %3).")
                                    .arg(QLocale().toString(result.checked))
                                    .arg(result.head.id)
                                    .arg(result.head.hash));
        m_verifyResult->setStyleSheet(QStringLiteral("QLabel { color: #166534; }"));
    } else {
        m_verifyResult->setText(result.problem.message);
        m_verifyResult->setStyleSheet(QStringLiteral("QLabel { color: #B91C1C; font-weight: bold; }"));
        // Show the entry named, when it is in what the page has loaded.
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).id == result.problem.entryId) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    m_verifyResult->show();
    return result;
}

bool AuditLogPage::exportTo(const QString &path, ExportDialog::Format format, QString *errorString, qint64 *rows)
{
    const AccessControl &access = m_session.access();
    if (!access.allows(QStringLiteral("export"), QStringLiteral("audit"))) {
        m_session.records().audit(QString::fromLatin1(AuditLog::Action::Denied), QStringLiteral("audit"), 0,
                                  {{QStringLiteral("action"), QStringLiteral("export")}});
        *errorString = access.refusal(QStringLiteral("export"), tr("the audit log"));
        return false;
    }
    TableExport table(tr("Audit Log"),
                      {TableExport::Column::integer(tr("Entry")), TableExport::Column::dateTime(tr("Time")),
                       TableExport::Column::text(tr("User")), TableExport::Column::text(tr("Action")),
                       TableExport::Column::text(tr("List")), TableExport::Column::integer(tr("Record")),
                       TableExport::Column::text(tr("Summary")), TableExport::Column::text(tr("Detail")),
                       TableExport::Column::text(tr("Hash"))});
    // In chunks: the whole log is never one query's result.
    AuditLog log(m_session.company().database());
    AuditLog::Filter chunk = m_filter;
    chunk.limit = ExportChunk;
    chunk.offset = 0;
    for (;;) {
        QString error;
        const QList<AuditLog::Entry> entries = log.query(chunk, &error);
        if (!error.isEmpty()) {
            *errorString = tr("The audit log could not be read: %1").arg(error);
            return false;
        }
        for (const AuditLog::Entry &entry : entries)
            table.addRow({entry.id, entry.at, entry.user, actionLabel(entry.action), entityLabel(entry.entity),
                          entry.recordId ? QVariant(entry.recordId) : QVariant(), summary(entry), entry.detailText,
                          entry.hash});
        if (entries.size() < ExportChunk)
            break;
        chunk.offset += ExportChunk;
    }
    const TableExport::Result written = format == ExportDialog::Format::Xlsx ? XlsxTableWriter().write(table, path)
                                                                             : CsvTableWriter().write(table, path);
    if (!written.ok()) {
        *errorString = written.errorString;
        return false;
    }
    QJsonObject filter;
    if (!m_filter.user.isEmpty())
        filter.insert(QStringLiteral("user"), m_filter.user);
    if (!m_filter.action.isEmpty())
        filter.insert(QStringLiteral("action"), m_filter.action);
    if (!m_filter.entity.isEmpty())
        filter.insert(QStringLiteral("entity"), m_filter.entity);
    if (m_filter.from.isValid())
        filter.insert(QStringLiteral("from"), AuditLog::atText(m_filter.from));
    if (m_filter.to.isValid())
        filter.insert(QStringLiteral("to"), AuditLog::atText(m_filter.to));
    const QJsonObject detail{{QStringLiteral("filter"), filter},
                             {QStringLiteral("rows"), written.rowsWritten},
                             {QStringLiteral("format"), format == ExportDialog::Format::Xlsx ? QStringLiteral("xlsx")
                                                                                              : QStringLiteral("csv")},
                             {QStringLiteral("file"), QFileInfo(path).fileName()}};
    // An export nobody can see in the log must not exist: the file goes
    // when the entry cannot be written.
    if (!m_session.records().audit(QString::fromLatin1(AuditLog::Action::Export), QStringLiteral("audit"), 0, detail,
                                   errorString)) {
        QFile::remove(path);
        return false;
    }
    if (rows)
        *rows = written.rowsWritten;
    return true;
}

void AuditLogPage::exportEntries()
{
    const QString suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .filePath(tr("Audit Log") + QStringLiteral(".xlsx"));
    QString path;
    if (m_askSave) {
        path = m_askSave(suggestion);
    } else {
        // An instance, not the static function: that misbehaves offscreen.
        QFileDialog dialog(this, tr("Export the Audit Log"), suggestion);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setNameFilters({tr("Excel workbook (*.xlsx)"), tr("CSV file (*.csv)")});
        dialog.setDefaultSuffix(QStringLiteral("xlsx"));
        connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
            dialog.setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv")
                                                                            : QStringLiteral("xlsx"));
        });
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            path = dialog.selectedFiles().constFirst();
    }
    if (path.isEmpty())
        return;
    QString error;
    qint64 rows = 0;
    const bool ok = exportTo(path, ExportDialog::formatForPath(path), &error, &rows);
    const QString title = tr("Export the Audit Log");
    const QString text = ok ? tr("%1 entries written to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path))
                            : error;
    if (m_notify)
        m_notify(title, text);
    else if (ok)
        QMessageBox::information(this, title, text);
    else
        QMessageBox::warning(this, title, text);
    // The export is in the log now, too.
    if (ok)
        applyFilter();
}

} // namespace Backroom
