#include "twoblockrows.h"

#include "reportpdfwriter.h"
#include "reportresult.h"

#include <algorithm>

namespace Backroom::Internal {

QList<TwoBlockRows::Line> TwoBlockRows::of(const ReportResult &result)
{
    const std::optional<ReportDefinition::TwoBlocks> blocks = ReportPdfWriter::twoBlocksOf(result);
    if (!blocks)
        return {};
    QList<Line> lines;
    for (int row = 0; row < blocks->leftStart; ++row)
        lines.append({row, -1, true, false});
    // As on the printed form: both blocks from the top, their totals
    // (each block's last row) together on the last line.
    const int left = blocks->rightStart - blocks->leftStart - 1;
    const int right = blocks->end - blocks->rightStart - 1;
    for (int i = 0; i < std::max(left, right); ++i)
        lines.append({i < left ? blocks->leftStart + i : -1, i < right ? blocks->rightStart + i : -1, false, false});
    lines.append({blocks->rightStart - 1, blocks->end - 1, false, true});
    for (int row = blocks->end; row < result.rowCount(); ++row)
        lines.append({row, -1, true, false});
    return lines;
}

} // namespace Backroom::Internal
