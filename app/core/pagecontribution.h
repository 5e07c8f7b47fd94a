#pragma once

#include <QIcon>
#include <QString>

#include <functional>

class QWidget;

namespace Backroom {

class AccessControl;
class CompanySession;

// A page shown in a module's area of the main window. Titles are functions so
// that they are translated when shown, after the user switches language.
struct PageContribution
{
    QString id;                         // "finance/overview"
    std::function<QString()> title;
    QIcon icon;
    int order = 0;                      // pages of one module sort by this
    std::function<QWidget *(CompanySession *session, QWidget *parent)> create;
    // Whether the signed-in user gets the page at all (a list needs "read"
    // on its entity, the users page "administer"); unset: everyone. The
    // services check again: this only keeps pages the user cannot use out
    // of the way.
    std::function<bool(const AccessControl &access)> available;
    // Asked before the page is destroyed (quit, closing or switching the
    // company); returns false to keep it, e.g. after "Save changes?" → Cancel.
    std::function<bool(QWidget *page)> canClose;
};

} // namespace Backroom
