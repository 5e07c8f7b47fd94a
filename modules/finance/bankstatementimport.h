#pragma once

#include "bankstatementparser.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Backroom {
class Records;
}

namespace Backroom::Finance {

// Stores a bank statement read from a CSV file (BankStatementParser) for
// one bank account: all lines in one transaction, or none with every bad
// row named by its line. Lines imported before — the same export, or one
// that overlaps the last — are left out and said so; a file with nothing
// new is refused. The opening and closing balances come from the file's
// running balance, or from the clerk when it has none; they must agree
// with the lines. The column mapping is remembered for the next file with
// the same heading.
class BankStatementImport
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankStatementImport)

public:
    struct Options
    {
        qint64 account = 0;                     // the bank account (finance.account id)
        QMap<QString, QString> mapping;         // empty: remembered, else by the headings
        std::optional<qint64> opening;          // the bank's, when the file has no balance column
        std::optional<qint64> closing;
        QString source;                         // the file's name
    };

    struct Result
    {
        bool ok = false;
        qint64 statementId = 0;
        qint64 imported = 0;
        qint64 skipped = 0;                     // lines imported before
        QList<BankStatementParser::Problem> problems;
        QStringList notes;                      // what was left out, and why
        BankStatementParser::Result parsed;
    };

    // A file read the way the importer needs it: no header row (the parser
    // finds the heading below the bank's preamble).
    static CsvReader read(const QString &path, const QString &encoding = QString());
    static CsvReader readData(const QByteArray &data, const QString &encoding = QString());

    // The heading and mapping the file would be read with (remembered or
    // by the headings' names), and its lines, without writing anything.
    static BankStatementParser::Result preview(Records &records, const CsvReader &reader,
                                               const QMap<QString, QString> &mapping = {});

    static Result run(Records &records, const CsvReader &reader, const Options &options);
};

} // namespace Backroom::Finance
