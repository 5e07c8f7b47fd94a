#include "reportcontext.h"

#include "records.h"
#include "reportresult.h"

namespace Backroom {

ReportContext::ReportContext(Records &records, const ReportDefinition &definition, const QVariantMap &parameters,
                             ReportResult &sink, CancelCheck isCanceled, Progress progress)
    : m_records(records)
    , m_definition(definition)
    , m_parameters(parameters)
    , m_sink(sink)
    , m_isCanceled(std::move(isCanceled))
    , m_progress(std::move(progress))
{
}

Database &ReportContext::database() const
{
    return m_records.database();
}

void ReportContext::setProgress(qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(done, total);
}

bool ReportContext::addRow(const QVariantList &values, const QString &entityId, qint64 recordId)
{
    // Looking at the flag is cheap, but not free for a million rows.
    if ((++m_rows & 0x3ff) == 0 && isCanceled())
        return false;
    m_sink.addRow(values, entityId, recordId);
    return true;
}

bool ReportContext::forEachRecord(const QString &entityId, QuerySpec spec,
                                  const std::function<bool(const Record &)> &visit, QString *errorString)
{
    const std::optional<qint64> total = m_records.count(entityId, spec, errorString);
    if (!total)
        return false;
    // A stable order, so paging by offset neither skips nor repeats a row.
    spec.sort.append(SortKey{QStringLiteral("id"), Qt::AscendingOrder});
    constexpr int pageSize = 2000;
    spec.limit = pageSize;
    qint64 done = 0;
    setProgress(0, *total);
    for (spec.offset = 0;; spec.offset += pageSize) {
        if (isCanceled())
            return false;
        QString error;
        const QList<Record> page = m_records.select(entityId, spec, &error);
        if (!error.isEmpty()) {
            if (errorString)
                *errorString = error;
            return false;
        }
        for (const Record &record : page) {
            if (!visit(record))
                return !isCanceled();
        }
        done += page.size();
        setProgress(done, std::max(done, *total));
        if (page.size() < pageSize)
            return !isCanceled();
    }
}

} // namespace Backroom
