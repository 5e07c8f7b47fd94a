#pragma once

#include "coreglobal.h"
#include "documenttemplate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Backroom {

// Where templates come from. A module ships its templates as resources at
// :/backroom/templates/<name>.html; a clerk's own copy of the same name in
// the templates folder of the data directory wins over the shipped one; an
// entity with neither gets the generated default layout, so any record can be
// printed before anyone writes a template for it.
class BACKROOM_CORE_EXPORT TemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::TemplateStore)

public:
    enum class Origin { Missing, Generated, Shipped, User };

    // `generated` answers the default template of a name ("core.partner"),
    // or an empty string when the name is not an entity.
    using Generator = std::function<QString(const QString &name)>;

    explicit TemplateStore(const QString &userFolder = defaultUserFolder(), Generator generated = {});

    static QString defaultUserFolder();
    static QString resourcePrefix() { return QStringLiteral(":/backroom/templates/"); }
    QString userFolder() const { return m_userFolder; }
    QString userPath(const QString &name) const;

    Origin origin(const QString &name) const;
    static QString originText(Origin origin);
    // The text the application would use without the clerk's copy.
    QString shippedText(const QString &name) const;
    // The template in use: the clerk's copy when there is one. A broken copy
    // is reported (with its line), never silently replaced by the shipped one.
    DocumentTemplate load(const QString &name, DocumentTemplate::Problem *problem = nullptr) const;

    // Shipped and user templates, sorted; entity defaults are not listed.
    QStringList names() const;
    // Templates for an entity: its own name first, then "<entity>.<variant>".
    QStringList namesFor(const QString &entityId) const;

    // Puts a copy of the shipped (or generated) template in the user folder
    // to edit; returns its path. An existing copy is kept as it is.
    QString customize(const QString &name, QString *error = nullptr) const;
    // Goes back to the shipped template; the clerk's copy is kept aside as
    // "<name>.html.replaced-<time>", never deleted.
    bool resetToShipped(const QString &name, QString *keptAs = nullptr, QString *error = nullptr) const;

private:
    QString m_userFolder;
    Generator m_generated;
};

} // namespace Backroom
