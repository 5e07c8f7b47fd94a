#pragma once

#include "coreglobal.h"

#include <QDateTimeEdit>

namespace Backroom {

// A date (or date and time) editor that can also be empty, which QDateEdit
// cannot: an optional due date must not silently become 2000-01-01. Empty
// shows as blank; Delete or Backspace over the whole text clears it; typing
// or picking from the calendar sets it. Dates read yyyy-MM-dd, as Chinese
// and ISO paperwork writes them.
class BACKROOM_CORE_EXPORT DateEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    enum class Mode { Date, DateTime };

    explicit DateEdit(Mode mode = Mode::Date, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isNull() const;
    // Null QDate / QDateTime for empty. Date times are local time here.
    QDate value() const;
    QDateTime dateTimeValue() const;
    void setValue(const QDate &date);
    void setDateTimeValue(const QDateTime &dateTime);
    void clear() override;

signals:
    // The clerk changed the value (not setValue()).
    void valueEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void leaveEmptyState();

    Mode m_mode;
    QDateTime m_lastEmitted;
    bool m_lastNull = true;
};

} // namespace Backroom
