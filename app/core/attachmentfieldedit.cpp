#include "attachmentfieldedit.h"

#include "attachments.h"
#include "records.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Backroom {

AttachmentFieldEdit::AttachmentFieldEdit(Records &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_name(new QLineEdit(this))
    , m_choose(new QToolButton(this))
    , m_clear(new QToolButton(this))
{
    m_name->setReadOnly(true);
    m_name->setPlaceholderText(tr("No file"));
    m_choose->setText(tr("Choose…"));
    m_choose->setToolTip(tr("Store a file from this computer in the company file"));
    m_clear->setText(tr("Clear"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    setFocusProxy(m_choose);
    connect(m_choose, &QToolButton::clicked, this, [this] {
        const QString path = m_ask ? m_ask()
                                   : QFileDialog::getOpenFileName(this, tr("Choose a File"), QString());
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_error.clear();
        setAttachmentId(0);
        emit attachmentEdited();
    });
    updateButtons();
}

QString AttachmentFieldEdit::text() const
{
    return m_name->text();
}

void AttachmentFieldEdit::setAttachmentId(qint64 id)
{
    m_id = id;
    QString shown;
    if (id) {
        Attachments attachments(m_records.database(), m_records.userName());
        if (const auto info = attachments.info(id))
            shown = tr("%1 (%2)").arg(info->fileName, Attachments::formatSize(info->size));
        else
            shown = tr("Attachment %1 (missing)").arg(id);
    }
    m_name->setText(shown);
    updateButtons();
}

bool AttachmentFieldEdit::chooseFile(const QString &path)
{
    // Stored at once, in its own transaction: a record left unsaved leaves
    // an unused attachment, never a field pointing at nothing.
    Attachments attachments(m_records.database(), m_records.userName());
    QString error;
    const std::optional<qint64> id = attachments.addFile(path, &error);
    if (!id) {
        m_error = error;
        emit attachmentEdited();
        return false;
    }
    m_error.clear();
    setAttachmentId(*id);
    emit attachmentEdited();
    return true;
}

void AttachmentFieldEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void AttachmentFieldEdit::updateButtons()
{
    m_choose->setEnabled(!m_readOnly);
    m_clear->setEnabled(!m_readOnly && m_id != 0);
}

} // namespace Backroom
