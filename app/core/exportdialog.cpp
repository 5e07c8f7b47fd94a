#include "exportdialog.h"

#include "entity.h"
#include "recordexporter.h"
#include "records.h"
#include "writetransaction.h"
#include "xlsxtablewriter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Backroom {

namespace {

// Bound values per query when exporting selected records: far below
// SQLite's limit, and a selection is read in list order chunk by chunk.
constexpr int IdsPerQuery = 500;

QString suffix(ExportDialog::Format format)
{
    return format == ExportDialog::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

// A file name every file system accepts, from a translated label.
QString safeFileName(QString name)
{
    for (QChar ch : QStringLiteral("/\\:*?\"<>|"))
        name.replace(ch, QLatin1Char('-'));
    return name.trimmed();
}

} // namespace

ExportDialog::ExportDialog(Records &records, const QString &entityId, const QuerySpec &spec,
                           const QStringList &columns, const QList<qint64> &ids, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_spec(spec)
    , m_columns(columns)
    , m_ids(ids)
    , m_allButton(new QRadioButton(this))
    , m_selectedButton(new QRadioButton(this))
    , m_csvButton(new QRadioButton(tr("CSV — opens in any spreadsheet or program"), this))
    , m_xlsxButton(new QRadioButton(tr("Excel workbook (.xlsx) — numbers and dates ready to sum and filter"), this))
    , m_encodingCombo(new QComboBox(this))
    , m_unmask(new QCheckBox(tr("Include sensitive values in clear (recorded in the audit log)"), this))
    , m_encodingLabel(new QLabel(tr("Encoding:"), this))
    , m_pathEdit(new QLineEdit(this))
    , m_sensitiveNote(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    const Entity *entity = records.entity(entityId);
    const QString plural = entity ? entity->pluralLabel() : entityId;
    setWindowTitle(tr("Export %1").arg(plural));

    QString error;
    m_filteredCount = records.count(entityId, spec, &error).value_or(-1);
    const bool filtered = !spec.filter.isEmpty() || !spec.search.trimmed().isEmpty();
    const QString count = QLocale().toString(std::max<qint64>(0, m_filteredCount));
    m_allButton->setText(filtered ? (m_filteredCount == 1 ? tr("The 1 record that matches the filter")
                                                          : tr("All %1 records that match the filter").arg(count))
                                  : (m_filteredCount == 1 ? tr("The 1 record in the list")
                                                          : tr("All %1 records in the list").arg(count)));
    m_selectedButton->setText(ids.isEmpty() ? tr("Only the selected records (none are selected)")
                              : ids.size() == 1 ? tr("Only the selected record")
                                                : tr("Only the %1 selected records").arg(QLocale().toString(ids.size())));
    m_selectedButton->setEnabled(!ids.isEmpty());
    // A selection of several records is usually why the clerk came.
    (ids.size() > 1 ? m_selectedButton : m_allButton)->setChecked(true);
    m_allButton->setObjectName(QStringLiteral("all"));
    m_selectedButton->setObjectName(QStringLiteral("selected"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_allButton);
    scope->addButton(m_selectedButton);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->setSpacing(4);
    scopeBox->addWidget(m_allButton);
    scopeBox->addWidget(m_selectedButton);

    QStringList labels;
    bool sensitive = false;
    if (entity) {
        for (const TableExport::Column &column : TableExport::columnsFor(*entity, columns)) {
            labels.append(column.title);
            if (const Field *field = entity->field(column.name); field && field->isSensitive())
                sensitive = true;
        }
    }
    // One line, elided: a long list of columns would push the dialog apart,
    // and the tooltip has all of them.
    const QString allColumns = QLocale().createSeparatedList(labels);
    auto *columnsLabel = new QLabel(this);
    columnsLabel->setObjectName(QStringLiteral("columns"));
    columnsLabel->setText(columnsLabel->fontMetrics().elidedText(
        labels.size() == 1 ? allColumns : tr("%1 columns: %2").arg(labels.size()).arg(allColumns), Qt::ElideRight, 440));
    columnsLabel->setToolTip(tr("The list's visible columns, in their order:") + QLatin1Char('\n') + allColumns);

    m_csvButton->setObjectName(QStringLiteral("csv"));
    m_xlsxButton->setObjectName(QStringLiteral("xlsx"));
    auto *formatGroup = new QButtonGroup(this);
    formatGroup->addButton(m_csvButton);
    formatGroup->addButton(m_xlsxButton);
    const bool lastXlsx = QSettings().value(QStringLiteral("export/format")).toString() == QLatin1String("xlsx");
    (lastXlsx ? m_xlsxButton : m_csvButton)->setChecked(true);
    auto *formatBox = new QVBoxLayout;
    formatBox->setSpacing(4);
    formatBox->addWidget(m_xlsxButton);
    formatBox->addWidget(m_csvButton);

    m_encodingCombo->setObjectName(QStringLiteral("encoding"));
    m_encodingCombo->addItem(tr("UTF-8 with BOM (Excel and WPS show Chinese correctly)"),
                             int(CsvTableWriter::Encoding::Utf8WithBom));
    m_encodingCombo->addItem(tr("UTF-8 without BOM (other programs)"), int(CsvTableWriter::Encoding::Utf8));
    m_encodingCombo->addItem(tr("GB18030 (older Chinese software)"), int(CsvTableWriter::Encoding::Gb18030));

    m_pathEdit->setObjectName(QStringLiteral("path"));
    m_pathEdit->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);

    m_sensitiveNote->setObjectName(QStringLiteral("sensitiveNote"));
    m_sensitiveNote->setText(tr("Sensitive values (bank and ID numbers, salaries) are exported masked."));
    // Only who may see them in clear may export them so.
    const bool mayUnmask = sensitive && records.allows(QStringLiteral("unmask"), entityId);
    m_sensitiveNote->setVisible(sensitive);
    m_sensitiveNote->setEnabled(false);
    m_unmask->setObjectName(QStringLiteral("unmask"));
    m_unmask->setVisible(mayUnmask);
    connect(m_unmask, &QCheckBox::toggled, m_sensitiveNote, [this](bool on) { m_sensitiveNote->setVisible(!on); });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Records:"), scopeBox);
    form->addRow(tr("Columns:"), columnsLabel);
    form->addRow(tr("Format:"), formatBox);
    form->addRow(m_encodingLabel, m_encodingCombo);
    form->addRow(tr("Save as:"), pathRow);
    form->addRow(QString(), m_sensitiveNote);
    form->addRow(QString(), m_unmask);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_exportButton->setDefault(true);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    // The file name follows the format; a name the clerk typed keeps its stem.
    connect(formatGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        const QString path = m_pathEdit->text().trimmed();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            m_pathEdit->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix(format())));
        }
        updateState();
    });
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    m_pathEdit->setText(QDir::toNativeSeparators(suggestedPath()));
    updateState();
    setMinimumWidth(560);
    resize(sizeHint().expandedTo(QSize(600, 0)));
}

QString ExportDialog::suggestedPath() const
{
    const QString folder = QSettings()
                               .value(QStringLiteral("export/lastFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const Entity *entity = m_records.entity(m_entityId);
    const QString name = safeFileName(QStringLiteral("%1 %2").arg(entity ? entity->pluralLabel() : m_entityId,
                                                                   QDate::currentDate().toString(Qt::ISODate)));
    return QDir(folder).filePath(name + QLatin1Char('.') + suffix(format()));
}

ExportDialog::Format ExportDialog::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                               : Format::Csv;
}

ExportDialog::Format ExportDialog::format() const
{
    return m_xlsxButton->isChecked() ? Format::Xlsx : Format::Csv;
}

void ExportDialog::setFormat(Format format)
{
    (format == Format::Xlsx ? m_xlsxButton : m_csvButton)->setChecked(true);
}

bool ExportDialog::selectedOnly() const
{
    return m_selectedButton->isChecked();
}

void ExportDialog::setSelectedOnly(bool on)
{
    (on && !m_ids.isEmpty() ? m_selectedButton : m_allButton)->setChecked(true);
    updateState();
}

CsvTableWriter::Encoding ExportDialog::csvEncoding() const
{
    return CsvTableWriter::Encoding(m_encodingCombo->currentData().toInt());
}

void ExportDialog::setCsvEncoding(CsvTableWriter::Encoding encoding)
{
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(int(encoding))));
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

void ExportDialog::setFilePath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    setFormat(formatForPath(path));
}

qint64 ExportDialog::recordCount() const
{
    return selectedOnly() ? m_ids.size() : m_filteredCount;
}

void ExportDialog::updateState()
{
    const bool csv = format() == Format::Csv;
    m_encodingCombo->setVisible(csv);
    m_encodingLabel->setVisible(csv);
    m_exportButton->setEnabled(!filePath().isEmpty() && recordCount() > 0);
    m_exportButton->setToolTip(recordCount() > 0 ? QString() : tr("There is nothing to export."));
}

void ExportDialog::chooseFile()
{
    const QString suggestion = filePath().isEmpty() ? suggestedPath() : filePath();
    const Format wanted = format();
    QString path;
    if (m_askSave) {
        path = m_askSave(windowTitle(), suggestion, wanted);
    } else {
        const QString filters = tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + tr("CSV file (*.csv)");
        QString selected = wanted == Format::Xlsx ? tr("Excel workbook (*.xlsx)") : tr("CSV file (*.csv)");
        path = QFileDialog::getSaveFileName(this, windowTitle(), suggestion, filters, &selected);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + suffix(selected.contains(QLatin1String("xlsx")) ? Format::Xlsx : Format::Csv);
    }
    if (!path.isEmpty())
        setFilePath(path);
}

TableExport::Result ExportDialog::exportRecords(Records &records, const QString &entityId, const QuerySpec &spec,
                                                const QStringList &columns, const QList<qint64> &ids,
                                                const QString &path, Format format, CsvTableWriter::Encoding encoding,
                                                const TableExport::CancelCheck &isCancelled, bool unmasked)
{
    const Entity *entity = records.entity(entityId);
    if (!entity)
        return TableExport::Result::failure(TableExport::Result::Code::FileError,
                                            tr("There is no list “%1” to export.").arg(entityId));
    QString error;
    TableExport table;
    if (ids.isEmpty()) {
        table = RecordExporter::table(records, *entity, spec, columns, &error, unmasked);
    } else {
        // The ids are in list order; each chunk is a run of consecutive
        // rows, read in the list's own order, so the file keeps it.
        for (qsizetype first = 0; first < ids.size() && error.isEmpty(); first += IdsPerQuery) {
            QVariantList chunk;
            for (qint64 id : ids.mid(first, IdsPerQuery))
                chunk.append(id);
            QuerySpec selected = spec;
            const Filter byId = Filter::where(QStringLiteral("id"), Filter::Op::In, chunk);
            selected.filter = spec.filter.isEmpty() ? byId : Filter::all({spec.filter, byId});
            const TableExport part = RecordExporter::table(records, *entity, selected, columns, &error, unmasked);
            if (first == 0)
                table = part;
            else
                for (const QVariantList &row : part.rows())
                    table.addRow(row);
        }
    }
    if (!error.isEmpty())
        return TableExport::Result::failure(TableExport::Result::Code::FileError,
                                            tr("The records could not be read: %1").arg(error));
    // The audit entry and the file stand or fall together: the entry is
    // written first, in a transaction that commits once the file is in place.
    WriteTransaction transaction(records.database());
    if (!transaction.isActive()
        || !RecordExporter::recordExported(records, *entity, spec, table.rowCount(), QDir::toNativeSeparators(path),
                                           suffix(format), unmasked, &error))
        return TableExport::Result::failure(TableExport::Result::Code::FileError,
                                            error.isEmpty() ? transaction.errorString() : error);
    TableExport::Result result;
    if (format == Format::Xlsx) {
        XlsxTableWriter writer;
        if (isCancelled)
            writer.setCancelCheck(isCancelled);
        result = writer.write(table, path);
    } else {
        CsvTableWriter writer;
        writer.setEncoding(encoding);
        if (isCancelled)
            writer.setCancelCheck(isCancelled);
        result = writer.write(table, path);
    }
    if (result.ok() && !transaction.commit()) {
        QFile::remove(path);
        return TableExport::Result::failure(TableExport::Result::Code::FileError,
                                            tr("The export could not be recorded in the audit log, so the file was "
                                               "not kept: %1").arg(transaction.errorString()));
    }
    return result;
}

TableExport::Result ExportDialog::exportNow()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        m_lastResult = TableExport::Result::failure(TableExport::Result::Code::FileError,
                                                    tr("Choose where to save the file."));
        notify(tr("Not exported"), m_lastResult.errorString);
        return m_lastResult;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_lastResult = exportRecords(m_records, m_entityId, m_spec, m_columns, selectedOnly() ? m_ids : QList<qint64>(),
                                 path, format(), csvEncoding(), {}, m_unmask->isChecked());
    QApplication::restoreOverrideCursor();
    if (!m_lastResult.ok()) {
        notify(tr("Not exported"),
               m_lastResult.errorString + QStringLiteral("\n\n") + tr("No file was written, and an existing file of that name is unchanged."));
        return m_lastResult;
    }
    QSettings settings;
    const QString folder = QFileInfo(path).absolutePath();
    if (settings.value(QStringLiteral("export/lastFolder")).toString() != folder)
        settings.setValue(QStringLiteral("export/lastFolder"), folder);
    const QString formatName = suffix(format());
    if (settings.value(QStringLiteral("export/format")).toString() != formatName)
        settings.setValue(QStringLiteral("export/format"), formatName);
    emit exported(path, m_lastResult.rowsWritten);
    accept();
    return m_lastResult;
}

void ExportDialog::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::warning(this, title, text);
}

} // namespace Backroom
