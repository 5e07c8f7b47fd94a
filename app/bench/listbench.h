#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom::Internal {

// The "list" scenario of backroom-bench: the real RecordListView on a
// generated entity of many rows (1,000,000 by default), timed from each
// action until the table has painted its result. Given a PostgreSQL server,
// the same company (copied there once) is measured again, the lines named
// list_pg_…, so both stand side by side in one run.
class ListBench
{
public:
    ListBench(QTextStream &out, int rows, int runs, const QString &server = {});

    bool run();
    QString errorString() const { return m_error; }

private:
    QString preparedCompany();
    bool measure(const QString &location, const QString &prefix);

    QTextStream &m_out;
    int m_rows;
    int m_runs;
    QString m_server;
    QString m_error;
};

} // namespace Backroom::Internal
