#pragma once

#include "coreglobal.h"
#include "csvreader.h"
#include "recordimporter.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Backroom {

class Entity;
class Records;

// Imports a CSV file into one entity, the way a clerk checks a supplier's
// spreadsheet before it goes into the books:
//
//  1. the file is read with its encoding (UTF-8 with or without BOM, GB18030
//     for what Excel and WPS save in China) and delimiter detected, both
//     shown and changeable (the file is read again);
//  2. each CSV column is mapped to a field or ignored — the mapping last used
//     for the same columns is restored, else columns are matched by field
//     name or label — and required fields without a column are named;
//  3. the first rows are previewed as they will be imported (amounts,
//     dates, choices converted; cells that will not convert are marked);
//  4. Import validates every row first and writes all of them in one
//     transaction, or none: on any problem the report lists row, column
//     and reason, can be saved as CSV, and nothing is imported.
//
// Nothing here blocks a test: openFile() takes a path, import() runs
// without asking, and the message and file boxes are replaceable seams.
class BACKROOM_CORE_EXPORT ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns a path, or empty when cancelled.
    using FileQuestion = std::function<QString(const QString &title, const QString &suggestion)>;
    using Notification = std::function<void(const QString &title, const QString &text)>;

    ImportDialog(Records &records, const QString &entityId, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file, detecting encoding and delimiter; false (with the
    // reason on the page) when it cannot be read at all.
    bool openFile(const QString &path);
    QString filePath() const { return m_path; }

    // Empty: detected. Re-reads the file.
    void setEncoding(const QString &encoding);
    QString encoding() const;              // as read, e.g. "GB18030"
    // Null: detected. Re-reads the file.
    void setDelimiter(QChar delimiter);
    QChar delimiter() const;               // as read
    QStringList header() const;
    qsizetype rowCount() const;
    // The file's first fatal error (malformed CSV), empty when none.
    QString readError() const;

    // CSV column → field name; ignored columns are absent.
    QMap<QString, QString> mapping() const;
    void setMapping(const QMap<QString, QString> &mapping);
    // Empty field: ignore the column.
    void setColumnField(const QString &column, const QString &field);
    // True when the mapping came from an earlier import of the same columns.
    bool isMappingRemembered() const { return m_mappingRemembered; }
    // Required fields that no column is mapped to (labels).
    QStringList missingRequiredFields() const;

    // Validates every row and imports all or none. On problems the report
    // page is shown; on success the mapping is remembered, imported() is
    // emitted and the dialog is accepted.
    RecordImporter::Result import();
    QList<RecordImporter::Problem> problems() const { return m_problems; }
    bool isShowingReport() const;
    // The report as CSV (row, column, problem); nothing is left on failure.
    bool saveReport(const QString &path, QString *errorString = nullptr) const;

    // Widgets, for tests and screenshots.
    QComboBox *encodingCombo() const { return m_encodingCombo; }
    QComboBox *delimiterCombo() const { return m_delimiterCombo; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QTableWidget *reportTable() const { return m_reportTable; }
    QPushButton *importButton() const { return m_importButton; }
    QLabel *missingLabel() const { return m_missingLabel; }

    void setOpenFileQuestion(FileQuestion ask) { m_askOpen = std::move(ask); }
    void setSaveFileQuestion(FileQuestion ask) { m_askSave = std::move(ask); }
    void setNotification(Notification notify) { m_notify = std::move(notify); }

    // Files larger than this are refused: the reader holds a whole file.
    static constexpr qint64 MaxFileSize = qint64(200) << 20;
    static constexpr int PreviewRows = 20;

public slots:
    void chooseFile();
    void chooseReportFile();
    void showSetup();

signals:
    void imported(qint64 count);

private:
    bool read();
    void fillEncodingCombo();
    void fillDelimiterCombo();
    void fillMappingTable(const QMap<QString, QString> &mapping);
    void updatePreview();
    void updateState();
    void showReport(const QList<RecordImporter::Problem> &problems);
    QString previewText(const QString &field, const QString &text, QString *error) const;
    void notify(const QString &title, const QString &text);

    Records &m_records;
    QString m_entityId;
    const Entity *m_entity = nullptr;
    QString m_path;
    QString m_forcedEncoding;
    QChar m_forcedDelimiter;
    std::optional<CsvReader> m_reader;
    QString m_fileError;
    bool m_mappingRemembered = false;
    bool m_filling = false;
    QList<RecordImporter::Problem> m_problems;

    QLineEdit *m_fileEdit;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QLabel *m_fileInfo;
    QStackedWidget *m_pages;
    QTableWidget *m_mappingTable;
    QLabel *m_mappingNote;
    QLabel *m_missingLabel;
    QTableWidget *m_previewTable;
    QLabel *m_previewNote;
    QLabel *m_reportTitle;
    QTableWidget *m_reportTable;
    QPushButton *m_importButton;
    QPushButton *m_backButton;
    QPushButton *m_saveReportButton;
    FileQuestion m_askOpen;
    FileQuestion m_askSave;
    Notification m_notify;
};

} // namespace Backroom
