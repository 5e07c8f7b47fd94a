#include "bankstatementimportdialog.h"

#include "bankmatcher.h"
#include "moneyformat.h"
#include "records.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Backroom::Finance {

namespace {

QTableWidget *table(const QString &name, QWidget *parent)
{
    auto *widget = new QTableWidget(parent);
    widget->setObjectName(name);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setWordWrap(false);
    widget->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->verticalHeader()->setDefaultSectionSize(widget->fontMetrics().height() + 8);
    return widget;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

BankStatementImportDialog::BankStatementImportDialog(Records &records, qint64 account, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_accountCombo(new QComboBox(this))
    , m_fileEdit(new QLineEdit(this))
    , m_encodingCombo(new QComboBox(this))
    , m_closingEdit(new QLineEdit(this))
    , m_mapping(table(QStringLiteral("bankMapping"), this))
    , m_preview(table(QStringLiteral("bankPreview"), this))
    , m_note(new QLabel(this))
    , m_importButton(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import Bank Statement"));
    for (const AccountDirectory::Account &found : BankMatcher::bankAccounts(records.database()))
        m_accountCombo->addItem(found.text(), found.id);
    setAccount(account);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose the CSV file the bank's online banking exported"));
    auto *choose = new QPushButton(tr("Choose File…"), this);
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QSettings().value(QStringLiteral("bank/lastFolder"), QDir::homePath()).toString();
        const QString path = QFileDialog::getOpenFileName(this, windowTitle(), folder,
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("bank/lastFolder"), QFileInfo(path).absolutePath());
        openFile(path);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(choose);
    m_encodingCombo->addItem(tr("Detect automatically"), QString());
    for (const char *name : {"UTF-8", "GB18030", "GBK", "UTF-16LE"})
        m_encodingCombo->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    connect(m_encodingCombo, &QComboBox::activated, this,
            [this] { setEncoding(m_encodingCombo->currentData().toString()); });
    m_closingEdit->setPlaceholderText(tr("Only when the file has no balance column"));
    m_closingEdit->setObjectName(QStringLiteral("closingBalance"));

    auto *form = new QFormLayout;
    form->addRow(tr("Bank account:"), m_accountCombo);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), m_encodingCombo);
    form->addRow(tr("Closing balance:"), m_closingEdit);

    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in file"), tr("Import as"), tr("First value")});
    m_mapping->setColumnWidth(0, 130);
    m_mapping->setColumnWidth(1, 175);
    m_mapping->setMinimumWidth(430);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("bankImportNote"));
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_mapping);
    tables->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton->setDefault(true);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    connect(m_importButton, &QPushButton::clicked, this, [this] { import(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tables, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(1100, 560);
    updatePreview();
}

BankStatementImportDialog::~BankStatementImportDialog() = default;

void BankStatementImportDialog::setAccount(qint64 account)
{
    m_accountCombo->setCurrentIndex(std::max(0, m_accountCombo->findData(account)));
}

bool BankStatementImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    return read();
}

void BankStatementImportDialog::setEncoding(const QString &encoding)
{
    m_encoding = encoding;
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(encoding)));
    if (!m_path.isEmpty())
        read();
}

QString BankStatementImportDialog::encoding() const
{
    return m_reader ? m_reader->encoding() : QString();
}

void BankStatementImportDialog::setClosingBalance(const QString &text)
{
    m_closingEdit->setText(text);
}

bool BankStatementImportDialog::read()
{
    m_reader = std::make_unique<CsvReader>(BankStatementImport::read(m_path, m_encoding));
    m_encodingCombo->setItemText(0, m_reader->encoding().isEmpty() || !m_encoding.isEmpty()
                                        ? tr("Detect automatically")
                                        : tr("Detected: %1").arg(m_reader->encoding()));
    m_parsed = BankStatementImport::preview(m_records, *m_reader);
    fillMapping(m_parsed.mapping);
    updatePreview();
    return !m_reader->error();
}

void BankStatementImportDialog::fillMapping(const QMap<QString, QString> &mapping)
{
    m_filling = true;
    m_mapping->setRowCount(int(m_parsed.header.size()));
    const QList<CsvReader::Row> rows = m_reader ? m_reader->rows() : QList<CsvReader::Row>();
    for (int i = 0; i < m_parsed.header.size(); ++i) {
        const QString heading = m_parsed.header.at(i);
        m_mapping->setItem(i, 0, cell(heading));
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(ignore)"), QString());
        for (const QString &field : BankStatementParser::fields())
            combo->addItem(BankStatementParser::fieldLabel(field), field);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.value(heading))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling || !m_reader)
                return;
            m_parsed = BankStatementImport::preview(m_records, *m_reader, this->mapping());
            updatePreview();
        });
        m_mapping->setCellWidget(i, 1, combo);
        QString sample;
        for (const CsvReader::Row &row : rows)
            if (row.line > m_parsed.headerLine && i < row.fields.size() && !row.fields.at(i).trimmed().isEmpty()) {
                sample = row.fields.at(i).trimmed();
                break;
            }
        m_mapping->setItem(i, 2, cell(sample));
    }
    m_filling = false;
}

QMap<QString, QString> BankStatementImportDialog::mapping() const
{
    QMap<QString, QString> columns;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            columns.insert(m_mapping->item(i, 0)->text(), combo->currentData().toString());
    }
    return columns;
}

void BankStatementImportDialog::setColumnField(const QString &heading, const QString &field)
{
    for (int i = 0; i < m_mapping->rowCount(); ++i)
        if (m_mapping->item(i, 0)->text() == heading)
            if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1)))
                combo->setCurrentIndex(std::max(0, combo->findData(field)));
}

void BankStatementImportDialog::updatePreview()
{
    m_preview->clear();
    const QList<BankStatementParser::Problem> problems =
        m_reader && m_reader->error() ? QList<BankStatementParser::Problem>{{m_reader->error()->line, {}, m_reader->error()->message}}
                                      : m_parsed.problems;
    if (!m_reader) {
        m_preview->setColumnCount(0);
        m_preview->setRowCount(0);
        m_note->setText(tr("Choose the file to see its lines here."));
        m_importButton->setEnabled(false);
        return;
    }
    if (!problems.isEmpty()) {
        m_preview->setColumnCount(3);
        m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
        m_preview->setRowCount(int(problems.size()));
        for (int r = 0; r < problems.size(); ++r) {
            const BankStatementParser::Problem &p = problems.at(r);
            m_preview->setItem(r, 0, cell(p.line > 0 ? QString::number(p.line) : tr("File"), true));
            m_preview->setItem(r, 1, cell(p.column));
            m_preview->setItem(r, 2, cell(p.message));
        }
        m_preview->setColumnWidth(0, 60);
        m_preview->setColumnWidth(1, 110);
        m_note->setText(problems.size() == 1 ? tr("1 problem: nothing will be imported until it is corrected.")
                                             : tr("%1 problems: nothing will be imported until they are corrected.")
                                                   .arg(problems.size()));
        m_importButton->setEnabled(false);
        return;
    }
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Date"), tr("Summary"), tr("Counterparty"), tr("Bank reference"),
                                          tr("Money in"), tr("Money out"), tr("Balance")});
    m_preview->setRowCount(int(m_parsed.lines.size()));
    qint64 in = 0, out = 0;
    for (int r = 0; r < m_parsed.lines.size(); ++r) {
        const BankStatementParser::Line &line = m_parsed.lines.at(r);
        in += line.amountIn;
        out += line.amountOut;
        m_preview->setItem(r, 0, cell(line.date.toString(Qt::ISODate)));
        m_preview->setItem(r, 1, cell(line.summary));
        m_preview->setItem(r, 2, cell(line.counterparty));
        m_preview->setItem(r, 3, cell(line.reference));
        m_preview->setItem(r, 4, cell(line.amountIn ? MoneyFormat::money(line.amountIn) : QString(), true));
        m_preview->setItem(r, 5, cell(line.amountOut ? MoneyFormat::money(line.amountOut) : QString(), true));
        m_preview->setItem(r, 6, cell(line.balance ? MoneyFormat::money(*line.balance) : QString(), true));
    }
    m_preview->resizeColumnsToContents();
    QString note = tr("%1 lines from %2 to %3: in %4, out %5.")
                       .arg(m_parsed.lines.size())
                       .arg(m_parsed.lines.constFirst().date.toString(Qt::ISODate),
                            m_parsed.lines.constLast().date.toString(Qt::ISODate), MoneyFormat::money(in),
                            MoneyFormat::money(out));
    if (m_parsed.closing)
        note += QLatin1Char(' ') + tr("Closing balance by the file: %1.").arg(MoneyFormat::money(*m_parsed.closing));
    if (m_parsed.newestFirst)
        note += QLatin1Char(' ') + tr("The file lists the newest line first; the lines are stored oldest first.");
    m_note->setText(note);
    m_closingEdit->setEnabled(!m_parsed.closing);
    m_importButton->setEnabled(true);
}

BankStatementImport::Result BankStatementImportDialog::import()
{
    BankStatementImport::Result result;
    if (!m_reader) {
        result.problems.append({0, {}, tr("Choose the file to import first.")});
        return result;
    }
    BankStatementImport::Options options;
    options.account = m_accountCombo->currentData().toLongLong();
    options.mapping = mapping();
    options.source = m_path;
    if (!m_closingEdit->text().trimmed().isEmpty()) {
        options.closing = BankStatementParser::parseAmount(m_closingEdit->text());
        if (!options.closing) {
            result.problems.append({0, {}, tr("“%1” is not an amount.").arg(m_closingEdit->text())});
            m_parsed.problems = result.problems;
            updatePreview();
            return result;
        }
    }
    result = BankStatementImport::run(m_records, *m_reader, options);
    m_result = result;
    if (!result.ok) {
        m_parsed.problems = result.problems;
        updatePreview();
        return result;
    }
    m_importedAccount = options.account;
    accept();
    return result;
}

QString BankStatementImportDialog::summary() const
{
    QString text = tr("%1 statement lines were imported.").arg(m_result.imported);
    if (m_result.skipped > 0)
        text += QLatin1Char(' ') + tr("%1 lines were imported before and were left out.").arg(m_result.skipped);
    return text;
}

} // namespace Backroom::Finance
