#include "budgetgridmodel.h"

#include "accountdirectory.h"
#include "fieldcodec.h"
#include "moneyformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Backroom::Finance {

BudgetGridModel::BudgetGridModel(AccountDirectory &accounts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
{
    m_lines.append(BudgetLine{});
}

void BudgetGridModel::setLines(const QList<BudgetLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_lines.append(BudgetLine{});
    m_problemRows.clear();
    endResetModel();
    m_dirty = false;
    emit linesChanged();
}

QList<BudgetLine> BudgetGridModel::lines(QList<int> *rows) const
{
    QList<BudgetLine> entered;
    for (int row = 0; row < m_lines.size(); ++row) {
        const BudgetLine &line = m_lines.at(row);
        if (line.account == 0 && line.total() == 0)
            continue;
        entered.append(line);
        if (rows)
            rows->append(row);
    }
    return entered;
}

void BudgetGridModel::setReadOnly(bool on)
{
    beginResetModel();
    m_readOnly = on;
    endResetModel();
}

void BudgetGridModel::setProblemRows(const QSet<int> &rows)
{
    m_problemRows = rows;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

bool BudgetGridModel::removeLine(int row)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() - 1)
        return false;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    m_problemRows.clear();
    changed();
    return true;
}

BudgetGridModel::Totals BudgetGridModel::monthTotals(int month) const
{
    Totals totals;
    for (const BudgetLine &line : m_lines) {
        if (!line.account)
            continue;
        const qint64 amount = month == 0 ? line.total() : line.months[month - 1];
        const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
        if (account && account->category == QLatin1String("income"))
            totals.income += amount;
        else
            totals.spending += amount;
    }
    return totals;
}

int BudgetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BudgetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const BudgetLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (column == Account) {
            if (!line.account)
                return {};
            const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
            if (!account)
                return {};
            return role == Qt::EditRole ? account->code : account->code + QLatin1Char(' ') + account->name;
        }
        const qint64 amount = column == Total ? line.total() : line.months[column - FirstMonth];
        if (amount == 0 && role == Qt::DisplayRole)
            return {};
        return role == Qt::EditRole ? FieldCodec::formatDecimal(amount, 2) : MoneyFormat::money(amount);
    }
    if (role == Qt::TextAlignmentRole && column != Account)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == Total) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column == Account && line.account) {
        const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
        return account ? account->text() : QVariant();
    }
    if (role == Qt::BackgroundRole && m_problemRows.contains(index.row()))
        return QBrush(QColor(0xfd, 0xe2, 0xdf));
    return {};
}

bool BudgetGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_lines.size())
        return false;
    const int row = index.row();
    const QString text = value.toString().trimmed();
    BudgetLine line = m_lines.at(row);
    if (index.column() == Account) {
        if (text.isEmpty()) {
            line.account = 0;
        } else {
            std::optional<AccountDirectory::Account> found = m_accounts.byCode(text);
            if (!found || !found->leaf) {
                const QList<AccountDirectory::Account> matches = m_accounts.search(text, 1);
                found = matches.isEmpty() ? std::nullopt : std::optional(matches.constFirst());
            }
            if (!found) {
                emit inputProblem(tr("No account in use matches \"%1\".").arg(text));
                return false;
            }
            line.account = found->id;
        }
    } else {
        const std::optional<qint64> amount = text.isEmpty() ? std::optional<qint64>(0) : FieldCodec::parseDecimal(text, 2);
        if (!amount) {
            emit inputProblem(tr("\"%1\" is not an amount.").arg(text));
            return false;
        }
        if (index.column() == Total)
            line.fillEvenly(*amount);
        else
            line.months[index.column() - FirstMonth] = *amount;
    }
    if (line == m_lines.at(row))
        return true;
    m_lines[row] = line;
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    if (row == m_lines.size() - 1) {
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
        m_lines.append(BudgetLine{});
        endInsertRows();
    }
    emit inputProblem(QString());
    changed();
    return true;
}

QVariant BudgetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section != Account)
        return tr("Under the heading: the budgeted profit, income less costs and expenses.");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == Account)
        return tr("Account");
    // Each column's budgeted profit under its heading, always in view
    // however long the list (income and spending: the status line).
    const QString heading = section == Total ? tr("Full year") : QLocale().monthName(section, QLocale::ShortFormat);
    return heading + QLatin1Char('\n') + MoneyFormat::money(monthTotals(section == Total ? 0 : section).profit());
}

Qt::ItemFlags BudgetGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_readOnly)
        flags |= Qt::ItemIsEditable;
    return flags;
}

void BudgetGridModel::changed()
{
    m_dirty = true;
    emit headerDataChanged(Qt::Horizontal, FirstMonth, Total);
    emit linesChanged();
}

} // namespace Backroom::Finance
