// Role × action matrix: for every registered entity, every shipped role and
// every action a service checks, the service does exactly what the role
// grants, and every refusal is in the audit log as "denied", naming the
// user, the entity and the action.
#include "accesshook.h"
#include "auditlog.h"
#include "companyfile.h"
#include "companysession.h"
#include "database.h"
#include "documentservice.h"
#include "entity.h"
#include "extensionregistries.h"
#include "passwordhasher.h"
#include "recordexporter.h"
#include "records.h"
#include "roles.h"
#include "suite.h"
#include "syntheticrecords.h"
#include "testsupport.h"
#include "useraccounts.h"
#include "workflow.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace Backroom;

namespace {

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

// Creates a valid record; the seed moves on past values taken already.
// Stops at the first refusal: that is the answer for a user without "create".
Records::Result createSynthetic(Records &records, Database &db, const Registry<Entity> &entities,
                                const Entity &entity, qint64 *seed)
{
    const SyntheticRecords::Targets targets = SyntheticRecords::referenceTargets(db, entity, entities, 50);
    Records::Result result;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const qint64 n = (*seed)++;
        QRandomGenerator random{quint32(n)};
        // A refusal for want of the permission is final; one by the
        // entity's own rule (a line of a reviewed voucher) may pass with
        // another referenced record.
        result = records.create(entity.id(), SyntheticRecords::values(entity, n, random, targets));
        if (result.ok() || result.message == records.refusal(QStringLiteral("create"), entity.id()))
            return result;
    }
    return result;
}

// A path of transitions (taken by `setup`, or by `second` where a rule wants
// someone other than the record's creator, as a voucher's review does) that
// brings a new record into one of the `from` states; false when no path
// works.
bool bringTo(Records &setup, Records &second, const Entity &entity, qint64 id, const QStringList &from)
{
    const Workflow &flow = *entity.workflow();
    for (int step = 0; step < 8; ++step) {
        const std::optional<Record> record = setup.read(entity.id(), id);
        if (!record)
            return false;
        const QString state = record->value(Workflow::stateField()).toString();
        if (from.contains(state))
            return true;
        bool moved = false;
        for (const Workflow::Transition &transition : flow.transitions()) {
            if (!transition.from.contains(state) || transition.to == state)
                continue;
            if (setup.transition(entity.id(), id, record->version, transition.key).ok()
                || second.transition(entity.id(), id, record->version, transition.key).ok()) {
                moved = true;
                break;
            }
        }
        if (!moved)
            return false;
    }
    return false;
}

// "entity|action" of every "denied" entry the user has in the log.
QSet<QString> deniedInLog(Database &db, const QString &login)
{
    AuditLog::Filter filter;
    filter.user = login;
    filter.action = QString::fromLatin1(AuditLog::Action::Denied);
    filter.limit = 100000;
    QSet<QString> denied;
    for (const AuditLog::Entry &entry : AuditLog(db).query(filter)) {
        const QString action = entry.detail.value(QStringLiteral("action")).toString();
        const QString key = entry.entity + QLatin1Char('|') + action;
        // A refused read is logged once per session, not per question.
        if (action == QLatin1String("read"))
            CHECK_FALSE(denied.contains(key));
        denied.insert(key);
    }
    return denied;
}

// Runs the matrix over every entity of `registries`; returns how many
// (role, entity, action) cells were checked.
int runMatrix(CompanyFile &company, const ExtensionRegistries &registries, const QString &templateFolder)
{
    Database &db = company.database();
    const Registry<Entity> &entities = registries.entities;
    {
        Roles roles(db);
        QString error;
        const bool shipped = roles.ensureShipped(&error);
        INFO(error.toStdString());
        REQUIRE(shipped);
    }
    UserAccounts accounts(db);
    Records setup(db, entities, QStringLiteral("setup"));   // unrestricted, no hooks
    Records second(db, entities, QStringLiteral("second")); // the same, another person
    qint64 seed = 5000;
    int checked = 0;

    for (const Roles::Definition &role : Roles::shipped()) {
        const QString login = QStringLiteral("m_") + role.key;
        const UserAccounts::Result created = accounts.createUser(login, {}, QStringLiteral("Matrix-pass-1"), {role.key});
        INFO(created.message.toStdString());
        REQUIRE(created.ok);
        const AccessControl access = AccessControl::forUser(db, created.userId, login);
        REQUIRE_FALSE(access.isUnrestricted());
        CompanySession session(company, registries, access);
        Records &records = session.records();
        const DocumentService documents(records, templateFolder);
        QSet<QString> refused;   // "entity|action" the services refused

        for (const Entity &entity : entities.items()) {
            const QString id = entity.id();
            INFO("role " << role.key.toStdString() << ", entity " << id.toStdString());
            const auto allows = [&](const char *action) { return access.allows(QString::fromLatin1(action), id); };
            const auto refuse = [&](const char *action) { refused.insert(id + QLatin1Char('|') + QString::fromLatin1(action)); };

            // A row the user works on, made by the unrestricted service; an
            // entity that cannot have another row (the company profile) is
            // tried on its existing one.
            qint64 rowId = 0;
            const Records::Result row = createSynthetic(setup, db, entities, entity, &seed);
            const bool creatable = row.ok();
            if (creatable) {
                rowId = row.id;
            } else {
                const QList<Record> existing = setup.select(id, {});
                if (!existing.isEmpty())
                    rowId = existing.constFirst().id;
            }
            INFO("setup: " << row.message.toStdString());
            REQUIRE(rowId != 0);

            // read
            QString error;
            const QList<Record> selected = records.select(id, {}, &error);
            CHECK(!selected.isEmpty() == allows("read"));
            if (!allows("read")) {
                CHECK(error.contains(login));
                refuse("read"); // logged once, however often it is asked
            }
            CHECK(records.read(id, rowId).has_value() == allows("read"));
            ++checked;

            // create
            if (creatable) {
                const Records::Result create = createSynthetic(records, db, entities, entity, &seed);
                INFO(create.message.toStdString());
                CHECK(create.ok() == allows("create"));
                if (!allows("create")) {
                    CHECK(create.code == Records::Result::Code::Refused);
                    CHECK(create.message.contains(login));
                    refuse("create");
                }
                ++checked;
            }

            // update: the row written again with its own values
            const Record before = *setup.read(id, rowId);
            QVariantMap same;
            for (const Field &field : entity.fields()) {
                if (field.isStored() && field.name() != Workflow::stateField() && field.type() != Field::Type::Attachment)
                    same.insert(field.name(), before.value(field.name()));
            }
            const Records::Result update = records.update(id, rowId, before.version, same);
            INFO(update.message.toStdString());
            CHECK(update.ok() == allows("update"));
            if (!allows("update")) {
                CHECK(update.code == Records::Result::Code::Refused);
                refuse("update");
            }
            ++checked;

            // delete (archive, or remove where records are not archived)
            if (entity.isArchivable() || creatable) {
                const qint64 version = setup.read(id, rowId)->version;
                const Records::Result gone = entity.isArchivable() ? records.setArchived(id, rowId, version, true)
                                                                   : records.remove(id, rowId, version);
                INFO(gone.message.toStdString());
                CHECK(gone.ok() == allows("delete"));
                if (!allows("delete")) {
                    CHECK(gone.code == Records::Result::Code::Refused);
                    refuse("delete");
                } else if (entity.isArchivable()) {
                    REQUIRE(setup.setArchived(id, rowId, setup.read(id, rowId)->version, false).ok());
                } else {
                    rowId = createSynthetic(setup, db, entities, entity, &seed).id;
                    REQUIRE(rowId != 0);
                }
                ++checked;
            }

            // print (masked)
            error.clear();
            const QList<PrintDocument> printed = documents.recordDocuments(id, {rowId}, {}, false, &error);
            INFO(error.toStdString());
            CHECK(printed.size() == (allows("print") ? 1 : 0));
            if (!allows("print")) {
                CHECK(error.contains(login));
                refuse("print");
            }
            ++checked;

            // export (masked)
            error.clear();
            const TableExport table = RecordExporter::table(records, entity, {}, {}, &error, false);
            CHECK(error.isEmpty() == allows("export"));
            CHECK(table.rows().isEmpty() == !allows("export"));
            if (!allows("export")) {
                CHECK(error.contains(login));
                refuse("export");
            }
            ++checked;

            // unmask
            error.clear();
            QStringList sensitive;
            for (const Field &field : entity.fields())
                if (field.isSensitive())
                    sensitive.append(field.name());
            CHECK(records.unmask(id, rowId, sensitive, &error) == allows("unmask"));
            if (!allows("unmask"))
                refuse("unmask");
            ++checked;

            // approve, post: the workflow steps that need them
            if (const Workflow *flow = entity.workflow()) {
                for (const Workflow::Transition &transition : flow->transitions()) {
                    if (transition.permission != QLatin1String("approve") && transition.permission != QLatin1String("post"))
                        continue;
                    INFO("transition " << transition.key.toStdString());
                    const Records::Result fresh = createSynthetic(setup, db, entities, entity, &seed);
                    REQUIRE(fresh.ok());
                    REQUIRE(bringTo(setup, second, entity, fresh.id, transition.from));
                    const qint64 version = setup.read(id, fresh.id)->version;
                    const Records::Result step = records.transition(id, fresh.id, version, transition.key);
                    INFO(step.message.toStdString());
                    const bool allowed = access.allows(transition.permission, id);
                    // Allowed, the step may still be refused by the entity's
                    // own rule (a synthetic voucher has no lines to post), but
                    // never for want of the permission.
                    if (allowed && !step.ok())
                        CHECK(step.message != records.refusal(transition.permission, id));
                    else
                        CHECK(step.ok() == allowed);
                    if (!allowed) {
                        CHECK(step.code == Records::Result::Code::Refused);
                        refused.insert(id + QLatin1Char('|') + transition.permission);
                    }
                    ++checked;
                }
            }
        }

        // Every refusal, and nothing else, is in the log as "denied" by this user.
        INFO("role " << role.key.toStdString());
        const auto listed = [](const QSet<QString> &set) {
            QStringList list(set.cbegin(), set.cend());
            list.sort();
            return list.join(QLatin1Char(' ')).toStdString();
        };
        CHECK(listed(deniedInLog(db, login)) == listed(refused));
    }
    return checked;
}

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

} // namespace

TEST_CASE("Role × action matrix over every registered entity", "[security][permissions][backends]")
{
    FastHashes fast;
    Suite suite({QStringLiteral(BACKROOM_BUILD_MODULE_DIR)});
    suite.loadModules();
    const Registry<Entity> &entities = suite.registries().entities;
    REQUIRE(entities.items().size() >= 6);

    QTemporaryDir dir;
    CompanyFile::NewCompany newCompany;
    newCompany.name = QStringLiteral("Matrix Co.");
    CompanyFile::Status status;
    auto company = suite.createCompany(BackroomTests::companyLocation(dir.filePath(QStringLiteral("matrix.backroom"))), newCompany, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);

    const int checked = runMatrix(*company, suite.registries(), dir.filePath(QStringLiteral("templates")));
    // read, update, print, export, unmask for every entity and role; create
    // and delete for all but the company profile.
    const int roles = int(Roles::shipped().size());
    const int count = int(entities.items().size());
    CHECK(checked >= roles * (5 * count + 2 * (count - 1)));
}

TEST_CASE("Role × action matrix: approving and posting are workflow steps with their own permission", "[security][permissions][backends]")
{
    FastHashes fast;
    QTemporaryDir dir;
    // No shipped module has a workflow yet: one as a department would declare it.
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("approved"), label("Approved"), false)
        .state(QStringLiteral("posted"), label("Posted"), false)
        .initialState(QStringLiteral("draft"))
        .transition(QStringLiteral("approve"), label("Approve"), {QStringLiteral("draft")}, QStringLiteral("approved"),
                    QStringLiteral("approve"))
        .transition(QStringLiteral("post"), label("Post"), {QStringLiteral("approved")}, QStringLiteral("posted"),
                    QStringLiteral("post"));
    Entity voucher(QStringLiteral("finance.voucher"), label("Voucher"), label("Vouchers"));
    voucher.add(Field::text(QStringLiteral("name"), label("Name")).required()).workflow(flow);
    Entity leave(QStringLiteral("hr.leave"), label("Leave request"), label("Leave requests"));
    leave.add(Field::text(QStringLiteral("name"), label("Name")).required()).workflow(flow);

    ExtensionRegistries registries;
    auto voucherCompany = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("flow.backroom")),
                                                         QStringLiteral("finance"), {voucher, leave},
                                                         &registries.entities);
    const int checked = runMatrix(*voucherCompany, registries, dir.filePath(QStringLiteral("templates")));
    CHECK(checked == int(Roles::shipped().size()) * 2 * 9);
}
