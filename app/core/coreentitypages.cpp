#include "coreentitypages.h"

#include "companysession.h"
#include "entitypage.h"
#include "imodule.h"
#include "modulespec.h"
#include "recordformview.h"
#include "records.h"

#include <QAction>
#include <QJsonObject>

namespace Backroom {

namespace {

// The one company profile of the file, edited in place: no list of one.
QWidget *createCompanyProfile(CompanySession *session, QWidget *parent)
{
    auto *form = new RecordFormView(session->records(), QStringLiteral("core.company"), parent);
    form->backAction()->setVisible(false);
    form->saveAndNewAction()->setVisible(false);
    QuerySpec first;
    first.sort = {SortKey{QStringLiteral("id"), Qt::AscendingOrder}};
    first.includeArchived = true;
    first.limit = 1;
    const QList<Record> found = session->records().select(QStringLiteral("core.company"), first);
    if (!found.isEmpty())
        form->openRecord(found.first().id);
    return form;
}

} // namespace

std::unique_ptr<ModuleSpec> CoreEntityPages::spec()
{
    const QJsonObject manifest{
        {QStringLiteral("id"), QStringLiteral("core")},
        {QStringLiteral("name"), QStringLiteral("Basic Data")},
        {QStringLiteral("name[zh_CN]"), QString::fromUtf8("基础资料")},
        {QStringLiteral("version"), QStringLiteral("1.0.0")},
        {QStringLiteral("description"),
         QStringLiteral("The company profile, departments, people, partners and tags that every department shares.")},
        {QStringLiteral("description[zh_CN]"), QString::fromUtf8("各部门共用的公司资料、部门、人员、往来单位与标签。")},
        {QStringLiteral("icon"), QStringLiteral(":/backroom/icons/modules/core.svg")},
        {QStringLiteral("order"), 0},
    };
    const QJsonObject metaData{{QStringLiteral("IID"), QLatin1String(BACKROOM_MODULE_IID)},
                               {QStringLiteral("MetaData"), manifest}};
    return ModuleSpec::fromPluginMetaData(metaData, QString());
}

QList<PageContribution> CoreEntityPages::pages(const ExtensionRegistries &registries)
{
    const QString core = QStringLiteral("core");
    QList<PageContribution> pages{
        EntityPage::contribution(core, QStringLiteral("core.partner"), registries, 10),
        EntityPage::contribution(core, QStringLiteral("core.person"), registries, 20),
        EntityPage::contribution(core, QStringLiteral("core.department"), registries, 30),
        EntityPage::contribution(core, QStringLiteral("core.tag"), registries, 40),
    };
    PageContribution company;
    company.id = QStringLiteral("core/core.company");
    company.order = 50;
    company.title = [] { return tr("Company Profile"); };
    company.create = createCompanyProfile;
    company.canClose = [](QWidget *page) {
        auto *form = qobject_cast<RecordFormView *>(page);
        return !form || form->canClose();
    };
    pages.append(company);
    return pages;
}

} // namespace Backroom
