#include "calibrationdialog.h"

#include "documentrenderer.h"
#include "documentservice.h"
#include "pagesetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace Backroom {

CalibrationDialog::CalibrationDialog(QWidget *parent)
    : QDialog(parent), m_printer(new QComboBox(this)), m_x(new QDoubleSpinBox(this)), m_y(new QDoubleSpinBox(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Printer Calibration"));
    auto *intro = new QLabel(tr("Forms printed onto pre-printed stationery (vouchers, cheques, courier slips) must land "
                                "in their boxes. Print the calibration page on plain paper, measure how far each cross "
                                "is from 20 mm off the paper's edges, and enter the difference below."),
                             this);
    intro->setWordWrap(true);
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    m_printer->addItems(printers);
    m_printer->setEditable(printers.isEmpty());
    const QString defaultPrinter = QPrinterInfo::defaultPrinterName();
    if (!defaultPrinter.isEmpty())
        m_printer->setCurrentText(defaultPrinter);
    for (QDoubleSpinBox *box : {m_x, m_y}) {
        box->setRange(-30, 30);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" mm"));
    }
    m_x->setToolTip(tr("Positive moves everything to the right"));
    m_y->setToolTip(tr("Positive moves everything down"));
    m_status->setWordWrap(true);
    if (printers.isEmpty())
        m_status->setText(tr("No printer is installed. You can still enter the offset for a printer by its name."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Printer:"), m_printer);
    form->addRow(tr("&Across:"), m_x);
    form->addRow(tr("&Down:"), m_y);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *printPage = buttons->addButton(tr("Print &Calibration Page"), QDialogButtonBox::ActionRole);
    printPage->setEnabled(!printers.isEmpty());
    connect(printPage, &QPushButton::clicked, this, &CalibrationDialog::printCalibrationPage);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printer, &QComboBox::currentTextChanged, this, &CalibrationDialog::printerChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    printerChanged();
    resize(520, sizeHint().height());
}

QString CalibrationDialog::printerName() const
{
    return m_printer->currentText().trimmed();
}

void CalibrationDialog::setPrinterName(const QString &name)
{
    m_printer->setCurrentText(name);
    printerChanged();
}

QPointF CalibrationDialog::offset() const
{
    return QPointF(m_x->value(), m_y->value());
}

void CalibrationDialog::setOffset(const QPointF &millimetres)
{
    m_x->setValue(millimetres.x());
    m_y->setValue(millimetres.y());
}

void CalibrationDialog::printerChanged()
{
    setOffset(DocumentService::calibrationOffset(printerName()));
}

void CalibrationDialog::printCalibrationPage()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(printerName());
    DocumentRenderer renderer;
    renderer.setCalibrationOffset(offset());
    if (renderer.renderCalibrationPage(&printer, PageSetup()) != DocumentRenderer::Result::Success)
        m_status->setText(renderer.errorString());
    else
        m_status->setText(tr("The calibration page went to %1.").arg(printerName()));
}

void CalibrationDialog::accept()
{
    if (printerName().isEmpty()) {
        m_status->setText(tr("Choose or name a printer first."));
        return;
    }
    DocumentService::setCalibrationOffset(printerName(), offset());
    QDialog::accept();
}

} // namespace Backroom
