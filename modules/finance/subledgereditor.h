#pragma once

#include "recordeditor.h"
#include "records.h"
#include "subledgerscreen.h"

#include <functional>

class QLabel;

namespace Backroom::Finance {

// What the invoice and payment screens do alike: their own keys taken before
// the window's shortcuts, Escape to go back, a workflow step asked about,
// taken and shown, and the box that shows a refusal above the work.
class SubledgerEditor : public RecordEditor
{
    Q_OBJECT

public:
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;

    using RecordEditor::RecordEditor;

    // Tests answer the questions instead of a message box.
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // The refusal shown, empty when none is.
    QString problemText() const;

protected:
    // The screen's keys with Ctrl (Ctrl+S, Ctrl+Enter…).
    virtual QList<SubledgerScreen::Key> keys() = 0;

    // Made by the screen where its layout wants it.
    QLabel *createProblemBox();
    void showResult(const Records::Result &result);
    void hideProblem();
    bool confirm(const QString &title, const QString &text);
    // Asks, takes the step on the record shown, then shows the refusal or
    // the record as it is now.
    bool takeStep(const QString &title, const QString &question, const std::function<Records::Result()> &step);

    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    Confirmation m_confirm;
    QLabel *m_problems = nullptr;
};

} // namespace Backroom::Finance
