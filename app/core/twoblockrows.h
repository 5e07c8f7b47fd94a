#pragma once

#include <QList>

namespace Backroom {

class ReportResult;

namespace Internal {

// The lines of a report declared in two blocks (ReportDefinition::
// twoBlocks) as the screen and the CSV/XLSX export show them, the
// way the PDF prints them: the rows above the blocks, then one line per
// pair (资产 on the left, 负债和所有者权益 on the right, top-aligned, with
// both blocks' last rows — their totals — on one line), then the rows
// below. Not exported: the tree model and ReportResult::toTable share it.
class TwoBlockRows
{
public:
    struct Line
    {
        int left = -1;         // the result row shown in the left half; -1: blank
        int right = -1;        // the result row shown in the right half; -1: blank
        bool spans = false;    // a row above or below the blocks (left only, across the page)
        bool totals = false;   // the blocks' totals
    };

    // Empty when the result is not laid out in two blocks.
    static QList<Line> of(const ReportResult &result);
};

} // namespace Internal
} // namespace Backroom
