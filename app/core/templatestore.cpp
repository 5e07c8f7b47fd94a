#include "templatestore.h"

#include "apppaths.h"
#include "checkedsave.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Backroom {

namespace {

const QLatin1String suffix(".html");

bool readText(const QString &path, QString *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *text = QString::fromUtf8(file.readAll());
    return true;
}

// Names become file names: refuse anything that could leave the folder.
bool isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 120)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    }
    return !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1String(".."));
}

} // namespace

TemplateStore::TemplateStore(const QString &userFolder, Generator generated)
    : m_userFolder(userFolder), m_generated(std::move(generated))
{
}

QString TemplateStore::defaultUserFolder()
{
    return QDir(AppPaths::dataDirectory()).filePath(QStringLiteral("templates"));
}

QString TemplateStore::userPath(const QString &name) const
{
    return QDir(m_userFolder).filePath(name + suffix);
}

TemplateStore::Origin TemplateStore::origin(const QString &name) const
{
    if (!isSafeName(name))
        return Origin::Missing;
    if (QFileInfo::exists(userPath(name)))
        return Origin::User;
    if (QFileInfo::exists(resourcePrefix() + name + suffix))
        return Origin::Shipped;
    if (m_generated && !m_generated(name).isEmpty())
        return Origin::Generated;
    return Origin::Missing;
}

QString TemplateStore::originText(Origin origin)
{
    switch (origin) {
    case Origin::Missing:
        return tr("Missing");
    case Origin::Generated:
        return tr("Default layout");
    case Origin::Shipped:
        return tr("Shipped with Backroom");
    case Origin::User:
        return tr("Your copy");
    }
    return QString();
}

QString TemplateStore::shippedText(const QString &name) const
{
    QString text;
    if (isSafeName(name) && readText(resourcePrefix() + name + suffix, &text))
        return text;
    return m_generated ? m_generated(name) : QString();
}

DocumentTemplate TemplateStore::load(const QString &name, DocumentTemplate::Problem *problem) const
{
    DocumentTemplate::Problem local;
    DocumentTemplate::Problem *out = problem ? problem : &local;
    QString text;
    const Origin found = origin(name);
    switch (found) {
    case Origin::Missing:
        *out = {0, tr("There is no template “%1”.").arg(name)};
        return {};
    case Origin::User:
        if (!readText(userPath(name), &text)) {
            *out = {0, tr("Your copy of the template “%1” cannot be read: %2")
                           .arg(name, QDir::toNativeSeparators(userPath(name)))};
            return {};
        }
        break;
    case Origin::Shipped:
    case Origin::Generated:
        text = shippedText(name);
        break;
    }
    const DocumentTemplate result = DocumentTemplate::parse(name, text, out);
    if (!result.isValid() && found == Origin::User)
        out->message = tr("Your copy of the template (%1): %2").arg(QDir::toNativeSeparators(userPath(name)), out->message);
    return result;
}

QStringList TemplateStore::names() const
{
    QStringList names;
    for (const QString &folder : {resourcePrefix(), m_userFolder}) {
        QDirIterator it(folder, {QStringLiteral("*.html")}, QDir::Files);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).completeBaseName();
            if (isSafeName(name) && !names.contains(name))
                names.append(name);
        }
    }
    names.sort();
    return names;
}

QStringList TemplateStore::namesFor(const QString &entityId) const
{
    QStringList result;
    if (origin(entityId) != Origin::Missing)
        result.append(entityId);
    for (const QString &name : names()) {
        if (name.startsWith(entityId + QLatin1Char('.')))
            result.append(name);
    }
    return result;
}

QString TemplateStore::customize(const QString &name, QString *error) const
{
    const QString path = userPath(name);
    if (QFileInfo::exists(path))
        return path;
    const QString text = shippedText(name);
    if (text.isEmpty()) {
        if (error)
            *error = tr("There is no template “%1”.").arg(name);
        return QString();
    }
    QDir().mkpath(m_userFolder);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    if (!CheckedSave::commit(file, path, error))
        return QString();
    return path;
}

bool TemplateStore::resetToShipped(const QString &name, QString *keptAs, QString *error) const
{
    const QString path = userPath(name);
    if (!QFileInfo::exists(path))
        return true;
    const QString aside = path + QStringLiteral(".replaced-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        if (error)
            *error = tr("Cannot move your copy aside: %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (keptAs)
        *keptAs = aside;
    return true;
}

} // namespace Backroom
