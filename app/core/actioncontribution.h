#pragma once

#include <QIcon>
#include <QKeySequence>
#include <QString>

#include <functional>

class QWidget;

namespace Backroom {

// A command a module adds to the main window's menus (the module's own menu
// under Modules, or the Tools menu).
struct ActionContribution
{
    enum class Menu { Module, Tools };

    QString id;                         // "finance.close-period"
    std::function<QString()> text;
    QIcon icon;
    QKeySequence shortcut;
    Menu menu = Menu::Module;
    std::function<void(QWidget *window)> trigger;
};

} // namespace Backroom
