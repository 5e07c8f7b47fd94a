#pragma once

#include "coreglobal.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace Backroom {

// One field of a declared entity. The type set is small and fixed; from it
// the core derives the column, the widget, the validation, import/export and
// the default print layout.
class BACKROOM_CORE_EXPORT Field
{
public:
    enum class Type {
        Text,        // one line
        LongText,    // several lines
        Integer,     // 64-bit
        Money,       // integer minor units (分, cents)
        Quantity,    // fixed scale decimal stored as an integer (scale() digits)
        Date,        // calendar date, no time zone
        DateTime,    // instant, stored in UTC
        Boolean,
        Choice,      // one of choices(), stored as the choice's key
        Reference,   // id of a record of referencedEntity()
        ChildLines,  // one-to-many: records of childEntity() whose childParentField() points here
        Attachment,  // id of a stored attachment
    };

    struct Choice
    {
        QString key;                       // stored value, never translated
        std::function<QString()> label;    // shown, translated
    };

    using Label = std::function<QString()>;
    // Returns an empty string when the value is acceptable, else a translated
    // sentence for the clerk.
    using Validator = std::function<QString(const QVariant &value)>;

    Field() = default;
    Field(Type type, const QString &name, Label label);

    static Field text(const QString &name, Label label, int maxLength = 200);
    static Field longText(const QString &name, Label label);
    static Field integer(const QString &name, Label label);
    static Field money(const QString &name, Label label);
    static Field quantity(const QString &name, Label label, int scale);
    static Field date(const QString &name, Label label);
    static Field dateTime(const QString &name, Label label);
    static Field boolean(const QString &name, Label label);
    static Field choice(const QString &name, Label label, QList<Choice> choices);
    static Field reference(const QString &name, Label label, const QString &entityId);
    static Field childLines(const QString &name, Label label, const QString &childEntityId,
                            const QString &parentField);
    static Field attachment(const QString &name, Label label);

    Field &required(bool on = true) { m_required = on; return *this; }
    Field &unique(bool on = true) { m_unique = on; return *this; }
    Field &defaultValue(const QVariant &value) { m_default = value; return *this; }
    Field &readOnly(bool on = true) { m_readOnly = on; return *this; }
    Field &searchable(bool on = true) { m_searchable = on; return *this; }
    Field &sensitive(bool on = true) { m_sensitive = on; return *this; }
    Field &help(Label text) { m_help = std::move(text); return *this; }
    Field &validator(Validator check) { m_validator = std::move(check); return *this; }
    Field &computed(std::function<QVariant(const QVariantMap &record)> compute)
    {
        m_computed = std::move(compute);
        return *this;
    }
    // Child lines only: the child's integer field that keeps the lines'
    // order; the form numbers lines 1, 2, 3… by it when saving, and lets the
    // clerk move lines up and down. Without it lines stay in saved order.
    Field &orderedBy(const QString &childField) { m_orderField = childField; return *this; }
    Field &range(qint64 minimum, qint64 maximum) { m_minimum = minimum; m_maximum = maximum; return *this; }
    // How to make the n-th made-up value that passes the field's validator
    // (an account code "90000012"), for generated test and benchmark data
    // where the generic "<label> <n>" would not do. Distinct for distinct n.
    Field &sample(std::function<QVariant(qint64 n)> make)
    {
        m_sample = std::move(make);
        return *this;
    }
    // A text field filled, when left empty on create, with the next number of
    // a gap-free sequence, e.g. "PO-{YYYY}-{####}", dated by dateField (or
    // today).
    Field &numbered(const QString &pattern, const QString &dateField = QString())
    {
        m_numberPattern = pattern;
        m_numberDateField = dateField;
        return *this;
    }

    Type type() const { return m_type; }
    QString name() const { return m_name; }
    QString label() const { return m_label ? m_label() : m_name; }
    QString helpText() const { return m_help ? m_help() : QString(); }
    bool isRequired() const { return m_required; }
    bool isUnique() const { return m_unique; }
    QVariant defaultValue() const { return m_default; }
    bool isReadOnly() const { return m_readOnly || isComputed(); }
    bool isSearchable() const { return m_searchable; }
    bool isSensitive() const { return m_sensitive; }
    bool isComputed() const { return bool(m_computed); }
    // Fields without a column of their own: computed values and child lines.
    bool isStored() const { return !isComputed() && m_type != Type::ChildLines; }
    int maxLength() const { return m_maxLength; }
    int scale() const { return m_scale; }
    qint64 minimum() const { return m_minimum; }
    qint64 maximum() const { return m_maximum; }
    QList<Choice> choices() const { return m_choices; }
    QString choiceLabel(const QString &key) const;
    QString referencedEntity() const { return m_target; }
    QString childEntity() const { return m_target; }
    QString childParentField() const { return m_parentField; }
    QString lineOrderField() const { return m_orderField; }
    const Validator &customValidator() const { return m_validator; }
    QVariant compute(const QVariantMap &record) const { return m_computed ? m_computed(record) : QVariant(); }

    bool hasSample() const { return bool(m_sample); }
    QVariant sampleValue(qint64 n) const { return m_sample ? m_sample(n) : QVariant(); }
    bool isNumbered() const { return !m_numberPattern.isEmpty(); }
    QString numberPattern() const { return m_numberPattern; }
    QString numberDateField() const { return m_numberDateField; }

    // A sensitive value as everyone without "unmask" sees it, on screen, on

    // paper and in files: "•••• 3456", only the last four characters.

    static QString maskedText(const QString &text);

    static QString typeName(Type type);

private:
    Type m_type = Type::Text;
    QString m_name;
    Label m_label;
    Label m_help;
    bool m_required = false;
    bool m_unique = false;
    bool m_readOnly = false;
    bool m_searchable = false;
    bool m_sensitive = false;
    QVariant m_default;
    int m_maxLength = 0;
    int m_scale = 0;
    qint64 m_minimum = std::numeric_limits<qint64>::min();
    qint64 m_maximum = std::numeric_limits<qint64>::max();
    QList<Choice> m_choices;
    QString m_target;
    QString m_parentField;
    QString m_orderField;
    QString m_numberPattern;
    QString m_numberDateField;
    Validator m_validator;
    std::function<QVariant(const QVariantMap &)> m_computed;
    std::function<QVariant(qint64)> m_sample;
};

} // namespace Backroom
