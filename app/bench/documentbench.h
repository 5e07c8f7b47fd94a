#pragma once

#include <QString>
#include <QTextStream>

namespace Backroom::Internal {

// The "document" scenario of backroom-bench: records of the demo company
// printed to PDF through the document service (data, default layout,
// furniture, fonts, the file), one form at a time and as a batch.
class DocumentBench
{
public:
    DocumentBench(QTextStream &out, int runs);

    bool run();
    QString errorString() const { return m_error; }

private:
    QTextStream &m_out;
    int m_runs;
    QString m_error;
};

} // namespace Backroom::Internal
