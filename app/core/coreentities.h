#pragma once

#include "coreglobal.h"
#include "entity.h"

#include <QCoreApplication>

namespace Backroom {

class Database;

// The entities every module refers to, declared by the core itself:
// core.company (the company profile), core.department (a tree),
// core.person (the office's staff; HR keeps private data in its own tables),
// core.partner (customers and suppliers), core.tag and core.note.
class BACKROOM_CORE_EXPORT CoreEntities
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::CoreEntities)

public:
    static QList<Entity> declarations();
    // Fills a new demo company with believable records in its language.
    static bool populateDemo(Database &db, const QList<Entity> &entities, const QString &language,
                             QString *errorString);
};

} // namespace Backroom
