#pragma once

#include "coreglobal.h"

#include <QIcon>
#include <QString>

namespace Backroom {

// One QIcon per icon file for the whole program, built from the PNG
// renderings made at build time when they exist. Qt parses an SVG each time a
// QIcon is made from it and again for each size it draws; PNGs load in a
// fraction of that and keep the SVG libraries out of start-up.
class BACKROOM_CORE_EXPORT IconCache
{
public:
    static QIcon icon(const QString &path);

private:
    static QIcon load(const QString &path);
};

} // namespace Backroom
