#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Backroom {

class RecordEditor;
class RecordListView;
class Records;

// A module's own list or form for one entity, used by every entity page in
// place of the generic one (a voucher entry grid for finance.voucher). Either
// factory may be empty to keep the generic view.
struct EntityViewContribution
{
    QString id;   // the entity id, "finance.voucher"
    std::function<RecordListView *(Records &records, QWidget *parent)> createList;
    std::function<RecordEditor *(Records &records, QWidget *parent)> createForm;
};

} // namespace Backroom
