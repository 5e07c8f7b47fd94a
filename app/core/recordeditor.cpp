#include "recordeditor.h"

namespace Backroom {

RecordEditor::~RecordEditor() = default;

} // namespace Backroom
