#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom::Internal {

// The "report" scenario of backroom-bench: a grouped report of many rows
// (50,000 in 500 groups by default, about 1,000 A4 pages) written to PDF,
// timed in pages per second with the process's peak memory; and the core
// report "Partners by kind" run over as many generated partners.
class ReportBench
{
public:
    ReportBench(QTextStream &out, int rows);

    bool run();
    QString errorString() const { return m_error; }

private:
    bool pdf();
    bool query();

    QTextStream &m_out;
    int m_rows;
    QString m_error;
};

} // namespace Backroom::Internal
