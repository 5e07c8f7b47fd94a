#include "documenttemplate.h"

#include "localization.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace Backroom {

namespace {

namespace mustache = kainjow::mustache;

const QLatin1String headerStart("<!--backroom");
const QLatin1String headerEnd("-->");

// A tag of the body, as the name check needs it.
struct Tag
{
    enum Kind { Variable, Section, Inverted, Close };
    Kind kind;
    QString name;
    int line;
};

int countLines(QStringView text)
{
    return int(text.count(QLatin1Char('\n')));
}

// Null and empty values become `false`: they print as nothing, and a section
// over them ({{#remark}}…{{/remark}}) is skipped, as a template author expects.
mustache::data toMustache(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        mustache::data object{mustache::data::type::object};
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.set(it.key().toStdString(), toMustache(it.value()));
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        mustache::data list{mustache::data::type::list};
        for (const QVariant &item : value.toList())
            list.push_back(toMustache(item));
        return list;
    }
    case QMetaType::Bool:
        return mustache::data(value.toBool());
    default: {
        const QString text = value.isNull() ? QString() : value.toString();
        if (text.isEmpty())
            return mustache::data(false);
        return mustache::data(text.toStdString());
    }
    }
}

// The keys a section opens: a map's own, or those of every map in a list.
QVariantMap scopeOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap)
        return value.toMap();
    QVariantMap merged;
    if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList()) {
            if (item.typeId() == QMetaType::QVariantMap)
                merged.insert(item.toMap());
        }
    }
    return merged;
}

// Mustache lookup: the first part of a dotted name in the innermost scope
// that has it, the rest within that value.
bool resolve(const QList<QVariantMap> &scopes, const QString &name, QVariant *value)
{
    if (name == QLatin1String(".")) {
        *value = QVariant();
        return true;
    }
    const QStringList parts = name.split(QLatin1Char('.'));
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        if (!scopes.at(i).contains(parts.first()))
            continue;
        QVariant current = scopes.at(i).value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p) {
            if (current.typeId() != QMetaType::QVariantMap || !current.toMap().contains(parts.at(p)))
                return false;
            current = current.toMap().value(parts.at(p));
        }
        *value = current;
        return true;
    }
    return false;
}

QList<Tag> scanTags(const QString &body, int firstLine, DocumentTemplate::Problem *problem)
{
    static const QRegularExpression validName(QStringLiteral("^(\\.|[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)$"));
    QList<Tag> tags;
    QList<Tag> open;
    qsizetype pos = 0;
    int line = firstLine;
    qsizetype counted = 0;
    auto fail = [problem](int at, const QString &message) {
        if (problem)
            *problem = {at, message};
        return QList<Tag>();
    };
    while (true) {
        const qsizetype start = body.indexOf(QLatin1String("{{"), pos);
        if (start < 0)
            break;
        line += countLines(QStringView(body).mid(counted, start - counted));
        counted = start;
        if (body.mid(start, 3) == QLatin1String("{{{"))
            return fail(line, DocumentTemplate::tr("{{{…}}} would print a value as markup; Backroom prints every value as "
                                                   "text. Write {{…}} instead."));
        const qsizetype end = body.indexOf(QLatin1String("}}"), start + 2);
        if (end < 0)
            return fail(line, DocumentTemplate::tr("A tag opened with {{ is never closed with }}."));
        const QString inner = body.mid(start + 2, end - start - 2).trimmed();
        pos = end + 2;
        if (inner.isEmpty())
            return fail(line, DocumentTemplate::tr("An empty tag {{}}."));
        const QChar sigil = inner.at(0);
        const QString name = QStringLiteral("#^/!>&=").contains(sigil) ? inner.mid(1).trimmed() : inner;
        if (sigil == QLatin1Char('!'))
            continue;
        if (sigil == QLatin1Char('&'))
            return fail(line, DocumentTemplate::tr("{{&…}} would print a value as markup; Backroom prints every value as "
                                                   "text. Write {{…}} instead."));
        if (sigil == QLatin1Char('>'))
            return fail(line, DocumentTemplate::tr("Partials ({{>…}}) are not supported: a template is one file."));
        if (sigil == QLatin1Char('='))
            return fail(line, DocumentTemplate::tr("Changing the delimiters ({{=…=}}) is not supported."));
        if (!validName.match(name).hasMatch())
            return fail(line, DocumentTemplate::tr("“%1” is not a name: use letters, digits, _ and dots, as in "
                                                   "{{lines.amount}}.")
                                  .arg(name));
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            const Tag tag{sigil == QLatin1Char('#') ? Tag::Section : Tag::Inverted, name, line};
            tags.append(tag);
            open.append(tag);
        } else if (sigil == QLatin1Char('/')) {
            if (open.isEmpty())
                return fail(line, DocumentTemplate::tr("{{/%1}} closes a section that was never opened.").arg(name));
            if (open.constLast().name != name)
                return fail(line, DocumentTemplate::tr("{{/%1}} closes “%2”, opened on line %3, which must be closed "
                                                       "first with {{/%2}}.")
                                      .arg(name, open.constLast().name)
                                      .arg(open.constLast().line));
            open.removeLast();
            tags.append({Tag::Close, name, line});
        } else {
            tags.append({Tag::Variable, name, line});
        }
    }
    if (!open.isEmpty())
        return fail(open.constLast().line, DocumentTemplate::tr("The section “%1” is never closed with {{/%1}}.")
                                               .arg(open.constLast().name));
    if (problem)
        *problem = {};
    return tags;
}

} // namespace

QString DocumentTemplate::Problem::toString() const
{
    return line > 0 ? DocumentTemplate::tr("Line %1: %2").arg(line).arg(message) : message;
}

DocumentTemplate DocumentTemplate::parse(const QString &name, const QString &text, Problem *problem)
{
    DocumentTemplate result;
    result.m_name = name;
    result.m_source = text;
    auto fail = [&problem](int line, const QString &message) {
        if (problem)
            *problem = {line, message};
        return DocumentTemplate();
    };

    QString body = text;
    int bodyLine = 1;
    qsizetype headerAt = 0;
    while (headerAt < text.size() && (text.at(headerAt).isSpace() || text.at(headerAt) == QChar(0xFEFF)))
        ++headerAt;
    if (QStringView(text).mid(headerAt).startsWith(headerStart)) {
        const qsizetype jsonStart = headerAt + headerStart.size();
        const qsizetype end = text.indexOf(headerEnd, jsonStart);
        const int headerLine = 1 + countLines(QStringView(text).left(headerAt));
        if (end < 0)
            return fail(headerLine, tr("The template header <!--backroom … is never closed with -->."));
        const QString json = text.mid(jsonStart, end - jsonStart);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QByteArray utf8 = json.toUtf8();
            const int line = headerLine + countLines(QString::fromUtf8(utf8.left(error.offset)));
            return fail(line, tr("The template header is not valid JSON: %1.")
                                  .arg(doc.isObject() || error.error != QJsonParseError::NoError ? error.errorString()
                                                                                                : tr("an object { … } is expected")));
        }
        const QJsonObject header = doc.object();
        static const QStringList known{QStringLiteral("title"),   QStringLiteral("paper"),      QStringLiteral("orientation"),
                                       QStringLiteral("margins"), QStringLiteral("expects"),    QStringLiteral("kind"),
                                       QStringLiteral("letterhead"), QStringLiteral("footer")};
        for (auto it = header.begin(); it != header.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(headerLine, tr("Unknown key “%1” in the template header (known: %2).")
                                            .arg(it.key(), known.join(QStringLiteral(", "))));
        }
        const QJsonValue title = header.value(QStringLiteral("title"));
        if (title.isString())
            result.m_titles.insert(QString(), title.toString());
        else if (title.isObject())
            result.m_titles = title.toObject().toVariantMap();
        else if (!title.isUndefined())
            return fail(headerLine, tr("“title” must be text or {\"en\": …, \"zh_CN\": …}."));
        QString pageError;
        result.m_page = PageSetup::fromJson(header, &pageError);
        if (!pageError.isEmpty())
            return fail(headerLine, pageError);
        const QJsonValue expects = header.value(QStringLiteral("expects"));
        if (!expects.isUndefined()) {
            if (!expects.isArray())
                return fail(headerLine, tr("“expects” must be a list of names."));
            for (const QJsonValue &value : expects.toArray()) {
                if (!value.isString())
                    return fail(headerLine, tr("“expects” must be a list of names."));
                result.m_expects.append(value.toString());
            }
        }
        const QString kind = header.value(QStringLiteral("kind")).toString(QStringLiteral("flow"));
        if (kind == QLatin1String("positioned"))
            result.m_kind = Kind::Positioned;
        else if (kind != QLatin1String("flow"))
            return fail(headerLine, tr("“kind” must be flow or positioned, not “%1”.").arg(kind));
        // Stationery already has its own letterhead and boxes.
        const bool positioned = result.m_kind == Kind::Positioned;
        result.m_letterhead = header.value(QStringLiteral("letterhead")).toBool(!positioned);
        result.m_footer = header.value(QStringLiteral("footer")).toBool(!positioned);
        body = text.mid(end + headerEnd.size());
        bodyLine = 1 + countLines(QStringView(text).left(end + headerEnd.size()));
    }
    result.m_body = body;
    result.m_bodyLine = bodyLine;

    Problem tagProblem;
    scanTags(body, bodyLine, &tagProblem);
    if (!tagProblem.message.isEmpty())
        return fail(tagProblem.line, tagProblem.message);
    // The library's own parse, for anything the scan above does not know.
    const mustache::mustache compiled{body.toStdString()};
    if (!compiled.is_valid())
        return fail(0, QString::fromStdString(compiled.error_message()));
    result.m_valid = true;
    if (problem)
        *problem = {};
    return result;
}

QString DocumentTemplate::title() const
{
    const QString language = Localization::currentLanguage();
    if (m_titles.contains(language))
        return m_titles.value(language).toString();
    if (m_titles.contains(QString()))
        return m_titles.value(QString()).toString();
    if (m_titles.contains(QStringLiteral("en")))
        return m_titles.value(QStringLiteral("en")).toString();
    return m_name;
}

bool DocumentTemplate::checkNames(const QVariantMap &data, Problem *problem) const
{
    for (const QString &expected : m_expects) {
        QVariant ignored;
        if (!resolve({data}, expected, &ignored)) {
            *problem = {0, tr("The template expects “%1”, which the data of this document does not have.").arg(expected)};
            return false;
        }
    }
    Problem scanProblem;
    const QList<Tag> tags = scanTags(m_body, m_bodyLine, &scanProblem);
    QList<QVariantMap> scopes{data};
    // How often each tag will be filled in: a list section repeats what it
    // holds once per item, so sections of lists nested in each other
    // multiply. Far more than any form needs means a template that would
    // never finish printing.
    constexpr double maxExpansions = 1e6;
    QList<double> repeats{1};
    double expansions = 0;
    for (const Tag &tag : tags) {
        if (tag.kind == Tag::Close) {
            scopes.removeLast();
            repeats.removeLast();
            continue;
        }
        expansions += repeats.constLast();
        if (expansions > maxExpansions) {
            *problem = {tag.line, tr("Sections repeat inside each other so often that the document would never "
                                     "finish printing.")};
            return false;
        }
        QVariant value;
        if (!resolve(scopes, tag.name, &value)) {
            QStringList known = scopes.constLast().keys();
            if (known.size() > 12)
                known = known.mid(0, 12) << QStringLiteral("…");
            *problem = {tag.line, tr("“%1” is not in the data of this document (it has: %2).")
                                      .arg(tag.name, known.join(QStringLiteral(", ")))};
            return false;
        }
        if (tag.kind == Tag::Section) {
            scopes.append(scopeOf(value));
            const qsizetype items = value.typeId() == QMetaType::QVariantList ? value.toList().size() : 1;
            repeats.append(repeats.constLast() * double(std::max<qsizetype>(1, items)));
        } else if (tag.kind == Tag::Inverted) {
            scopes.append(QVariantMap());
            repeats.append(repeats.constLast());
        }
    }
    return true;
}

QString DocumentTemplate::render(const QVariantMap &data, Problem *problem) const
{
    Problem local;
    Problem *out = problem ? problem : &local;
    *out = {};
    if (!m_valid) {
        *out = {0, tr("The template “%1” could not be read.").arg(m_name)};
        return QString();
    }
    if (!checkNames(data, out))
        return QString();
    mustache::mustache compiled{m_body.toStdString()};
    const std::string rendered = compiled.render(toMustache(data));
    if (!compiled.is_valid()) {
        *out = {0, QString::fromStdString(compiled.error_message())};
        return QString();
    }
    return QString::fromStdString(rendered);
}

} // namespace Backroom
