#pragma once

#include "coreglobal.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace Backroom {

class Entity;
class Records;

// Imports CSV rows into one entity: maps columns to fields, turns texts into
// values (choices by key or label, references by the referenced record's
// display name), validates every row by the records service's own field
// rules (Records::checkField), and writes all rows in one transaction or
// none. The report lists each problem with its line, column and reason.
//
// Rows are written in bulk: one prepared INSERT inside one transaction, no
// savepoint per row, uniqueness checked against values already read (the
// file's, and the table's when it is small) instead of a query per value.
// System columns, sequence numbers, hooks (before() and after() for every
// record created) and the single Records::changed notification are as if
// each row had gone through Records::create.
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

    // Reports progress and asks whether to go on: `done` of `total` rows
    // have been checked (and, while there is no problem, written). Called
    // every few hundred rows from the importing thread and once with
    // done == total before the commit. Returning false cancels: nothing is
    // written, and the result holds a problem saying so.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Result import(const CsvReader &reader, const QMap<QString, QString> &mapping, const Progress &progress = {});

    // At most this many problems are collected before giving up.
    static constexpr int MaxProblems = 200;

private:
    Result importOnce(const CsvReader &reader, const QMap<QString, QString> &mapping, const Progress &progress);
    Records &m_records;
    const Entity &m_entity;
};

} // namespace Backroom
