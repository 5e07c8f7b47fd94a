#pragma once

#include "coreglobal.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom {

class Records;

// Column mappings learned from imports, kept in the company file
// (backroom_import_mapping) for the whole office: the next spreadsheet from
// the same supplier, with the same columns, is mapped the same way without
// asking.
//
// A mapping belongs to an entity and a set of column names. Names are
// compared as a clerk would: surrounding and repeated spaces, case and
// full-width forms (ＡＢＣ, full-width digits) do not matter, nor does
// the order of the columns.
class BACKROOM_CORE_EXPORT ImportMappings
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ImportMappings)

public:
    explicit ImportMappings(Records &records);

    // "  Tax ID " and "tax id" are the same column.
    static QString normalizedColumn(const QString &column);
    // The stored key for a header: its normalized names, sorted, as JSON.
    static QString headerKey(const QStringList &header);

    // The remembered mapping for this header (column as in header → field
    // name), or nullopt when none was remembered. Fields the entity no
    // longer has, or can no longer import, are left out.
    std::optional<QMap<QString, QString>> find(const QString &entityId, const QStringList &header) const;
    // Remembers (or replaces) the mapping for this header; columns not in
    // mapping are remembered as ignored.
    bool remember(const QString &entityId, const QStringList &header, const QMap<QString, QString> &mapping,
                  QString *errorString = nullptr);
    bool forget(const QString &entityId, const QStringList &header, QString *errorString = nullptr);

private:
    Records &m_records;
};

} // namespace Backroom
