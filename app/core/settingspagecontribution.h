#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Backroom {

// A page of the Preferences dialog. The widget applies its own values when
// the dialog is accepted through the apply callback.
struct SettingsPageContribution
{
    QString id;
    std::function<QString()> title;
    std::function<QWidget *(QWidget *parent)> create;
    std::function<void(QWidget *page)> apply;
};

} // namespace Backroom
