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
    QString reason;   // errorText() of the probe's job
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
    // No answer for a reason the library cannot name (no session bus) is
    // no keychain service.
    if (!result.available)
        result.reason = ServerPasswordStore::errorText(
            job.error() == QKeychain::OtherError ? QKeychain::NoBackendAvailable : job.error(), job.errorString());
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
    return tr("No system keychain is available here, so the password is asked each time. %1").arg(result.reason);
}

QString ServerPasswordStore::errorText(int code, const QString &detail)
{
    // QtKeychain says what went wrong in English, and sometimes only as a
    // code of the platform's service: the clerk reads a sentence of ours.
    QString sentence;
    switch (code) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        sentence = tr("No password is saved in the system keychain for this server.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        sentence = tr("The system keychain could not delete the saved password.");
        break;
    case QKeychain::AccessDeniedByUser:
        sentence = tr("Access to the system keychain was refused at its prompt.");
        break;
    case QKeychain::AccessDenied:
        sentence = tr("The system keychain refused access; it may be locked.");
        break;
    case QKeychain::NoBackendAvailable:
        sentence = tr("No keychain service such as GNOME Keyring or KWallet answered.");
        break;
    case QKeychain::NotImplemented:
        sentence = tr("The system keychain cannot do this on this system.");
        break;
    default:
        sentence = tr("The system keychain reported an error.");
        break;
    }
    const QString words = detail.trimmed();
    return words.isEmpty() ? sentence : tr("%1 (Details: %2)").arg(sentence, words);
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
        *error = errorText(job.error(), job.errorString());
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
        *error = errorText(job.error(), job.errorString());
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
        *error = errorText(job.error(), job.errorString());
    return false;
}

} // namespace Backroom::Internal
