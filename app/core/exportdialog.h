#pragma once

#include "coreglobal.h"
#include "csvtablewriter.h"
#include "recordquery.h"
#include "tableexport.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Backroom {

class Records;

// Exports what a list shows — its filter, search, order and visible columns,
// or only the selected records — to CSV or an Excel workbook. The writers
// build the file under a temporary name and rename it into place, so a
// failed or cancelled export leaves no partial file and never damages an
// existing one; what went wrong is said in one sentence.
class BACKROOM_CORE_EXPORT ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx };

    // Returns a path, or empty when cancelled.
    using FileQuestion = std::function<QString(const QString &title, const QString &suggestion, Format format)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;

    // ids: the selected records in list order; empty when none are selected.
    ExportDialog(Records &records, const QString &entityId, const QuerySpec &spec, const QStringList &columns,
                 const QList<qint64> &ids = {}, QWidget *parent = nullptr);

    // The export itself, without a dialog (batch actions, the CLI's kin).
    // With ids only those records are written, in the order given.
    static TableExport::Result exportRecords(Records &records, const QString &entityId, const QuerySpec &spec,
                                             const QStringList &columns, const QList<qint64> &ids,
                                             const QString &path, Format format,
                                             CsvTableWriter::Encoding encoding = CsvTableWriter::Encoding::Utf8WithBom,
                                             const TableExport::CancelCheck &isCancelled = {},
                                             bool unmasked = false);
    // From the file name's suffix (.xlsx → Xlsx, else Csv).
    static Format formatForPath(const QString &path);

    Format format() const;
    void setFormat(Format format);
    bool selectedOnly() const;
    void setSelectedOnly(bool on);
    CsvTableWriter::Encoding csvEncoding() const;
    void setCsvEncoding(CsvTableWriter::Encoding encoding);
    QString filePath() const;
    void setFilePath(const QString &path);
    // How many records the export will write.
    qint64 recordCount() const;

    // Writes the file; on success the dialog is accepted, on failure the
    // reason is shown and the dialog stays open.
    TableExport::Result exportNow();
    TableExport::Result lastResult() const { return m_lastResult; }

    QPushButton *exportButton() const { return m_exportButton; }

    void setSaveFileQuestion(FileQuestion ask) { m_askSave = std::move(ask); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }

public slots:
    void chooseFile();

signals:
    void exported(const QString &path, qint64 rows);

private:
    void updateState();
    QString suggestedPath() const;
    void notify(const QString &title, const QString &text);

    Records &m_records;
    QString m_entityId;
    QuerySpec m_spec;
    QStringList m_columns;
    QList<qint64> m_ids;
    qint64 m_filteredCount = -1;
    TableExport::Result m_lastResult;

    QRadioButton *m_allButton;
    QRadioButton *m_selectedButton;
    QRadioButton *m_csvButton;
    QRadioButton *m_xlsxButton;
    QComboBox *m_encodingCombo;
    QCheckBox *m_unmask;
    QLabel *m_encodingLabel;
    QLineEdit *m_pathEdit;
    QLabel *m_sensitiveNote;
    QPushButton *m_exportButton;
    FileQuestion m_askSave;
    Notification m_notify;
};

} // namespace Backroom
