#pragma once

#include "csvreader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Backroom::Finance {

// The columns of a file the finance importers read, found by their
// headings: each name a column may go by (the English one, the Chinese an
// export from KIS or T3 uses) maps to the column it stands for, case and
// surrounding spaces ignored; the first column of each kind counts. The
// headings as the file wrote them name the column in problems.
class ImportColumns
{
public:
    ImportColumns(const QStringList &header, const QHash<QString, QString> &names);

    bool has(const QString &column) const { return m_index.contains(column); }
    // Of `required`, the ones the file lacks, in the order given.
    QStringList missing(const QStringList &required) const;
    // The heading the file gave the column, by column name.
    const QHash<QString, QString> &headings() const { return m_heading; }
    // The row's cell of the column, trimmed; empty when the file has no such
    // column or the row is short.
    QString cell(const CsvReader::Row &row, const QString &column) const;

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_heading;
};

} // namespace Backroom::Finance
