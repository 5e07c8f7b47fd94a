#include "moneyedit.h"

#include "fieldcodec.h"
#include "moneyformat.h"

namespace Backroom {

MoneyEdit::MoneyEdit(int scale, QWidget *parent)
    : QLineEdit(parent)
    , m_scale(scale)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for 999,999,999.99 in the widget's own font.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("999,999,999.999")) + 16);
    connect(this, &QLineEdit::editingFinished, this, &MoneyEdit::finishEditing);
}

std::optional<qint64> MoneyEdit::value() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    return FieldCodec::parseDecimal(typed, m_scale);
}

void MoneyEdit::setValue(std::optional<qint64> value)
{
    m_committed = value;
    m_committedText = value ? MoneyFormat::decimal(*value, m_scale) : QString();
    setText(m_committedText);
}

QString MoneyEdit::inputError() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty() || FieldCodec::parseDecimal(typed, m_scale))
        return QString();
    return m_scale == 0 ? tr("“%1” is not a whole number.").arg(typed)
                        : tr("“%1” is not an amount with at most %2 decimals, e.g. 1,234.56.").arg(typed).arg(m_scale);
}

void MoneyEdit::finishEditing()
{
    const std::optional<qint64> parsed = value();
    const bool unreadable = !text().trimmed().isEmpty() && !parsed;
    if (unreadable) {
        // Keep what the clerk typed so they can correct it.
        if (text() != m_committedText) {
            m_committedText = text();
            m_committed.reset();
            emit valueEdited();
        }
        return;
    }
    const QString formatted = parsed ? MoneyFormat::decimal(*parsed, m_scale) : QString();
    if (text() != formatted)
        setText(formatted);
    if (parsed != m_committed || formatted != m_committedText) {
        m_committed = parsed;
        m_committedText = formatted;
        emit valueEdited();
    }
}

} // namespace Backroom
