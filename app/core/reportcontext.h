#pragma once

#include "coreglobal.h"
#include "record.h"
#include "recordquery.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <functional>

namespace Backroom {

class Database;
class Records;
class ReportDefinition;
class ReportResult;

// What a report's query works with while it runs: the records service on
// the run's own connection (on the worker thread when run from the screen),
// the parameter values, a cancel flag to look at, a way to say how far it
// got, and the sink for its rows.
class BACKROOM_CORE_EXPORT ReportContext
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ReportContext)

public:
    using CancelCheck = std::function<bool()>;
    // done of total (0: not known yet)
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ReportContext(Records &records, const ReportDefinition &definition, const QVariantMap &parameters,
                  ReportResult &sink, CancelCheck isCanceled = {}, Progress progress = {});

    Records &records() const { return m_records; }
    Database &database() const;
    const ReportDefinition &definition() const { return m_definition; }
    const QVariantMap &parameters() const { return m_parameters; }
    QVariant parameter(const QString &key) const { return m_parameters.value(key); }

    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }
    void setProgress(qint64 done, qint64 total);

    // One row, values in the declaration's column order; entityId and
    // recordId name the record a double click on the row opens. Returns
    // false once the run is canceled: stop streaming then.
    bool addRow(const QVariantList &values, const QString &entityId = {}, qint64 recordId = 0);

    // Every record of an entity that the spec selects (its limit and offset
    // are ignored), read a page at a time, with progress and the cancel
    // flag looked at between pages. visit returns false to stop. Returns
    // false on a database error (*errorString set) or when canceled.
    bool forEachRecord(const QString &entityId, QuerySpec spec, const std::function<bool(const Record &)> &visit,
                       QString *errorString);

private:
    Records &m_records;
    const ReportDefinition &m_definition;
    QVariantMap m_parameters;
    ReportResult &m_sink;
    CancelCheck m_isCanceled;
    Progress m_progress;
    qint64 m_rows = 0;
};

} // namespace Backroom
