#include "subledgereditor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>

namespace Backroom::Finance {

QString SubledgerEditor::problemText() const
{
    return m_problems && m_problems->isVisible() ? m_problems->text() : QString();
}

QLabel *SubledgerEditor::createProblemBox()
{
    m_problems = SubledgerScreen::problemBox(this);
    return m_problems;
}

void SubledgerEditor::showResult(const Records::Result &result)
{
    if (m_problems)
        SubledgerScreen::showResult(m_problems, result);
}

void SubledgerEditor::hideProblem()
{
    if (m_problems)
        m_problems->hide();
}

bool SubledgerEditor::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
           == QMessageBox::Yes;
}

bool SubledgerEditor::takeStep(const QString &title, const QString &question,
                               const std::function<Records::Result()> &step)
{
    if (!confirm(title, question))
        return false;
    const qint64 id = recordId();
    const Records::Result result = step();
    showResult(result);
    if (!result.ok())
        return false;
    openRecord(id);
    emit saved(id);
    return true;
}

bool SubledgerEditor::event(QEvent *event)
{
    // This screen's keys, before the window's own.
    return SubledgerScreen::overridesShortcut(event, keys()) || RecordEditor::event(event);
}

void SubledgerEditor::keyPressEvent(QKeyEvent *event)
{
    if (SubledgerScreen::handleKey(event, keys()))
        return;
    if (event->key() == Qt::Key_Escape) {
        if (canClose())
            emit closeRequested();
        return;
    }
    RecordEditor::keyPressEvent(event);
}

} // namespace Backroom::Finance
