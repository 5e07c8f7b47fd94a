#include "attachmentspanel.h"

#include "attachments.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Backroom {

namespace {

enum Column { NameColumn, SizeColumn, AddedColumn };
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

AttachmentsPanel::AttachmentsPanel(Attachments &attachments, QWidget *parent)
    : QWidget(parent)
    , m_attachments(attachments)
    , m_add(new QPushButton(tr("Add…"), this))
    , m_openButton(new QPushButton(tr("Open"), this))
    , m_save(new QPushButton(tr("Save As…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    for (QPushButton *button : {m_add, m_openButton, m_save, m_remove}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    m_add->setToolTip(tr("Attach files to this record (you can also drop them here)"));
    buttons->addStretch(1);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);
    buttons->addWidget(m_summary);
    layout->addLayout(buttons);

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Added")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_list->headerItem()->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_stack->addWidget(m_list);

    m_empty->setObjectName(QStringLiteral("attachmentsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(96);
    m_empty->setMargin(16);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    setDropHighlight(false);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_openButton, &QPushButton::clicked, this, &AttachmentsPanel::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPanel::chooseSavePath);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeCurrent);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentsPanel::updateActions);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(&m_attachments, &Attachments::changed, this, [this](const QString &entityId, qint64 recordId) {
        if (entityId == m_entityId && recordId == m_recordId)
            reload();
    });
    reload();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::setRecord(const QString &entityId, qint64 recordId)
{
    m_entityId = entityId;
    m_recordId = recordId;
    reload();
}

void AttachmentsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    reload();
}

QString AttachmentsPanel::hint() const
{
    return m_empty->text();
}

int AttachmentsPanel::count() const
{
    return m_list->topLevelItemCount();
}

qint64 AttachmentsPanel::currentAttachment() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty())
        return selected.constFirst()->data(NameColumn, IdRole).toLongLong();
    const QTreeWidgetItem *current = m_list->currentItem();
    return current ? current->data(NameColumn, IdRole).toLongLong() : 0;
}

void AttachmentsPanel::reload()
{
    const qint64 keep = currentAttachment();
    m_list->clear();
    const QList<Attachments::Info> found = m_recordId > 0 ? m_attachments.list(m_entityId, m_recordId)
                                                          : QList<Attachments::Info>();
    const QLocale locale;
    const QMimeDatabase mimes;
    const QIcon fallback = style()->standardIcon(QStyle::SP_FileIcon);
    qint64 total = 0;
    for (const Attachments::Info &info : found) {
        auto *item = new QTreeWidgetItem(m_list);
        const QMimeType mime = mimes.mimeTypeForName(info.mimeType);
        item->setIcon(NameColumn, QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName(), fallback)));
        item->setText(NameColumn, info.fileName);
        item->setToolTip(NameColumn, mime.isValid() ? mime.comment() : info.mimeType);
        item->setData(NameColumn, IdRole, info.id);
        item->setText(SizeColumn, Attachments::formatSize(info.size, locale));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(AddedColumn, tr("%1, %2")
                                       .arg(info.createdBy,
                                            locale.toString(info.createdAt.toLocalTime(), QLocale::ShortFormat)));
        if (info.id == keep)
            item->setSelected(true);
        total += info.size;
    }

    const bool saved = m_recordId > 0;
    if (!saved)
        m_empty->setText(tr("Save the record to add attachments."));
    else if (m_readOnly)
        m_empty->setText(tr("No attachments."));
    else
        m_empty->setText(tr("No attachments yet.\nDrop files here or click “Add…”."));
    m_stack->setCurrentWidget(found.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    const QString totalSize = Attachments::formatSize(total, locale);
    m_summary->setText(found.isEmpty()      ? QString()
                       : found.size() == 1 ? tr("1 file, %1").arg(totalSize)
                                           : tr("%1 files, %2").arg(locale.toString(found.size()), totalSize));
    updateActions();
    emit countChanged(int(found.size()));
}

void AttachmentsPanel::updateActions()
{
    const bool saved = m_recordId > 0;
    const bool selected = currentAttachment() != 0;
    m_add->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_add->setEnabled(saved);
    m_openButton->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_add->setToolTip(saved ? tr("Attach files to this record (you can also drop them here)")
                            : tr("Save the record to add attachments."));
}

void AttachmentsPanel::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::warning(this, title, text);
}

int AttachmentsPanel::addFiles(const QStringList &paths)
{
    if (m_readOnly || m_recordId <= 0 || paths.isEmpty())
        return 0;
    QStringList problems;
    int added = 0;
    for (const QString &path : paths) {
        QString error;
        if (m_attachments.addFile(path, &error, m_entityId, m_recordId))
            ++added;
        else
            problems.append(error);
    }
    reload();
    if (!problems.isEmpty()) {
        const QString text = paths.size() == 1
                                 ? problems.constFirst()
                                 : tr("%1 of %2 files were not attached.").arg(problems.size()).arg(paths.size())
                                       + QStringLiteral("\n\n") + problems.join(QLatin1Char('\n'));
        notify(tr("Not attached"), text);
    }
    return added;
}

void AttachmentsPanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Attachments"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    addFiles(paths);
}

bool AttachmentsPanel::openCurrent()
{
    const qint64 id = currentAttachment();
    const std::optional<Attachments::Info> info = id ? m_attachments.info(id) : std::nullopt;
    if (!info)
        return false;
    // A copy per attachment id: two files called scan.pdf never overwrite
    // each other, and opening twice reuses the copy.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("backroom-attachments/%1").arg(id));
    QString error;
    if (!QDir().mkpath(folder)) {
        notify(tr("Not opened"), tr("“%1” cannot be written: %2").arg(folder, tr("the folder cannot be created")));
        return false;
    }
    const QString path = QDir(folder).filePath(info->fileName);
    if (!m_attachments.saveTo(id, path, &error)) {
        notify(tr("Not opened"), error);
        return false;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_open ? m_open(url) : QDesktopServices::openUrl(url);
    if (!opened)
        notify(tr("Not opened"), tr("No program is set up to open “%1”. A copy was saved as %2.")
                                     .arg(info->fileName, QDir::toNativeSeparators(path)));
    return opened;
}

void AttachmentsPanel::chooseSavePath()
{
    const qint64 id = currentAttachment();
    const std::optional<Attachments::Info> info = id ? m_attachments.info(id) : std::nullopt;
    if (!info)
        return;
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(info->fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment As"), start);
    if (!path.isEmpty())
        saveCurrentTo(path);
}

bool AttachmentsPanel::saveCurrentTo(const QString &path)
{
    const qint64 id = currentAttachment();
    if (!id)
        return false;
    QString error;
    if (!m_attachments.saveTo(id, path, &error)) {
        notify(tr("Not saved"), error);
        return false;
    }
    return true;
}

bool AttachmentsPanel::removeCurrent()
{
    const qint64 id = currentAttachment();
    const std::optional<Attachments::Info> info = id ? m_attachments.info(id) : std::nullopt;
    if (m_readOnly || !info)
        return false;
    const QString title = tr("Remove Attachment");
    const QString question = tr("Remove “%1” from this record? This cannot be undone.").arg(info->fileName);
    const bool confirmed = m_confirm ? m_confirm(title, question, tr("Remove")) : [&] {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == remove;
    }();
    if (!confirmed)
        return false;
    QString error;
    if (!m_attachments.remove(id, &error)) {
        notify(tr("Not removed"), error);
        reload();
        return false;
    }
    reload();
    return true;
}

QStringList AttachmentsPanel::localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    return paths;
}

void AttachmentsPanel::setDropHighlight(bool on)
{
    // The empty page doubles as the drop zone: a dashed outline says so.
    const QString border = on ? palette().color(QPalette::Highlight).name()
                              : palette().color(QPalette::Dark).name();
    // Style sheets drop the alpha of name(): spell the muted text as rgba.
    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_empty->setStyleSheet(QStringLiteral("QLabel#attachmentsEmpty { border: 1px dashed %1; border-radius: 6px;"
                                          " color: rgba(%2, %3, %4, %5); }")
                               .arg(border)
                               .arg(muted.red())
                               .arg(muted.green())
                               .arg(muted.blue())
                               .arg(muted.alpha()));
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && m_recordId > 0 && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        setDropHighlight(true);
    }
}

void AttachmentsPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QStringList paths = localFiles(event->mimeData());
    if (m_readOnly || m_recordId <= 0 || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace Backroom
