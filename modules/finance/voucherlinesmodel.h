#pragma once

#include "voucherbook.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

class AccountDirectory;

// The lines of the voucher being entered, as the grid shows them. A blank
// row is always kept at the end to type into; rows without an account and
// without an amount count as blank and are left out of what is saved, so a
// repeated summary on an unused row never becomes a line. Amounts are
// integer minor units (分) throughout.
class VoucherLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // In the order the grid shows them: the dimensions sit between the
    // account that asks for them and the amounts, then 外币核算's currency
    // (the account's, shown), original amount and rate.
    enum Column { Summary, Account, Department, Partner, Person, Currency, Foreign, Rate, Debit, Credit, ColumnCount };

    VoucherLinesModel(Records &records, AccountDirectory &accounts, QObject *parent = nullptr);

    void setLines(const QList<VoucherLine> &lines);
    // The lines to save, blank rows left out; `rows` receives the grid row
    // each came from (VoucherBook names lines by their place in this list).
    QList<VoucherLine> enteredLines(QList<int> *rows = nullptr) const;
    const VoucherLine &line(int row) const { return m_lines.at(row); }
    static bool isBlank(const VoucherLine &line);
    // Removes a row (the trailing blank one stays).
    void removeLine(int row);

    qint64 totalDebit() const;
    qint64 totalCredit() const;
    // Puts on this row the amount that makes debits equal credits: on the
    // side of `column` when that is where it belongs, else on the other.
    // Returns the cell that got it (invalid when the rest already balances).
    QModelIndex balance(int row, int column);
    // Moves the row's amount (or `amount`, when given) to the other side.
    QModelIndex moveToOtherSide(int row, int column, std::optional<qint64> amount = std::nullopt);

    // Whether some line's account asks for this dimension column.
    bool isColumnNeeded(int column) const;
    // Whether this row's account asks for this dimension.
    bool needsDimension(int row, int column) const;
    // The summary a new line starts with: the nearest one above.
    QString summaryAbove(int row) const;

    // The voucher's date, asked when a line takes a foreign-currency account:
    // its rate starts as the latest one on or before that day.
    void setDateSource(std::function<QDate()> date) { m_date = std::move(date); }
    // Whether this row's account is kept in a foreign currency.
    bool needsForeign(int row) const;
    // Digits after the point of the line's original amount (its account's
    // currency: 2, JPY 0).
    int currencyDecimals(const VoucherLine &line) const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Cells VoucherBook found problems in, shaded until edited.
    void setProblemCells(const QSet<QPair<int, int>> &cells);

    // "lines/N/<field>" uses these names.
    static int columnOfField(const QString &field);
    static bool isAmountColumn(int column) { return column == Debit || column == Credit; }
    static bool isDimensionColumn(int column) { return column >= Department && column <= Person; }
    static bool isForeignColumn(int column) { return column >= Currency && column <= Rate; }
    static QString dimensionEntity(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any line changed, was added or removed (totals, dimension columns).
    void linesChanged();

private:
    void keepBlankRowAtEnd();
    qint64 dimension(const VoucherLine &line, int column) const;
    void setDimension(VoucherLine &line, int column, qint64 id);
    QString dimensionName(int column, qint64 id) const;
    void changed(int row);
    // The local amount of a foreign line, from its original amount and rate,
    // on the side it is on (the debit when it has none yet).
    void fillLocal(VoucherLine &line) const;
    QString currencyCode(const VoucherLine &line) const;

    Records &m_records;
    AccountDirectory &m_accounts;
    QList<VoucherLine> m_lines;
    QSet<QPair<int, int>> m_problemCells;
    mutable QHash<QString, QString> m_names;   // "entity#id" → display name
    std::function<QDate()> m_date;
    bool m_readOnly = false;
};

} // namespace Backroom::Finance
