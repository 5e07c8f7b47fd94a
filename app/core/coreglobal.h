#pragma once

#include <QtCore/qglobal.h>

#if defined(BACKROOM_CORE_LIBRARY)
#  define BACKROOM_CORE_EXPORT Q_DECL_EXPORT
#else
#  define BACKROOM_CORE_EXPORT Q_DECL_IMPORT
#endif
