#pragma once

#include "csvreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Backroom::Finance {

// Reads the lines of a bank statement (银行对账单) exported by a bank's
// online banking as CSV: the usual Chinese columns (交易日期, 摘要/用途,
// 对方户名, 对方账号, 收入金额/贷方发生额, 支出金额/借方发生额, 余额, 流水号)
// or English ones, with the bank's preamble rows (账号, 户名, 起止日期…)
// above the heading and a 合计 row below the lines. Pure text in, lines
// and problems out, no database: the importer stores what this returns,
// and the fuzz target (tests/fuzz/fuzz_bankstatement) runs it on anything.
//
// In the bank's words, money in is the bank's credit (贷方, 收入) and money
// out its debit (借方, 支出) — the opposite of the company's own 1002 银行存款.
// A signed single amount column (交易金额, Amount) maps to "amount in":
// a negative amount is money out.
class BankStatementParser
{
    Q_DECLARE_TR_FUNCTIONS(Backroom::Finance::BankStatementParser)

public:
    // The statement line's fields a column can be mapped to, in the order
    // they are offered; the names of finance.bank_statement_line's fields.
    static QStringList fields();
    static QString fieldLabel(const QString &field);

    struct Line
    {
        qint64 fileLine = 0;
        QDate date;
        QString summary;
        QString counterparty;
        QString counterpartyAccount;
        QString reference;
        qint64 amountIn = 0;     // 分, never negative
        qint64 amountOut = 0;    // 分, never negative
        std::optional<qint64> balance;
        // What identifies the line when the same export is imported again.
        QString fingerprint() const;
    };

    struct Problem
    {
        qint64 line = 0;     // 0: the file as a whole
        QString column;      // the file's heading, if any
        QString message;     // translated, one sentence
    };

    struct Result
    {
        QStringList header;
        qint64 headerLine = 0;
        QMap<QString, QString> mapping;   // heading → field
        QList<Line> lines;                // oldest first
        QList<Problem> problems;
        bool newestFirst = false;         // the file listed the lines newest first
        // From the running balance, when the file has one.
        std::optional<qint64> opening;
        std::optional<qint64> closing;
        bool ok() const { return problems.isEmpty(); }
    };

    // The row holding the heading: the first of the first 30 records whose
    // cells name a date and an amount column; 0 when none does.
    static int headerIndex(const QList<CsvReader::Row> &records);
    // Heading → field, by the names banks use.
    static QMap<QString, QString> defaultMapping(const QStringList &header);
    // "1,234.56", "-12.30", "¥1 234.5", "(12.30)", "12.30-": 分; nullopt for
    // anything else, more than two decimals or more than 13 digits before
    // the point (ten trillion yuan: sums of many lines stay far from overflow).
    static std::optional<qint64> parseAmount(const QString &text);
    // 2026-11-03, 2026/11/3, 20261103, 2026.11.3, 2026年11月3日, with or
    // without a time after it.
    static QDate parseDate(const QString &text);

    // Every record of the file (read without a header row). An empty
    // mapping takes defaultMapping() of the heading found.
    static Result parse(const QList<CsvReader::Row> &records, const QMap<QString, QString> &mapping = {});
    // At most this many problems are collected.
    static constexpr int MaxProblems = 200;
};

} // namespace Backroom::Finance
