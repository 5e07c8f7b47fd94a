#include "recordeditor.h"

#include <QMessageBox>
#include <QPushButton>

namespace Backroom {

RecordEditor::~RecordEditor() = default;

RecordEditor::Answer RecordEditor::askToSave(const QString &text)
{
    if (m_question)
        return m_question(tr("Unsaved changes"), text);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setText(tr("Save"));
    box.button(QMessageBox::Discard)->setText(tr("Don't Save"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    const int button = box.exec();
    return button == QMessageBox::Save ? Answer::Save : button == QMessageBox::Discard ? Answer::Discard : Answer::Cancel;
}

} // namespace Backroom
