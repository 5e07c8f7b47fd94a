#include "invoicelinesmodel.h"

#include "fieldcodec.h"
#include "moneyformat.h"
#include "records.h"
#include "vatsplit.h"

#include <QBrush>
#include <QPalette>

namespace Backroom::Finance {

InvoiceLinesModel::InvoiceLinesModel(Records &records, QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(records)
{
    ensureBlankRow();
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceLinesModel::accountText(qint64 id) const
{
    if (id <= 0)
        return {};
    const std::optional<Record> account = m_records.read(QStringLiteral("finance.account"), id);
    return account ? account->value(QStringLiteral("code")).toString() + QLatin1Char(' ')
                         + account->value(QStringLiteral("name")).toString()
                   : QString();
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const InvoiceLine &line = m_lines.at(index.row());
    const bool blank = isBlank(line);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Description || index.column() == Account || index.column() == Rate
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == Net || index.column() == Tax))
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::UserRole)   // the value as stored
        switch (index.column()) {
        case Rate: return line.rate;
        case Account: return line.account;
        default: return {};
        }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Description: return line.description;
    case Quantity:
        return line.quantity ? (edit ? FieldCodec::formatDecimal(line.quantity, 4) : MoneyFormat::decimal(line.quantity, 4))
                             : QString();
    case UnitPrice:
        return line.unitPrice ? (edit ? FieldCodec::formatDecimal(line.unitPrice, 2) : MoneyFormat::money(line.unitPrice))
                              : QString();
    case Amount:
        return line.amount ? (edit ? FieldCodec::formatDecimal(line.amount, 2) : MoneyFormat::money(line.amount)) : QString();
    case Rate: return blank && !edit ? QString() : VatSplit::label(line.rate);
    case Account: return blank && !edit ? QString() : accountText(line.account);
    case Net: return blank ? QString() : MoneyFormat::money(line.net);
    case Tax: return blank ? QString() : MoneyFormat::money(line.tax);
    default: return {};
    }
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || !isEditableColumn(index.column()))
        return false;
    InvoiceLine &line = m_lines[index.row()];
    const QString text = value.toString().trimmed();
    m_problem.clear();
    const auto number = [&](int scale, qint64 *into) {
        if (text.isEmpty()) {
            *into = 0;
            return true;
        }
        const std::optional<qint64> parsed = FieldCodec::parseDecimal(QString(text).remove(QLatin1Char(',')), scale);
        if (!parsed) {
            m_problem = tr("“%1” is not a number.").arg(text);
            return false;
        }
        *into = *parsed;
        return true;
    };
    switch (index.column()) {
    case Description: line.description = value.toString(); break;
    case Quantity:
    case UnitPrice: {
        if (!number(index.column() == Quantity ? 4 : 2, index.column() == Quantity ? &line.quantity : &line.unitPrice))
            return false;
        // Quantity × price fills the amount, rounded to the fen.
        if (line.quantity && line.unitPrice)
            line.amount = VatSplit::divideRounded(line.quantity * line.unitPrice, 10000);
        break;
    }
    case Amount:
        if (!number(2, &line.amount))
            return false;
        break;
    case Rate:
        if (VatSplit::percentOf(value.toString()) < 0)
            return false;
        line.rate = value.toString();
        break;
    case Account: line.account = value.toLongLong(); break;
    default: return false;
    }
    resplit(index.row());
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    ensureBlankRow();
    emit linesChanged();
    return true;
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Description: return tr("Description");
    case Quantity: return tr("Quantity");
    case UnitPrice: return tr("Unit price");
    case Amount: return m_taxIncluded ? tr("Amount incl. tax") : tr("Amount excl. tax");
    case Rate: return tr("Tax rate");
    case Account: return tr("Account");
    case Net: return tr("Net");
    case Tax: return tr("Tax");
    default: return {};
    }
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_readOnly && isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    for (int row = 0; row < m_lines.size(); ++row)
        resplit(row);
    endResetModel();
    ensureBlankRow();
}

QList<InvoiceLine> InvoiceLinesModel::lines() const
{
    QList<InvoiceLine> entered;
    for (const InvoiceLine &line : m_lines)
        if (!isBlank(line))
            entered.append(line);
    return entered;
}

void InvoiceLinesModel::setTaxIncluded(bool included)
{
    m_taxIncluded = included;
    for (int row = 0; row < m_lines.size(); ++row)
        resplit(row);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, Amount, Amount);
    emit linesChanged();
}

void InvoiceLinesModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && !m_lines.isEmpty() && isBlank(m_lines.constLast())) {
        beginRemoveRows({}, int(m_lines.size()) - 1, int(m_lines.size()) - 1);
        m_lines.removeLast();
        endRemoveRows();
    }
    ensureBlankRow();
}

void InvoiceLinesModel::setDefaults(const QString &rate, qint64 account)
{
    m_defaultRate = rate;
    m_defaultAccount = account;
    for (InvoiceLine &line : m_lines)
        if (isBlank(line)) {
            line.rate = rate;
            line.account = account;
        }
}

void InvoiceLinesModel::removeLine(int row)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || isBlank(m_lines.at(row)))
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

bool InvoiceLinesModel::isBlank(const InvoiceLine &line) const
{
    return line.description.trimmed().isEmpty() && line.amount == 0 && line.quantity == 0 && line.unitPrice == 0;
}

void InvoiceLinesModel::resplit(int row)
{
    InvoiceLine &line = m_lines[row];
    const VatSplit::Amounts amounts = VatSplit::split(line.amount, std::max(0, VatSplit::percentOf(line.rate)), m_taxIncluded);
    line.net = amounts.net;
    line.tax = amounts.tax;
}

void InvoiceLinesModel::ensureBlankRow()
{
    if (m_readOnly || (!m_lines.isEmpty() && isBlank(m_lines.constLast())))
        return;
    InvoiceLine blank;
    blank.rate = m_defaultRate;
    blank.account = m_defaultAccount;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(blank);
    endInsertRows();
}

} // namespace Backroom::Finance
