#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

class QWidget;

namespace Backroom {

class Records;

// The editing widget for one declared field, chosen from its type: a line
// edit for text, an amount editor for money and quantities, a date picker
// that can be empty, a combo for choices, a type-ahead picker for
// references, a check box for yes/no. It speaks typed values (QString,
// qint64, bool, QDate, QDateTime in UTC), the same values a Record holds,
// so the form and the child-lines grid need not know the widgets.
//
// The editor is owned by its widget and dies with it.
class BACKROOM_CORE_EXPORT FieldEditor : public QObject
{
    Q_OBJECT

public:
    FieldEditor(Records &records, const Field &field, QWidget *parent);

    const Field &field() const { return m_field; }
    QWidget *widget() const { return m_widget; }
    // The widget that takes keyboard focus (the line edit inside a picker…).
    QWidget *focusWidget() const;

    // The typed value, or a null QVariant when empty or unreadable.
    QVariant value() const;
    // Shows a typed value without emitting edited().
    void setValue(const QVariant &value);
    // What the widget holds that is not a value ("12,3a" in an amount, a
    // name that matches no record); empty when the text is fine.
    QString inputError() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Sensitive fields show "•••• 1234" until revealed.
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    // The text a value shows as where it is not being edited (grids, prints).
    static QString displayText(Records &records, const Field &field, const QVariant &value);

signals:
    // The clerk changed the value and moved on (not setValue()).
    void edited();
    // The clerk asked to see a masked value.
    void revealRequested();

private:
    void build(QWidget *parent);
    void showMasked();

    Records &m_records;
    Field m_field;
    QPointer<QWidget> m_widget;
    QVariant m_value;          // for masked and read-only display
    bool m_readOnly = false;
    bool m_masked = false;
};

} // namespace Backroom
