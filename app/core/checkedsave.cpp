#include "checkedsave.h"

#include <QDir>
#include <QSaveFile>

namespace Backroom {

bool CheckedSave::commit(QSaveFile &file, const QString &path, QString *error)
{
    const bool flushed = file.flush();
    const qint64 written = file.pos();
    const qint64 onDisk = file.size();
    if (!flushed || file.error() != QFileDevice::NoError || onDisk != written) {
        // A short write sets no useful message ("Unknown error"): say what
        // it almost always is.
        const QString reason = onDisk != written || file.errorString().isEmpty()
                                   ? tr("the disk is full, or the file may not grow that large")
                                   : file.errorString();
        file.cancelWriting();
        if (error)
            *error = tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Backroom
