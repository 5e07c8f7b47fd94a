#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom::Internal {

// The "list" scenario of backroom-bench: the real RecordListView on a
// generated entity of many rows (1,000,000 by default), timed from each
// action until the table has painted its result.
class ListBench
{
public:
    ListBench(QTextStream &out, int rows, int runs);

    bool run();
    QString errorString() const { return m_error; }

private:
    QString preparedCompany();

    QTextStream &m_out;
    int m_rows;
    int m_runs;
    QString m_error;
};

} // namespace Backroom::Internal
