#include "reportview.h"

#include "csvtablewriter.h"
#include "dateedit.h"
#include "documentprinter.h"
#include "records.h"
#include "referencepicker.h"
#include "reportchart.h"
#include "reportpdfwriter.h"
#include "reportresult.h"
#include "reportrunner.h"
#include "reporttreemodel.h"
#include "twoblockrows.h"
#include "xlsxtablewriter.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Backroom {

using Parameter = ReportDefinition::Parameter;

ReportView::ReportView(Records &records, const ReportDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_definition(definition)
    , m_runner(new ReportRunner(records.database(), records.entityRegistry(), records.access(), this))
    , m_model(new ReportTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_progress(new QProgressBar(this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("report-") + definition.id());

    auto *title = new QLabel(definition.title(), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *form = new QWidget(this);
    buildForm(form);

    m_runButton->setDefault(true);
    m_cancelButton->setVisible(false);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_status, 1);
    // Nothing runs by itself (a year's ledger takes a while): say how to start.
    m_status->setText(tr("Choose the parameters and press Run (F5)."));
    m_runButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_runButton->setToolTip(tr("Run the report (F5)"));
    const struct { QString text; void (ReportView::*slot)(); } outputs[] = {
        {tr("Print…"), &ReportView::print},
        {tr("Preview…"), &ReportView::preview},
        {tr("PDF…"), &ReportView::exportPdf},
        {tr("CSV…"), &ReportView::exportCsv},
        {tr("Excel…"), &ReportView::exportXlsx},
    };
    for (const auto &output : outputs) {
        auto *button = new QPushButton(output.text, this);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, output.slot);
        runRow->addWidget(button);
        m_outputButtons.append(button);
    }

    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionsClickable(true);
    m_tree->header()->setSortIndicatorShown(true);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(false);
    m_tabs->addTab(m_tree, tr("Table"));
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_chartView, tr("Chart"));
    m_tabs->setTabVisible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (!definition.descriptionText().isEmpty()) {
        auto *description = new QLabel(definition.descriptionText(), this);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    layout->addWidget(form);
    layout->addLayout(runRow);
    layout->addWidget(m_tabs, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ReportView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportView::cancel);
    connect(m_tree->header(), &QHeaderView::sortIndicatorChanged, m_model, &ReportTreeModel::sort);
    connect(m_tree, &QTreeView::doubleClicked, this, &ReportView::openRow);
    connect(m_runner, &ReportRunner::progress, this, [this](qint64 done, qint64 total) {
        // A bar that moves when the total is known, a busy one before.
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * std::min(done, total) / total));
        }
        m_status->setText(tr("%1 rows read…").arg(done));
    });
    connect(m_runner, &ReportRunner::finished, this, [this] {
        setRunning(false);
        showResult();
        emit runEnded();
    });
    connect(m_runner, &ReportRunner::failed, this, [this](const QString &message) {
        setRunning(false);
        m_status->setText(message);
        emit runEnded();
    });
    connect(m_runner, &ReportRunner::canceled, this, [this] {
        setRunning(false);
        m_status->setText(tr("Canceled."));
        emit runEnded();
    });
}

ReportView::~ReportView() = default;

void ReportView::buildForm(QWidget *form)
{
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    // Editors as wide as their content, not the window: a form, not a banner.
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const Parameter &parameter : m_definition.parameters()) {
        QWidget *editor = nullptr;
        Editor access;
        switch (parameter.type) {
        case Parameter::Type::Date: {
            auto *date = new DateEdit(DateEdit::Mode::Date, form);
            access.get = [date]() -> QVariant { return date->isNull() ? QVariant() : QVariant(date->value()); };
            access.set = [date](const QVariant &v) { date->setValue(v.toDate()); };
            editor = date;
            break;
        }
        case Parameter::Type::DateRange: {
            auto *box = new QWidget(form);
            auto *row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            auto *from = new DateEdit(DateEdit::Mode::Date, box);
            auto *to = new DateEdit(DateEdit::Mode::Date, box);
            row->addWidget(from);
            row->addWidget(new QLabel(QStringLiteral("–"), box));
            row->addWidget(to);
            row->addStretch(1);
            access.get = [from, to]() -> QVariant {
                if (from->isNull() && to->isNull())
                    return {};
                return QVariantList{from->value(), to->value()};
            };
            access.set = [from, to](const QVariant &v) {
                const QVariantList range = v.toList();
                from->setValue(range.value(0).toDate());
                to->setValue(range.value(1).toDate());
            };
            editor = box;
            break;
        }
        case Parameter::Type::Period: {
            auto *month = new QDateEdit(QDate::currentDate(), form);
            month->setDisplayFormat(QStringLiteral("yyyy-MM"));
            month->setCalendarPopup(true);
            access.get = [month]() -> QVariant {
                const QDate d = month->date();
                return QDate(d.year(), d.month(), 1);
            };
            access.set = [month](const QVariant &v) { month->setDate(v.toDate()); };
            editor = month;
            break;
        }
        case Parameter::Type::Reference: {
            auto *picker = new ReferencePicker(m_records, parameter.entityId, form);
            access.get = [picker]() -> QVariant { return picker->recordId() > 0 ? QVariant(picker->recordId()) : QVariant(); };
            access.set = [picker](const QVariant &v) { picker->setRecordId(v.toLongLong()); };
            editor = picker;
            break;
        }
        case Parameter::Type::Choice: {
            auto *combo = new QComboBox(form);
            if (!parameter.required)
                combo->addItem(ReportDefinition::valueText(parameter, QVariant()), QVariant());
            for (const Field::Choice &choice : parameter.choices)
                combo->addItem(choice.label ? choice.label() : choice.key, choice.key);
            access.get = [combo] { return combo->currentData(); };
            access.set = [combo](const QVariant &v) { combo->setCurrentIndex(std::max(0, combo->findData(v))); };
            editor = combo;
            break;
        }
        case Parameter::Type::Text: {
            auto *line = new QLineEdit(form);
            access.get = [line]() -> QVariant { return line->text().trimmed().isEmpty() ? QVariant() : QVariant(line->text().trimmed()); };
            access.set = [line](const QVariant &v) { line->setText(v.toString()); };
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("parameter-") + parameter.key);
        if (parameter.defaultValue.isValid())
            access.set(parameter.defaultValue);
        m_editors.insert(parameter.key, access);
        layout->addRow(parameter.labelText() + (parameter.required ? QStringLiteral(" *") : QString()), editor);
    }
    form->setVisible(!m_definition.parameters().isEmpty());
}

QVariantMap ReportView::parameterValues() const
{
    QVariantMap values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        values.insert(it.key(), it->get());
    return values;
}

void ReportView::setParameterValue(const QString &key, const QVariant &value)
{
    if (m_editors.contains(key))
        m_editors.value(key).set(value);
}

std::shared_ptr<const ReportResult> ReportView::result() const
{
    return m_model->result();
}

bool ReportView::isRunning() const
{
    return m_runner->isRunning();
}

void ReportView::run()
{
    const QVariantMap values = parameterValues();
    QString error;
    if (!m_definition.checkParameters(values, &error)) {
        m_status->setText(error);
        return;
    }
    setRunning(true);
    m_status->setText(tr("Running…"));
    m_runParameters = values;
    m_runner->start(m_definition, values);
}

void ReportView::cancel()
{
    m_runner->cancel();
}

void ReportView::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setVisible(running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the query knows its total
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(!running && m_model->result());
}

void ReportView::showResult()
{
    std::shared_ptr<const ReportResult> result = m_runner->result();
    m_model->setResult(result);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_tree->expandAll();
    // A form in two blocks: its lines above and below the blocks (the
    // form's number, the balance check) run across both halves.
    const QList<Internal::TwoBlockRows::Line> lines = Internal::TwoBlockRows::of(*result);
    for (int line = 0; line < lines.size(); ++line) {
        bool alone = lines.at(line).spans;
        for (int column = 1; alone && column < result->columnCount(); ++column)
            alone = result->value(lines.at(line).left, column).isNull();
        m_tree->setFirstColumnSpanned(line, QModelIndex(), alone);
    }
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
    m_status->setText(tr("%1 rows").arg(result->rowCount()));
    QChart *chart = ReportChart::create(*result);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart ? chart : new QChart);
    delete old;
    m_tabs->setTabVisible(1, chart != nullptr);
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(true);
}

void ReportView::openRow(const QModelIndex &index)
{
    const int row = m_model->resultRow(index);
    if (row < 0)
        return;
    const QString entityId = m_model->result()->rowEntity(row);
    const qint64 id = m_model->result()->rowRecordId(row);
    if (entityId.isEmpty() || id <= 0)
        return;
    if (const ReportDefinition::DrillThrough *drill = m_definition.drillThroughFor(entityId)) {
        QVariantMap parameters = m_runParameters;
        parameters.insert(drill->parameterKey, id);
        // A report at one period (a statement: "to" without "from") opens
        // a report over a range (a ledger) from the start of that period's
        // year to it: what makes up a year-to-date figure. Otherwise the
        // range would start wherever the target's form was left.
        const QDate to = parameters.value(QStringLiteral("to")).toDate();
        if (to.isValid() && !m_definition.parameter(QStringLiteral("from")))
            parameters.insert(QStringLiteral("from"), QDate(to.year(), 1, 1));
        emit reportRequested(drill->reportId, parameters);
        return;
    }
    emit drillDownRequested(entityId, id);
}

void ReportView::configure(ReportPdfWriter &writer) const
{
    PageFurniture furniture;
    QuerySpec first;
    first.sort = {SortKey{QStringLiteral("id"), Qt::AscendingOrder}};
    first.includeArchived = true;
    first.limit = 1;
    const QList<Record> company = m_records.select(QStringLiteral("core.company"), first);
    if (!company.isEmpty())
        furniture.setCompany(company.first().value(QStringLiteral("name")).toString());
    furniture.setPrinted(m_records.userName(), QDateTime::currentDateTime());
    writer.setFurniture(furniture);
}

bool ReportView::exportTo(const QString &path, Format format, QString *errorString,
                          const std::function<bool()> &isCanceled)
{
    const std::shared_ptr<const ReportResult> result = m_model->result();
    if (!result) {
        if (errorString)
            *errorString = tr("Run the report first.");
        return false;
    }
    if (format == Format::Pdf) {
        ReportPdfWriter writer;
        configure(writer);
        writer.setCancelCheck(isCanceled);
        const bool ok = writer.exportPdf(*result, path) == ReportPdfWriter::Code::Success;
        if (!ok && errorString)
            *errorString = writer.errorString();
        return ok;
    }
    TableExport::Result written;
    if (format == Format::Csv) {
        CsvTableWriter writer;
        writer.setCancelCheck(isCanceled);
        written = writer.write(result->toTable(), path);
    } else {
        XlsxTableWriter writer;
        writer.setCancelCheck(isCanceled);
        written = writer.write(result->toTable(), path);
    }
    if (!written.ok() && errorString)
        *errorString = written.errorString;
    return written.ok();
}

void ReportView::exportWithDialog(Format format)
{
    const std::shared_ptr<const ReportResult> result = m_model->result();
    if (!result)
        return;
    const QString suffix = format == Format::Pdf ? QStringLiteral("pdf")
                           : format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString filter = format == Format::Pdf ? tr("PDF files (*.pdf)")
                           : format == Format::Csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)");
    QString name = result->title();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report"),
                                                QDir(folder).filePath(name + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto isCanceled = [&progress] {
        // Keeps the window painting while pages are written.
        QCoreApplication::processEvents();
        return progress.wasCanceled();
    };
    QString error;
    if (!exportTo(path, format, &error, isCanceled) && !progress.wasCanceled())
        QMessageBox::warning(this, tr("Save Report"), error);
}

void ReportView::exportPdf()
{
    exportWithDialog(Format::Pdf);
}

void ReportView::exportCsv()
{
    exportWithDialog(Format::Csv);
}

void ReportView::exportXlsx()
{
    exportWithDialog(Format::Xlsx);
}

bool ReportView::preparePrinter(QPrinter &printer, ReportPdfWriter &writer) const
{
    const std::shared_ptr<const ReportResult> result = m_model->result();
    if (!result)
        return false;
    configure(writer);
    printer.setDocName(result->title());
    printer.setPageLayout(writer.effectivePageSetup(*result).pageLayout());
    // The printer, copies and colour the clerk chose last time for this report.
    DocumentPrinter::restoreSettings(printer, printSettingsKey());
    return true;
}

QString ReportView::printSettingsKey() const
{
    return QStringLiteral("report.") + m_definition.id();
}

void ReportView::print()
{
    ReportPdfWriter writer;
    QPrinter printer(QPrinter::HighResolution);
    if (!preparePrinter(printer, writer))
        return;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentPrinter::saveSettings(printer, printSettingsKey());
    // The clerk's choice of paper and orientation in the dialog stands.
    writer.setAutoOrientation(false);
    if (writer.paint(*m_model->result(), &printer) != ReportPdfWriter::Code::Success)
        QMessageBox::warning(this, tr("Print"), writer.errorString());
}

void ReportView::preview()
{
    ReportPdfWriter writer;
    QPrinter printer(QPrinter::HighResolution);
    if (!preparePrinter(printer, writer))
        return;
    const std::shared_ptr<const ReportResult> result = m_model->result();
    writer.setAutoOrientation(false);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(result->title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&writer, result](QPrinter *target) { writer.paint(*result, target); });
    if (dialog.exec() == QDialog::Accepted)
        DocumentPrinter::saveSettings(printer, printSettingsKey());
}

} // namespace Backroom
