#include "coreentities.h"

#include "audithook.h"
#include "records.h"
#include "systemaccount.h"

#include <QRegularExpression>

namespace Backroom {

namespace {
Field::Choice choice(const char *key, const char *label)
{
    return {QString::fromLatin1(key), [label] { return CoreEntities::tr(label); }};
}
} // namespace

QList<Entity> CoreEntities::declarations()
{
    Entity company(QStringLiteral("core.company"), [] { return tr("Company profile"); });
    company.add(Field::text(QStringLiteral("name"), [] { return tr("Company name"); }).required().searchable())
        .add(Field::text(QStringLiteral("short_name"), [] { return tr("Short name"); }, 40))
        .add(Field::text(QStringLiteral("tax_id"), [] { return tr("Taxpayer ID"); }, 20)
                 .help([] { return tr("The unified social credit code (统一社会信用代码) or tax number."); }))
        .add(Field::longText(QStringLiteral("address"), [] { return tr("Address"); }))
        .add(Field::text(QStringLiteral("phone"), [] { return tr("Phone"); }, 40))
        .add(Field::text(QStringLiteral("currency"), [] { return tr("Currency"); }, 3).required().defaultValue(QStringLiteral("CNY")))
        .add(Field::integer(QStringLiteral("fiscal_year_start"), [] { return tr("Fiscal year starts in month"); })
                 .range(1, 12)
                 .defaultValue(1))
        .add(Field::attachment(QStringLiteral("logo"), [] { return tr("Logo"); }))
        .archivable(false);

    Entity department(QStringLiteral("core.department"), [] { return tr("Department"); }, [] { return tr("Departments"); });
    department.add(Field::text(QStringLiteral("code"), [] { return tr("Code"); }, 20).unique().searchable())
        .add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }).required().searchable())
        .add(Field::reference(QStringLiteral("parent"), [] { return tr("Parent department"); }, QStringLiteral("core.department")))
        .add(Field::reference(QStringLiteral("manager"), [] { return tr("Manager"); }, QStringLiteral("core.person")))
        .displayField(QStringLiteral("name"));

    Entity person(QStringLiteral("core.person"), [] { return tr("Person"); }, [] { return tr("People"); });
    person.add(Field::text(QStringLiteral("code"), [] { return tr("Staff number"); }, 20).unique().searchable())
        .add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }).required().searchable())
        .add(Field::reference(QStringLiteral("department"), [] { return tr("Department"); }, QStringLiteral("core.department")))
        .add(Field::text(QStringLiteral("position"), [] { return tr("Position"); }, 60))
        .add(Field::text(QStringLiteral("phone"), [] { return tr("Phone"); }, 40).sensitive())
        .add(Field::text(QStringLiteral("email"), [] { return tr("Email"); }, 120))
        .displayField(QStringLiteral("name"));

    Entity partner(QStringLiteral("core.partner"), [] { return tr("Partner"); }, [] { return tr("Partners"); });
    partner.add(Field::text(QStringLiteral("code"), [] { return tr("Code"); }, 20).unique().searchable())
        .add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }).required().unique().searchable())
        .add(Field::choice(QStringLiteral("kind"), [] { return tr("Kind"); },
                           {choice("customer", QT_TRANSLATE_NOOP("Backroom::CoreEntities", "Customer")),
                            choice("supplier", QT_TRANSLATE_NOOP("Backroom::CoreEntities", "Supplier")),
                            choice("both", QT_TRANSLATE_NOOP("Backroom::CoreEntities", "Customer and supplier"))})
                 .required()
                 .defaultValue(QStringLiteral("customer")))
        .add(Field::text(QStringLiteral("tax_id"), [] { return tr("Taxpayer ID"); }, 20).searchable())
        .add(Field::text(QStringLiteral("contact"), [] { return tr("Contact person"); }, 60))
        .add(Field::text(QStringLiteral("phone"), [] { return tr("Phone"); }, 40))
        .add(Field::longText(QStringLiteral("address"), [] { return tr("Address"); }))
        .add(Field::text(QStringLiteral("bank"), [] { return tr("Bank"); }, 80))
        .add(Field::text(QStringLiteral("bank_account"), [] { return tr("Bank account"); }, 40).sensitive())
        .add(Field::money(QStringLiteral("credit_limit"), [] { return tr("Credit limit"); }).range(0, std::numeric_limits<qint64>::max()))
        // 账期: the days an invoice of this partner runs when it names no due date.
        .add(Field::integer(QStringLiteral("payment_days"), [] { return tr("Payment terms (days)"); })
                 .range(0, 365)
                 .defaultValue(30)
                 .help([] { return tr("Days from an invoice's date to its due date, when the invoice names none."); }))
        .displayField(QStringLiteral("name"));

    Entity tag(QStringLiteral("core.tag"), [] { return tr("Tag"); }, [] { return tr("Tags"); });
    tag.add(Field::text(QStringLiteral("name"), [] { return tr("Name"); }, 40).required().unique().searchable())
        .add(Field::text(QStringLiteral("color"), [] { return tr("Colour"); }, 7)
                 .validator([](const QVariant &value) {
                     static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
                     return hex.match(value.toString()).hasMatch() ? QString()
                                                                   : tr("Colour must look like #1f7a5c.");
                 }));

    Entity note(QStringLiteral("core.note"), [] { return tr("Note"); }, [] { return tr("Notes"); });
    note.add(Field::text(QStringLiteral("subject"), [] { return tr("Subject"); }).required().searchable())
        .add(Field::longText(QStringLiteral("body"), [] { return tr("Text"); }).searchable())
        .add(Field::text(QStringLiteral("about_entity"), [] { return tr("About (kind)"); }, 60))
        .add(Field::integer(QStringLiteral("about_id"), [] { return tr("About (record)"); }));

    return {company, department, person, partner, tag, note};
}

bool CoreEntities::populateDemo(Database &db, const QList<Entity> &entities, const QString &language,
                                QString *errorString)
{
    const bool chinese = language == QLatin1String("zh_CN");
    Registry<Entity> registry;
    for (const Entity &entity : entities)
        registry.add(QStringLiteral("core"), entity);
    Records records(db, registry, SystemAccount::userName());
    // The books start with their history: the demo records are audited too.
    AuditHook audit;
    records.addHook(&audit);
    auto create = [&](const char *entity, const QVariantMap &values) -> qint64 {
        const Records::Result result = records.create(QString::fromLatin1(entity), values);
        if (!result.ok() && errorString && errorString->isEmpty())
            *errorString = result.message;
        return result.ok() ? result.id : 0;
    };
    auto pick = [chinese](const char *zh, const char *en) { return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en); };

    create("core.company", {{QStringLiteral("name"), pick("示范商贸有限公司", "Demo Trading Co., Ltd.")},
                            {QStringLiteral("short_name"), pick("示范商贸", "Demo Trading")},
                            {QStringLiteral("tax_id"), QStringLiteral("91310115MA1K4DEMO8")},
                            {QStringLiteral("address"), pick("上海市浦东新区张江路 88 号 5 楼", "5F, 88 Zhangjiang Road, Pudong, Shanghai")},
                            {QStringLiteral("phone"), QStringLiteral("021-5080 1234")}});

    struct Dept { const char *code, *zh, *en; };
    const Dept departments[] = {
        {"D01", "财务部", "Finance"},         {"D02", "人力资源部", "Human Resources"}, {"D03", "采购部", "Procurement"},
        {"D04", "仓储物流部", "Stores and Logistics"}, {"D05", "行政部", "Administration"}, {"D06", "信息技术部", "IT"},
        {"D07", "法务部", "Legal"},           {"D08", "后勤部", "Facilities"},          {"D09", "客户服务部", "Customer Service"},
        {"D10", "运营部", "Operations"},
    };
    QList<qint64> departmentIds;
    for (const Dept &d : departments)
        departmentIds.append(create("core.department", {{QStringLiteral("code"), QString::fromLatin1(d.code)},
                                                        {QStringLiteral("name"), pick(d.zh, d.en)}}));

    struct Staff { const char *zh, *en, *positionZh, *positionEn; int department; };
    const Staff staff[] = {
        {"王芳", "Wang Fang", "财务经理", "Finance manager", 0},        {"李娜", "Li Na", "会计", "Accountant", 0},
        {"张伟", "Zhang Wei", "出纳", "Cashier", 0},                    {"刘洋", "Liu Yang", "人事专员", "HR officer", 1},
        {"陈静", "Chen Jing", "薪酬专员", "Payroll officer", 1},        {"杨磊", "Yang Lei", "采购员", "Buyer", 2},
        {"赵敏", "Zhao Min", "仓库管理员", "Storekeeper", 3},          {"黄强", "Huang Qiang", "行政主管", "Office manager", 4},
        {"周杰", "Zhou Jie", "IT 支持", "IT support", 5},              {"吴婷", "Wu Ting", "法务专员", "Legal officer", 6},
        {"徐军", "Xu Jun", "后勤主管", "Facilities officer", 7},        {"孙丽", "Sun Li", "客服专员", "Service agent", 8},
    };
    int number = 1;
    for (const Staff &s : staff) {
        const qint64 id = create("core.person", {{QStringLiteral("code"), QStringLiteral("E%1").arg(number, 3, 10, QLatin1Char('0'))},
                                                  {QStringLiteral("name"), pick(s.zh, s.en)},
                                                  {QStringLiteral("department"), departmentIds.value(s.department)},
                                                  {QStringLiteral("position"), pick(s.positionZh, s.positionEn)},
                                                  {QStringLiteral("phone"), QStringLiteral("1380013%1").arg(8000 + number)},
                                                  {QStringLiteral("email"), QStringLiteral("staff%1@demo.example").arg(number)}});
        if (number == 1 && id)
            records.update(QStringLiteral("core.department"), departmentIds.value(0), 1, {{QStringLiteral("manager"), id}});
        ++number;
    }

    struct Partner { const char *code, *zh, *en, *kind; const char *tax; qint64 credit; };
    const Partner partners[] = {
        {"C001", "上海华联超市有限公司", "Shanghai Hualian Supermarkets Ltd.", "customer", "91310000132211111X", 50000000},
        {"C002", "北京京东世纪贸易有限公司", "Beijing Jingdong Century Trading Co.", "customer", "91110302562134916R", 80000000},
        {"C003", "杭州西湖文具店", "Hangzhou West Lake Stationers", "customer", "92330106MA2AXXXX1", 2000000},
        {"S001", "得力集团有限公司", "Deli Group Co., Ltd.", "supplier", "91330226254236371B", 0},
        {"S002", "晨光文具股份有限公司", "M&G Stationery Inc.", "supplier", "913100006072342578", 0},
        {"S003", "联想（北京）有限公司", "Lenovo (Beijing) Ltd.", "supplier", "911100006000069140", 0},
        {"S004", "顺丰速运有限公司", "SF Express Co., Ltd.", "supplier", "91440300279371111T", 0},
        {"B001", "苏州工业园区办公设备有限公司", "Suzhou Industrial Park Office Equipment", "both", "91320594MA1MXXXX2", 10000000},
    };
    for (const Partner &p : partners)
        create("core.partner", {{QStringLiteral("code"), QString::fromLatin1(p.code)},
                                {QStringLiteral("name"), pick(p.zh, p.en)},
                                {QStringLiteral("kind"), QString::fromLatin1(p.kind)},
                                {QStringLiteral("tax_id"), QString::fromLatin1(p.tax)},
                                {QStringLiteral("bank"), pick("中国工商银行上海分行", "ICBC Shanghai Branch")},
                                {QStringLiteral("bank_account"), QStringLiteral("6222 0210 0112 %1").arg(qHash(QString::fromLatin1(p.code)) % 10000, 4, 10, QLatin1Char('0'))},
                                {QStringLiteral("credit_limit"), p.credit}});

    for (const auto &[zh, en, color] : {std::tuple{"重要", "Important", "#c0392b"}, std::tuple{"长期合作", "Long-term", "#1f7a5c"},
                                        std::tuple{"待跟进", "Follow up", "#d68910"}})
        create("core.tag", {{QStringLiteral("name"), pick(zh, en)}, {QStringLiteral("color"), QString::fromLatin1(color)}});

    return errorString ? errorString->isEmpty() : true;
}

} // namespace Backroom
