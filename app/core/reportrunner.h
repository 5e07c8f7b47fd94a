#pragma once

#include "coreglobal.h"
#include "database.h"
#include "roles.h"
#include "entity.h"
#include "registry.h"
#include "reportdefinition.h"
#include "reportresult.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Backroom {

class Database;
class Records;

// Runs a report off the main thread so the window never freezes: the query
// gets a read-only connection of its own on a worker thread (a SQLite
// connection belongs to the thread that opened it), reports its progress,
// and can be canceled at any time. The result arrives on the runner's thread.
class BACKROOM_CORE_EXPORT ReportRunner : public QObject
{
    Q_OBJECT

public:
    // The database is the company's main connection: only its file name is
    // read here, on the caller's thread.
    // The run reads as `access`'s user, with their permissions.
    ReportRunner(Database &database, const Registry<Entity> &entities, const AccessControl &access,
                 QObject *parent = nullptr);
    // Cancels a run still going and waits for its thread.
    ~ReportRunner() override;

    // Starts a run; one still going is canceled first (its result is
    // dropped). The definition is copied.
    void start(const ReportDefinition &definition, const QVariantMap &parameters);
    void cancel();
    bool isRunning() const { return m_running; }
    // The last finished run's result; null before the first.
    std::shared_ptr<const ReportResult> result() const { return m_result; }

    // One run on the calling thread with the given records service (the
    // CLI; and the worker itself). Returns the finished result, or nullopt
    // with *errorString set, or with *canceled set when isCanceled said so.
    static std::optional<ReportResult> run(const ReportDefinition &definition, const QVariantMap &parameters,
                                           Records &records, const std::function<bool()> &isCanceled,
                                           const std::function<void(qint64, qint64)> &progress,
                                           QString *errorString, bool *canceled = nullptr);

signals:
    void started();
    // done of total rows; total 0 while not known.
    void progress(qint64 done, qint64 total);
    void finished();
    void failed(const QString &message);
    void canceled();

private:
    struct Job;
    void deliver(const std::shared_ptr<Job> &job);

    Database::ConnectionInfo m_connection;
    const Registry<Entity> &m_entities;
    AccessControl m_access;
    std::shared_ptr<Job> m_job;
    QList<QPointer<QThread>> m_threads;
    std::shared_ptr<const ReportResult> m_result;
    bool m_running = false;
};

} // namespace Backroom
