#include "iconcache.h"
#include "departmentmodule.h"

#include "companyfile.h"
#include "companysession.h"
#include "emptystatewidget.h"
#include "modulecontext.h"
#include "modulespec.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace Backroom {

DepartmentModule::DepartmentModule(QObject *parent)
    : QObject(parent)
{
}

bool DepartmentModule::initialize(ModuleContext &context, QString *)
{
    const ModuleSpec &spec = context.spec();
    const QString iconPath = spec.iconPath();
    PageContribution page;
    page.id = spec.id() + QStringLiteral("/overview");
    page.title = [] { return QCoreApplication::translate("Backroom::DepartmentModule", "Overview"); };
    page.create = [&spec, iconPath](CompanySession *session, QWidget *parent) -> QWidget * {
        auto *page = new EmptyStateWidget(parent);
        page->setIcon(IconCache::icon(iconPath));
        page->setTitle(spec.displayName());
        QString text = spec.displayDescription();
        if (session)
            text += QStringLiteral("\n\n")
                  + QCoreApplication::translate("Backroom::DepartmentModule",
                                                "Nothing has been recorded in %1 for %2 yet.")
                        .arg(spec.displayName(), session->company().companyName());
        page->setText(text);
        return page;
    };
    context.addPage(std::move(page));
    return true;
}

} // namespace Backroom
