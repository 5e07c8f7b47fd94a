#include "field.h"

namespace Backroom {

Field::Field(Type type, const QString &name, Label label)
    : m_type(type)
    , m_name(name)
    , m_label(std::move(label))
{
}

Field Field::text(const QString &name, Label label, int maxLength)
{
    Field field(Type::Text, name, std::move(label));
    field.m_maxLength = maxLength;
    return field;
}

Field Field::longText(const QString &name, Label label)
{
    Field field(Type::LongText, name, std::move(label));
    field.m_maxLength = 100000;
    return field;
}

Field Field::integer(const QString &name, Label label)
{
    return Field(Type::Integer, name, std::move(label));
}

Field Field::money(const QString &name, Label label)
{
    return Field(Type::Money, name, std::move(label));
}

Field Field::quantity(const QString &name, Label label, int scale)
{
    Field field(Type::Quantity, name, std::move(label));
    field.m_scale = scale;
    return field;
}

Field Field::date(const QString &name, Label label)
{
    return Field(Type::Date, name, std::move(label));
}

Field Field::dateTime(const QString &name, Label label)
{
    return Field(Type::DateTime, name, std::move(label));
}

Field Field::boolean(const QString &name, Label label)
{
    Field field(Type::Boolean, name, std::move(label));
    field.m_default = false;
    return field;
}

Field Field::choice(const QString &name, Label label, QList<Choice> choices)
{
    Field field(Type::Choice, name, std::move(label));
    field.m_choices = std::move(choices);
    return field;
}

Field Field::reference(const QString &name, Label label, const QString &entityId)
{
    Field field(Type::Reference, name, std::move(label));
    field.m_target = entityId;
    return field;
}

Field Field::childLines(const QString &name, Label label, const QString &childEntityId, const QString &parentField)
{
    Field field(Type::ChildLines, name, std::move(label));
    field.m_target = childEntityId;
    field.m_parentField = parentField;
    return field;
}

Field Field::attachment(const QString &name, Label label)
{
    return Field(Type::Attachment, name, std::move(label));
}

QString Field::choiceLabel(const QString &key) const
{
    for (const Choice &choice : m_choices)
        if (choice.key == key)
            return choice.label ? choice.label() : key;
    return key;
}

QString Field::typeName(Type type)
{
    switch (type) {
    case Type::Text: return QStringLiteral("text");
    case Type::LongText: return QStringLiteral("long text");
    case Type::Integer: return QStringLiteral("integer");
    case Type::Money: return QStringLiteral("money");
    case Type::Quantity: return QStringLiteral("quantity");
    case Type::Date: return QStringLiteral("date");
    case Type::DateTime: return QStringLiteral("datetime");
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::Choice: return QStringLiteral("choice");
    case Type::Reference: return QStringLiteral("reference");
    case Type::ChildLines: return QStringLiteral("child lines");
    case Type::Attachment: return QStringLiteral("attachment");
    }
    return QString();
}

QString Field::maskedText(const QString &text)
{
    static const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022");
    // The last four characters tell two accounts apart without giving one
    // away; a value that short shows nothing at all.
    if (text.size() <= 4)
        return dots;
    return dots + QLatin1Char(' ') + text.right(4);
}

} // namespace Backroom
