#pragma once

#include "coreglobal.h"
#include "reportdefinition.h"

#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace Backroom {

class Records;
class ReportPdfWriter;
class ReportResult;
class ReportRunner;
class ReportTreeModel;

// One report on screen: a form for its parameters (built from the
// declaration), Run, a progress bar with Cancel while the report runs on
// its worker thread, the result as a tree with collapsible groups and
// sortable columns, the chart on a second tab, and Print, Preview, PDF, CSV
// and Excel. A double click on a row asks to open the record behind it, or
// — where the declaration says so (ReportDefinition::drillThrough) —
// another report about it.
class BACKROOM_CORE_EXPORT ReportView : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Pdf, Csv, Xlsx };

    ReportView(Records &records, const ReportDefinition &definition, QWidget *parent = nullptr);
    ~ReportView() override;

    const ReportDefinition &definition() const { return m_definition; }
    // The form's values, typed as the query receives them.
    QVariantMap parameterValues() const;
    void setParameterValue(const QString &key, const QVariant &value);
    std::shared_ptr<const ReportResult> result() const;
    bool isRunning() const;

    // For tests and the shell.
    QTreeView *treeView() const { return m_tree; }
    ReportTreeModel *model() const { return m_model; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }
    ReportRunner *runner() const { return m_runner; }

    // Writes the current result without asking for a file name; on failure
    // returns false with *errorString set and leaves no file behind.
    bool exportTo(const QString &path, Format format, QString *errorString,
                  const std::function<bool()> &isCanceled = {});

public slots:
    void run();
    void cancel();
    void print();
    void preview();
    void exportPdf();
    void exportCsv();
    void exportXlsx();

signals:
    void drillDownRequested(const QString &entityId, qint64 recordId);
    // Open reportId with these parameter values (a drill-through).
    void reportRequested(const QString &reportId, const QVariantMap &parameters);
    // A run ended: finished, failed or canceled.
    void runEnded();

private:
    void buildForm(QWidget *form);
    void setRunning(bool running);
    void showResult();
    void exportWithDialog(Format format);
    void configure(ReportPdfWriter &writer) const;
    bool preparePrinter(QPrinter &printer, ReportPdfWriter &writer) const;
    QString printSettingsKey() const;
    void openRow(const QModelIndex &index);

    Records &m_records;
    ReportDefinition m_definition;
    ReportRunner *m_runner;
    ReportTreeModel *m_model;
    QTreeView *m_tree;
    QTabWidget *m_tabs;
    QChartView *m_chartView = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_status;
    QList<QPushButton *> m_outputButtons;
    struct Editor
    {
        std::function<QVariant()> get;
        std::function<void(const QVariant &)> set;
    };
    QHash<QString, Editor> m_editors;
    QVariantMap m_runParameters; // the values the shown result was run with
};

} // namespace Backroom
