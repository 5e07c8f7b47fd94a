#pragma once

#include "coreglobal.h"
#include "imodule.h"

#include <QCoreApplication>
#include <QObject>

namespace Backroom {

// Base of a department module that so far contributes only its landing page
// (the department's name, what it covers, and that nothing is recorded in
// it yet). A module replaces it with its own IModule once it has real pages.
class BACKROOM_CORE_EXPORT DepartmentModule : public QObject, public IModule
{
    Q_OBJECT
    Q_INTERFACES(Backroom::IModule)

public:
    explicit DepartmentModule(QObject *parent = nullptr);

    bool initialize(ModuleContext &context, QString *errorString) override;
};

} // namespace Backroom
