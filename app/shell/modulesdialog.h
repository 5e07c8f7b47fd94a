#pragma once

#include <QDialog>

namespace Backroom {

class ModuleManager;

namespace Internal {

// Help → Module Status: every module found, its version, state and error.
class ModulesDialog : public QDialog
{
    Q_OBJECT

public:
    ModulesDialog(const ModuleManager &manager, QWidget *parent = nullptr);
};

} // namespace Internal
} // namespace Backroom
