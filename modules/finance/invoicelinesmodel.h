#pragma once

#include "invoicebook.h"

#include <QAbstractTableModel>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// The lines of the invoice screen: description, quantity, unit price,
// amount (with or without tax, as the invoice says), tax rate and account,
// then the net and the tax that follow from them. Quantity × unit price
// fills the amount; a blank row at the end is where the next line is typed
// and is left out of the invoice.
class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, Amount, Rate, Account, Net, Tax, ColumnCount };

    InvoiceLinesModel(Records &records, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setLines(const QList<InvoiceLine> &lines);
    // The lines entered, blank ones left out, split for the current flag.
    QList<InvoiceLine> lines() const;
    void setTaxIncluded(bool included);
    void setReadOnly(bool readOnly);
    // What a new line starts with.
    void setDefaults(const QString &rate, qint64 account);
    void removeLine(int row);
    static bool isEditableColumn(int column) { return column < Net; }

    // Why the last text typed into a cell could not be taken ("" when it could).
    QString inputProblem() const { return m_problem; }

signals:
    void linesChanged();

private:
    bool isBlank(const InvoiceLine &line) const;
    void resplit(int row);
    void ensureBlankRow();
    QString accountText(qint64 id) const;

    Records &m_records;
    QList<InvoiceLine> m_lines;   // the last one blank while editable
    bool m_taxIncluded = true;
    bool m_readOnly = false;
    QString m_defaultRate = QStringLiteral("13");
    qint64 m_defaultAccount = 0;
    QString m_problem;
};

} // namespace Backroom::Finance
