#include "serverpasswordstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>
#include <QUrl>
#include <QUrlQuery>

namespace Backroom::Internal {

namespace {

constexpr int DefaultPort = 5432;

// Runs a job to its end in a local event loop. User input waits meanwhile, so
// nothing in the window starts while the keychain is being asked.
void run(QKeychain::Job &job)
{
    bool done = false;
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

struct Probe
{
    bool available = false;
    QString reason;
};

// The backend is chosen once per process by QtKeychain (and the session bus
// connection is kept by it), so asking again would tell nothing new.
const Probe &probe(const QString &service)
{
    static QHash<QString, Probe> probes;
    auto found = probes.constFind(service);
    if (found != probes.constEnd())
        return *found;
    QKeychain::ReadPasswordJob job(service);
    job.setKey(QStringLiteral("availability-probe (never saved)"));
    run(job);
    Probe result;
    result.available = job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
    if (!result.available)
        result.reason = job.errorString();
    return *probes.insert(service, result);
}

} // namespace

ServerPasswordStore::ServerPasswordStore(const QString &service)
    : m_service(service)
{
}

QString ServerPasswordStore::identity(const QString &location)
{
    const QUrl url(location);
    const QString service = QUrlQuery(url).queryItemValue(QStringLiteral("service"));
    const QString user = url.userName().isEmpty() ? QString() : url.userName() + QLatin1Char('@');
    if (url.host().isEmpty() && url.path().size() < 2)
        return user + QStringLiteral("service:") + service;
    QString id = user + url.host() + QLatin1Char(':') + QString::number(url.port(DefaultPort)) + url.path();
    if (!service.isEmpty())
        id += QStringLiteral(" service:") + service;
    return id;
}

bool ServerPasswordStore::isAvailable() const
{
    return probe(m_service).available;
}

QString ServerPasswordStore::unavailableReason() const
{
    const Probe &result = probe(m_service);
    if (result.available)
        return QString();
    return tr("No system keychain is available here (%1), so the password is asked each time.")
        .arg(result.reason.isEmpty() ? tr("no Secret Service on the session bus") : result.reason);
}

std::optional<QString> ServerPasswordStore::read(const QString &url, QString *error) const
{
    if (!isAvailable())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(identity(url));
    run(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound && error)
        *error = job.errorString();
    return std::nullopt;
}

bool ServerPasswordStore::write(const QString &url, const QString &password, QString *error) const
{
    if (!isAvailable()) {
        if (error)
            *error = unavailableReason();
        return false;
    }
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(identity(url));
    job.setTextData(password);
    run(job);
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

bool ServerPasswordStore::remove(const QString &url, QString *error) const
{
    if (!isAvailable())
        return true;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(identity(url));
    run(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace Backroom::Internal
