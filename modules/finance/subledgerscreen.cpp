#include "subledgerscreen.h"

#include "workflowbar.h"

#include <QKeyEvent>
#include <QLabel>

namespace Backroom::Finance {

QToolBar *SubledgerScreen::toolBar(QWidget *parent)
{
    auto *bar = new QToolBar(parent);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    return bar;
}

QLabel *SubledgerScreen::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    label->setFont(big);
    return label;
}

void SubledgerScreen::showState(QLabel *badge, const Records &records, const QString &entityId, const QString &state)
{
    const Entity *entity = records.entity(entityId);
    const Workflow *workflow = entity ? entity->workflow() : nullptr;
    const Workflow::State *declared = workflow ? workflow->findState(state) : nullptr;
    const Workflow::Tone tone = declared ? declared->tone : Workflow::Tone::Neutral;
    badge->setText(workflow ? workflow->stateLabel(state) : state);
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                                        "font-weight: bold; }")
                             .arg(WorkflowBar::toneBackground(tone).name(), WorkflowBar::toneForeground(tone).name()));
}

QLabel *SubledgerScreen::problemBox(QWidget *parent)
{
    auto *box = new QLabel(parent);
    box->setWordWrap(true);
    box->setObjectName(QStringLiteral("subledgerProblems"));
    box->setStyleSheet(QStringLiteral("#subledgerProblems { background: #fdecea; border: 1px solid #e0a8a3; "
                                      "border-radius: 4px; padding: 6px; color: #8a1c12; }"));
    box->hide();
    return box;
}

void SubledgerScreen::showResult(QLabel *box, const Records::Result &result)
{
    if (result.ok()) {
        box->hide();
        return;
    }
    QStringList lines{result.message};
    for (const Records::FieldError &error : result.fieldErrors)
        if (error.message != result.message)
            lines.append(error.message);
    box->setText(lines.join(QLatin1Char('\n')));
    box->show();
}

namespace {
const SubledgerScreen::Key *keyOf(const QKeyEvent *event, const QList<SubledgerScreen::Key> &keys)
{
    if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::ControlModifier)
        return nullptr;
    const int pressed = event->key() == Qt::Key_Enter ? Qt::Key_Return : event->key();
    for (const SubledgerScreen::Key &key : keys)
        if (key.key == pressed)
            return &key;
    return nullptr;
}
} // namespace

bool SubledgerScreen::overridesShortcut(QEvent *event, const QList<Key> &keys)
{
    if (event->type() != QEvent::ShortcutOverride || !keyOf(static_cast<QKeyEvent *>(event), keys))
        return false;
    event->accept();
    return true;
}

bool SubledgerScreen::handleKey(QKeyEvent *event, const QList<Key> &keys)
{
    const Key *key = keyOf(event, keys);
    if (!key)
        return false;
    key->act();
    return true;
}

} // namespace Backroom::Finance
