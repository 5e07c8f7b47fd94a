#include "roles.h"

#include "auditlog.h"
#include "database.h"
#include "useraccounts.h"
#include "writetransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Backroom {

namespace {

const QString everything = QStringLiteral("*");

Roles::Grant grant(const char *scope, std::initializer_list<const char *> actions)
{
    Roles::Grant result{QString::fromLatin1(scope), {}};
    for (const char *action : actions)
        result.actions.append(QString::fromLatin1(action));
    return result;
}

// A department's own clerk: everything in their module but approving,
// unmasking and administering; read and maintain the shared basic data.
QList<Roles::Grant> departmentClerk(const char *module, std::initializer_list<const char *> extra = {})
{
    Roles::Grant own = grant(module, {"read", "create", "update", "delete", "print", "export"});
    for (const char *action : extra)
        own.actions.append(QString::fromLatin1(action));
    return {own, grant("core", {"read", "create", "update"})};
}

} // namespace

QStringList Roles::actions()
{
    return {QStringLiteral("read"),  QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
            QStringLiteral("approve"), QStringLiteral("post"),  QStringLiteral("print"),  QStringLiteral("export"),
            QStringLiteral("unmask"),  QStringLiteral("administer")};
}

QString Roles::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("read"), QT_TR_NOOP("read")},       {QStringLiteral("create"), QT_TR_NOOP("create")},
        {QStringLiteral("update"), QT_TR_NOOP("change")},   {QStringLiteral("delete"), QT_TR_NOOP("delete or archive")},
        {QStringLiteral("approve"), QT_TR_NOOP("approve")}, {QStringLiteral("post"), QT_TR_NOOP("post")},
        {QStringLiteral("print"), QT_TR_NOOP("print")},     {QStringLiteral("export"), QT_TR_NOOP("export")},
        {QStringLiteral("unmask"), QT_TR_NOOP("see sensitive values")},
        {QStringLiteral("administer"), QT_TR_NOOP("administer")}};
    const auto found = labels.constFind(action);
    return found == labels.constEnd() ? action : tr(*found);
}

QList<Roles::Definition> Roles::shipped()
{
    // Translated when shown, stored in English.
    static const QList<Definition> definitions{
        {QStringLiteral("administrator"), [] { return tr("Administrator"); },
         [] { return tr("Everything, including users, roles and the audit log."); },
         {grant("*", {"read", "create", "update", "delete", "approve", "post", "print", "export", "unmask", "administer"})}},
        {QStringLiteral("manager"), [] { return tr("Manager"); },
         [] { return tr("Reads everything, approves, prints and exports."); },
         {grant("*", {"read", "approve", "print", "export"})}},
        {QStringLiteral("auditor"), [] { return tr("Auditor (read-only)"); },
         [] { return tr("Reads everything and the audit log; prints and exports; changes nothing."); },
         {grant("*", {"read", "print", "export"}), grant("audit", {"read", "export"})}},
        {QStringLiteral("accountant"), [] { return tr("Accountant"); },
         [] { return tr("Keeps the books: vouchers, ledgers, receivables and payables, tax."); },
         departmentClerk("finance", {"post"})},
        {QStringLiteral("cashier"), [] { return tr("Cashier"); },
         [] { return tr("Enters cash and bank vouchers; reads the books."); },
         {grant("finance", {"read", "create", "update", "print"}), grant("core", {"read"})}},
        {QStringLiteral("hr_officer"), [] { return tr("HR officer"); },
         [] { return tr("Recruiting, training, reviews, leave and labour contracts; no salaries."); },
         departmentClerk("hr")},
        {QStringLiteral("payroll_officer"), [] { return tr("Payroll officer"); },
         [] { return tr("Runs payroll and sees salaries and bank accounts."); },
         departmentClerk("hr", {"unmask", "post"})},
        {QStringLiteral("buyer"), [] { return tr("Buyer"); },
         [] { return tr("Suppliers, purchase requests, orders and contracts."); }, departmentClerk("procurement")},
        {QStringLiteral("storekeeper"), [] { return tr("Storekeeper"); },
         [] { return tr("Stock, receipts, issues, requisitions and equipment."); }, departmentClerk("inventory", {"post"})},
        {QStringLiteral("administration_officer"), [] { return tr("Administration officer"); },
         [] { return tr("Documents and archives, meetings and travel."); }, departmentClerk("admin")},
        {QStringLiteral("it_support"), [] { return tr("IT support"); },
         [] { return tr("IT assets, licences and the helpdesk."); }, departmentClerk("it")},
        {QStringLiteral("legal_officer"), [] { return tr("Legal officer"); },
         [] { return tr("Contracts, compliance and disputes."); }, departmentClerk("legal", {"unmask"})},
        {QStringLiteral("facilities_officer"), [] { return tr("Facilities officer"); },
         [] { return tr("Sites, repairs and security."); }, departmentClerk("facilities")},
        {QStringLiteral("service_agent"), [] { return tr("Service agent"); },
         [] { return tr("Inquiries, complaints and after-sales service."); }, departmentClerk("service")},
        {QStringLiteral("analyst"), [] { return tr("Operations analyst"); },
         [] { return tr("CRM, analysis and dashboards; reads the other departments."); },
         {grant("operations", {"read", "create", "update", "delete", "print", "export"}),
          grant("*", {"read", "print"})}},
    };
    return definitions;
}

const Roles::Definition *Roles::findShipped(const QString &key)
{
    static const QList<Definition> definitions = shipped();
    for (const Definition &definition : definitions) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

Roles::Roles(Database &db, const AccessControl &actor) : m_db(db), m_actor(actor) {}

bool Roles::writeGrants(qint64 roleId, const QList<Grant> &grants, QString *error)
{
    if (!m_db.exec(QStringLiteral("DELETE FROM backroom_role_permission WHERE role_id = ?"), {roleId}, error))
        return false;
    for (const Grant &grant : grants) {
        for (const QString &action : grant.actions) {
            if (!m_db.exec(QStringLiteral("INSERT INTO backroom_role_permission (role_id, scope, action) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {roleId, grant.scope, action}, error))
                return false;
        }
    }
    return true;
}

bool Roles::ensureShipped(QString *error)
{
    // Usually all is as shipped: then nothing is written, so opening a
    // company does not need a write (nor disk space) for this.
    const auto flattened = [](const QList<Grant> &grants) {
        QSet<QString> flat;
        for (const Grant &grant : grants)
            for (const QString &action : grant.actions)
                flat.insert(grant.scope + QLatin1Char('|') + action);
        return flat;
    };
    bool asShipped = true;
    for (const Definition &definition : shipped()) {
        const std::optional<Role> stored = role(definition.key);
        if (!stored || flattened(stored->grants) != flattened(definition.grants)) {
            asShipped = false;
            break;
        }
    }
    if (asShipped)
        return true;
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    for (const Definition &definition : shipped()) {
        std::optional<QVariant> id =
            m_db.scalar(QStringLiteral("SELECT id FROM backroom_role WHERE role_key = ?"), {definition.key});
        if (!id) {
            if (!m_db.exec(QStringLiteral("INSERT INTO backroom_role (role_key, name, description) VALUES (?, ?, ?)"),
                           {definition.key, definition.key, QStringLiteral("")}, error))
                return false;
            id = m_db.scalar(QStringLiteral("SELECT id FROM backroom_role WHERE role_key = ?"), {definition.key});
        }
        if (!id || !writeGrants(id->toLongLong(), definition.grants, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

std::optional<Roles::Role> Roles::role(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, role_key, name, description, copied_from FROM backroom_role WHERE role_key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Role role;
    const qint64 id = query.value(0).toLongLong();
    role.key = query.value(1).toString();
    role.name = query.value(2).toString();
    role.description = query.value(3).toString();
    role.copiedFrom = query.value(4).toString();
    query.finish();
    if (const Definition *definition = findShipped(role.key)) {
        role.shipped = true;
        role.name = definition->name();
        role.description = definition->description();
    }
    QSqlQuery grants(m_db.connection());
    grants.prepare(QStringLiteral("SELECT scope, action FROM backroom_role_permission WHERE role_id = ? ORDER BY scope, action"));
    grants.addBindValue(id);
    if (grants.exec()) {
        while (grants.next()) {
            const QString scope = grants.value(0).toString();
            if (role.grants.isEmpty() || role.grants.constLast().scope != scope)
                role.grants.append({scope, {}});
            role.grants.last().actions.append(grants.value(1).toString());
        }
    }
    return role;
}

QList<Roles::Role> Roles::roles() const
{
    QSqlQuery query(m_db.connection());
    query.exec(QStringLiteral("SELECT role_key FROM backroom_role ORDER BY id"));
    QStringList keys;
    while (query.next())
        keys.append(query.value(0).toString());
    query.finish();
    QList<Role> result;
    for (const QString &key : keys) {
        if (std::optional<Role> found = role(key))
            result.append(*found);
    }
    return result;
}

bool Roles::refused(QString *error) const
{
    const QString administer = UserAccounts::administerAction();
    if (m_actor.allows(administer, UserAccounts::securityScope()))
        return false;
    // The refusal is on record even though nothing changed: someone tried.
    AuditLog(m_db).appendRefusal(m_actor.userName(), administer, UserAccounts::securityScope());
    *error = m_actor.refusal(administer, tr("users and roles"));
    return true;
}

namespace {

// {"scope": ["action", …]}: what a role grants, for the audit log.
QJsonObject grantsDetail(const QList<Roles::Grant> &grants)
{
    QMap<QString, QStringList> byScope;
    for (const Roles::Grant &grant : grants)
        byScope[grant.scope] += grant.actions;
    QJsonObject result;
    for (auto it = byScope.begin(); it != byScope.end(); ++it) {
        QStringList actions = it.value();
        actions.sort();
        actions.removeDuplicates();
        if (!actions.isEmpty())
            result.insert(it.key(), QJsonArray::fromStringList(actions));
    }
    return result;
}

bool auditChange(Database &db, const QString &user, const QJsonObject &detail, QString *error)
{
    AuditLog::Entry entry;
    entry.user = user;
    entry.action = QString::fromLatin1(AuditLog::Action::PermissionChange);
    entry.entity = QStringLiteral("security");
    entry.detail = detail;
    QString why;
    if (AuditLog(db).append(entry, &why).id != 0)
        return true;
    *error = Roles::tr("The audit log could not be written, so nothing was done: %1").arg(why);
    return false;
}

} // namespace

bool Roles::copy(const QString &sourceKey, const QString &newKey, const QString &name, QString *error)
{
    if (refused(error))
        return false;
    const std::optional<Role> source = role(sourceKey);
    if (!source) {
        *error = tr("There is no role “%1”.").arg(sourceKey);
        return false;
    }
    static const QRegularExpression validKey(QStringLiteral("^[a-z0-9][a-z0-9_]{1,39}$"));
    if (!validKey.match(newKey).hasMatch()) {
        *error = tr("A role key has 2 to 40 lower-case letters, digits or underscores, starting with a letter or digit.");
        return false;
    }
    if (name.trimmed().isEmpty()) {
        *error = tr("The new role needs a name.");
        return false;
    }
    if (role(newKey)) {
        *error = tr("There is already a role “%1”.").arg(newKey);
        return false;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    if (!m_db.exec(QStringLiteral("INSERT INTO backroom_role (role_key, name, description, copied_from) VALUES (?, ?, ?, ?)"),
                   {newKey, name.trimmed(), source->description, sourceKey}, error))
        return false;
    const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM backroom_role WHERE role_key = ?"), {newKey})->toLongLong();
    const QJsonObject detail{{QStringLiteral("change"), QStringLiteral("copy_role")},
                             {QStringLiteral("role"), newKey},
                             {QStringLiteral("name"), name.trimmed()},
                             {QStringLiteral("from"), sourceKey},
                             {QStringLiteral("grants"), grantsDetail(source->grants)}};
    if (!writeGrants(id, source->grants, error) || !auditChange(m_db, m_actor.userName(), detail, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

bool Roles::setGrants(const QString &key, const QList<Grant> &grants, QString *error)
{
    if (refused(error))
        return false;
    if (findShipped(key)) {
        *error = tr("“%1” is a shipped role and stays as shipped; copy it and change the copy.").arg(key);
        return false;
    }
    const std::optional<Role> before = role(key);
    if (!before) {
        *error = tr("There is no role “%1”.").arg(key);
        return false;
    }
    const std::optional<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM backroom_role WHERE role_key = ?"), {key});
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    const int administratorsBefore = UserAccounts::administratorCount(m_db);
    if (!id || !writeGrants(id->toLongLong(), grants, error))
        return false;
    if (administratorsBefore > 0 && UserAccounts::administratorCount(m_db) == 0) {
        *error = tr("Without “administer” on users and roles in “%1” nobody could administer the company any more.")
                     .arg(before->name);
        return false;
    }
    const QJsonObject detail{{QStringLiteral("change"), QStringLiteral("set_grants")},
                             {QStringLiteral("role"), key},
                             {QStringLiteral("before"), grantsDetail(before->grants)},
                             {QStringLiteral("after"), grantsDetail(grants)}};
    if (!auditChange(m_db, m_actor.userName(), detail, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

AccessControl AccessControl::forUser(Database &db, qint64 userId, const QString &userName)
{
    AccessControl access;
    access.m_user = userName;
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT p.scope, p.action FROM backroom_user_role ur "
                                 "JOIN backroom_role_permission p ON p.role_id = ur.role_id "
                                 "JOIN backroom_user u ON u.id = ur.user_id WHERE ur.user_id = ? AND u.disabled = 0"));
    query.addBindValue(userId);
    if (query.exec()) {
        while (query.next())
            access.m_grants.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString());
    }
    return access;
}

AccessControl AccessControl::unrestricted(const QString &userName)
{
    AccessControl access;
    access.m_user = userName;
    access.m_unrestricted = true;
    return access;
}

QString AccessControl::refusal(const QString &action, const QString &what) const
{
    return tr("%1 may not %2 %3; an administrator can grant it with a role.")
        .arg(m_user, Roles::actionLabel(action), what);
}

bool AccessControl::allows(const QString &action, const QString &entityOrModuleId) const
{
    if (m_unrestricted)
        return true;
    const QString suffix = QLatin1Char('|') + action;
    if (m_grants.contains(everything + suffix) || m_grants.contains(entityOrModuleId + suffix))
        return true;
    const qsizetype dot = entityOrModuleId.indexOf(QLatin1Char('.'));
    return dot > 0 && m_grants.contains(entityOrModuleId.left(dot) + suffix);
}

} // namespace Backroom
