#include "dateedit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace Backroom {

namespace {
// The minimum is the "empty" sentinel: QDateTimeEdit shows its
// specialValueText there. No office record is dated 1752.
const QDate kEmpty(1752, 9, 14);
} // namespace

DateEdit::DateEdit(Mode mode, QWidget *parent)
    : QDateTimeEdit(parent)
    , m_mode(mode)
{
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDisplayFormat(mode == Mode::Date ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm"));
    setDateTime(QDateTime(kEmpty, QTime(0, 0)));
    if (calendarWidget())
        calendarWidget()->setGridVisible(true);
    connect(this, &QDateTimeEdit::dateTimeChanged, this, [this] {
        // setValue() blocks signals, so everything arriving here is the clerk's.
        const bool null = isNull();
        const QDateTime now = dateTime();
        if (null == m_lastNull && (null || now == m_lastEmitted))
            return;
        m_lastNull = null;
        m_lastEmitted = now;
        emit valueEdited();
    });
}

bool DateEdit::isNull() const
{
    return date() == kEmpty;
}

QDate DateEdit::value() const
{
    return isNull() ? QDate() : date();
}

QDateTime DateEdit::dateTimeValue() const
{
    return isNull() ? QDateTime() : dateTime();
}

void DateEdit::setValue(const QDate &value)
{
    const QSignalBlocker blocker(this);
    setDateTime(QDateTime(value.isValid() ? value : kEmpty, QTime(0, 0)));
    m_lastNull = !value.isValid();
    m_lastEmitted = dateTime();
}

void DateEdit::setDateTimeValue(const QDateTime &value)
{
    const QSignalBlocker blocker(this);
    setDateTime(value.isValid() ? value.toLocalTime() : QDateTime(kEmpty, QTime(0, 0)));
    m_lastNull = !value.isValid();
    m_lastEmitted = dateTime();
}

void DateEdit::clear()
{
    const bool wasNull = isNull();
    setValue(QDate());
    if (!wasNull)
        emit valueEdited();
}

void DateEdit::leaveEmptyState()
{
    if (!isNull())
        return;
    const QSignalBlocker blocker(this);
    setDateTime(QDateTime(QDate::currentDate(), m_mode == Mode::Date ? QTime(0, 0) : QTime::currentTime()));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool wholeSelected = lineEdit()->selectedText() == lineEdit()->text();
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && (wholeSelected || isNull())) {
        clear();
        return;
    }
    if (isNull() && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || !event->text().isEmpty())) {
        // From the blank state, the first key starts at today's date.
        leaveEmptyState();
        m_lastNull = false;
        m_lastEmitted = dateTime();
        emit valueEdited();
        if (event->text().isEmpty() || !event->text().at(0).isDigit())
            return;
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    QDateTimeEdit::keyPressEvent(event);
}

void DateEdit::mousePressEvent(QMouseEvent *event)
{
    // Opening the calendar from blank shows this month, not 1752.
    if (isNull() && calendarWidget())
        calendarWidget()->setSelectedDate(QDate::currentDate());
    QDateTimeEdit::mousePressEvent(event);
}

} // namespace Backroom
