#include "fieldeditor.h"

#include "attachmentfieldedit.h"
#include "dateedit.h"
#include "fieldcodec.h"
#include "moneyedit.h"
#include "recordlistmodel.h"
#include "records.h"
#include "referencepicker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>

namespace Backroom {

namespace {

// Long texts are committed when the clerk leaves them, not per keystroke,
// so one paragraph is one undo step.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QObject *parent, std::function<void()> onLeave)
        : QObject(parent)
        , m_onLeave(std::move(onLeave))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onLeave();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onLeave;
};

} // namespace

FieldEditor::FieldEditor(Records &records, const Field &field, QWidget *parent)
    : QObject(nullptr)
    , m_records(records)
    , m_field(field)
{
    build(parent);
    setParent(m_widget);
    m_widget->setObjectName(QStringLiteral("field-") + field.name());
    const QString help = field.helpText();
    if (!help.isEmpty()) {
        m_widget->setToolTip(help);
        m_widget->setWhatsThis(help);
    }
    if (field.isReadOnly())
        setReadOnly(true);
}

void FieldEditor::build(QWidget *parent)
{
    switch (m_field.type()) {
    case Field::Type::Text: {
        auto *edit = new QLineEdit(parent);
        if (m_field.maxLength() > 0)
            edit->setMaxLength(m_field.maxLength());
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isModified()) {
                edit->setModified(false);
                emit edited();
            }
        });
        m_widget = edit;
        return;
    }
    case Field::Type::LongText: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        const int lines = 4;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
        edit->installEventFilter(new FocusOutWatcher(edit, [this, edit] {
            if (edit->document()->isModified()) {
                edit->document()->setModified(false);
                emit edited();
            }
        }));
        m_widget = edit;
        return;
    }
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity: {
        const int scale = m_field.type() == Field::Type::Money ? 2
                        : m_field.type() == Field::Type::Quantity ? m_field.scale() : 0;
        auto *edit = new MoneyEdit(scale, parent);
        connect(edit, &MoneyEdit::valueEdited, this, &FieldEditor::edited);
        m_widget = edit;
        return;
    }
    case Field::Type::Date:
    case Field::Type::DateTime: {
        auto *edit = new DateEdit(m_field.type() == Field::Type::Date ? DateEdit::Mode::Date : DateEdit::Mode::DateTime,
                                  parent);
        connect(edit, &DateEdit::valueEdited, this, &FieldEditor::edited);
        m_widget = edit;
        return;
    }
    case Field::Type::Boolean: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, &FieldEditor::edited);
        m_widget = box;
        return;
    }
    case Field::Type::Choice: {
        auto *combo = new QComboBox(parent);
        if (!m_field.isRequired())
            combo->addItem(QString(), QString());
        for (const Field::Choice &choice : m_field.choices())
            combo->addItem(choice.label ? choice.label() : choice.key, choice.key);
        connect(combo, qOverload<int>(&QComboBox::activated), this, &FieldEditor::edited);
        m_widget = combo;
        return;
    }
    case Field::Type::Reference: {
        auto *picker = new ReferencePicker(m_records, m_field.referencedEntity(), parent);
        connect(picker, &ReferencePicker::recordEdited, this, &FieldEditor::edited);
        m_widget = picker;
        return;
    }
    case Field::Type::Attachment: {
        auto *edit = new AttachmentFieldEdit(m_records, parent);
        connect(edit, &AttachmentFieldEdit::attachmentEdited, this, &FieldEditor::edited);
        m_widget = edit;
        return;
    }
    case Field::Type::ChildLines: {
        // Edited by their own grid; here only as text.
        auto *label = new QLineEdit(parent);
        label->setReadOnly(true);
        m_widget = label;
        return;
    }
    }
}

QWidget *FieldEditor::focusWidget() const
{
    return m_widget;
}

QVariant FieldEditor::value() const
{
    if (m_masked || !m_widget)
        return m_value;
    switch (m_field.type()) {
    case Field::Type::Text: {
        const QString text = static_cast<QLineEdit *>(m_widget.data())->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Field::Type::LongText: {
        const QString text = static_cast<QPlainTextEdit *>(m_widget.data())->toPlainText();
        return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
    }
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity: {
        const auto parsed = static_cast<MoneyEdit *>(m_widget.data())->value();
        return parsed ? QVariant(*parsed) : QVariant();
    }
    case Field::Type::Date: {
        const QDate date = static_cast<DateEdit *>(m_widget.data())->value();
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case Field::Type::DateTime: {
        const QDateTime when = static_cast<DateEdit *>(m_widget.data())->dateTimeValue();
        return when.isValid() ? QVariant(when.toUTC()) : QVariant();
    }
    case Field::Type::Boolean:
        return static_cast<QCheckBox *>(m_widget.data())->isChecked();
    case Field::Type::Choice: {
        const QString key = static_cast<QComboBox *>(m_widget.data())->currentData().toString();
        return key.isEmpty() ? QVariant() : QVariant(key);
    }
    case Field::Type::Reference: {
        const qint64 id = static_cast<ReferencePicker *>(m_widget.data())->recordId();
        return id ? QVariant(id) : QVariant();
    }
    case Field::Type::Attachment: {
        const qint64 id = static_cast<AttachmentFieldEdit *>(m_widget.data())->attachmentId();
        return id ? QVariant(id) : QVariant();
    }
    case Field::Type::ChildLines:
        return m_value;
    }
    return {};
}

void FieldEditor::setValue(const QVariant &value)
{
    m_value = value;
    if (!m_widget)
        return;
    if (m_masked) {
        showMasked();
        return;
    }
    const QSignalBlocker blocker(m_widget);
    switch (m_field.type()) {
    case Field::Type::Text: {
        auto *edit = static_cast<QLineEdit *>(m_widget.data());
        edit->setText(value.toString());
        edit->setModified(false);
        edit->setCursorPosition(0);
        break;
    }
    case Field::Type::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(m_widget.data());
        edit->setPlainText(value.toString());
        edit->document()->setModified(false);
        break;
    }
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity:
        static_cast<MoneyEdit *>(m_widget.data())
            ->setValue(FieldCodec::isEmpty(value) ? std::nullopt : std::optional<qint64>(value.toLongLong()));
        break;
    case Field::Type::Date:
        static_cast<DateEdit *>(m_widget.data())->setValue(value.toDate());
        break;
    case Field::Type::DateTime:
        static_cast<DateEdit *>(m_widget.data())->setDateTimeValue(value.toDateTime());
        break;
    case Field::Type::Boolean:
        static_cast<QCheckBox *>(m_widget.data())->setChecked(value.toBool());
        break;
    case Field::Type::Choice: {
        auto *combo = static_cast<QComboBox *>(m_widget.data());
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index >= 0 ? index : (m_field.isRequired() ? -1 : 0));
        break;
    }
    case Field::Type::Reference:
        static_cast<ReferencePicker *>(m_widget.data())->setRecordId(value.toLongLong());
        break;
    case Field::Type::Attachment:
        static_cast<AttachmentFieldEdit *>(m_widget.data())->setAttachmentId(value.toLongLong());
        break;
    case Field::Type::ChildLines:
        static_cast<QLineEdit *>(m_widget.data())->setText(displayText(m_records, m_field, value));
        break;
    }
}

QString FieldEditor::inputError() const
{
    if (m_masked || !m_widget)
        return QString();
    switch (m_field.type()) {
    case Field::Type::Integer:
    case Field::Type::Money:
    case Field::Type::Quantity: {
        const QString error = static_cast<MoneyEdit *>(m_widget.data())->inputError();
        return error.isEmpty() ? QString() : m_field.label() + QStringLiteral(": ") + error;
    }
    case Field::Type::Reference: {
        const QString error = static_cast<ReferencePicker *>(m_widget.data())->inputError();
        return error.isEmpty() ? QString() : m_field.label() + QStringLiteral(": ") + error;
    }
    case Field::Type::Attachment: {
        const QString error = static_cast<AttachmentFieldEdit *>(m_widget.data())->inputError();
        return error.isEmpty() ? QString() : m_field.label() + QStringLiteral(": ") + error;
    }
    default:
        return QString();
    }
}

void FieldEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly || m_field.isReadOnly();
    if (!m_widget)
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(m_widget))
        edit->setReadOnly(m_readOnly || m_masked);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_widget))
        text->setReadOnly(m_readOnly);
    else if (auto *date = qobject_cast<DateEdit *>(m_widget))
        date->setReadOnly(m_readOnly);
    else if (auto *attachment = qobject_cast<AttachmentFieldEdit *>(m_widget))
        attachment->setReadOnly(m_readOnly);
    else
        m_widget->setEnabled(!m_readOnly);
}

void FieldEditor::setMasked(bool masked)
{
    if (masked == m_masked)
        return;
    const QVariant current = value();
    m_masked = masked;
    auto *edit = qobject_cast<QLineEdit *>(m_widget);
    if (!edit) {
        m_masked = false;   // only text fields carry sensitive numbers
        return;
    }
    static const char *revealName = "reveal";
    QAction *reveal = edit->findChild<QAction *>(QLatin1String(revealName));
    if (masked) {
        if (!reveal) {
            reveal = edit->addAction(edit->style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                     QLineEdit::TrailingPosition);
            reveal->setObjectName(QLatin1String(revealName));
            reveal->setToolTip(tr("Show the hidden value"));
            connect(reveal, &QAction::triggered, this, &FieldEditor::revealRequested);
        }
        reveal->setVisible(true);
        m_value = current;
        showMasked();
    } else {
        if (reveal)
            reveal->setVisible(false);
        setValue(current);
    }
    setReadOnly(m_readOnly);
}

void FieldEditor::showMasked()
{
    auto *edit = qobject_cast<QLineEdit *>(m_widget);
    if (!edit)
        return;
    const QSignalBlocker blocker(edit);
    edit->setText(FieldCodec::isEmpty(m_value) ? QString() : RecordListModel::masked(m_value.toString()));
    edit->setReadOnly(true);
}

QString FieldEditor::displayText(Records &records, const Field &field, const QVariant &value)
{
    // As the list shows it, but a reference by its record's name: a grid of
    // a few lines can afford the lookup the list does per page.
    if (field.type() == Field::Type::Reference && !FieldCodec::isEmpty(value))
        return records.displayName(field.referencedEntity(), value.toLongLong());
    return RecordListModel::displayText(field, value);
}

} // namespace Backroom
