// Workflow: states and transitions declared on an entity, taken only through
// Records::transition (state check, check callable, hooks, optimistic
// version, history row), and read-only states enforced by Records::update.
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "entityschema.h"
#include "records.h"
#include "testsupport.h"
#include "workflow.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Backroom;
using Code = Records::Result::Code;

namespace {

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

Workflow requisitionFlow()
{
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("submitted"), label("Submitted"), true, Workflow::Tone::Progress)
        .state(QStringLiteral("approved"), label("Approved"), false, Workflow::Tone::Success)
        .state(QStringLiteral("done"), label("Done"), false, Workflow::Tone::Success)
        .state(QStringLiteral("cancelled"), label("Cancelled"), false, Workflow::Tone::Danger)
        .transition(QStringLiteral("submit"), label("Submit"), {QStringLiteral("draft")}, QStringLiteral("submitted"),
                    QStringLiteral("update"),
                    [](const Record &record) {
                        return record.value(QStringLiteral("amount")).toLongLong() > 0
                                   ? QString()
                                   : QStringLiteral("A requisition without an amount cannot be submitted.");
                    })
        .transition(QStringLiteral("approve"), label("Approve"), {QStringLiteral("submitted")},
                    QStringLiteral("approved"), QStringLiteral("approve"))
        .transition(QStringLiteral("finish"), label("Mark done"), {QStringLiteral("approved")}, QStringLiteral("done"),
                    QStringLiteral("update"));
    Workflow::Transition cancel;
    cancel.key = QStringLiteral("cancel");
    cancel.label = label("Cancel");
    cancel.from = {QStringLiteral("draft"), QStringLiteral("submitted")};
    cancel.to = QStringLiteral("cancelled");
    cancel.permission = QStringLiteral("update");
    cancel.confirm = true;
    cancel.comment = Workflow::Comment::Required;
    flow.addTransition(cancel);
    return flow;
}

Entity requisitionEntity()
{
    Entity entity(QStringLiteral("test.requisition"), label("Requisition"), label("Requisitions"));
    entity.add(Field::text(QStringLiteral("title"), label("Title")).required())
        .add(Field::money(QStringLiteral("amount"), label("Amount")))
        .add(Field::childLines(QStringLiteral("lines"), label("Lines"), QStringLiteral("test.requisition_line"),
                               QStringLiteral("requisition")))
        .workflow(requisitionFlow());
    return entity;
}

Entity lineEntity()
{
    Entity entity(QStringLiteral("test.requisition_line"), label("Requisition line"), label("Requisition lines"));
    entity.add(Field::reference(QStringLiteral("requisition"), label("Requisition"), QStringLiteral("test.requisition"))
                   .required())
        .add(Field::text(QStringLiteral("item"), label("Item")).required())
        .archivable(false);
    return entity;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;

    Fixture()
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("workflow.backroom")), QStringLiteral("test"),
                                                  QList<Entity>{requisitionEntity(), lineEntity()}, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
    }

    Database &db() { return company->database(); }

    qint64 requisition(qint64 amount = 12000)
    {
        const auto result = records->create(QStringLiteral("test.requisition"),
                                            {{QStringLiteral("title"), QStringLiteral("Printer paper")},
                                             {QStringLiteral("amount"), amount}});
        INFO(result.message.toStdString());
        REQUIRE(result.ok());
        return result.id;
    }

    Record read(qint64 id)
    {
        const auto record = records->read(QStringLiteral("test.requisition"), id);
        REQUIRE(record);
        return *record;
    }

    qint64 historyRows()
    {
        return db().scalar(QStringLiteral("SELECT count(*) FROM backroom_transition"))->toLongLong();
    }
};

// Refuses one transition key, like the security hook will for a missing
// permission; counts what it saw.
class RefusingHook : public RecordHook
{
public:
    QString refuse;
    QStringList seen;          // transition:permission
    int afterCalls = 0;
    QString beforeState;
    QString afterState;

    bool before(Database &, const Change &change, QString *reason) override
    {
        if (change.action != Action::Transition)
            return true;
        beforeState = change.before.value(QStringLiteral("state")).toString();
        afterState = change.after.value(QStringLiteral("state")).toString();
        seen.append(change.transition + QLatin1Char(':') + change.permission);
        if (change.transition == refuse) {
            *reason = QStringLiteral("You may not %1 requisitions (needs “%2”).").arg(change.transition, change.permission);
            return false;
        }
        return true;
    }
    bool after(Database &, const Change &change, QString *) override
    {
        if (change.action == Action::Transition)
            ++afterCalls;
        return true;
    }
};

} // namespace

TEST_CASE("A workflow adds a read-only state column and new records start in the initial state", "[workflow][backends]")
{
    const Entity entity = requisitionEntity();
    CHECK(entity.declarationErrors().isEmpty());
    const Field *state = entity.field(QStringLiteral("state"));
    REQUIRE(state);
    CHECK(state->type() == Field::Type::Choice);
    CHECK(state->isReadOnly());
    CHECK(state->choices().size() == 5);
    CHECK(state->choiceLabel(QStringLiteral("approved")) == QStringLiteral("Approved"));
    const QString ddl = EntitySchema::createStatements(entity, SqlDialect(SqlDialect::Kind::Sqlite)).join(QLatin1Char('\n'));
    CHECK(ddl.contains(QStringLiteral("state TEXT")));

    Fixture f;
    const qint64 id = f.requisition();
    const Record record = f.read(id);
    CHECK(record.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(f.db().scalar(QStringLiteral("SELECT state FROM test_requisition WHERE id = ?"), {id})->toString()
          == QStringLiteral("draft"));

    // A new record cannot be born approved.
    const auto born = f.records->create(QStringLiteral("test.requisition"),
                                        {{QStringLiteral("title"), QStringLiteral("x")},
                                         {QStringLiteral("state"), QStringLiteral("approved")}});
    CHECK(born.code == Code::Invalid);
    REQUIRE(born.fieldErrors.size() == 1);
    CHECK(born.fieldErrors.first().field == QStringLiteral("state"));
}

TEST_CASE("Declaration errors name unknown states and missing permissions", "[workflow][backends]")
{
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("Bad Key"), label("Bad"))
        .transition(QStringLiteral("go"), label("Go"), {QStringLiteral("nowhere")}, QStringLiteral("draft"), QString());
    Entity entity(QStringLiteral("test.thing"), label("Thing"));
    entity.add(Field::text(QStringLiteral("name"), label("Name"))).workflow(flow);
    const QString errors = entity.declarationErrors().join(QLatin1Char('\n'));
    CHECK(errors.contains(QStringLiteral("state 'Bad Key' is not a lower-case identifier")));
    CHECK(errors.contains(QStringLiteral("starts from unknown state 'nowhere'")));
    CHECK(errors.contains(QStringLiteral("transition 'go' names no permission")));
}

TEST_CASE("Transitions move the state, bump the version and record history", "[workflow][backends]")
{
    Fixture f;
    RefusingHook hook;
    f.records->addHook(&hook);
    const qint64 id = f.requisition();
    QSignalSpy changed(f.records.get(), &Records::changed);

    const Entity &entity = *f.records->entity(QStringLiteral("test.requisition"));
    QStringList keys;
    for (const Workflow::Transition *t : f.records->availableTransitions(entity, f.read(id)))
        keys.append(t->key);
    CHECK(keys == QStringList{QStringLiteral("submit"), QStringLiteral("cancel")});

    auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit"));
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.version == 2);
    CHECK(changed.count() == 1);
    CHECK(hook.beforeState == QStringLiteral("draft"));
    CHECK(hook.afterState == QStringLiteral("submitted"));
    REQUIRE(hook.seen.size() == 1);
    CHECK(hook.seen.first() == QStringLiteral("submit:update"));
    CHECK(hook.afterCalls == 1);

    result = f.records->transition(QStringLiteral("test.requisition"), id, 2, QStringLiteral("approve"),
                                   QStringLiteral("  within budget  "));
    REQUIRE(result.ok());
    CHECK(result.version == 3);
    CHECK(hook.seen.last() == QStringLiteral("approve:approve"));

    const Record record = f.read(id);
    CHECK(record.version == 3);
    CHECK(record.value(QStringLiteral("state")).toString() == QStringLiteral("approved"));
    CHECK(record.system.value(QStringLiteral("updated_by")).toString() == QStringLiteral("lihua"));

    const QList<Workflow::HistoryEntry> history = f.records->transitionHistory(QStringLiteral("test.requisition"), id);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).transition == QStringLiteral("submit"));
    CHECK(history.at(0).fromState == QStringLiteral("draft"));
    CHECK(history.at(0).toState == QStringLiteral("submitted"));
    CHECK(history.at(0).user == QStringLiteral("lihua"));
    CHECK(history.at(0).comment.isEmpty());
    CHECK(qAbs(history.at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(history.at(1).transition == QStringLiteral("approve"));
    CHECK(history.at(1).fromState == QStringLiteral("submitted"));
    CHECK(history.at(1).toState == QStringLiteral("approved"));
    CHECK(history.at(1).comment == QStringLiteral("within budget"));

    keys.clear();
    for (const Workflow::Transition *t : f.records->availableTransitions(entity, record))
        keys.append(t->key);
    CHECK(keys == QStringList{QStringLiteral("finish")});
}

TEST_CASE("A transition from the wrong state is refused and writes nothing", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    const auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("approve"));
    CHECK(result.code == Code::Refused);
    CHECK(result.message == QStringLiteral("“Approve” is not possible while this Requisition is “Draft”."));
    const Record record = f.read(id);
    CHECK(record.version == 1);
    CHECK(record.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(f.historyRows() == 0);
}

TEST_CASE("A transition on a stale version is a conflict", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    REQUIRE(f.records->update(QStringLiteral("test.requisition"), id, 1, {{QStringLiteral("amount"), 13000}}).ok());
    const auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit"));
    CHECK(result.code == Code::Conflict);
    CHECK(result.version == 2);
    CHECK(result.message.contains(QStringLiteral("lihua")));
    CHECK(f.read(id).value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(f.historyRows() == 0);
}

TEST_CASE("A hook refusal rolls the transition back", "[workflow][backends]")
{
    Fixture f;
    RefusingHook hook;
    hook.refuse = QStringLiteral("submit");
    f.records->addHook(&hook);
    const qint64 id = f.requisition();
    QSignalSpy changed(f.records.get(), &Records::changed);
    const auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit"));
    CHECK(result.code == Code::Refused);
    CHECK(result.message == QStringLiteral("You may not submit requisitions (needs “update”)."));
    const Record record = f.read(id);
    CHECK(record.version == 1);
    CHECK(record.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(f.historyRows() == 0);
    CHECK(changed.isEmpty());
}

TEST_CASE("A check callable refuses with its own message", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition(0);
    const auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit"));
    CHECK(result.code == Code::Refused);
    CHECK(result.message == QStringLiteral("A requisition without an amount cannot be submitted."));
    CHECK(f.read(id).version == 1);
    CHECK(f.historyRows() == 0);
}

TEST_CASE("A transition that needs a comment refuses without one", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    auto result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("cancel"), QStringLiteral("  "));
    CHECK(result.code == Code::Invalid);
    CHECK(result.message == QStringLiteral("“Cancel” needs a comment saying why."));
    CHECK(f.historyRows() == 0);
    result = f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("cancel"),
                                   QStringLiteral("Ordered twice"));
    REQUIRE(result.ok());
    CHECK(f.read(id).value(QStringLiteral("state")).toString() == QStringLiteral("cancelled"));
}

TEST_CASE("Read-only states block updates and deletes; plain updates never change the state", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();

    // The state is not a field a form can write...
    auto result = f.records->update(QStringLiteral("test.requisition"), id, 1,
                                    {{QStringLiteral("state"), QStringLiteral("approved")}});
    CHECK(result.code == Code::Invalid);
    REQUIRE(result.fieldErrors.size() == 1);
    CHECK(result.fieldErrors.first().field == QStringLiteral("state"));
    CHECK(result.message
          == QStringLiteral("State cannot be edited; it changes only through the actions of the Requisition's workflow."));
    // ...but sending it back unchanged, as a form may, is harmless.
    result = f.records->update(QStringLiteral("test.requisition"), id, 1,
                               {{QStringLiteral("state"), QStringLiteral("draft")}, {QStringLiteral("amount"), 15000}});
    INFO(result.message.toStdString());
    REQUIRE(result.ok());

    result = f.records->transition(QStringLiteral("test.requisition"), id, 2, QStringLiteral("submit"));
    INFO(result.message.toStdString());
    REQUIRE(result.ok());
    // Submitted is still editable.
    REQUIRE(f.records->update(QStringLiteral("test.requisition"), id, 3, {{QStringLiteral("amount"), 16000}}).ok());
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), id, 4, QStringLiteral("approve")).ok());

    result = f.records->update(QStringLiteral("test.requisition"), id, 5, {{QStringLiteral("amount"), 1}});
    CHECK(result.code == Code::Refused);
    CHECK(result.message == QStringLiteral("This Requisition is “Approved” and can no longer be changed."));
    result = f.records->remove(QStringLiteral("test.requisition"), id, 5);
    CHECK(result.code == Code::Refused);
    CHECK(result.message == QStringLiteral("This Requisition is “Approved” and cannot be deleted."));
    const Record record = f.read(id);
    CHECK(record.version == 5);
    CHECK(record.value(QStringLiteral("amount")).toLongLong() == 16000);
    // Archiving stays possible: finished paperwork is hidden, not destroyed.
    CHECK(f.records->setArchived(QStringLiteral("test.requisition"), id, 5, true).ok());
}

TEST_CASE("Rows that predate the workflow start in its initial state", "[workflow][backends]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upgrade.backroom"));
    Entity plain(QStringLiteral("test.requisition"), label("Requisition"));
    plain.add(Field::text(QStringLiteral("title"), label("Title")).required())
        .add(Field::money(QStringLiteral("amount"), label("Amount")));
    ModuleSchema before;
    before.moduleId = QStringLiteral("test");
    before.moduleVersion = QStringLiteral("1.0");
    before.entities = {plain};
    BackroomTests::createCompany(path, {before});
    {
        CompanyFile::Status status;
        auto company = CompanyFile::open(BackroomTests::companyLocation(path), {before}, &status);
        REQUIRE(company);
        Registry<Entity> entities;
        REQUIRE(entities.add(QStringLiteral("test"), plain));
        Records records(company->database(), entities, QStringLiteral("lihua"));
        REQUIRE(records.create(QStringLiteral("test.requisition"), {{QStringLiteral("title"), QStringLiteral("Old")}}).ok());
    }
    ModuleSchema after = before;
    after.entities = {requisitionEntity()};
    CompanyFile::Status status;
    auto company = CompanyFile::open(BackroomTests::companyLocation(path), {after}, &status);
    INFO(status.message.toStdString());
    REQUIRE(company);
    CHECK(company->database().scalar(QStringLiteral("SELECT state FROM test_requisition"))->toString()
          == QStringLiteral("draft"));
}

TEST_CASE("Deleting a record takes its workflow history with it", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit")).ok());
    const qint64 other = f.requisition();
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), other, 1, QStringLiteral("submit")).ok());
    CHECK(f.historyRows() == 2);
    REQUIRE(f.records->remove(QStringLiteral("test.requisition"), id, 2).ok());
    CHECK(f.records->transitionHistory(QStringLiteral("test.requisition"), id).isEmpty());
    CHECK(f.records->transitionHistory(QStringLiteral("test.requisition"), other).size() == 1);
}

TEST_CASE("The lines of a record in a final state are final too", "[workflow][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    const QString lines = QStringLiteral("test.requisition_line");
    const auto paper = f.records->create(lines, {{QStringLiteral("requisition"), id}, {QStringLiteral("item"), QStringLiteral("A4 paper")}});
    REQUIRE(paper.ok());
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), id, f.read(id).version, QStringLiteral("submit")).ok());
    // Submitted is still editable: lines may change.
    const auto toner = f.records->create(lines, {{QStringLiteral("requisition"), id}, {QStringLiteral("item"), QStringLiteral("Toner")}});
    REQUIRE(toner.ok());
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), id, f.read(id).version, QStringLiteral("approve")).ok());

    const auto added = f.records->create(lines, {{QStringLiteral("requisition"), id}, {QStringLiteral("item"), QStringLiteral("Stapler")}});
    CHECK(added.code == Code::Refused);
    CHECK(added.message.contains(QStringLiteral("Approved")));
    CHECK(f.records->update(lines, paper.id, paper.version, {{QStringLiteral("item"), QStringLiteral("A3 paper")}}).code
          == Code::Refused);
    CHECK(f.records->remove(lines, toner.id, toner.version).code == Code::Refused);
    CHECK(f.db().scalar(QStringLiteral("SELECT count(*) FROM test_requisition_line"))->toLongLong() == 2);
    CHECK(f.db().scalar(QStringLiteral("SELECT item FROM test_requisition_line WHERE id = ?"), {paper.id})->toString()
          == QStringLiteral("A4 paper"));
}
