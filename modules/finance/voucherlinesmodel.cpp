#include "voucherlinesmodel.h"

#include "accountdirectory.h"
#include "foreigncurrency.h"
#include "moneyformat.h"
#include "records.h"

#include <QBrush>
#include <QColor>

namespace Backroom::Finance {

VoucherLinesModel::VoucherLinesModel(Records &records, AccountDirectory &accounts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(records)
    , m_accounts(accounts)
{
    m_lines.append(VoucherLine{});
}

bool VoucherLinesModel::isBlank(const VoucherLine &line)
{
    return line.account == 0 && line.debit == 0 && line.credit == 0 && line.department == 0 && line.partner == 0
           && line.person == 0 && line.currency == 0 && line.foreignAmount == 0;
}

void VoucherLinesModel::setLines(const QList<VoucherLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    m_problemCells.clear();
    m_names.clear();
    if (m_lines.isEmpty() || !isBlank(m_lines.constLast()))
        m_lines.append(VoucherLine{});
    endResetModel();
    emit linesChanged();
}

QList<VoucherLine> VoucherLinesModel::enteredLines(QList<int> *rows) const
{
    QList<VoucherLine> lines;
    if (rows)
        rows->clear();
    for (int row = 0; row < m_lines.size(); ++row) {
        if (isBlank(m_lines.at(row)))
            continue;
        lines.append(m_lines.at(row));
        if (rows)
            rows->append(row);
    }
    return lines;
}

void VoucherLinesModel::keepBlankRowAtEnd()
{
    if (!m_lines.isEmpty() && isBlank(m_lines.constLast()))
        return;
    const int row = int(m_lines.size());
    beginInsertRows(QModelIndex(), row, row);
    m_lines.append(VoucherLine{});
    endInsertRows();
}

void VoucherLinesModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    if (row == m_lines.size() - 1) {
        // The row to type into stays; removing it only empties it.
        m_lines[row] = VoucherLine{};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        beginRemoveRows(QModelIndex(), row, row);
        m_lines.removeAt(row);
        endRemoveRows();
    }
    // The shaded cells named rows that have moved.
    m_problemCells.clear();
    emit linesChanged();
}

qint64 VoucherLinesModel::totalDebit() const
{
    qint64 total = 0;
    for (const VoucherLine &line : m_lines)
        total += line.debit;
    return total;
}

qint64 VoucherLinesModel::totalCredit() const
{
    qint64 total = 0;
    for (const VoucherLine &line : m_lines)
        total += line.credit;
    return total;
}

QModelIndex VoucherLinesModel::balance(int row, int column)
{
    Q_UNUSED(column)
    if (row < 0 || row >= m_lines.size() || m_readOnly)
        return {};
    qint64 others = 0;
    for (int i = 0; i < m_lines.size(); ++i)
        if (i != row)
            others += m_lines.at(i).debit - m_lines.at(i).credit;
    if (others == 0)
        return {};
    // This line must carry debit − credit = −others; an amount is entered
    // as a positive figure on the side it belongs to.
    const qint64 needed = -others;
    VoucherLine &line = m_lines[row];
    line.debit = needed > 0 ? needed : 0;
    line.credit = needed < 0 ? -needed : 0;
    m_problemCells.remove({row, Debit});
    m_problemCells.remove({row, Credit});
    changed(row);
    return index(row, needed > 0 ? Debit : Credit);
}

QModelIndex VoucherLinesModel::moveToOtherSide(int row, int column, std::optional<qint64> amount)
{
    if (row < 0 || row >= m_lines.size() || !isAmountColumn(column) || m_readOnly)
        return {};
    VoucherLine &line = m_lines[row];
    int from = column;
    qint64 value = amount.value_or(column == Debit ? line.debit : line.credit);
    if (!amount && value == 0) {
        // The cursor is on the empty side: the amount comes over to it.
        from = column == Debit ? Credit : Debit;
        value = from == Debit ? line.debit : line.credit;
    }
    const int to = from == Debit ? Credit : Debit;
    line.debit = to == Debit ? value : 0;
    line.credit = to == Credit ? value : 0;
    m_problemCells.remove({row, Debit});
    m_problemCells.remove({row, Credit});
    changed(row);
    return index(row, to);
}

bool VoucherLinesModel::needsDimension(int row, int column) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const std::optional<AccountDirectory::Account> account = m_accounts.account(m_lines.at(row).account);
    if (!account)
        return false;
    switch (column) {
    case Department: return account->needsDepartment;
    case Partner: return account->needsPartner;
    case Person: return account->needsPerson;
    default: return false;
    }
}

bool VoucherLinesModel::needsForeign(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return false;
    const std::optional<AccountDirectory::Account> account = m_accounts.account(m_lines.at(row).account);
    return account && account->currency > 0;
}

int VoucherLinesModel::currencyDecimals(const VoucherLine &line) const
{
    const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
    return account && account->currency > 0 ? account->currencyDecimals : 2;
}

QString VoucherLinesModel::currencyCode(const VoucherLine &line) const
{
    const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
    if (account && account->currency > 0 && account->currency == line.currency)
        return account->currencyCode;
    if (line.currency <= 0)
        return {};
    const std::optional<ForeignCurrency::Currency> currency = ForeignCurrency::currency(m_records.database(), line.currency);
    return currency ? currency->code : QString();
}

void VoucherLinesModel::fillLocal(VoucherLine &line) const
{
    if (line.currency <= 0 || line.foreignAmount == 0 || line.rate <= 0)
        return;
    const std::optional<qint64> local = ForeignCurrency::localAmount(line.foreignAmount, currencyDecimals(line), line.rate);
    if (!local)
        return;
    if (line.credit != 0 && line.debit == 0) {
        line.credit = *local;
    } else {
        line.debit = *local;
        line.credit = 0;
    }
}

bool VoucherLinesModel::isColumnNeeded(int column) const
{
    if (isForeignColumn(column)) {
        for (int row = 0; row < m_lines.size(); ++row)
            if (needsForeign(row) || m_lines.at(row).currency != 0)
                return true;
        return false;
    }
    // A value already entered keeps its column too, so it is never hidden.
    for (int row = 0; row < m_lines.size(); ++row)
        if (needsDimension(row, column) || dimension(m_lines.at(row), column) != 0)
            return true;
    return false;
}

QString VoucherLinesModel::summaryAbove(int row) const
{
    for (int i = qMin(row, int(m_lines.size())) - 1; i >= 0; --i)
        if (!m_lines.at(i).summary.trimmed().isEmpty())
            return m_lines.at(i).summary;
    return {};
}

void VoucherLinesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void VoucherLinesModel::setProblemCells(const QSet<QPair<int, int>> &cells)
{
    m_problemCells = cells;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int VoucherLinesModel::columnOfField(const QString &field)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("summary"), Summary},       {QStringLiteral("account"), Account},
        {QStringLiteral("department"), Department}, {QStringLiteral("partner"), Partner},
        {QStringLiteral("person"), Person},         {QStringLiteral("debit"), Debit},
        {QStringLiteral("credit"), Credit},         {QStringLiteral("currency"), Currency},
        {QStringLiteral("foreign_amount"), Foreign}, {QStringLiteral("rate"), Rate},
    };
    return columns.value(field, -1);
}

QString VoucherLinesModel::dimensionEntity(int column)
{
    switch (column) {
    case Department: return QStringLiteral("core.department");
    case Partner: return QStringLiteral("core.partner");
    case Person: return QStringLiteral("core.person");
    default: return {};
    }
}

qint64 VoucherLinesModel::dimension(const VoucherLine &line, int column) const
{
    switch (column) {
    case Department: return line.department;
    case Partner: return line.partner;
    case Person: return line.person;
    default: return 0;
    }
}

void VoucherLinesModel::setDimension(VoucherLine &line, int column, qint64 id)
{
    switch (column) {
    case Department: line.department = id; break;
    case Partner: line.partner = id; break;
    case Person: line.person = id; break;
    default: break;
    }
}

QString VoucherLinesModel::dimensionName(int column, qint64 id) const
{
    if (id <= 0)
        return {};
    const QString entity = dimensionEntity(column);
    const QString key = entity + QLatin1Char('#') + QString::number(id);
    auto found = m_names.constFind(key);
    if (found == m_names.constEnd())
        found = m_names.insert(key, m_records.displayName(entity, id));
    return *found;
}

int VoucherLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int VoucherLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoucherLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const VoucherLine &line = m_lines.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Summary: return line.summary;
        case Account: {
            const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
            return account ? account->text() : QString();
        }
        case Debit: return line.debit != 0 ? MoneyFormat::money(line.debit) : QString();
        case Credit: return line.credit != 0 ? MoneyFormat::money(line.credit) : QString();
        case Currency: return currencyCode(line);
        case Foreign:
            return line.foreignAmount != 0 ? MoneyFormat::money(line.foreignAmount, currencyDecimals(line)) : QString();
        case Rate: return line.rate > 0 ? ForeignCurrency::rateText(line.rate) : QString();
        default: return dimensionName(column, dimension(line, column));
        }
    case Qt::EditRole:
        switch (column) {
        case Summary: return line.summary;
        case Account: return line.account;
        case Debit: return line.debit != 0 ? QVariant(line.debit) : QVariant();
        case Credit: return line.credit != 0 ? QVariant(line.credit) : QVariant();
        case Currency: return line.currency;
        case Foreign: return line.foreignAmount != 0 ? QVariant(line.foreignAmount) : QVariant();
        case Rate: return line.rate > 0 ? QVariant(line.rate) : QVariant();
        default: return dimension(line, column);
        }
    case Qt::TextAlignmentRole:
        return isAmountColumn(column) || column == Foreign || column == Rate
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(column == Currency ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Red figures are a red (reversing) voucher's negative amounts.
        if ((column == Debit && line.debit < 0) || (column == Credit && line.credit < 0)
            || (column == Foreign && line.foreignAmount < 0))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::BackgroundRole:
        if (m_problemCells.contains({index.row(), column}))
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    default:
        return {};
    }
}

bool VoucherLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_lines.size())
        return false;
    VoucherLine &line = m_lines[index.row()];
    const VoucherLine before = line;
    const int column = index.column();
    switch (column) {
    case Summary:
        line.summary = value.toString();
        break;
    case Account: {
        line.account = value.toLongLong();
        // Dimensions the new account does not ask for would be saved
        // against it silently; drop them.
        const std::optional<AccountDirectory::Account> account = m_accounts.account(line.account);
        if (!account || !account->needsDepartment)
            line.department = 0;
        if (!account || !account->needsPartner)
            line.partner = 0;
        if (!account || !account->needsPerson)
            line.person = 0;
        // 外币核算: the account's currency, at the day's rate; an ordinary
        // account carries none.
        if (account && account->currency > 0) {
            if (line.currency != account->currency) {
                line.currency = account->currency;
                const QDate day = m_date ? m_date() : QDate();
                line.rate = ForeignCurrency::rateOn(m_records.database(), line.currency,
                                                    day.isValid() ? day : QDate::currentDate())
                                .value_or(0);
                fillLocal(line);
            }
        } else {
            line.currency = 0;
            line.foreignAmount = 0;
            line.rate = 0;
        }
        break;
    }
    case Currency:
        return false;
    case Foreign:
    case Rate: {
        const qint64 typed = value.isNull() ? 0 : value.toLongLong();
        (column == Foreign ? line.foreignAmount : line.rate) = typed;
        // The original amount or the rate typed: the local amount follows.
        fillLocal(line);
        break;
    }
    case Debit:
    case Credit: {
        const qint64 amount = value.isNull() ? 0 : value.toLongLong();
        // A line is a debit or a credit: entering one side clears the other.
        (column == Debit ? line.debit : line.credit) = amount;
        if (amount != 0)
            (column == Debit ? line.credit : line.debit) = 0;
        break;
    }
    default:
        setDimension(line, column, value.toLongLong());
        break;
    }
    if (line == before)
        return true;
    m_problemCells.remove({index.row(), column});
    changed(index.row());
    return true;
}

void VoucherLinesModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    keepBlankRowAtEnd();
    emit linesChanged();
}

Qt::ItemFlags VoucherLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // The currency is the account's; amount and rate belong to a line on
    // a foreign-currency account only.
    const bool foreignCell = isForeignColumn(index.column());
    if (!m_readOnly && (!foreignCell || (index.column() != Currency && needsForeign(index.row()))))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VoucherLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return isAmountColumn(section) || section == Foreign || section == Rate
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Summary: return tr("Summary");
    case Account: return tr("Account");
    case Department: return tr("Department");
    case Partner: return tr("Partner");
    case Person: return tr("Person");
    case Currency: return tr("Currency");
    case Foreign: return tr("Foreign amount");
    case Rate: return tr("Rate");
    case Debit: return tr("Debit");
    case Credit: return tr("Credit");
    default: return {};
    }
}

} // namespace Backroom::Finance
