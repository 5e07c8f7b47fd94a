#include "importdialog.h"

#include "csvtablewriter.h"
#include "entity.h"
#include "fieldcodec.h"
#include "importmappings.h"
#include "moneyformat.h"
#include "recordlistmodel.h"
#include "records.h"
#include "tableexport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom {

namespace {

// The same rule RecordImporter applies: a required field needs a column
// unless it has a default or a number of its own.
bool needsColumn(const Field &field)
{
    return field.isStored() && field.isRequired() && !field.defaultValue().isValid() && !field.isNumbered();
}

bool isImportable(const Field &field)
{
    return field.isStored() && !field.isReadOnly() && field.type() != Field::Type::Attachment;
}

QColor problemBackground()
{
    return QColor(0xfd, 0xe2, 0xe1);
}

QColor problemText()
{
    return QColor(0xa3, 0x1d, 0x1d);
}

// The encodings a clerk meets, by the names QStringDecoder knows.
const char *const Encodings[] = {"UTF-8", "GB18030", "GBK", "Big5", "UTF-16LE", "UTF-16BE"};

} // namespace

ImportDialog::ImportDialog(Records &records, const QString &entityId, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_entityId(entityId)
    , m_entity(records.entity(entityId))
    , m_fileEdit(new QLineEdit(this))
    , m_encodingCombo(new QComboBox(this))
    , m_delimiterCombo(new QComboBox(this))
    , m_fileInfo(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_mappingTable(new QTableWidget(this))
    , m_mappingNote(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_previewTable(new QTableWidget(this))
    , m_previewNote(new QLabel(this))
    , m_reportTitle(new QLabel(this))
    , m_reportTable(new QTableWidget(this))
    , m_importButton(new QPushButton(tr("Import"), this))
    , m_backButton(new QPushButton(tr("Back to the columns"), this))
    , m_saveReportButton(new QPushButton(tr("Save report…"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    const QString plural = m_entity ? m_entity->pluralLabel() : entityId;
    setWindowTitle(tr("Import %1").arg(plural));

    // ---- the file
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV file to import"));
    auto *chooseButton = new QPushButton(tr("Choose File…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseFile"));
    chooseButton->setAutoDefault(false);
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);

    m_encodingCombo->setObjectName(QStringLiteral("encoding"));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiter"));
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillEncodingCombo();
    fillDelimiterCombo();
    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        m_forcedEncoding = m_encodingCombo->currentData().toString();
        read();
    });
    connect(m_delimiterCombo, &QComboBox::activated, this, [this] {
        const QString data = m_delimiterCombo->currentData().toString();
        m_forcedDelimiter = data.isEmpty() ? QChar() : data.at(0);
        read();
    });
    m_fileInfo->setObjectName(QStringLiteral("fileInfo"));
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_encodingCombo);
    readRow->addSpacing(12);
    readRow->addWidget(new QLabel(tr("Delimiter:"), this));
    readRow->addWidget(m_delimiterCombo);
    readRow->addSpacing(12);
    readRow->addWidget(m_fileInfo, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), readRow);

    // ---- columns and preview
    m_mappingTable->setObjectName(QStringLiteral("mapping"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in file"), tr("Import as"), tr("First value")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setFocusPolicy(Qt::NoFocus);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_mappingTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_mappingTable->setColumnWidth(0, 120);
    m_mappingTable->setColumnWidth(1, 165);
    // The sample column takes what is left; it never needs scrolling to.
    m_mappingTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mappingNote->setObjectName(QStringLiteral("mappingNote"));
    m_mappingNote->setWordWrap(true);
    m_missingLabel->setObjectName(QStringLiteral("missing"));
    m_missingLabel->setWordWrap(true);
    QPalette warning = m_missingLabel->palette();
    warning.setColor(QPalette::WindowText, problemText());
    m_missingLabel->setPalette(warning);
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_mappingNote);
    columnsLayout->addWidget(m_mappingTable, 1);
    columnsLayout->addWidget(m_missingLabel);

    m_previewTable->setObjectName(QStringLiteral("preview"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewTable->verticalHeader()->setToolTip(tr("Line in the file"));
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    auto *previewBox = new QGroupBox(tr("Preview"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable, 1);
    previewLayout->addWidget(m_previewNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    columnsBox->setMinimumWidth(420);
    m_pages->addWidget(splitter);

    // ---- the report
    auto *reportPage = new QWidget(this);
    auto *reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    m_reportTitle->setObjectName(QStringLiteral("reportTitle"));
    m_reportTitle->setWordWrap(true);
    QFont bold = m_reportTitle->font();
    bold.setBold(true);
    m_reportTitle->setFont(bold);
    m_reportTable->setObjectName(QStringLiteral("report"));
    m_reportTable->setColumnCount(3);
    m_reportTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_reportTable->verticalHeader()->hide();
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->setAlternatingRowColors(true);
    m_reportTable->setWordWrap(false);
    m_reportTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_reportTable->setColumnWidth(0, 70);
    m_reportTable->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reportTable->setColumnWidth(1, 160);
    m_saveReportButton->setObjectName(QStringLiteral("saveReport"));
    m_saveReportButton->setAutoDefault(false);
    m_backButton->setObjectName(QStringLiteral("back"));
    m_backButton->setAutoDefault(false);
    connect(m_saveReportButton, &QPushButton::clicked, this, &ImportDialog::chooseReportFile);
    connect(m_backButton, &QPushButton::clicked, this, &ImportDialog::showSetup);
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(m_saveReportButton);
    reportButtons->addStretch();
    reportButtons->addWidget(m_backButton);
    reportLayout->addWidget(m_reportTitle);
    reportLayout->addWidget(m_reportTable, 1);
    reportLayout->addLayout(reportButtons);
    m_pages->addWidget(reportPage);

    // ---- buttons
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton->setObjectName(QStringLiteral("import"));
    m_importButton->setDefault(true);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    connect(m_importButton, &QPushButton::clicked, this, [this] { import(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    resize(980, 600);
    updatePreview();
    updateState();
}

ImportDialog::~ImportDialog() = default;

// The combos are filled once; reading a file only renames the first entry
// (what was detected) and selects what is in force, so that a combo is not
// rebuilt from inside its own activated() signal.
void ImportDialog::fillEncodingCombo()
{
    if (m_encodingCombo->count() == 0) {
        m_encodingCombo->addItem(QString(), QString());
        for (const char *name : Encodings)
            m_encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
        m_encodingCombo->setToolTip(
            tr("How the file's text is encoded: change it if the preview shows garbled characters."));
    }
    const QString read = m_reader && m_forcedEncoding.isEmpty() ? m_reader->encoding() : QString();
    m_encodingCombo->setItemText(0, read.isEmpty() ? tr("Detect automatically") : tr("Detected: %1").arg(read));
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(m_forcedEncoding)));
}

void ImportDialog::fillDelimiterCombo()
{
    const auto name = [](QChar delimiter) {
        switch (delimiter.unicode()) {
        case ',': return tr("Comma");
        case ';': return tr("Semicolon");
        case '\t': return tr("Tab");
        case '|': return tr("Vertical bar");
        default: return QString(delimiter);
        }
    };
    if (m_delimiterCombo->count() == 0) {
        m_delimiterCombo->addItem(QString(), QString());
        for (QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
            m_delimiterCombo->addItem(name(delimiter), QString(delimiter));
    }
    const QChar read = m_reader && m_forcedDelimiter.isNull() ? m_reader->delimiter() : QChar();
    m_delimiterCombo->setItemText(0, read.isNull() ? tr("Detect automatically") : tr("Detected: %1").arg(name(read)));
    m_delimiterCombo->setCurrentIndex(
        m_forcedDelimiter.isNull() ? 0 : std::max(0, m_delimiterCombo->findData(QString(m_forcedDelimiter))));
}

void ImportDialog::chooseFile()
{
    const QString suggestion = m_path.isEmpty()
                                   ? QSettings().value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString()
                                   : QFileInfo(m_path).absolutePath();
    const QString path = m_askOpen ? m_askOpen(windowTitle(), suggestion)
                                   : QFileDialog::getOpenFileName(this, windowTitle(), suggestion,
                                                                  tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings settings;
    if (settings.value(QStringLiteral("import/lastFolder")).toString() != QFileInfo(path).absolutePath())
        settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    openFile(path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileEdit->setToolTip(QDir::toNativeSeparators(path));
    m_forcedEncoding.clear();
    m_forcedDelimiter = QChar();
    return read();
}

bool ImportDialog::read()
{
    const QStringList previousHeader = header();
    const QMap<QString, QString> previousMapping = mapping();
    m_reader.reset();
    m_fileError.clear();
    m_problems.clear();
    const QFileInfo info(m_path);
    if (!info.exists() || !info.isFile())
        m_fileError = tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(m_path));
    else if (info.size() > MaxFileSize)
        m_fileError = tr("The file is too large to import at once (%1 MB; at most %2 MB). Split it into smaller files.")
                          .arg(info.size() >> 20)
                          .arg(MaxFileSize >> 20);
    if (m_fileError.isEmpty()) {
        CsvReader::Options options;
        options.encoding = m_forcedEncoding;
        options.delimiter = m_forcedDelimiter;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_reader = CsvReader::fromFile(m_path, options);
        QApplication::restoreOverrideCursor();
        if (const auto error = m_reader->error())
            m_fileError = error->line > 0 ? tr("Line %1: %2").arg(error->line).arg(error->message) : error->message;
    }
    fillEncodingCombo();
    fillDelimiterCombo();

    QMap<QString, QString> columns;
    m_mappingRemembered = false;
    const QStringList current = header();
    if (!current.isEmpty() && current == previousHeader) {
        // Only the reading changed: the clerk's choices stand.
        columns = previousMapping;
    } else if (!current.isEmpty() && m_entity) {
        if (const auto remembered = ImportMappings(m_records).find(m_entityId, current)) {
            columns = *remembered;
            m_mappingRemembered = true;
        } else {
            columns = RecordImporter(m_records, *m_entity).defaultMapping(current);
        }
    }
    fillMappingTable(columns);
    if (m_mappingRemembered)
        m_mappingNote->setText(tr("The columns are mapped as in the last import of a file with these columns."));
    else if (!current.isEmpty())
        m_mappingNote->setText(tr("Columns were matched to fields by name. Check each one, or choose “(ignore)”."));
    else
        m_mappingNote->clear();
    showSetup();
    updatePreview();
    updateState();
    return m_reader && m_fileError.isEmpty();
}

QString ImportDialog::encoding() const
{
    return m_reader ? m_reader->encoding() : QString();
}

void ImportDialog::setEncoding(const QString &encoding)
{
    m_forcedEncoding = encoding;
    if (!m_path.isEmpty())
        read();
}

QChar ImportDialog::delimiter() const
{
    return m_reader ? m_reader->delimiter() : QChar();
}

void ImportDialog::setDelimiter(QChar delimiter)
{
    m_forcedDelimiter = delimiter;
    if (!m_path.isEmpty())
        read();
}

QStringList ImportDialog::header() const
{
    return m_reader ? m_reader->header() : QStringList();
}

qsizetype ImportDialog::rowCount() const
{
    return m_reader ? m_reader->rows().size() : 0;
}

QString ImportDialog::readError() const
{
    return m_fileError;
}

void ImportDialog::fillMappingTable(const QMap<QString, QString> &columns)
{
    m_filling = true;
    const QStringList names = header();
    m_mappingTable->clearContents();
    m_mappingTable->setRowCount(int(names.size()));
    const QList<CsvReader::Row> rows = m_reader ? m_reader->rows() : QList<CsvReader::Row>();
    for (int i = 0; i < names.size(); ++i) {
        auto *name = new QTableWidgetItem(names.at(i));
        name->setToolTip(names.at(i));
        m_mappingTable->setItem(i, 0, name);

        auto *combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("field%1").arg(i));
        combo->addItem(tr("(ignore)"), QString());
        if (m_entity)
            for (const Field &field : m_entity->fields())
                if (isImportable(field))
                    combo->addItem(needsColumn(field) ? tr("%1 (required)").arg(field.label()) : field.label(),
                                   field.name());
        combo->setCurrentIndex(std::max(0, combo->findData(columns.value(names.at(i)))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            if (m_filling)
                return;
            // One column per field: the column that had it lets go.
            const QString chosen = combo->currentData().toString();
            m_filling = true;
            for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
                auto *other = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(row, 1));
                if (row != i && other && !chosen.isEmpty() && other->currentData().toString() == chosen)
                    other->setCurrentIndex(0);
            }
            m_filling = false;
            updatePreview();
            updateState();
        });
        m_mappingTable->setCellWidget(i, 1, combo);

        QString sample;
        for (const CsvReader::Row &row : rows) {
            if (i < row.fields.size() && !row.fields.at(i).trimmed().isEmpty()) {
                sample = row.fields.at(i).trimmed();
                break;
            }
        }
        auto *first = new QTableWidgetItem(sample);
        first->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        first->setToolTip(sample);
        m_mappingTable->setItem(i, 2, first);
    }
    m_filling = false;
}

QMap<QString, QString> ImportDialog::mapping() const
{
    QMap<QString, QString> columns;
    const QStringList names = header();
    for (int i = 0; i < m_mappingTable->rowCount() && i < names.size(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(i, 1));
        const QString field = combo ? combo->currentData().toString() : QString();
        if (!field.isEmpty())
            columns.insert(names.at(i), field);
    }
    return columns;
}

void ImportDialog::setMapping(const QMap<QString, QString> &columns)
{
    fillMappingTable(columns);
    updatePreview();
    updateState();
}

void ImportDialog::setColumnField(const QString &column, const QString &field)
{
    const qsizetype row = header().indexOf(column);
    if (auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(int(row), 1)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

QStringList ImportDialog::missingRequiredFields() const
{
    QStringList missing;
    if (!m_entity)
        return missing;
    const QMap<QString, QString> columns = mapping();
    const QStringList mapped = columns.values();
    for (const Field &field : m_entity->fields())
        if (needsColumn(field) && !mapped.contains(field.name()))
            missing.append(field.label());
    return missing;
}

QString ImportDialog::previewText(const QString &name, const QString &text, QString *error) const
{
    const Field *field = m_entity ? m_entity->field(name) : nullptr;
    if (!field || text.trimmed().isEmpty())
        return QString();
    switch (field->type()) {
    case Field::Type::Money:
    case Field::Type::Quantity: {
        // As RecordImporter reads them: decimals as written, never floats.
        const int scale = field->type() == Field::Type::Money ? 2 : field->scale();
        const auto value = FieldCodec::parseDecimal(text, scale);
        if (!value) {
            *error = tr("“%1” is not an amount with at most %2 decimals.").arg(text.trimmed()).arg(scale);
            return text;
        }
        return field->type() == Field::Type::Money ? MoneyFormat::money(*value) : MoneyFormat::decimal(*value, scale);
    }
    case Field::Type::Reference:
        // Found by name when importing; a name that does not exist is reported then.
        return text.trimmed();
    default: {
        const QVariant typed = FieldCodec::normalize(*field, text, error);
        if (!error->isEmpty())
            return text;
        return RecordListModel::displayText(*field, typed);
    }
    }
}

void ImportDialog::updatePreview()
{
    m_previewTable->clear();
    const QStringList names = header();
    const QMap<QString, QString> columns = mapping();
    QList<int> columnIndex;
    QStringList titles;
    for (int i = 0; i < names.size(); ++i) {
        const QString field = columns.value(names.at(i));
        if (field.isEmpty() || !m_entity || !m_entity->field(field))
            continue;
        columnIndex.append(i);
        titles.append(m_entity->field(field)->label());
    }
    const QList<CsvReader::Row> rows = m_reader ? m_reader->rows() : QList<CsvReader::Row>();
    const int shown = int(std::min<qsizetype>(PreviewRows, rows.size()));
    m_previewTable->setColumnCount(int(titles.size()));
    m_previewTable->setHorizontalHeaderLabels(titles);
    m_previewTable->setRowCount(columnIndex.isEmpty() ? 0 : shown);
    int flagged = 0;
    for (int r = 0; r < m_previewTable->rowCount(); ++r) {
        const CsvReader::Row &row = rows.at(r);
        m_previewTable->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(row.line)));
        const bool ragged = row.fields.size() != names.size();
        for (int c = 0; c < columnIndex.size(); ++c) {
            const int source = columnIndex.at(c);
            const QString raw = source < row.fields.size() ? row.fields.at(source) : QString();
            QString error;
            const QString shownText = previewText(columns.value(names.at(source)), raw, &error);
            if (ragged && error.isEmpty())
                error = tr("Line %1 has %2 fields; the header has %3.").arg(row.line).arg(row.fields.size()).arg(names.size());
            auto *item = new QTableWidgetItem(shownText);
            if (!error.isEmpty()) {
                item->setBackground(problemBackground());
                item->setForeground(problemText());
                item->setToolTip(error);
                ++flagged;
            } else {
                item->setToolTip(raw);
            }
            const Field *field = m_entity->field(columns.value(names.at(source)));
            if (field && (field->type() == Field::Type::Money || field->type() == Field::Type::Quantity
                          || field->type() == Field::Type::Integer))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_previewTable->setItem(r, c, item);
        }
    }
    // Wide enough for the values and the title, but a long text cell does
    // not push the other columns out of sight.
    for (int c = 0; c < m_previewTable->columnCount(); ++c) {
        m_previewTable->resizeColumnToContents(c);
        m_previewTable->setColumnWidth(c, std::max(std::min(m_previewTable->columnWidth(c) + 12, 220),
                                                   fontMetrics().horizontalAdvance(titles.at(c)) + 24));
    }

    if (!m_fileError.isEmpty())
        m_previewNote->setText(tr("The file cannot be imported: %1").arg(m_fileError));
    else if (!m_reader)
        m_previewNote->setText(tr("Choose a file to see its first rows here."));
    else if (rows.isEmpty())
        m_previewNote->setText(tr("The file has a header but no rows to import."));
    else if (columnIndex.isEmpty())
        m_previewNote->setText(tr("Map at least one column to a field to see the preview."));
    else if (flagged > 0)
        m_previewNote->setText(tr("The first %1 of %2 rows as they will be imported. Cells in red will not import; "
                                  "point at one to see why.")
                                   .arg(shown)
                                   .arg(QLocale().toString(rows.size())));
    else
        m_previewNote->setText(tr("The first %1 of %2 rows as they will be imported.")
                                   .arg(shown)
                                   .arg(QLocale().toString(rows.size())));
}

void ImportDialog::updateState()
{
    const qsizetype rows = rowCount();
    if (m_reader && m_fileError.isEmpty())
        m_fileInfo->setText(rows == 1 ? tr("1 row, %1 columns").arg(header().size())
                                      : tr("%1 rows, %2 columns").arg(QLocale().toString(rows)).arg(header().size()));
    else
        m_fileInfo->clear();

    const QStringList missing = missingRequiredFields();
    const bool anyMapped = !mapping().isEmpty();
    if (!m_reader || !m_fileError.isEmpty())
        m_missingLabel->clear();
    else if (!anyMapped)
        m_missingLabel->setText(tr("No column is mapped to a field yet."));
    else if (!missing.isEmpty())
        m_missingLabel->setText(tr("Required fields without a column: %1.").arg(QLocale().createSeparatedList(missing)));
    else
        m_missingLabel->clear();
    m_missingLabel->setVisible(!m_missingLabel->text().isEmpty());
    m_importButton->setEnabled(m_reader && m_fileError.isEmpty() && rows > 0 && anyMapped && missing.isEmpty()
                               && !isShowingReport());
}

RecordImporter::Result ImportDialog::import()
{
    RecordImporter::Result result;
    if (!m_reader || !m_entity) {
        result.problems.append({0, QString(), tr("Choose a file to import first.")});
        return result;
    }
    const QMap<QString, QString> columns = mapping();
    RecordImporter importer(m_records, *m_entity);
    // Shown only when the import takes a while; Cancel leaves the company
    // file as it was (the importer writes nothing then).
    QProgressDialog progress(tr("Checking and importing %1 rows…").arg(QLocale().toString(rowCount())), tr("Cancel"),
                             0, 1000, this);
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(700);
    progress.setAutoReset(false);
    progress.setValue(0);
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    result = importer.import(*m_reader, columns, report);
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!result.ok && cancelled) {
        notify(tr("Import cancelled"), tr("The import was cancelled; nothing was imported."));
        return result;
    }
    if (!result.ok) {
        showReport(result.problems);
        return result;
    }
    m_problems.clear();
    // Learned only from an import that worked: a mapping that failed is not
    // one to repeat.
    QString error;
    if (!ImportMappings(m_records).remember(m_entityId, header(), columns, &error))
        qWarning("%s", qPrintable(error));
    emit imported(result.imported);
    notify(tr("Import finished"),
           result.imported == 1 ? tr("1 record was imported into %1.").arg(m_entity->pluralLabel())
                                : tr("%1 records were imported into %2.")
                                      .arg(QLocale().toString(result.imported), m_entity->pluralLabel()));
    accept();
    return result;
}

void ImportDialog::showReport(const QList<RecordImporter::Problem> &problems)
{
    m_problems = problems;
    if (m_problems.isEmpty())
        m_problems.append({0, QString(), tr("The import failed for an unknown reason.")});
    const qsizetype count = m_problems.size();
    QString title = count == 1 ? tr("Nothing was imported: 1 problem was found.")
                               : tr("Nothing was imported: %1 problems were found.").arg(QLocale().toString(count));
    if (count >= RecordImporter::MaxProblems)
        title += QLatin1Char(' ') + tr("Only the first %1 are listed.").arg(RecordImporter::MaxProblems);
    title += QLatin1Char(' ') + tr("Correct the file, then import it again.");
    m_reportTitle->setText(title);
    m_reportTable->clearContents();
    m_reportTable->setRowCount(int(count));
    for (int i = 0; i < count; ++i) {
        const RecordImporter::Problem &problem = m_problems.at(i);
        auto *line = new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : tr("File"));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reportTable->setItem(i, 0, line);
        m_reportTable->setItem(i, 1, new QTableWidgetItem(problem.column));
        auto *message = new QTableWidgetItem(problem.message);
        message->setToolTip(problem.message);
        m_reportTable->setItem(i, 2, message);
    }
    m_pages->setCurrentIndex(1);
    updateState();
}

bool ImportDialog::isShowingReport() const
{
    return m_pages->currentIndex() == 1;
}

void ImportDialog::showSetup()
{
    m_pages->setCurrentIndex(0);
    updateState();
}

bool ImportDialog::saveReport(const QString &path, QString *errorString) const
{
    TableExport table(tr("Import problems"),
                      {TableExport::Column::integer(tr("Row")), TableExport::Column::text(tr("Column")),
                       TableExport::Column::text(tr("Problem"))});
    for (const RecordImporter::Problem &problem : m_problems)
        table.addRow({problem.line > 0 ? QVariant(problem.line) : QVariant(), problem.column, problem.message});
    const TableExport::Result result = CsvTableWriter().write(table, path);
    if (!result.ok() && errorString)
        *errorString = result.errorString;
    return result.ok();
}

void ImportDialog::chooseReportFile()
{
    const QFileInfo source(m_path);
    const QString suggestion =
        source.absoluteDir().filePath(tr("%1 - problems.csv").arg(source.completeBaseName()));
    const QString path = m_askSave ? m_askSave(tr("Save report"), suggestion)
                                   : QFileDialog::getSaveFileName(this, tr("Save report"), suggestion,
                                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        notify(tr("Report not saved"), error);
}

void ImportDialog::notify(const QString &title, const QString &text)
{
    if (m_notify)
        m_notify(title, text);
    else
        QMessageBox::information(this, title, text);
}

} // namespace Backroom
