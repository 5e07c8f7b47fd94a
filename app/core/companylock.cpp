#include "companylock.h"

#include "systemaccount.h"

#include <QFile>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#ifdef Q_OS_WIN
#  include <qt_windows.h>
#else
#  include <cerrno>
#  include <cstring>
#  include <fcntl.h>
#  include <sys/file.h>
#  include <sys/stat.h>
#  include <unistd.h>
#endif

namespace Backroom {

namespace {

#ifndef Q_OS_WIN
QByteArray readAll(int fd)
{
    QByteArray content;
    char buffer[4096];
    if (::lseek(fd, 0, SEEK_SET) < 0)
        return content;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        content.append(buffer, n);
        if (content.size() > 65536)
            break;
    }
    return content;
}
#endif

} // namespace

QString CompanyLock::Holder::describe() const
{
    if (!isValid())
        return tr("another Backroom process");
    const QString who = user.isEmpty() ? tr("an unknown user") : user;
    return tr("%1 on %2 (%3, process %4, since %5)")
        .arg(who, host, application.isEmpty() ? QStringLiteral("backroom") : application)
        .arg(pid)
        .arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat));
}

QByteArray CompanyLock::Holder::toJson() const
{
    QJsonObject object{{QStringLiteral("pid"), pid},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("application"), application},
                       {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

CompanyLock::Holder CompanyLock::Holder::fromJson(const QByteArray &json)
{
    Holder holder;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    holder.pid = object.value(QStringLiteral("pid")).toInteger();
    holder.host = object.value(QStringLiteral("host")).toString();
    holder.user = object.value(QStringLiteral("user")).toString();
    holder.application = object.value(QStringLiteral("application")).toString();
    holder.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return holder;
}

CompanyLock::Holder CompanyLock::Holder::currentProcess()
{
    Holder holder;
    holder.pid = QCoreApplication::applicationPid();
    holder.host = QSysInfo::machineHostName();
    holder.user = SystemAccount::userName();
    holder.application = QCoreApplication::applicationName();
    holder.since = QDateTime::currentDateTimeUtc();
    return holder;
}

CompanyLock::CompanyLock(const QString &companyPath)
    : m_lockPath(lockPathFor(companyPath))
{
}

CompanyLock::~CompanyLock()
{
    unlock();
}

QString CompanyLock::lockPathFor(const QString &companyPath)
{
    return companyPath + QStringLiteral(".lock");
}

#ifndef Q_OS_WIN

CompanyLock::Result CompanyLock::tryLock()
{
    if (isLocked())
        return Result::Acquired;
    const QByteArray path = QFile::encodeName(m_lockPath);
    // Another process may delete the lock file between our open() and our
    // flock(); then we hold a lock on a file nobody else sees. Compare the
    // inode we locked with the one on disk and retry when they differ.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            m_error = tr("Cannot create the lock file %1: %2").arg(m_lockPath, QString::fromLocal8Bit(std::strerror(errno)));
            return Result::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                m_other = Holder::fromJson(readAll(fd));
                ::close(fd);
                return Result::HeldByOther;
            }
            ::close(fd);
            m_error = tr("Cannot lock %1: %2").arg(m_lockPath, QString::fromLocal8Bit(std::strerror(error)));
            return Result::Failed;
        }
        struct stat locked {};
        struct stat onDisk {};
        if (::fstat(fd, &locked) != 0 || ::stat(path.constData(), &onDisk) != 0
            || locked.st_ino != onDisk.st_ino || locked.st_dev != onDisk.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray previous = readAll(fd);
        m_clearedStale = !previous.trimmed().isEmpty();
        m_other = m_clearedStale ? Holder::fromJson(previous) : Holder();
        const QByteArray content = Holder::currentProcess().toJson();
        if (::ftruncate(fd, 0) != 0 || ::lseek(fd, 0, SEEK_SET) != 0
            || ::write(fd, content.constData(), size_t(content.size())) != ssize_t(content.size())) {
            m_error = tr("Cannot write the lock file %1: %2").arg(m_lockPath, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return Result::Failed;
        }
        m_handle = fd;
        return Result::Acquired;
    }
    m_error = tr("The lock file %1 keeps changing; another program is interfering with it.").arg(m_lockPath);
    return Result::Failed;
}

void CompanyLock::unlock()
{
    if (m_handle < 0)
        return;
    // Unlink while still holding the lock, so nobody can lock the old inode
    // in between; processes waiting on it re-check the inode and retry.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(int(m_handle));
    m_handle = -1;
}

#else

namespace {
// Lock a byte range far past the text so other processes can still read who
// holds the lock.
constexpr DWORD kLockOffset = 0x40000000;
} // namespace

CompanyLock::Result CompanyLock::tryLock()
{
    if (isLocked())
        return Result::Acquired;
    HANDLE file = ::CreateFileW(reinterpret_cast<LPCWSTR>(m_lockPath.utf16()), GENERIC_READ | GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        m_error = tr("Cannot create the lock file %1 (error %2).").arg(m_lockPath).arg(::GetLastError());
        return Result::Failed;
    }
    auto readContent = [file]() {
        QByteArray content(4096, '\0');
        DWORD read = 0;
        ::SetFilePointer(file, 0, nullptr, FILE_BEGIN);
        ::ReadFile(file, content.data(), DWORD(content.size()), &read, nullptr);
        content.truncate(qsizetype(read));
        return content;
    };
    OVERLAPPED overlapped{};
    overlapped.Offset = kLockOffset;
    if (!::LockFileEx(file, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &overlapped)) {
        m_other = Holder::fromJson(readContent());
        ::CloseHandle(file);
        return Result::HeldByOther;
    }
    const QByteArray previous = readContent();
    m_clearedStale = !previous.trimmed().isEmpty();
    m_other = m_clearedStale ? Holder::fromJson(previous) : Holder();
    const QByteArray content = Holder::currentProcess().toJson();
    DWORD written = 0;
    ::SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    ::SetEndOfFile(file);
    ::WriteFile(file, content.constData(), DWORD(content.size()), &written, nullptr);
    ::FlushFileBuffers(file);
    m_handle = reinterpret_cast<qintptr>(file);
    return Result::Acquired;
}

void CompanyLock::unlock()
{
    if (m_handle < 0)
        return;
    HANDLE file = reinterpret_cast<HANDLE>(m_handle);
    // Emptied, not deleted: another process may already have the file open
    // to wait for the lock, and deleting it under them would let a third
    // create a fresh file and lock that one too. An empty lock file means
    // "closed properly".
    ::SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    ::SetEndOfFile(file);
    OVERLAPPED overlapped{};
    overlapped.Offset = kLockOffset;
    ::UnlockFileEx(file, 0, 1, 0, &overlapped);
    ::CloseHandle(file);
    m_handle = -1;
}

#endif

} // namespace Backroom
