// The form's workflow strip and attachments panel on a temporary company:
// clicking a transition button changes the database, refusals are shown
// through the injected notification, and files added, opened and removed
// through the panel land in (and leave) the company file.
#include "attachments.h"
#include "attachmentspanel.h"
#include "companyfile.h"
#include "database.h"
#include "entity.h"
#include "localization.h"
#include "records.h"
#include "testsupport.h"
#include "workflow.h"
#include "workflowbar.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Backroom;

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("tst_workflowwidgets", text);
}

Field::Label label(const char *text)
{
    return [text] { return t(text); };
}

Entity requisitionEntity()
{
    Workflow flow;
    flow.state(QStringLiteral("draft"), label("Draft"))
        .state(QStringLiteral("submitted"), label("Submitted"), true, Workflow::Tone::Progress)
        .state(QStringLiteral("approved"), label("Approved"), false, Workflow::Tone::Success)
        .state(QStringLiteral("cancelled"), label("Cancelled"), false, Workflow::Tone::Danger)
        .transition(QStringLiteral("submit"), label("Submit"), {QStringLiteral("draft")}, QStringLiteral("submitted"),
                    QStringLiteral("update"))
        .transition(QStringLiteral("approve"), label("Approve"), {QStringLiteral("submitted")},
                    QStringLiteral("approved"), QStringLiteral("approve"))
        .transition(QStringLiteral("send_back"), label("Send back"), {QStringLiteral("submitted")},
                    QStringLiteral("draft"), QStringLiteral("approve"));
    Workflow::Transition cancel;
    cancel.key = QStringLiteral("cancel");
    cancel.label = label("Cancel");
    cancel.from = {QStringLiteral("draft"), QStringLiteral("submitted")};
    cancel.to = QStringLiteral("cancelled");
    cancel.permission = QStringLiteral("update");
    cancel.confirm = true;
    cancel.comment = Workflow::Comment::Required;
    flow.addTransition(cancel);

    Entity entity(QStringLiteral("test.requisition"), label("Requisition"), label("Requisitions"));
    entity.add(Field::text(QStringLiteral("title"), label("Title")).required())
        .add(Field::money(QStringLiteral("amount"), label("Amount")))
        .workflow(flow);
    return entity;
}

struct Fixture
{
    QTemporaryDir dir;
    Registry<Entity> entities;
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<Records> records;
    std::unique_ptr<Attachments> attachments;

    Fixture()
    {
        company = BackroomTests::openCompanyWith(dir.filePath(QStringLiteral("widgets.backroom")), QStringLiteral("test"),
                                                  QList<Entity>{requisitionEntity()}, &entities);
        records = std::make_unique<Records>(company->database(), entities, QStringLiteral("lihua"));
        attachments = std::make_unique<Attachments>(company->database(), QStringLiteral("lihua"));
    }

    qint64 requisition(const QString &title = QStringLiteral("Printer paper"))
    {
        const auto result = records->create(QStringLiteral("test.requisition"),
                                            {{QStringLiteral("title"), title}, {QStringLiteral("amount"), 12000}});
        REQUIRE(result.ok());
        return result.id;
    }

    QString stateOf(qint64 id)
    {
        return company->database()
            .scalar(QStringLiteral("SELECT state FROM test_requisition WHERE id = ?"), {id})
            ->toString();
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return path;
    }
};

QStringList buttonTexts(WorkflowBar &bar)
{
    QStringList texts;
    for (const QString &key : {QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("send_back"),
                               QStringLiteral("cancel")})
        if (QPushButton *button = bar.button(key))
            texts.append(button->text());
    return texts;
}

} // namespace

TEST_CASE("Clicking a transition button moves the record and records it", "[workflowwidgets][backends]")
{
    Fixture f;
    const qint64 id = f.requisition();
    WorkflowBar bar(*f.records, QStringLiteral("test.requisition"));
    QStringList notes;
    bar.setNotification([&](const QString &title, const QString &text) { notes.append(title + QLatin1Char('|') + text); });
    bar.setRecord(id);
    bar.resize(640, bar.sizeHint().height());
    bar.show();
    CHECK(bar.badge()->text() == QStringLiteral("Draft"));
    CHECK(buttonTexts(bar) == QStringList{QStringLiteral("Submit"), QStringLiteral("Cancel")});
    CHECK(bar.isEditable());

    QSignalSpy transitioned(&bar, &WorkflowBar::transitioned);
    QTest::mouseClick(bar.button(QStringLiteral("submit")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(transitioned.count() == 1);
    CHECK(transitioned.first().at(0).toString() == QStringLiteral("submit"));
    CHECK(transitioned.first().at(1).toLongLong() == 2);
    CHECK(notes.isEmpty());
    CHECK(f.stateOf(id) == QStringLiteral("submitted"));
    CHECK(bar.badge()->text() == QStringLiteral("Submitted"));
    CHECK(buttonTexts(bar) == QStringList{QStringLiteral("Approve"), QStringLiteral("Send back"), QStringLiteral("Cancel")});

    // Cancel asks for a comment; answering "no" changes nothing.
    QString askedTitle;
    Workflow::Comment askedComment = Workflow::Comment::None;
    bar.setPrompt([&](const QString &title, const QString &, const QString &, Workflow::Comment comment)
                      -> std::optional<QString> {
        askedTitle = title;
        askedComment = comment;
        return std::nullopt;
    });
    QTest::mouseClick(bar.button(QStringLiteral("cancel")), Qt::LeftButton);
    CHECK(askedTitle == QStringLiteral("Cancel"));
    CHECK(askedComment == Workflow::Comment::Required);
    CHECK(f.stateOf(id) == QStringLiteral("submitted"));

    // Someone at another desk approves first: a conflict, shown, nothing moved.
    Records other(f.company->database(), f.entities, QStringLiteral("zhangwei"));
    REQUIRE(other.update(QStringLiteral("test.requisition"), id, 2, {{QStringLiteral("amount"), 13000}}).ok());
    QTest::mouseClick(bar.button(QStringLiteral("approve")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().startsWith(QStringLiteral("“Approve” not done|zhangwei changed this Requisition")));
    CHECK(f.stateOf(id) == QStringLiteral("submitted"));
    CHECK(transitioned.count() == 1);
    CHECK(bar.version() == 3); // reloaded: the next click works on what is there now

    bar.setPrompt([](const QString &, const QString &, const QString &, Workflow::Comment) -> std::optional<QString> {
        return QStringLiteral("Bought elsewhere");
    });
    QTest::mouseClick(bar.button(QStringLiteral("cancel")), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.stateOf(id) == QStringLiteral("cancelled"));
    CHECK(bar.badge()->text() == QStringLiteral("Cancelled"));
    CHECK(buttonTexts(bar).isEmpty());
    CHECK_FALSE(bar.isEditable());
    const auto history = f.records->transitionHistory(QStringLiteral("test.requisition"), id);
    REQUIRE(history.size() == 2);
    CHECK(history.last().comment == QStringLiteral("Bought elsewhere"));

    QFrame *popup = bar.showHistory();
    REQUIRE(popup);
    auto *tree = popup->findChild<QTreeWidget *>();
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(2) == QStringLiteral("Cancel: Submitted → Cancelled"));
    CHECK(tree->topLevelItem(0)->text(3) == QStringLiteral("Bought elsewhere"));
    CHECK(tree->topLevelItem(1)->text(1) == QStringLiteral("lihua"));
    popup->hide();
}

TEST_CASE("A record not saved yet shows its initial state and no buttons", "[workflowwidgets][backends]")
{
    Fixture f;
    WorkflowBar bar(*f.records, QStringLiteral("test.requisition"));
    bar.setRecord(0);
    CHECK(bar.badge()->text() == QStringLiteral("Draft"));
    CHECK(buttonTexts(bar).isEmpty());
    CHECK_FALSE(bar.take(QStringLiteral("submit")));
}

TEST_CASE("The attachments panel adds, opens, refuses and removes files", "[workflowwidgets][backends]")
{
    Fixture f;
    AttachmentsPanel panel(*f.attachments);
    QStringList notes;
    panel.setNotification([&](const QString &title, const QString &text) { notes.append(title + QLatin1Char('|') + text); });
    panel.setRecord(QStringLiteral("test.requisition"), 0);
    CHECK(panel.hint() == QStringLiteral("Save the record to add attachments."));
    CHECK_FALSE(panel.addButton()->isEnabled());
    const QString quote = f.writeFile(QStringLiteral("quote.pdf"), QByteArrayLiteral("%PDF-1.4 quote"));
    CHECK(panel.addFiles({quote}) == 0);

    const qint64 id = f.requisition();
    panel.setRecord(QStringLiteral("test.requisition"), id);
    CHECK(panel.addButton()->isEnabled());
    CHECK_FALSE(panel.removeButton()->isEnabled());
    const QString photo = f.writeFile(QStringLiteral("shelf.png"), QByteArray(3000, 'p'));
    QSignalSpy counted(&panel, &AttachmentsPanel::countChanged);
    CHECK(panel.addFiles({quote, photo}) == 2);
    CHECK(panel.count() == 2);
    CHECK(counted.last().at(0).toInt() == 2);
    CHECK(f.attachments->list(QStringLiteral("test.requisition"), id).size() == 2);
    CHECK(panel.list()->topLevelItem(0)->text(0) == QStringLiteral("quote.pdf"));
    CHECK(panel.list()->topLevelItem(1)->text(1) == QStringLiteral("3 kB"));
    CHECK(panel.list()->topLevelItem(1)->text(2).startsWith(QStringLiteral("lihua, ")));

    f.attachments->setSizeLimit(1000);
    CHECK(panel.addFiles({photo}) == 0);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first() == QStringLiteral("Not attached|“shelf.png” is 3 kB; an attachment can be at most 1,000 bytes."));
    CHECK(panel.count() == 2);

    // Open saves a copy and hands it to the desktop.
    panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
    QUrl opened;
    panel.setOpener([&](const QUrl &url) {
        opened = url;
        return true;
    });
    REQUIRE(panel.openCurrent());
    REQUIRE(opened.isLocalFile());
    CHECK(QFileInfo(opened.toLocalFile()).fileName() == QStringLiteral("quote.pdf"));
    CHECK(BackroomTests::fileHash(opened.toLocalFile()) == BackroomTests::fileHash(quote));

    // Remove asks first; "no" keeps it.
    panel.setConfirmation([](const QString &, const QString &, const QString &) { return false; });
    CHECK_FALSE(panel.removeCurrent());
    CHECK(panel.count() == 2);
    QString question;
    panel.setConfirmation([&](const QString &, const QString &text, const QString &) {
        question = text;
        return true;
    });
    CHECK(panel.removeCurrent());
    CHECK(question == QStringLiteral("Remove “quote.pdf” from this record? This cannot be undone."));
    CHECK(panel.count() == 1);
    CHECK(f.attachments->list(QStringLiteral("test.requisition"), id).size() == 1);

    // Files dropped from the desktop are attached like Add… does.
    f.attachments->setSizeLimit(Attachments::DefaultSizeLimit);
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(f.writeFile(QStringLiteral("receipt.txt"), QByteArrayLiteral("paid")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&panel, &drop);
    CHECK(panel.count() == 2);
    CHECK(f.attachments->list(QStringLiteral("test.requisition"), id).last().fileName == QStringLiteral("receipt.txt"));

    panel.setReadOnly(true);
    CHECK(panel.addButton()->isHidden());
    CHECK(panel.removeButton()->isHidden());
    CHECK(panel.addFiles({quote}) == 0);
}

namespace {

// Screenshots in Chinese before the strings reach the .ts file: the
// translations written for them (JSON) and the test's own words.
class JsonTranslator : public QTranslator
{
public:
    QHash<QString, QString> words;
    bool isEmpty() const override { return words.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return words.value(QString::fromUtf8(source));
    }
};

void shoot(QWidget &widget, const QString &name)
{
    widget.ensurePolished();
    QApplication::processEvents();
    REQUIRE(widget.grab().save(QStringLiteral("/tmp/workflow-shots/%1.png").arg(name)));
}

void shootAll(const QString &language)
{
    Fixture f;
    const qint64 id = f.requisition(language == QLatin1String("zh_CN") ? QStringLiteral("打印纸") : QStringLiteral("Printer paper"));
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), id, 1, QStringLiteral("submit")).ok());
    const qint64 done = f.requisition(QStringLiteral("Toner"));
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), done, 1, QStringLiteral("submit")).ok());
    REQUIRE(f.records->transition(QStringLiteral("test.requisition"), done, 2, QStringLiteral("approve"),
                                  language == QLatin1String("zh_CN") ? QStringLiteral("预算内") : QStringLiteral("Within budget"))
                .ok());

    QWidget page;
    page.setWindowTitle(QStringLiteral("workflow"));
    auto *layout = new QVBoxLayout(&page);
    auto *submitted = new WorkflowBar(*f.records, QStringLiteral("test.requisition"), &page);
    submitted->setRecord(id);
    auto *approved = new WorkflowBar(*f.records, QStringLiteral("test.requisition"), &page);
    approved->setRecord(done);
    auto *fresh = new WorkflowBar(*f.records, QStringLiteral("test.requisition"), &page);
    fresh->setRecord(0);
    layout->addWidget(submitted);
    layout->addWidget(approved);
    layout->addWidget(fresh);
    page.resize(720, page.sizeHint().height());
    page.show();
    shoot(page, QStringLiteral("workflowbar-") + language);
    QFrame *popup = approved->showHistory();
    REQUIRE(popup);
    shoot(*popup, QStringLiteral("workflowhistory-") + language);
    popup->hide();

    QString error;
    for (const auto &[name, size] : {std::pair{QStringLiteral("报价单-2026.pdf"), 184320},
                                     std::pair{QStringLiteral("shelf-photo.jpg"), 2411724},
                                     std::pair{QStringLiteral("contract draft.docx"), 36864}})
        REQUIRE(f.attachments->add(QByteArray(size, 'a') + name.toUtf8(), name, &error, QStringLiteral("test.requisition"), id));
    AttachmentsPanel panel(*f.attachments);
    panel.setRecord(QStringLiteral("test.requisition"), id);
    panel.resize(560, 220);
    panel.show();
    panel.list()->setCurrentItem(panel.list()->topLevelItem(1));
    shoot(panel, QStringLiteral("attachments-") + language);
    AttachmentsPanel empty(*f.attachments);
    empty.setRecord(QStringLiteral("test.requisition"), done);
    empty.resize(560, 180);
    empty.show();
    shoot(empty, QStringLiteral("attachments-empty-") + language);
    AttachmentsPanel unsaved(*f.attachments);
    unsaved.setRecord(QStringLiteral("test.requisition"), 0);
    unsaved.resize(560, 180);
    unsaved.show();
    shoot(unsaved, QStringLiteral("attachments-unsaved-") + language);
}

} // namespace

// Run by hand: tst_shell "[.shots]"; writes /tmp/workflow-shots/*.png.
TEST_CASE("Workflow widgets render tidily in English and Chinese", "[.shots][backends]")
{
    QDir().mkpath(QStringLiteral("/tmp/workflow-shots"));
    shootAll(QStringLiteral("en"));

    REQUIRE(Localization::apply(QStringLiteral("zh_CN")));
    JsonTranslator translator;
    QFile json(QStringLiteral("/tmp/tr/workflow.json"));
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            translator.words.insert(it.key(), it.value().toString());
    }
    const std::pair<const char *, const char *> test[] = {
        {"Draft", "草稿"},   {"Submitted", "已提交"}, {"Approved", "已批准"}, {"Cancelled", "已取消"},
        {"Submit", "提交"},  {"Approve", "批准"},     {"Send back", "退回"},  {"Cancel", "取消"},
        {"Requisition", "请购单"}};
    for (const auto &[en, zh] : test)
        translator.words.insert(QString::fromUtf8(en), QString::fromUtf8(zh));
    QCoreApplication::installTranslator(&translator);
    shootAll(QStringLiteral("zh_CN"));
    QCoreApplication::removeTranslator(&translator);
    Localization::apply(QStringLiteral("en"));
}
