#pragma once

#include "coreglobal.h"

#include <QWidget>

#include <functional>

namespace Backroom {

// What an entity page needs from the screen that edits one record. The
// generic RecordFormView is one; a module replaces it where the work needs
// its own screen (a voucher entry grid) by registering an
// EntityViewContribution, and the page drives either the same way.
class BACKROOM_CORE_EXPORT RecordEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Answer { Save, Discard, Cancel };
    // "Save the changes…?" — tests answer it instead of a message box.
    using SaveQuestion = std::function<Answer(const QString &title, const QString &text)>;

    using QWidget::QWidget;
    ~RecordEditor() override;

    void setSaveQuestion(SaveQuestion question) { m_question = std::move(question); }

    virtual QString entityId() const = 0;
    // 0 while a new record is being written.
    virtual qint64 recordId() const = 0;
    virtual bool openRecord(qint64 id) = 0;
    virtual void newRecord() = 0;
    virtual bool isDirty() const = 0;
    // Asks about unsaved changes; false keeps the editor open.
    virtual bool canClose() = 0;
    virtual QString title() const = 0;

signals:
    // The clerk is done with this record (Back, Escape).
    void closeRequested();
    void saved(qint64 id);
    void titleChanged();

protected:
    // The unsaved-changes question every editor asks the same way: Save,
    // Don't Save, Cancel (Save the default), or the test's answer.
    Answer askToSave(const QString &text);

private:
    SaveQuestion m_question;
};

} // namespace Backroom
