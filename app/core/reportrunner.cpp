#include "reportrunner.h"

#include "database.h"
#include "records.h"
#include "reportcontext.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>

namespace Backroom {

struct ReportRunner::Job
{
    std::atomic_bool cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    // Set by the worker before it hands the job back.
    std::optional<ReportResult> result;
    QString error;
    bool canceled = false;
};

ReportRunner::ReportRunner(Database &database, const Registry<Entity> &entities, const AccessControl &access,
                           QObject *parent)
    : QObject(parent)
    , m_connection(database.connectionInfo())
    , m_entities(entities)
    , m_access(access)
{
}

ReportRunner::~ReportRunner()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void ReportRunner::cancel()
{
    if (m_job)
        m_job->cancel = true;
    if (m_running) {
        m_running = false;
        m_job.reset();
        emit canceled();
    }
}

void ReportRunner::start(const ReportDefinition &definition, const QVariantMap &parameters)
{
    if (m_running)
        cancel();
    auto job = std::make_shared<Job>();
    m_job = job;
    m_running = true;
    Database::ConnectionInfo connection = m_connection;
    connection.purpose = QStringLiteral("report");
    const AccessControl access = m_access;
    const Registry<Entity> *entities = &m_entities;
    QPointer<ReportRunner> self(this);
    QThread *thread = QThread::create([=] {
        {
            // Read-only: a report never writes, and its connection cannot.
            std::unique_ptr<Database> db = Database::reopen(connection, true, &job->error);
            if (db) {
                Records records(*db, *entities, access.userName());
                records.setAccess(access);
                QElapsedTimer sinceProgress;
                sinceProgress.start();
                job->result = run(
                    definition, parameters, records, [job] { return job->cancel.load(); },
                    [job, self, &sinceProgress](qint64 done, qint64 total) {
                        job->done = done;
                        job->total = total;
                        // A few updates a second are plenty for a progress bar.
                        if (sinceProgress.elapsed() < 100)
                            return;
                        sinceProgress.restart();
                        if (ReportRunner *runner = self.data())
                            QMetaObject::invokeMethod(
                                runner, [runner, job] {
                                    if (runner->m_job == job)
                                        emit runner->progress(job->done, job->total);
                                },
                                Qt::QueuedConnection);
                    },
                    &job->error, &job->canceled);
            }
        }
        // The destructor waits for this thread, so the runner is still there.
        if (ReportRunner *runner = self.data())
            QMetaObject::invokeMethod(runner, [runner, job] { runner->deliver(job); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    emit started();
    thread->start(QThread::LowPriority);
}

void ReportRunner::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_job)
        return; // canceled or replaced meanwhile
    m_job.reset();
    m_running = false;
    if (job->canceled) {
        emit canceled();
    } else if (!job->result) {
        emit failed(job->error);
    } else {
        m_result = std::make_shared<const ReportResult>(std::move(*job->result));
        emit finished();
    }
}

std::optional<ReportResult> ReportRunner::run(const ReportDefinition &definition, const QVariantMap &parameters,
                                              Records &records, const std::function<bool()> &isCanceled,
                                              const std::function<void(qint64, qint64)> &progress,
                                              QString *errorString, bool *canceled)
{
    if (canceled)
        *canceled = false;
    QString error;
    if (!definition.queryFunction()) {
        if (errorString)
            *errorString = QStringLiteral("report '%1' has no query").arg(definition.id());
        return std::nullopt;
    }
    // A report reads its module's records: it needs "read" there.
    if (!records.access().allows(QStringLiteral("read"), definition.moduleId())) {
        if (errorString)
            *errorString = records.access().refusal(QStringLiteral("read"), definition.title());
        return std::nullopt;
    }
    if (!definition.checkParameters(parameters, &error)) {
        if (errorString)
            *errorString = error;
        return std::nullopt;
    }
    ReportResult result(definition);
    result.setGeneratedAt(QDateTime::currentDateTimeUtc());
    QStringList lines;
    for (const ReportDefinition::Parameter &parameter : definition.parameters()) {
        const QVariant value = parameters.value(parameter.key);
        QString text = ReportDefinition::valueText(parameter, value);
        // A reference reads as the record's name, not its number.
        if (parameter.type == ReportDefinition::Parameter::Type::Reference && !value.isNull() && value.isValid()) {
            const QString name = records.displayName(parameter.entityId, value.toLongLong());
            if (!name.isEmpty())
                text = name;
        }
        lines.append(QCoreApplication::translate("Backroom::ReportResult", "%1: %2").arg(parameter.labelText(), text));
    }
    result.setParameterLines(lines);
    ReportContext context(records, definition, parameters, result, isCanceled, progress);
    const bool ok = definition.queryFunction()(context, &error);
    if (context.isCanceled()) {
        if (canceled)
            *canceled = true;
        if (errorString)
            *errorString = QCoreApplication::translate("Backroom::ReportRunner", "The report was canceled.");
        return std::nullopt;
    }
    if (!ok) {
        if (errorString)
            *errorString = error.isEmpty() ? QCoreApplication::translate("Backroom::ReportRunner", "The report could not be run.")
                                           : error;
        return std::nullopt;
    }
    result.finish();
    return result;
}

} // namespace Backroom
