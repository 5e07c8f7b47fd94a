#pragma once

#include "bankstatementimport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// Imports a bank statement CSV for one bank account: the file read with
// its encoding detected (UTF-8, or GB18030 for what Chinese online banking
// saves) and changeable, the bank's preamble skipped, each column mapped to
// a field of the line (remembered for the next file with the same heading),
// the lines previewed as they will be stored — or every problem with its
// line — and the bank's closing balance asked for only when the file has
// no balance column. Import writes all lines or none.
class BankStatementImportDialog : public QDialog
{
    Q_OBJECT

public:
    BankStatementImportDialog(Records &records, qint64 account, QWidget *parent = nullptr);
    ~BankStatementImportDialog() override;

    bool openFile(const QString &path);
    void setEncoding(const QString &encoding);
    QString encoding() const;
    void setAccount(qint64 account);
    void setColumnField(const QString &heading, const QString &field);
    void setClosingBalance(const QString &text);
    QMap<QString, QString> mapping() const;
    // Writes the statement; on problems lists them and stays open.
    BankStatementImport::Result import();

    qint64 importedStatement() const { return m_result.statementId; }
    qint64 importedAccount() const { return m_importedAccount; }
    // What the import did, in one sentence or two.
    QString summary() const;

    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *importButton() const { return m_importButton; }

private:
    bool read();
    void fillMapping(const QMap<QString, QString> &mapping);
    void updatePreview();

    Records &m_records;
    QComboBox *m_accountCombo;
    QLineEdit *m_fileEdit;
    QComboBox *m_encodingCombo;
    QLineEdit *m_closingEdit;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_note;
    QPushButton *m_importButton;
    QString m_path;
    QString m_encoding;
    std::unique_ptr<CsvReader> m_reader;
    BankStatementParser::Result m_parsed;
    BankStatementImport::Result m_result;
    qint64 m_importedAccount = 0;
    bool m_filling = false;
};

} // namespace Backroom::Finance
