#pragma once

#include "coreglobal.h"

#include <QLineEdit>

#include <optional>

namespace Backroom {

// A line edit for an amount or a fixed-scale quantity held as an integer.
// It accepts what clerks type — "1,234.56", "1234.5", "-12", "  8 " — and
// shows the value grouped ("1,234.50") once editing ends. Text it cannot
// read is kept as typed and reported by inputError(), never silently
// rounded or dropped.
class BACKROOM_CORE_EXPORT MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(int scale = 2, QWidget *parent = nullptr);

    int scale() const { return m_scale; }
    // The value, or nullopt when the field is empty or unreadable.
    std::optional<qint64> value() const;
    void setValue(std::optional<qint64> value);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    // A translated sentence when the text is not an amount; empty otherwise.
    QString inputError() const;

signals:
    // Editing finished and the value differs from before.
    void valueEdited();

private:
    void finishEditing();

    int m_scale;
    std::optional<qint64> m_committed;
    QString m_committedText;
};

} // namespace Backroom
