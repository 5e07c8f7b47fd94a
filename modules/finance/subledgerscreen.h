#pragma once

#include "records.h"

#include <QAction>
#include <QHash>
#include <QStyle>
#include <QToolBar>

#include <functional>

class QKeyEvent;
class QLabel;

namespace Backroom::Finance {

// The parts the invoice and payment screens share: the tool bar and its
// named actions, the heading with the number and the state badge, the box
// that shows a refusal above the work.
class SubledgerScreen
{
public:
    static QToolBar *toolBar(QWidget *parent);

    template <typename Slot>
    static QAction *addAction(QToolBar *bar, QHash<QString, QAction *> *actions, const QString &name,
                              const QString &text, QStyle::StandardPixmap icon, const QString &tip, Slot slot)
    {
        QWidget *owner = bar->parentWidget();
        auto *action = new QAction(text, owner);
        if (icon != QStyle::SP_CustomBase)
            action->setIcon(owner->style()->standardIcon(icon));
        action->setToolTip(tip);
        action->setObjectName(QStringLiteral("subledger-") + name);
        QObject::connect(action, &QAction::triggered, owner, slot);
        actions->insert(name, action);
        bar->addAction(action);
        return action;
    }

    // A heading in large bold type.
    static QLabel *heading(const QString &text, QWidget *parent);
    // The state's label coloured by its tone, as the voucher screen shows it.
    static void showState(QLabel *badge, const Records &records, const QString &entityId, const QString &state);
    // A hidden box for refusals.
    static QLabel *problemBox(QWidget *parent);
    // Shows a refused result with its field problems; hides the box on success.
    static void showResult(QLabel *box, const Records::Result &result);

    // A screen's own key (Ctrl+S, Ctrl+Enter…), taken before the window's
    // shortcuts; Ctrl+Enter is also Ctrl with the keypad's Enter.
    struct Key
    {
        Qt::Key key;
        std::function<void()> act;
    };
    // For event(): true (accepted) when the event is a shortcut override
    // for one of the keys.
    static bool overridesShortcut(QEvent *event, const QList<Key> &keys);
    // For keyPressEvent(): true when one of the keys (with Ctrl) was pressed and acted on.
    static bool handleKey(QKeyEvent *event, const QList<Key> &keys);
};

} // namespace Backroom::Finance
