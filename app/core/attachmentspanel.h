#pragma once

#include "coreglobal.h"

#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QUrl;

namespace Backroom {

class Attachments;

// The files attached to one record, in its form: add (button or drag and
// drop), open, save a copy, remove. A record not saved yet has nowhere to
// attach to, so the panel says so instead of accepting files.
class BACKROOM_CORE_EXPORT AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks the clerk; true goes ahead. Tests answer instead of a box.
    using Confirmation = std::function<bool(const QString &title, const QString &text, const QString &action)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;
    // Opens a saved copy in the desktop's program for it.
    using Opener = std::function<bool(const QUrl &url)>;

    explicit AttachmentsPanel(Attachments &attachments, QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    // recordId 0: not saved yet.
    void setRecord(const QString &entityId, qint64 recordId);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }
    void setOpener(Opener open) { m_open = std::move(open); }

    // What Add… and a drop do; refusals are reported together. Returns how
    // many were attached.
    int addFiles(const QStringList &paths);
    bool openCurrent();
    bool saveCurrentTo(const QString &path);
    bool removeCurrent();
    void reload();

    QTreeWidget *list() const { return m_list; }
    qint64 currentAttachment() const;
    int count() const;
    QString hint() const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_openButton; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }

signals:
    void countChanged(int count);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void chooseSavePath();
    void updateActions();
    void notify(const QString &title, const QString &text);
    void setDropHighlight(bool on);
    static QStringList localFiles(const QMimeData *mime);

    Attachments &m_attachments;
    QString m_entityId;
    qint64 m_recordId = 0;
    bool m_readOnly = false;
    QPushButton *m_add;
    QPushButton *m_openButton;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_empty;
    Confirmation m_confirm;
    Notification m_notify;
    Opener m_open;
};

} // namespace Backroom
