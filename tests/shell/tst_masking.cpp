// Sensitive values (a partner's bank account) are masked to their last four
// characters wherever a user without "unmask" sees them: the list, a printed
// PDF, CSV and XLSX exports. A user with "unmask" gets them in clear only
// when asking, and every such print or export is audited as unmasked.
#include "auditlog.h"
#include "companyfile.h"
#include "companysession.h"
#include "database.h"
#include "documentservice.h"
#include "exportdialog.h"
#include "passwordhasher.h"
#include "recordlistmodel.h"
#include "records.h"
#include "roles.h"
#include "suite.h"
#include "testsupport.h"
#include "useraccounts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace Backroom;
using BackroomTests::pdfRawText;
using BackroomTests::pdfText;
using BackroomTests::toolOutput;

namespace {

const QString account = QStringLiteral("6222021001123456");
const QString lastFour = QStringLiteral("3456");

struct FastHashes
{
    FastHashes() { PasswordHasher::setLimitsForTesting({1, 8 * 1024}); }
    ~FastHashes() { PasswordHasher::setLimitsForTesting({0, 0}); }
};

QString fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QList<AuditLog::Entry> auditOf(Database &db, const QString &user, const char *action)
{
    AuditLog::Filter filter;
    filter.user = user;
    filter.action = QString::fromLatin1(action);
    return AuditLog(db).query(filter);
}

struct MaskingCompany
{
    FastHashes fast;
    QTemporaryDir dir;
    Suite suite{{QStringLiteral(BACKROOM_BUILD_MODULE_DIR)}};
    std::unique_ptr<CompanyFile> company;
    qint64 partnerId = 0;

    MaskingCompany()
    {
        suite.loadModules();
        CompanyFile::NewCompany newCompany;
        newCompany.name = QStringLiteral("Masking Co.");
        CompanyFile::Status status;
        company = suite.createCompany(BackroomTests::companyLocation(dir.filePath(QStringLiteral("masking.backroom"))), newCompany, &status);
        INFO(status.message.toStdString());
        REQUIRE(company);
        QString error;
        REQUIRE(Roles(db()).ensureShipped(&error));
        Records setup(db(), suite.registries().entities, QStringLiteral("setup"));
        const Records::Result partner = setup.create(QStringLiteral("core.partner"),
                                                     {{QStringLiteral("name"), QStringLiteral("Acme Supplies")},
                                                      {QStringLiteral("kind"), QStringLiteral("supplier")},
                                                      {QStringLiteral("bank_account"), account}});
        INFO(partner.message.toStdString());
        REQUIRE(partner.ok());
        partnerId = partner.id;
    }
    Database &db() { return company->database(); }
    AccessControl user(const QString &login, const QString &role)
    {
        UserAccounts accounts(db());
        const UserAccounts::Result created = accounts.createUser(login, {}, QStringLiteral("Masking-pass-1"), {role});
        INFO(created.message.toStdString());
        REQUIRE(created.ok);
        return AccessControl::forUser(db(), created.userId, login);
    }
};

const QString entityId = QStringLiteral("core.partner");
const QStringList columns{QStringLiteral("name"), QStringLiteral("bank_account")};

} // namespace

TEST_CASE("A user without unmask sees sensitive values masked everywhere", "[security][masking][backends]")
{
    MaskingCompany setup;
    // A manager reads, prints and exports everything but may not unmask.
    const AccessControl access = setup.user(QStringLiteral("zhangwei"), QStringLiteral("manager"));
    REQUIRE(access.allows(QStringLiteral("read"), entityId));
    REQUIRE(access.allows(QStringLiteral("print"), entityId));
    REQUIRE(access.allows(QStringLiteral("export"), entityId));
    REQUIRE_FALSE(access.allows(QStringLiteral("unmask"), entityId));
    CompanySession session(*setup.company, setup.suite.registries(), access);
    Records &records = session.records();
    Database &db = setup.db();

    // The list.
    RecordListModel model(records, entityId, columns);
    REQUIRE(model.rowCount() == 1);
    const QString shown = model.data(model.index(0, 1)).toString();
    CHECK_FALSE(shown.contains(account));
    CHECK(shown.endsWith(lastFour));
    CHECK(shown.contains(QChar(0x2022)));
    QString refusal;
    CHECK_FALSE(model.setSensitiveUnmasked(true, &refusal));
    CHECK(refusal.contains(QStringLiteral("zhangwei")));
    CHECK_FALSE(model.isSensitiveUnmasked());
    CHECK_FALSE(model.data(model.index(0, 1)).toString().contains(account));

    // A print.
    DocumentService documents(records, setup.dir.filePath(QStringLiteral("templates")));
    QString error;
    const QList<PrintDocument> printed = documents.recordDocuments(entityId, {setup.partnerId}, {}, false, &error);
    INFO(error.toStdString());
    REQUIRE(printed.size() == 1);
    CHECK_FALSE(printed.constFirst().confidential);
    const QString pdf = setup.dir.filePath(QStringLiteral("partner.pdf"));
    REQUIRE(documents.exportPdf(printed, pdf, &error) == DocumentRenderer::Result::Success);
    const QString pdfContent = pdfText(pdf);
    CHECK(pdfContent.contains(QStringLiteral("Acme Supplies")));
    CHECK_FALSE(pdfContent.contains(account));
    CHECK(pdfContent.contains(lastFour));
    CHECK_FALSE(pdfRawText(pdf).contains(QStringLiteral("CONFIDENTIAL")));

    // CSV and XLSX.
    const QString csv = setup.dir.filePath(QStringLiteral("partners.csv"));
    REQUIRE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, csv, ExportDialog::Format::Csv).ok());
    const QString csvText = fileText(csv);
    CHECK(csvText.contains(QStringLiteral("Acme Supplies")));
    CHECK_FALSE(csvText.contains(account));
    CHECK(csvText.contains(lastFour));
    const QString xlsx = setup.dir.filePath(QStringLiteral("partners.xlsx"));
    REQUIRE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, xlsx, ExportDialog::Format::Xlsx).ok());
    const QString xlsxText = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx});
    CHECK(xlsxText.contains(QStringLiteral("Acme Supplies")));
    CHECK_FALSE(xlsxText.contains(account));
    CHECK(xlsxText.contains(lastFour));

    // Masked prints and exports are audited as such.
    const auto prints = auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Print);
    REQUIRE(prints.size() == 1);
    CHECK(prints.constFirst().detail.value(QStringLiteral("unmasked")).toBool() == false);
    const auto exports = auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Export);
    REQUIRE(exports.size() == 2);
    for (const AuditLog::Entry &entry : exports)
        CHECK(entry.detail.value(QStringLiteral("unmasked")).toBool() == false);

    // Asking for clear values is refused and audited each time.
    CHECK(documents.recordDocuments(entityId, {setup.partnerId}, {}, true, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("zhangwei")));
    const QString refusedCsv = setup.dir.filePath(QStringLiteral("clear.csv"));
    CHECK_FALSE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, refusedCsv, ExportDialog::Format::Csv,
                                            CsvTableWriter::Encoding::Utf8WithBom, {}, true)
                    .ok());
    CHECK_FALSE(QFile::exists(refusedCsv));
    CHECK_FALSE(records.unmask(entityId, setup.partnerId, {QStringLiteral("bank_account")}, &error));
    const auto denied = auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Denied);
    int unmaskDenials = 0;
    for (const AuditLog::Entry &entry : denied) {
        CHECK(entry.entity == entityId);
        if (entry.detail.value(QStringLiteral("action")).toString() == QLatin1String("unmask"))
            ++unmaskDenials;
    }
    CHECK(unmaskDenials == 4);   // the list, the print, the export, unmask itself
    CHECK(auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Unmask).isEmpty());
    CHECK(auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Print).size() == 1);
    CHECK(auditOf(db, QStringLiteral("zhangwei"), AuditLog::Action::Export).size() == 2);
}

TEST_CASE("A user with unmask sees clear values only when asking, and it is audited", "[security][masking][backends]")
{
    MaskingCompany setup;
    const AccessControl access = setup.user(QStringLiteral("liuyang"), QStringLiteral("administrator"));
    REQUIRE(access.allows(QStringLiteral("unmask"), entityId));
    CompanySession session(*setup.company, setup.suite.registries(), access);
    Records &records = session.records();
    Database &db = setup.db();
    const QString login = QStringLiteral("liuyang");

    // The list: masked until asked.
    RecordListModel model(records, entityId, columns);
    REQUIRE(model.rowCount() == 1);
    CHECK_FALSE(model.data(model.index(0, 1)).toString().contains(account));
    QString refusal;
    REQUIRE(model.setSensitiveUnmasked(true, &refusal));
    CHECK(model.data(model.index(0, 1)).toString().contains(account));
    CHECK_FALSE(auditOf(db, login, AuditLog::Action::Unmask).isEmpty());

    DocumentService documents(records, setup.dir.filePath(QStringLiteral("templates")));
    QString error;
    // Not asking: masked, no watermark.
    QList<PrintDocument> printed = documents.recordDocuments(entityId, {setup.partnerId}, {}, false, &error);
    REQUIRE(printed.size() == 1);
    const QString maskedPdf = setup.dir.filePath(QStringLiteral("masked.pdf"));
    REQUIRE(documents.exportPdf(printed, maskedPdf, &error) == DocumentRenderer::Result::Success);
    CHECK_FALSE(pdfText(maskedPdf).contains(account));
    CHECK(pdfText(maskedPdf).contains(lastFour));
    CHECK_FALSE(pdfRawText(maskedPdf).contains(QStringLiteral("CONFIDENTIAL")));
    // Asking: in clear, marked confidential.
    printed = documents.recordDocuments(entityId, {setup.partnerId}, {}, true, &error);
    INFO(error.toStdString());
    REQUIRE(printed.size() == 1);
    CHECK(printed.constFirst().confidential);
    const QString clearPdf = setup.dir.filePath(QStringLiteral("clear.pdf"));
    REQUIRE(documents.exportPdf(printed, clearPdf, &error) == DocumentRenderer::Result::Success);
    CHECK(pdfText(clearPdf).contains(account));
    CHECK(pdfRawText(clearPdf).contains(QStringLiteral("CONFIDENTIAL")));
    const auto prints = auditOf(db, login, AuditLog::Action::Print);   // newest first
    REQUIRE(prints.size() == 2);
    CHECK(prints.at(0).detail.value(QStringLiteral("unmasked")).toBool() == true);
    CHECK(prints.at(1).detail.value(QStringLiteral("unmasked")).toBool() == false);
    CHECK(prints.at(0).entity == entityId);
    CHECK(prints.at(0).recordId == setup.partnerId);

    // Exports: masked unless asked.
    const QString maskedCsv = setup.dir.filePath(QStringLiteral("masked.csv"));
    REQUIRE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, maskedCsv, ExportDialog::Format::Csv).ok());
    CHECK_FALSE(fileText(maskedCsv).contains(account));
    const QString clearCsv = setup.dir.filePath(QStringLiteral("clear.csv"));
    REQUIRE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, clearCsv, ExportDialog::Format::Csv,
                                        CsvTableWriter::Encoding::Utf8WithBom, {}, true)
                .ok());
    CHECK(fileText(clearCsv).contains(account));
    const QString clearXlsx = setup.dir.filePath(QStringLiteral("clear.xlsx"));
    REQUIRE(ExportDialog::exportRecords(records, entityId, {}, columns, {}, clearXlsx, ExportDialog::Format::Xlsx,
                                        CsvTableWriter::Encoding::Utf8WithBom, {}, true)
                .ok());
    CHECK(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), clearXlsx}).contains(account));
    const auto exports = auditOf(db, login, AuditLog::Action::Export);   // newest first
    REQUIRE(exports.size() == 3);
    CHECK(exports.at(0).detail.value(QStringLiteral("unmasked")).toBool() == true);
    CHECK(exports.at(1).detail.value(QStringLiteral("unmasked")).toBool() == true);
    CHECK(exports.at(2).detail.value(QStringLiteral("unmasked")).toBool() == false);
    CHECK(auditOf(db, login, AuditLog::Action::Denied).isEmpty());
}
