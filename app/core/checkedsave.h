#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QString>

class QSaveFile;

namespace Backroom {

// QSaveFile::commit() that also notices a disk that filled up. A write the
// disk can only partly take comes back as a short write that QFileDevice
// does not report, and commit() would rename a truncated file into place;
// comparing what was written with what is on disk before the rename
// catches it.
class BACKROOM_CORE_EXPORT CheckedSave
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CheckedSave)

public:
    // Commits, or cancels and says why; the target is untouched on failure.
    static bool commit(QSaveFile &file, const QString &path, QString *error);
};

} // namespace Backroom
