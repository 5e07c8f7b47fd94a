#pragma once

#include "coreglobal.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QToolButton;

namespace Backroom {

class Records;

// The editor of one attachment field (a company logo, a signed copy): the
// file's name and size, Choose… to store a file in the company and Clear.
// The file goes into the company file when chosen, so the field holds only
// its attachment id, like any reference.
class BACKROOM_CORE_EXPORT AttachmentFieldEdit : public QWidget
{
    Q_OBJECT

public:
    // Returns the file to store, or empty when the clerk cancels; tests
    // answer instead of a file dialog.
    using FileQuestion = std::function<QString()>;

    explicit AttachmentFieldEdit(Records &records, QWidget *parent = nullptr);

    qint64 attachmentId() const { return m_id; }
    void setAttachmentId(qint64 id);
    void setReadOnly(bool readOnly);
    // What went wrong with the last file chosen (too large, unreadable).
    QString inputError() const { return m_error; }
    QString text() const;

    void setFileQuestion(FileQuestion ask) { m_ask = std::move(ask); }
    // Stores the file and shows it; false with inputError() when refused.
    bool chooseFile(const QString &path);

signals:
    void attachmentEdited();

private:
    void updateButtons();

    Records &m_records;
    qint64 m_id = 0;
    QString m_error;
    bool m_readOnly = false;
    QLineEdit *m_name;
    QToolButton *m_choose;
    QToolButton *m_clear;
    FileQuestion m_ask;
};

} // namespace Backroom
