#pragma once

#include "coreglobal.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace Backroom {

// Lines up positioned forms (套打) with a printer: the clerk prints the
// calibration page on plain paper, measures how far its crosses are off, and
// enters that as the printer's offset, kept per printer.
class BACKROOM_CORE_EXPORT CalibrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalibrationDialog(QWidget *parent = nullptr);

    QString printerName() const;
    void setPrinterName(const QString &name);
    QPointF offset() const;
    void setOffset(const QPointF &millimetres);

    // Keeps the offset of the chosen printer.
    void accept() override;

private:
    void printerChanged();
    void printCalibrationPage();

    QComboBox *m_printer;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QLabel *m_status;
};

} // namespace Backroom
