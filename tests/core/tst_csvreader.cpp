#include "csvreader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <string>
#include <vector>

using Backroom::CsvReader;

namespace {

// Catch prints std::string vectors on failure; QStringList it cannot.
using Strings = std::vector<std::string>;

Strings strings(const QStringList &list)
{
    Strings result;
    for (const QString &text : list)
        result.push_back(text.toStdString());
    return result;
}

Strings fieldsOf(const CsvReader &reader, qsizetype row)
{
    const QList<CsvReader::Row> rows = reader.rows();
    REQUIRE(row < rows.size());
    return strings(rows.at(row).fields);
}

std::vector<qint64> linesOf(const CsvReader &reader)
{
    std::vector<qint64> lines;
    for (const CsvReader::Row &row : reader.rows())
        lines.push_back(row.line);
    return lines;
}

std::string errorText(const CsvReader &reader)
{
    return reader.error() ? reader.error()->message.toStdString() : std::string("(no error)");
}

// The test sources are UTF-8.
QByteArray bytes(const char *text)
{
    return QByteArray(text);
}

CsvReader::Options options(QChar delimiter = {})
{
    CsvReader::Options result;
    result.delimiter = delimiter;
    return result;
}

// Asserts a fatal error on the given line whose message names that line.
void requireError(const CsvReader &reader, qint64 line)
{
    INFO(errorText(reader));
    REQUIRE(reader.error().has_value());
    CHECK(reader.error()->line == line);
    CHECK(reader.error()->message.contains(QString::number(line)));
    CHECK(reader.error()->message.endsWith(QLatin1Char('.')));
}

} // namespace

TEST_CASE("CSV: UTF-8 without a BOM is detected and read", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("名称,金额\n苹果,12\n香蕉,7"));
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    CHECK(reader.delimiter() == QLatin1Char(','));
    CHECK(strings(reader.header()) == Strings{"名称", "金额"});
    CHECK(reader.headerLine() == 1);
    REQUIRE(reader.rows().size() == 2);
    CHECK(fieldsOf(reader, 0) == Strings{"苹果", "12"});
    CHECK(fieldsOf(reader, 1) == Strings{"香蕉", "7"});
    CHECK(linesOf(reader) == std::vector<qint64>{2, 3});
}

TEST_CASE("CSV: a UTF-8 BOM is detected and stripped", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("\xEF\xBB\xBF" "客户,电话\r\n张三,138\r\n"));
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.encoding() == QStringLiteral("UTF-8"));
    CHECK(strings(reader.header()) == Strings{"客户", "电话"});
    CHECK(reader.header().first().at(0) != QChar(0xFEFF));
    CHECK(fieldsOf(reader, 0) == Strings{"张三", "138"});
}

TEST_CASE("CSV: GBK bytes from Excel on Chinese Windows are read as GB18030", "[csv]")
{
    const QString text = QStringLiteral("客户名称,联系电话,地址\r\n北京华联商厦,010-6512 3456,\"北京市朝阳区，建国路\"\r\n");
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray gbk = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    REQUIRE(gbk != text.toUtf8()); // really two-byte GBK, not UTF-8

    const CsvReader reader = CsvReader::fromData(gbk);
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.encoding() == QStringLiteral("GB18030"));
    CHECK(strings(reader.header()) == Strings{"客户名称", "联系电话", "地址"});
    REQUIRE(reader.rows().size() == 1);
    CHECK(fieldsOf(reader, 0) == Strings{"北京华联商厦", "010-6512 3456", "北京市朝阳区，建国路"});

    // The same bytes, with the encoding named by the clerk.
    CsvReader::Options forced;
    forced.encoding = QStringLiteral("GBK");
    const CsvReader named = CsvReader::fromData(gbk, forced);
    REQUIRE_FALSE(named.error());
    CHECK(named.encoding() == QStringLiteral("GBK"));
    CHECK(fieldsOf(named, 0) == fieldsOf(reader, 0));
}

TEST_CASE("CSV: UTF-16 with a BOM (Excel's Unicode text) is detected", "[csv]")
{
    const QString text = QStringLiteral("品名\t数量\r\n螺丝\t100\r\n");
    SECTION("little endian")
    {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray data = QByteArray("\xFF\xFE") + encoder.encode(text);
        const CsvReader reader = CsvReader::fromData(data);
        INFO(errorText(reader));
        REQUIRE_FALSE(reader.error());
        CHECK(reader.encoding() == QStringLiteral("UTF-16LE"));
        CHECK(reader.delimiter() == QLatin1Char('\t'));
        CHECK(strings(reader.header()) == Strings{"品名", "数量"});
        CHECK(fieldsOf(reader, 0) == Strings{"螺丝", "100"});
    }
    SECTION("big endian")
    {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        const QByteArray data = QByteArray("\xFE\xFF") + encoder.encode(text);
        const CsvReader reader = CsvReader::fromData(data);
        INFO(errorText(reader));
        REQUIRE_FALSE(reader.error());
        CHECK(reader.encoding() == QStringLiteral("UTF-16BE"));
        CHECK(strings(reader.header()) == Strings{"品名", "数量"});
        CHECK(fieldsOf(reader, 0) == Strings{"螺丝", "100"});
    }
    SECTION("cut off in the middle of a character")
    {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray data = QByteArray("\xFF\xFE") + encoder.encode(text) + QByteArray("x");
        const CsvReader reader = CsvReader::fromData(data);
        requireError(reader, 3);
        CHECK(reader.error()->message.contains(QStringLiteral("UTF-16LE")));
    }
}

TEST_CASE("CSV: each delimiter is detected, ignoring delimiters inside quotes", "[csv]")
{
    for (const char delimiter : {',', ';', '\t', '|'}) {
        // Every other candidate appears inside quoted fields, more often
        // than the real delimiter, and must not count.
        QByteArray data = "name#note#amount\n\"a,b;c|d\te\"#\"x,y,z;;;|||\"#1\n\"f,g\"#h#2\n";
        data.replace('#', delimiter);
        const CsvReader reader = CsvReader::fromData(data);
        INFO("delimiter " << int(delimiter) << ": " << errorText(reader));
        REQUIRE_FALSE(reader.error());
        CHECK(reader.delimiter() == QLatin1Char(delimiter));
        CHECK(strings(reader.header()) == Strings{"name", "note", "amount"});
        REQUIRE(reader.rows().size() == 2);
        CHECK(fieldsOf(reader, 0) == Strings{"a,b;c|d\te", "x,y,z;;;|||", "1"});
        CHECK(fieldsOf(reader, 1) == Strings{"f,g", "h", "2"});
    }
}

TEST_CASE("CSV: semicolons win over decimal commas (European Excel)", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("Artikel;Preis;Menge\nSchraube;1,50;100\nMutter;0,25;2000\n"));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.delimiter() == QLatin1Char(';'));
    CHECK(fieldsOf(reader, 0) == Strings{"Schraube", "1,50", "100"});
}

TEST_CASE("CSV: a forced delimiter overrides detection", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("a;b;c,d\n1;2;3,4\n"), options(QLatin1Char(',')));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.delimiter() == QLatin1Char(','));
    CHECK(strings(reader.header()) == Strings{"a;b;c", "d"});
    CHECK(fieldsOf(reader, 0) == Strings{"1;2;3", "4"});

    const CsvReader quote = CsvReader::fromData(bytes("a,b\n"), options(QLatin1Char('"')));
    REQUIRE(quote.error().has_value());
    CHECK(quote.error()->line == 0);
}

TEST_CASE("CSV: quoted fields, doubled quotes and embedded line breaks keep line numbers", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("id,text\n"
                                                       "1,\"line one\nline two\"\n"
                                                       "2,\"say \"\"hi\"\", then \"\"bye\"\"\"\n"
                                                       "3,\"a, b\"\n"
                                                       "4,\"\n\n\"\n"
                                                       "5,plain"));
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    REQUIRE(reader.rows().size() == 5);
    CHECK(fieldsOf(reader, 0) == Strings{"1", "line one\nline two"});
    CHECK(fieldsOf(reader, 1) == Strings{"2", "say \"hi\", then \"bye\""});
    CHECK(fieldsOf(reader, 2) == Strings{"3", "a, b"});
    CHECK(fieldsOf(reader, 3) == Strings{"4", "\n\n"});
    CHECK(fieldsOf(reader, 4) == Strings{"5", "plain"});
    CHECK(linesOf(reader) == std::vector<qint64>{2, 4, 5, 6, 9});
}

TEST_CASE("CSV: CRLF, lone CR, no final line break and empty lines", "[csv]")
{
    SECTION("CRLF, also inside a quoted field")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n"));
        REQUIRE_FALSE(reader.error());
        CHECK(fieldsOf(reader, 0) == Strings{"1", "x\r\ny"});
        CHECK(fieldsOf(reader, 1) == Strings{"2", "z"});
        CHECK(linesOf(reader) == std::vector<qint64>{2, 4});
    }
    SECTION("lone CR (old Mac Excel), no final line break")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\r1,2\r3,4"));
        REQUIRE_FALSE(reader.error());
        CHECK(fieldsOf(reader, 1) == Strings{"3", "4"});
        CHECK(linesOf(reader) == std::vector<qint64>{2, 3});
    }
    SECTION("empty lines anywhere are skipped but counted")
    {
        const CsvReader reader = CsvReader::fromData(bytes("\n\r\na,b\n\n1,2\r\n\r\n\n3,4\n\n"));
        REQUIRE_FALSE(reader.error());
        CHECK(reader.headerLine() == 3);
        CHECK(strings(reader.header()) == Strings{"a", "b"});
        CHECK(linesOf(reader) == std::vector<qint64>{5, 8});
    }
    SECTION("empty fields and a delimiter at the end of a line")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b,c\n1,,\n\"\",\"\",\n,,\n"));
        REQUIRE_FALSE(reader.error());
        CHECK(fieldsOf(reader, 0) == Strings{"1", "", ""});
        CHECK(fieldsOf(reader, 1) == Strings{"", "", ""});
        CHECK(fieldsOf(reader, 2) == Strings{"", "", ""});
    }
}

TEST_CASE("CSV: fields are not trimmed, header names are", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes(" 名称 ,\t金额 \n  苹果 , 12 \n"), options(QLatin1Char(',')));
    REQUIRE_FALSE(reader.error());
    CHECK(strings(reader.header()) == Strings{"名称", "金额"});
    CHECK(fieldsOf(reader, 0) == Strings{"  苹果 ", " 12 "});
}

TEST_CASE("CSV: formula-looking cells and stray quotes come back as written", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("a,b,c,d,e\n=SUM(A1:A9),+1,-2,@cmd,5\" pipe\n\"=1+1\",x,y,z,w\n"));
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    CHECK(fieldsOf(reader, 0) == Strings{"=SUM(A1:A9)", "+1", "-2", "@cmd", "5\" pipe"});
    CHECK(fieldsOf(reader, 1) == Strings{"=1+1", "x", "y", "z", "w"});
}

TEST_CASE("CSV: a quote that is never closed names the line where the field starts", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,2\n3,\"open\nmore\n4,5\n"));
    requireError(reader, 3);
    // The rows before the error are kept.
    CHECK(linesOf(reader) == std::vector<qint64>{2});
    CHECK(fieldsOf(reader, 0) == Strings{"1", "2"});
}

TEST_CASE("CSV: text after a closing quote is an error", "[csv]")
{
    SECTION("on one line")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,2\n3,\"abc\"x\n4,5\n"), options(QLatin1Char(',')));
        requireError(reader, 3);
        CHECK(reader.rows().size() == 1);
    }
    SECTION("a space counts too")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n\"abc\" ,2\n"), options(QLatin1Char(',')));
        requireError(reader, 2);
    }
    SECTION("after a multi-line field, the line of the stray text is named")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,\"x\ny\nz\"!\n"), options(QLatin1Char(',')));
        requireError(reader, 4);
    }
}

TEST_CASE("CSV: a field over the size limit is an error naming its line", "[csv]")
{
    CsvReader::Options small = options(QLatin1Char(','));
    small.maxFieldSize = 5;
    SECTION("exactly at the limit is fine; doubled quotes count once")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n12345,\"ab\"\"cd\"\n"), small);
        INFO(errorText(reader));
        REQUIRE_FALSE(reader.error());
        CHECK(fieldsOf(reader, 0) == Strings{"12345", "ab\"cd"});
    }
    SECTION("plain field")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,2\n3,123456\n"), small);
        requireError(reader, 3);
        CHECK(reader.error()->message.contains(QStringLiteral("5")));
        CHECK(reader.rows().size() == 1);
    }
    SECTION("quoted field over several lines names its first line")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,\"ab\ncd\nef\"\n"), small);
        requireError(reader, 2);
    }
    SECTION("in the header")
    {
        const CsvReader reader = CsvReader::fromData(bytes("abcdef,b\n1,2\n"), small);
        requireError(reader, 1);
        CHECK(reader.header().isEmpty());
    }
}

TEST_CASE("CSV: a 10 MB field is refused quickly with the default limit", "[csv]")
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    for (const bool quoted : {false, true}) {
        const QByteArray data = "id,blob\n1," + (quoted ? '"' + huge + '"' : huge) + "\n2,ok\n";
        QElapsedTimer timer;
        timer.start();
        const CsvReader reader = CsvReader::fromData(data);
        const qint64 elapsed = timer.elapsed();
        INFO("quoted " << quoted << ", " << elapsed << " ms");
        requireError(reader, 2);
        CHECK(reader.error()->message.contains(QString::number(1 << 20)));
        CHECK(reader.rows().isEmpty());
        CHECK(elapsed < 1000);
    }
}

TEST_CASE("CSV: too many columns is an error naming the line", "[csv]")
{
    CsvReader::Options narrow = options(QLatin1Char(','));
    narrow.maxColumns = 3;
    const CsvReader fine = CsvReader::fromData(bytes("a,b,c\n1,2,3\n"), narrow);
    REQUIRE_FALSE(fine.error());

    const CsvReader reader = CsvReader::fromData(bytes("a,b,c\n1,2,3\n\n1,2,3,4\n"), narrow);
    requireError(reader, 4);
    CHECK(reader.error()->message.contains(QStringLiteral("3")));
    CHECK(reader.rows().size() == 1);

    // Detection still splits a line over the limit at the right delimiter.
    CsvReader::Options detectNarrow;
    detectNarrow.maxColumns = 3;
    const CsvReader semicolons = CsvReader::fromData(bytes("a;b;c;d\n1;2;3;4\n"), detectNarrow);
    requireError(semicolons, 1);
    CHECK(semicolons.delimiter() == QLatin1Char(';'));

    // The default limit is 1000.
    QByteArray wide = "a";
    for (int i = 1; i < 1001; ++i)
        wide += ",a";
    const CsvReader defaults = CsvReader::fromData(wide);
    requireError(defaults, 1);
    CHECK(defaults.error()->message.contains(QStringLiteral("1000")));
}

TEST_CASE("CSV: ragged rows are returned with their own field counts", "[csv]")
{
    const CsvReader reader = CsvReader::fromData(bytes("a,b,c\n1,2\n1,2,3,4\n1,2,3\nonly\n"));
    INFO(errorText(reader));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.header().size() == 3);
    std::vector<qsizetype> counts;
    for (const CsvReader::Row &row : reader.rows())
        counts.push_back(row.fields.size());
    CHECK(counts == std::vector<qsizetype>{2, 4, 3, 1});
    CHECK(linesOf(reader) == std::vector<qint64>{2, 3, 4, 5});
}

TEST_CASE("CSV: empty input and a header only", "[csv]")
{
    for (const QByteArray &data : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n\r")}) {
        const CsvReader reader = CsvReader::fromData(data);
        REQUIRE_FALSE(reader.error());
        CHECK(reader.encoding() == QStringLiteral("UTF-8"));
        CHECK(reader.header().isEmpty());
        CHECK(reader.headerLine() == 0);
        CHECK(reader.rows().isEmpty());
    }
    const CsvReader header = CsvReader::fromData(bytes("编号|名称|备注\n"));
    REQUIRE_FALSE(header.error());
    CHECK(header.delimiter() == QLatin1Char('|'));
    CHECK(strings(header.header()) == Strings{"编号", "名称", "备注"});
    CHECK(header.rows().isEmpty());
}

TEST_CASE("CSV: without a header row every record is a row", "[csv]")
{
    CsvReader::Options noHeader;
    noHeader.firstRowIsHeader = false;
    const CsvReader reader = CsvReader::fromData(bytes("1,2\n3,4\n"), noHeader);
    REQUIRE_FALSE(reader.error());
    CHECK(reader.header().isEmpty());
    CHECK(linesOf(reader) == std::vector<qint64>{1, 2});
    CHECK(fieldsOf(reader, 0) == Strings{"1", "2"});
}

TEST_CASE("CSV: data that is not CSV text is refused", "[csv]")
{
    SECTION("neither UTF-8 nor GB18030")
    {
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n1,2\n3,\xFF\n"));
        requireError(reader, 3);
        CHECK(reader.error()->message.contains(QStringLiteral("GB18030")));
    }
    SECTION("a UTF-8 BOM followed by bytes that are not UTF-8")
    {
        const CsvReader reader = CsvReader::fromData(bytes("\xEF\xBB\xBF" "a,b\n\n1,\xC0\xAF\n"));
        requireError(reader, 3);
        CHECK(reader.error()->message.contains(QStringLiteral("UTF-8")));
    }
    SECTION("an encoding that does not exist")
    {
        CsvReader::Options unknown;
        unknown.encoding = QStringLiteral("no-such-encoding");
        const CsvReader reader = CsvReader::fromData(bytes("a,b\n"), unknown);
        REQUIRE(reader.error().has_value());
        CHECK(reader.error()->line == 0);
        CHECK(reader.error()->message.contains(QStringLiteral("no-such-encoding")));
    }
    SECTION("a workbook")
    {
        const CsvReader reader = CsvReader::fromData(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
        REQUIRE(reader.error().has_value());
        CHECK(reader.error()->line == 0);
    }
    SECTION("a NUL character")
    {
        const CsvReader reader = CsvReader::fromData(QByteArray("a,b\n1,\0\n", 8));
        requireError(reader, 2);
    }
}

TEST_CASE("CSV: reading from a file", "[csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("客户.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringEncoder("GB18030").encode(QStringLiteral("名称;电话\n张三;1\n")));
    file.close();

    const CsvReader reader = CsvReader::fromFile(path);
    REQUIRE_FALSE(reader.error());
    CHECK(reader.encoding() == QStringLiteral("GB18030"));
    CHECK(reader.delimiter() == QLatin1Char(';'));
    CHECK(fieldsOf(reader, 0) == Strings{"张三", "1"});

    const CsvReader missing = CsvReader::fromFile(dir.filePath(QStringLiteral("missing.csv")));
    REQUIRE(missing.error().has_value());
    CHECK(missing.error()->line == 0);
    CHECK(missing.error()->message.contains(QStringLiteral("missing.csv")));
    CHECK(missing.rows().isEmpty());

    const CsvReader folder = CsvReader::fromFile(dir.path());
    REQUIRE(folder.error().has_value());
}

TEST_CASE("CSV: decoded text (pasted from a spreadsheet) is read as is", "[csv]")
{
    const CsvReader reader = CsvReader::fromText(QStringLiteral("品名\t数量\n螺丝\t100\n"));
    REQUIRE_FALSE(reader.error());
    CHECK(reader.encoding().isEmpty());
    CHECK(reader.delimiter() == QLatin1Char('\t'));
    CHECK(fieldsOf(reader, 0) == Strings{"螺丝", "100"});
}

TEST_CASE("CSV: 100,000 rows of 10 columns parse in linear time", "[csv]")
{
    QByteArray data = "c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\r\n";
    const QByteArray line = "10001,北京华联商厦,\"朝阳区, 建国路 1 号\",2024-01-31,1234500,CNY,\"say \"\"hi\"\"\",x,y,最后一列数据\r\n";
    data.reserve(line.size() * 100000 + 64);
    for (int i = 0; i < 100000; ++i)
        data += line;
    QElapsedTimer timer;
    timer.start();
    const CsvReader reader = CsvReader::fromData(data);
    const qint64 elapsed = timer.elapsed();
    INFO(data.size() / (1024 * 1024) << " MiB in " << elapsed << " ms");
    REQUIRE_FALSE(reader.error());
    REQUIRE(reader.rows().size() == 100000);
    CHECK(reader.rows().last().line == 100001);
    CHECK(fieldsOf(reader, 99999).at(2) == "朝阳区, 建国路 1 号");
    CHECK(fieldsOf(reader, 99999).at(6) == "say \"hi\"");
    // Release builds take about a tenth of this; the margin is for
    // debug and sanitizer builds on a busy CI machine.
    CHECK(elapsed < 3000);
}
