#pragma once

#include "coreglobal.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QMap>

namespace Backroom {

class Entity;
class Records;

// Imports CSV rows into one entity: maps columns to fields, turns texts into
// values (choices by key or label, references by the referenced record's
// display name), validates every row through the records service, and
// writes all rows in one transaction or none. The report lists each problem
// with its line, column and reason.
class BACKROOM_CORE_EXPORT RecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::RecordImporter)

public:
    struct Problem
    {
        qint64 line = 0;     // 0: the file or the mapping as a whole
        QString column;      // the CSV column's header, if any
        QString message;     // translated, one sentence
    };

    struct Result
    {
        bool ok = false;
        qint64 imported = 0;
        QList<Problem> problems;
    };

    RecordImporter(Records &records, const Entity &entity);

    // Column header → field name, matching field names and labels (any
    // case, surrounding spaces ignored). Unmatched columns are left out.
    QMap<QString, QString> defaultMapping(const QStringList &header) const;

    Result import(const CsvReader &reader, const QMap<QString, QString> &mapping);

    // At most this many problems are collected before giving up.
    static constexpr int MaxProblems = 200;

private:
    Records &m_records;
    const Entity &m_entity;
};

} // namespace Backroom
