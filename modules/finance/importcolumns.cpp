#include "importcolumns.h"

namespace Backroom::Finance {

ImportColumns::ImportColumns(const QStringList &header, const QHash<QString, QString> &names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString column = names.value(header.at(i).trimmed().toLower());
        if (!column.isEmpty() && !m_index.contains(column)) {
            m_index.insert(column, i);
            m_heading.insert(column, header.at(i).trimmed());
        }
    }
}

QStringList ImportColumns::missing(const QStringList &required) const
{
    QStringList absent;
    for (const QString &column : required)
        if (!has(column))
            absent.append(column);
    return absent;
}

QString ImportColumns::cell(const CsvReader::Row &row, const QString &column) const
{
    const int index = m_index.value(column, -1);
    return index >= 0 && index < row.fields.size() ? row.fields.at(index).trimmed() : QString();
}

} // namespace Backroom::Finance
