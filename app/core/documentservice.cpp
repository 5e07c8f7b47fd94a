#include "documentservice.h"

#include "attachments.h"
#include "auditlog.h"
#include "entity.h"
#include "records.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSettings>

namespace Backroom {

namespace {

QString settingsKey(const QString &printerName)
{
    // Printer names may hold slashes (network printers); settings keys may not.
    QString key = printerName.isEmpty() ? QStringLiteral("pdf") : printerName;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("printing/calibration/") + key;
}

} // namespace

DocumentService::DocumentService(Records &records, const QString &templateFolder)
    : m_records(records),
      m_store(templateFolder, [&records](const QString &name) {
          const Entity *entity = records.entity(name);
          return entity ? RecordDocument::defaultTemplate(records, *entity) : QString();
      })
{
}

PageFurniture DocumentService::furniture() const
{
    PageFurniture furniture;
    QuerySpec spec;
    spec.limit = 1;
    const QList<Record> profiles = m_records.select(QStringLiteral("core.company"), spec);
    if (!profiles.isEmpty()) {
        const Record &profile = profiles.constFirst();
        QStringList details;
        const QString address = profile.value(QStringLiteral("address")).toString().simplified();
        if (!address.isEmpty())
            details.append(address);
        const QString taxId = profile.value(QStringLiteral("tax_id")).toString();
        if (!taxId.isEmpty())
            details.append(tr("Taxpayer ID %1").arg(taxId));
        const QString phone = profile.value(QStringLiteral("phone")).toString();
        if (!phone.isEmpty())
            details.append(tr("Phone %1").arg(phone));
        QImage logo;
        const QVariant logoId = profile.value(QStringLiteral("logo"));
        if (!logoId.isNull()) {
            Attachments attachments(m_records.database(), m_records.userName());
            QString ignored;
            if (const std::optional<QByteArray> bytes = attachments.read(logoId.toLongLong(), &ignored))
                logo.loadFromData(*bytes);
        }
        furniture.setCompany(profile.value(QStringLiteral("name")).toString(), details.join(QStringLiteral("  ·  ")), logo);
    }
    furniture.setPrinted(m_records.userName(), QDateTime::currentDateTime());
    return furniture;
}

QList<PrintDocument> DocumentService::recordDocuments(const QString &entityId, const QList<qint64> &ids,
                                                      const QString &templateName, bool unmasked, QString *error) const
{
    QList<PrintDocument> documents;
    if (!m_records.check(QStringLiteral("print"), entityId, error)
        || (unmasked && !m_records.check(QStringLiteral("unmask"), entityId, error)))
        return {};
    RecordDocument::Options options;
    options.unmasked = unmasked;
    options.printedBy = m_records.userName();
    options.company = RecordDocument::companyData(m_records);
    for (const qint64 id : ids) {
        PrintDocument document = RecordDocument::build(m_records, m_store, entityId, id, templateName, options, error);
        if (!error->isEmpty())
            return {};
        document.entityId = entityId;
        document.recordId = id;
        document.templateName = templateName.isEmpty() ? entityId : templateName;
        documents.append(std::move(document));
    }
    error->clear();
    return documents;
}

DocumentRenderer::Result DocumentService::exportPdf(const QList<PrintDocument> &documents, const QString &path,
                                                    QString *error, const DocumentRenderer::Progress &progress) const
{
    DocumentRenderer renderer(furniture());
    renderer.setImageFolder(m_store.userFolder());
    // The audit entries and the file stand or fall together: the entries
    // are written first, in a transaction that commits only once the PDF is
    // in place (and a PDF whose entries cannot be committed is removed).
    WriteTransaction transaction(m_records.database());
    if (!transaction.isActive() || !recordPrinted(documents, QDir::toNativeSeparators(path), error)) {
        if (error->isEmpty())
            *error = transaction.errorString();
        return DocumentRenderer::Result::FileError;
    }
    const DocumentRenderer::Result result = renderer.exportPdf(documents, path, progress);
    *error = renderer.errorString();
    if (result != DocumentRenderer::Result::Success)
        return result;
    if (!transaction.commit()) {
        QFile::remove(path);
        *error = tr("The print could not be recorded in the audit log, so the PDF was not kept: %1")
                     .arg(transaction.errorString());
        return DocumentRenderer::Result::FileError;
    }
    return result;
}

bool DocumentService::recordPrinted(const QList<PrintDocument> &documents, const QString &destination,
                                    QString *error) const
{
    WriteTransaction transaction(m_records.database());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    for (const PrintDocument &document : documents) {
        if (document.entityId.isEmpty())
            continue;
        const QJsonObject detail{{QStringLiteral("template"), document.templateName},
                                 {QStringLiteral("destination"), destination},
                                 {QStringLiteral("unmasked"), document.confidential}};
        if (!m_records.audit(QString::fromLatin1(AuditLog::Action::Print), document.entityId, document.recordId, detail,
                             error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

QPointF DocumentService::calibrationOffset(const QString &printerName)
{
    QSettings settings;
    return settings.value(settingsKey(printerName), QPointF()).toPointF();
}

void DocumentService::setCalibrationOffset(const QString &printerName, const QPointF &millimetres)
{
    QSettings settings;
    settings.setValue(settingsKey(printerName), millimetres);
}

} // namespace Backroom
