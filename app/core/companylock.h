#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Backroom {

// Keeps a second Backroom process from writing the same company file.
//
// The lock is an operating-system lock (flock / LockFileEx) on a small file
// next to the company file; the file's text names the holder. Because the OS
// drops the lock when a process dies, a lock file left behind by a crash is
// recognised as stale (it exists but nobody holds its lock) and is taken
// over safely, without guessing from process ids.
class BACKROOM_CORE_EXPORT CompanyLock
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CompanyLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString user;
        QString application;
        QDateTime since;
        bool isValid() const { return pid > 0; }
        QString describe() const;
        QByteArray toJson() const;
        static Holder fromJson(const QByteArray &json);
        static Holder currentProcess();
    };

    enum class Result { Acquired, HeldByOther, Failed };

    explicit CompanyLock(const QString &companyPath);
    ~CompanyLock();
    CompanyLock(const CompanyLock &) = delete;
    CompanyLock &operator=(const CompanyLock &) = delete;

    static QString lockPathFor(const QString &companyPath);

    Result tryLock();
    void unlock();
    bool isLocked() const { return m_handle >= 0; }

    // After HeldByOther: who holds it. After Acquired: the crashed session
    // whose stale lock was cleared, if any.
    Holder otherHolder() const { return m_other; }
    bool clearedStaleLock() const { return m_clearedStale; }
    QString errorString() const { return m_error; }
    QString lockPath() const { return m_lockPath; }

private:
    QString m_lockPath;
    qintptr m_handle = -1;
    Holder m_other;
    bool m_clearedStale = false;
    QString m_error;
};

} // namespace Backroom
