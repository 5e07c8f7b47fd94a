#pragma once

#include "coreglobal.h"
#include "field.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace Backroom {

class ReportContext;
class ReportResult;

// A report, declared once by a module like an entity: its parameters, its
// columns, how rows are grouped and totalled, an optional chart, and the
// query that streams the rows. From this one declaration the core derives
// the parameter form, the on-screen tree, the printed and PDF pages, the
// CSV/XLSX export and the CLI's `report` command.
//
// The query is C++: it reads through the Records service (typed filters,
// bound values) on the worker thread's own connection, so no text a user
// types ever becomes SQL.
class BACKROOM_CORE_EXPORT ReportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::ReportDefinition)

public:
    using Label = std::function<QString()>;

    // One input of the report. Values, as the query receives them:
    // Date → QDate; DateRange → QVariantList{QDate from, QDate to} (either
    // may be null); Period → QDate, the first day of the month;
    // Reference → qint64 record id; Choice → QString key; Text → QString.
    // An unset optional parameter is a null QVariant.
    struct Parameter
    {
        enum class Type { Date, DateRange, Period, Reference, Choice, Text };

        QString key;
        Label label;
        Type type = Type::Text;
        bool required = false;
        QVariant defaultValue;
        QString entityId;                  // Reference: the entity referred to
        QList<Field::Choice> choices;      // Choice: the keys and their labels

        QString labelText() const { return label ? label() : key; }
        Parameter &setRequired(bool on = true) { required = on; return *this; }
        Parameter &setDefault(const QVariant &value) { defaultValue = value; return *this; }

        static Parameter date(const QString &key, Label label) { return {key, std::move(label), Type::Date, false, {}, {}, {}}; }
        static Parameter dateRange(const QString &key, Label label) { return {key, std::move(label), Type::DateRange, false, {}, {}, {}}; }
        static Parameter period(const QString &key, Label label) { return {key, std::move(label), Type::Period, false, {}, {}, {}}; }
        static Parameter reference(const QString &key, Label label, const QString &entityId)
        {
            return {key, std::move(label), Type::Reference, false, {}, entityId, {}};
        }
        static Parameter choice(const QString &key, Label label, QList<Field::Choice> choices)
        {
            return {key, std::move(label), Type::Choice, false, {}, {}, std::move(choices)};
        }
        static Parameter text(const QString &key, Label label) { return {key, std::move(label), Type::Text, false, {}, {}, {}}; }
    };

    // One column of the result. Cell values: Text → QString, Money → qint64
    // minor units, Quantity → qint64 scaled by 10^scale, Integer → qint64,
    // Date → QDate; a null QVariant is an empty cell.
    struct Column
    {
        enum class Type { Text, Money, Quantity, Integer, Date };
        enum class Total { None, Sum };

        QString key;
        Label label;
        Type type = Type::Text;
        int scale = 0;       // Money: currency decimals (2); Quantity: Field::scale()
        Total total = Total::None;

        QString labelText() const { return label ? label() : key; }
        bool isNumber() const { return type == Type::Money || type == Type::Quantity || type == Type::Integer; }
        bool isSummed() const { return total == Total::Sum && isNumber(); }

        static Column text(const QString &key, Label label) { return {key, std::move(label), Type::Text, 0, Total::None}; }
        static Column money(const QString &key, Label label, Total total = Total::Sum)
        {
            return {key, std::move(label), Type::Money, 2, total};
        }
        static Column quantity(const QString &key, Label label, int scale, Total total = Total::Sum)
        {
            return {key, std::move(label), Type::Quantity, scale, total};
        }
        static Column integer(const QString &key, Label label, Total total = Total::None)
        {
            return {key, std::move(label), Type::Integer, 0, total};
        }
        static Column date(const QString &key, Label label) { return {key, std::move(label), Type::Date, 0, Total::None}; }
    };

    struct Chart
    {
        enum class Kind { None, Bar, Line, Pie };
        Kind kind = Kind::None;
        QString categoryColumn;   // a column key; its values name the bars or slices
        QString valueColumn;      // a number column key; summed per category
    };

    // A double click on a row whose record is of entityId opens the report
    // reportId (of the same module) instead of the record: its parameter
    // parameterKey gets the row's record id, and every parameter it shares
    // with this report by key gets this run's value (an account in a trial
    // balance opens its ledger for the same periods).
    struct DrillThrough
    {
        QString entityId;
        QString reportId;
        QString parameterKey;
    };

    // 过次页 / 承前页: a report printed over several pages may carry running
    // figures over each page break, as Chinese books are printed: each page
    // but the last ends with a "Carried forward" line and the next starts
    // with a "Brought forward" line with the same figures. The report says
    // which columns carry and computes their values itself (which rows count
    // towards a running total is the report's business, not the page's).
    struct CarryForward
    {
        QString labelColumn;    // the column the line's label is written in (摘要)
        QStringList columns;    // the carried columns' keys
        // The carried values, one per column in order, for a break after
        // row `lastRow` and before row `nextRow`; an empty list when nothing
        // carries over that break (say, a new account starts on the page).
        std::function<QVariantList(const ReportResult &result, int lastRow, int nextRow)> values;
    };
    // Two blocks side by side, as the official 资产负债表 puts 资产 on the
    // left and 负债和所有者权益 on the right: rows [leftStart, rightStart)
    // on the left, [rightStart, end) on the right, each block with the
    // report's columns and the last rows of both (their totals) on one
    // line; rows before leftStart and from end span the page above and
    // below. The page is then landscape, and the screen and the CSV/XLSX
    // export show the same two blocks (TwoBlockRows). The split is asked of
    // each result: nullopt leaves it a plain list, as for another form.
    struct TwoBlocks
    {
        int leftStart = 0;
        int rightStart = 0;
        int end = 0;
    };
    using TwoBlockSplit = std::function<std::optional<TwoBlocks>(const ReportResult &result)>;

    // Streams the rows into the context (ReportContext::addRow). Returns
    // false with *errorString set on failure, or when the context says the
    // run was canceled.
    using Query = std::function<bool(ReportContext &context, QString *errorString)>;

    ReportDefinition() = default;
    ReportDefinition(const QString &id, Label title);

    ReportDefinition &addParameter(Parameter parameter);
    ReportDefinition &addColumn(Column column);
    // Groups rows by these column keys, outermost first; each group gets a
    // subtotal of the summed columns.
    ReportDefinition &groupBy(const QStringList &columnKeys);
    ReportDefinition &grandTotal(bool on = true);
    ReportDefinition &chart(Chart::Kind kind, const QString &categoryColumn, const QString &valueColumn);
    ReportDefinition &description(Label text);
    ReportDefinition &drillThrough(const QString &entityId, const QString &reportId, const QString &parameterKey);
    ReportDefinition &query(Query query);
    ReportDefinition &carryForward(CarryForward carry);
    ReportDefinition &twoBlocks(TwoBlockSplit split);

    QString id() const { return m_id; }
    QString moduleId() const { return m_id.section(QLatin1Char('.'), 0, 0); }
    QString title() const { return m_title ? m_title() : m_id; }
    QString descriptionText() const { return m_description ? m_description() : QString(); }
    const QList<Parameter> &parameters() const { return m_parameters; }
    const Parameter *parameter(const QString &key) const;
    const QList<Column> &columns() const { return m_columns; }
    int columnIndex(const QString &key) const;
    const QStringList &groupColumns() const { return m_groupBy; }
    bool hasGrandTotal() const { return m_grandTotal; }
    const Chart &chartSpec() const { return m_chart; }
    const Query &queryFunction() const { return m_query; }
    const QList<DrillThrough> &drillThroughs() const { return m_drillThroughs; }
    const std::optional<CarryForward> &carryForwardSpec() const { return m_carryForward; }
    const TwoBlockSplit &twoBlockSplit() const { return m_twoBlocks; }
    // The drill-through for rows of this entity; null when its rows open the record.
    const DrillThrough *drillThroughFor(const QString &entityId) const;

    // Problems with the declaration itself; empty when it is sound.
    QStringList declarationErrors() const;

    // The parameter values for a run: defaults first, then the given texts
    // (as typed on the command line, see parseValue). An unknown key, a bad
    // value or a missing required one is refused with a translated sentence
    // naming the parameter.
    bool resolveParameters(const QMap<QString, QString> &texts, QVariantMap *values, QString *errorString) const;
    // Checks typed values (the on-screen form): required ones present.
    bool checkParameters(const QVariantMap &values, QString *errorString) const;

    // One value from text: dates yyyy-MM-dd, a date range FROM..TO (either
    // side may be empty), a period yyyy-MM, a reference as a record id, a
    // choice as its key, text as is. Empty text is "not set".
    static bool parseValue(const Parameter &parameter, const QString &text, QVariant *value, QString *errorString);
    // How a value reads in a form or under a printed title ("All" when unset).
    // References show as "#id"; the runner names them from the records.
    static QString valueText(const Parameter &parameter, const QVariant &value);
    // "date", "date range FROM..TO", "period yyyy-MM", … for `backroom-cli reports`.
    static QString typeDescription(const Parameter &parameter);

private:
    QString m_id;
    Label m_title;
    Label m_description;
    QList<Parameter> m_parameters;
    QList<Column> m_columns;
    QStringList m_groupBy;
    bool m_grandTotal = true;
    Chart m_chart;
    Query m_query;
    QList<DrillThrough> m_drillThroughs;
    std::optional<CarryForward> m_carryForward;
    TwoBlockSplit m_twoBlocks;
};

inline QString contributionId(const ReportDefinition &report)
{
    return report.id();
}

} // namespace Backroom
