#include "csvtablewriter.h"
#include "entity.h"
#include "tableexport.h"
#include "testsupport.h"
#include "xlsxtablewriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Backroom;
using Code = TableExport::Result::Code;
using Column = TableExport::Column;
using Kind = TableExport::Kind;

namespace {

// China Standard Time, fixed, so the expected bytes do not depend on the
// machine's zone.
const QTimeZone kBeijing(8 * 3600);

Field::Label label(const char *text)
{
    return [text] { return QString::fromUtf8(text); };
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

TableExport sampleTable()
{
    TableExport table(u("应收账款 Receivables"),
                      {Column::text(u("名称")), Column::money(QStringLiteral("Amount")),
                       Column::quantity(QStringLiteral("Qty"), 3), Column::date(QStringLiteral("Date")),
                       Column::dateTime(QStringLiteral("Time")), Column::boolean(QStringLiteral("Active")),
                       Column::integer(QStringLiteral("Count"))});
    const QDateTime moment(QDate(2024, 3, 1), QTime(2, 3, 4), Qt::UTC);
    table.addRow({u("苹果 Apple"), qint64(123450), qint64(1500), QDate(2024, 3, 1), moment, true, qint64(42)});
    table.addRow({u("Say \"hi\", ok"), qint64(-123450), qint64(-5), QVariant(), QVariant(), false, qint64(-7)});
    table.addRow({u("line1\nline2"), qint64(0), qint64(0)});
    table.addRow({u(" padded "), qint64(1)});
    table.addRow({u("=1+1"), qint64(-1200)});
    table.addRow({u("+cmd|' /C calc'!A0")});
    table.addRow({u("-2"), qint64(-2)});
    table.addRow({u("@SUM(A1:A2)")});
    table.addRow({u("\tTab")});
    table.addRow({u("\rcr")});
    // Wrong kinds are text, guarded like any text: never a number.
    table.addRow({QVariant(), QStringLiteral("-5"), 2.5});
    return table;
}

const char kExpectedCsv[] =
    "\xEF\xBB\xBF"
    "名称,Amount,Qty,Date,Time,Active,Count\r\n"
    "苹果 Apple,1234.50,1.500,2024-03-01,2024-03-01 10:03:04,TRUE,42\r\n"
    "\"Say \"\"hi\"\", ok\",-1234.50,-0.005,,,FALSE,-7\r\n"
    "\"line1\nline2\",0.00,0.000,,,,\r\n"
    "\" padded \",0.01,,,,,\r\n"
    "'=1+1,-12.00,,,,,\r\n"
    "'+cmd|' /C calc'!A0,,,,,,\r\n"
    "'-2,-0.02,,,,,\r\n"
    "'@SUM(A1:A2),,,,,,\r\n"
    "'\tTab,,,,,,\r\n"
    "\"'\rcr\",,,,,,\r\n"
    ",'-5,2.5,,,,\r\n";

QByteArray unzip(const QString &archive, const QString &member)
{
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty());
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

struct Cell
{
    QString type;   // the t attribute; empty for numbers
    int style = 0;  // the s attribute
    QString value;  // <v>
    bool formula = false;
};

// The cells of sheet1.xml by reference ("B2").
QHash<QString, Cell> cells(const QByteArray &sheetXml)
{
    QHash<QString, Cell> result;
    static const QRegularExpression cellPattern(QStringLiteral("<c ([^>]*?)(/>|>(.*?)</c>)"));
    static const QRegularExpression attributePattern(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    static const QRegularExpression valuePattern(QStringLiteral("<v>([^<]*)</v>"));
    auto it = cellPattern.globalMatch(QString::fromUtf8(sheetXml));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        Cell cell;
        QString reference;
        auto attributes = attributePattern.globalMatch(match.captured(1));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch attribute = attributes.next();
            if (attribute.captured(1) == QLatin1String("r"))
                reference = attribute.captured(2);
            else if (attribute.captured(1) == QLatin1String("t"))
                cell.type = attribute.captured(2);
            else if (attribute.captured(1) == QLatin1String("s"))
                cell.style = attribute.captured(2).toInt();
        }
        const QString inner = match.captured(3);
        cell.value = valuePattern.match(inner).captured(1);
        cell.formula = inner.contains(QLatin1String("<f"));
        result.insert(reference, cell);
    }
    return result;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    static const QRegularExpression pattern(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>"));
    auto it = pattern.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext()) {
        QString text = it.next().captured(1);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        strings.append(text);
    }
    return strings;
}

// The style index (cellXfs position) of each custom number format, by its code.
QHash<QString, QList<int>> stylesByFormat(const QByteArray &stylesXml)
{
    const QString xml = QString::fromUtf8(stylesXml);
    QHash<QString, QString> formatIds; // numFmtId → code
    static const QRegularExpression numFmt(QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\""));
    auto fmts = numFmt.globalMatch(xml);
    while (fmts.hasNext()) {
        const QRegularExpressionMatch match = fmts.next();
        formatIds.insert(match.captured(1), match.captured(2));
    }
    QHash<QString, QList<int>> result;
    const qsizetype start = xml.indexOf(QLatin1String("<cellXfs"));
    const qsizetype end = xml.indexOf(QLatin1String("</cellXfs>"));
    static const QRegularExpression xf(QStringLiteral("<xf numFmtId=\"(\\d+)\""));
    auto xfs = xf.globalMatch(xml.mid(start, end - start));
    int index = 0;
    while (xfs.hasNext()) {
        const QString id = xfs.next().captured(1);
        result[formatIds.value(id, QStringLiteral("builtin:") + id)].append(index++);
    }
    return result;
}

double excelSerial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

} // namespace

TEST_CASE("table export: exact decimals and formula detection", "[export][backends]")
{
    CHECK(TableExport::decimalText(-123450, 2) == QStringLiteral("-1234.50"));
    CHECK(TableExport::decimalText(0, 2) == QStringLiteral("0.00"));
    CHECK(TableExport::decimalText(1, 2) == QStringLiteral("0.01"));
    CHECK(TableExport::decimalText(-1, 2) == QStringLiteral("-0.01"));
    CHECK(TableExport::decimalText(5, 3) == QStringLiteral("0.005"));
    CHECK(TableExport::decimalText(12345, 0) == QStringLiteral("12345"));
    CHECK(TableExport::decimalText(-500, 0) == QStringLiteral("-500"));
    CHECK(TableExport::decimalText(std::numeric_limits<qint64>::min(), 2)
          == QStringLiteral("-92233720368547758.08"));
    CHECK(TableExport::decimalText(std::numeric_limits<qint64>::max(), 4)
          == QStringLiteral("922337203685477.5807"));

    for (const char *text : {"=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"})
        CHECK(TableExport::looksLikeFormula(u(text)));
    for (const char *text : {"", "1+1", "a=b", " =1", "'=1", "中文"})
        CHECK_FALSE(TableExport::looksLikeFormula(u(text)));
}

TEST_CASE("table export: columns from an entity", "[export][backends]")
{
    Entity entity(QStringLiteral("test.item"), label("Item"));
    entity.add(Field::text(QStringLiteral("name"), label("名称")))
        .add(Field::longText(QStringLiteral("notes"), label("Notes")))
        .add(Field::integer(QStringLiteral("count"), label("Count")))
        .add(Field::money(QStringLiteral("price"), label("Price")))
        .add(Field::quantity(QStringLiteral("weight"), label("Weight"), 3))
        .add(Field::date(QStringLiteral("since"), label("Since")))
        .add(Field::dateTime(QStringLiteral("seen"), label("Seen")))
        .add(Field::boolean(QStringLiteral("active"), label("Active")))
        .add(Field::choice(QStringLiteral("rating"), label("Rating"), {{QStringLiteral("a"), label("Good")}}))
        .add(Field::reference(QStringLiteral("partner"), label("Partner"), QStringLiteral("test.partner")))
        .add(Field::childLines(QStringLiteral("lines"), label("Lines"), QStringLiteral("test.line"),
                               QStringLiteral("item_id")));

    const QList<Column> all = TableExport::columnsFor(entity);
    REQUIRE(all.size() == 10); // child lines left out
    const QList<Kind> kinds {Kind::Text, Kind::Text, Kind::Integer, Kind::Money, Kind::Quantity,
                             Kind::Date, Kind::DateTime, Kind::Boolean, Kind::Text, Kind::Text};
    for (int i = 0; i < all.size(); ++i)
        CHECK(all.at(i).kind == kinds.at(i));
    CHECK(all.at(0).title == u("名称"));
    CHECK(all.at(0).name == QStringLiteral("name"));
    CHECK(all.at(3).decimals == 2);
    CHECK(all.at(4).decimals == 3);

    const QList<Column> chosen = TableExport::columnsFor(
        entity, {QStringLiteral("price"), QStringLiteral("name"), QStringLiteral("nope"), QStringLiteral("lines")});
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.at(0).name == QStringLiteral("price"));
    CHECK(chosen.at(1).name == QStringLiteral("name"));
}

TEST_CASE("table export: CSV bytes", "[export][backends]")
{
    CsvTableWriter writer;
    writer.setTimeZone(kBeijing);
    const QByteArray bytes = writer.toByteArray(sampleTable());
    CHECK(bytes == QByteArray(kExpectedCsv));

    SECTION("plain UTF-8 has no BOM")
    {
        writer.setEncoding(CsvTableWriter::Encoding::Utf8);
        CHECK(writer.toByteArray(sampleTable()) == QByteArray(kExpectedCsv).mid(3));
    }

    SECTION("GB18030 round-trips")
    {
        writer.setEncoding(CsvTableWriter::Encoding::Gb18030);
        const QByteArray gb = writer.toByteArray(sampleTable());
        CHECK(gb.startsWith(QByteArray("\xC3\xFB\xB3\xC6,Amount"))); // 名称
        QStringDecoder decoder("GB18030");
        REQUIRE(decoder.isValid());
        const QString decoded = decoder(gb);
        CHECK_FALSE(decoder.hasError());
        CHECK(decoded == QString::fromUtf8(QByteArray(kExpectedCsv).mid(3)));
    }

    SECTION("a device")
    {
        QByteArray out;
        QBuffer buffer(&out);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        const TableExport::Result result = writer.write(sampleTable(), &buffer);
        CHECK(result.ok());
        CHECK(result.rowsWritten == 11);
        CHECK(out == QByteArray(kExpectedCsv));

        QBuffer closed;
        const TableExport::Result refused = writer.write(sampleTable(), &closed);
        CHECK(refused.code == Code::FileError);
        CHECK_FALSE(refused.errorString.isEmpty());
    }
}

TEST_CASE("table export: CSV files are replaced whole or not at all", "[export][backends]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(u("应收账款.csv"));
    CsvTableWriter writer;
    writer.setTimeZone(kBeijing);

    SECTION("success leaves only the target, replacing an older file")
    {
        {
            QFile old(target);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        const TableExport::Result result = writer.write(sampleTable(), target);
        REQUIRE(result.ok());
        CHECK(result.errorString.isEmpty());
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray(kExpectedCsv));
        CHECK(BackroomTests::folderEntries(dir.path()) == QStringList {u("应收账款.csv")});
    }

    SECTION("a missing folder fails with a sentence and leaves nothing")
    {
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const TableExport::Result result = writer.write(sampleTable(), missing);
        CHECK(result.code == Code::FileError);
        CHECK(result.errorString.contains(QDir::toNativeSeparators(missing)));
        CHECK(QDir(dir.path()).isEmpty());
    }

    SECTION("cancellation mid-way leaves the old file untouched and no temporary file")
    {
        {
            QFile old(target);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        TableExport big(QStringLiteral("Big"), {Column::integer(QStringLiteral("n"))});
        for (qint64 i = 0; i < 1000; ++i)
            big.addRow({i});
        int asked = 0;
        writer.setCancelCheck([&] { return ++asked == 3; }, 100);
        const TableExport::Result result = writer.write(big, target);
        CHECK(result.code == Code::Canceled);
        CHECK(result.rowsWritten == 200);
        CHECK(asked == 3);
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("old"));
        CHECK(BackroomTests::folderEntries(dir.path()) == QStringList {u("应收账款.csv")});
    }
}

TEST_CASE("table export: sheet names and widths", "[export][backends]")
{
    CHECK(XlsxTableWriter::sheetName(u("Orders [2024/05]: *?")) == u("Orders _2024_05__ __"));
    CHECK(XlsxTableWriter::sheetName(u("'quoted'")) == u("quoted"));
    CHECK(XlsxTableWriter::sheetName(u("history")) == u("history_"));
    CHECK(XlsxTableWriter::sheetName(u("  ")) == u("Sheet1"));
    CHECK(XlsxTableWriter::sheetName(QString()) == u("Sheet1"));
    const QString longName = QString(40, QChar(0x4E2D)); // 中 × 40
    CHECK(XlsxTableWriter::sheetName(longName) == QString(31, QChar(0x4E2D)));
    // A surrogate pair straddling the limit is dropped whole.
    const QString emoji = QString(30, QLatin1Char('a')) + u("😀");
    CHECK(XlsxTableWriter::sheetName(emoji) == QString(30, QLatin1Char('a')));

    CHECK(XlsxTableWriter::displayWidth(u("中文ab")) == 6);
    CHECK(XlsxTableWriter::displayWidth(u("ab\n中文中文")) == 8);
}

TEST_CASE("table export: XLSX cells are typed", "[export][backends]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    XlsxTableWriter writer;
    writer.setTimeZone(kBeijing);
    const TableExport::Result result = writer.write(sampleTable(), target);
    REQUIRE(result.ok());
    CHECK(result.rowsWritten == 11);
    // The temporary file is gone.
    CHECK(BackroomTests::folderEntries(dir.path()) == QStringList {QStringLiteral("out.xlsx")});

    const QByteArray sheetXml = unzip(target, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QHash<QString, Cell> sheet = cells(sheetXml);
    const QStringList strings = sharedStrings(unzip(target, QStringLiteral("xl/sharedStrings.xml")));
    const QHash<QString, QList<int>> styles = stylesByFormat(unzip(target, QStringLiteral("xl/styles.xml")));
    const QByteArray workbookXml = unzip(target, QStringLiteral("xl/workbook.xml"));

    CHECK(workbookXml.contains(u("<sheet name=\"应收账款 Receivables\"").toUtf8()));
    CHECK_FALSE(sheetXml.contains("<f>"));
    CHECK_FALSE(sheetXml.contains("<f "));
    CHECK(sheetXml.contains("state=\"frozen\""));
    CHECK(sheetXml.contains("ySplit=\"1\""));
    CHECK(sheetXml.contains("<autoFilter ref=\"A1:G12\"/>"));

    auto text = [&](const QString &ref) {
        const Cell cell = sheet.value(ref);
        REQUIRE(cell.type == QStringLiteral("s"));
        REQUIRE_FALSE(cell.formula);
        return strings.value(cell.value.toInt());
    };
    auto number = [&](const QString &ref) {
        const Cell cell = sheet.value(ref);
        REQUIRE((cell.type.isEmpty() || cell.type == QStringLiteral("n")));
        REQUIRE_FALSE(cell.value.isEmpty());
        return cell.value.toDouble();
    };
    auto hasFormat = [&](const QString &ref, const char *code) {
        return styles.value(QString::fromLatin1(code)).contains(sheet.value(ref).style);
    };

    // Header and text, never formulas, no apostrophe.
    CHECK(text(QStringLiteral("A1")) == u("名称"));
    CHECK(text(QStringLiteral("A2")) == u("苹果 Apple"));
    CHECK(text(QStringLiteral("A3")) == u("Say \"hi\", ok"));
    CHECK(text(QStringLiteral("A6")) == u("=1+1"));
    CHECK(text(QStringLiteral("A7")) == u("+cmd|' /C calc'!A0"));
    CHECK(text(QStringLiteral("A8")) == u("-2"));
    CHECK(text(QStringLiteral("A9")) == u("@SUM(A1:A2)"));

    // Money as numbers with the currency's decimals.
    CHECK(number(QStringLiteral("B2")) == 1234.5);
    CHECK(number(QStringLiteral("B3")) == -1234.5);
    CHECK(number(QStringLiteral("B4")) == 0.0);
    CHECK(number(QStringLiteral("B5")) == 0.01);
    CHECK(number(QStringLiteral("B6")) == -12.0);
    CHECK(hasFormat(QStringLiteral("B2"), "#,##0.00"));
    // Quantities with their scale, integers plain.
    CHECK(number(QStringLiteral("C2")) == 1.5);
    CHECK(number(QStringLiteral("C3")) == -0.005);
    CHECK(hasFormat(QStringLiteral("C2"), "#,##0.000"));
    CHECK(number(QStringLiteral("G2")) == 42.0);
    CHECK(number(QStringLiteral("G3")) == -7.0);
    CHECK(hasFormat(QStringLiteral("G2"), "0"));

    // Dates as serial numbers with a date format; date-times in the zone.
    CHECK(number(QStringLiteral("D2")) == excelSerial(QDate(2024, 3, 1)));
    CHECK(hasFormat(QStringLiteral("D2"), "yyyy-mm-dd"));
    CHECK(number(QStringLiteral("E2"))
          == Approx(excelSerial(QDate(2024, 3, 1)) + (10 * 3600 + 3 * 60 + 4) / 86400.0).epsilon(1e-12));
    CHECK(hasFormat(QStringLiteral("E2"), "yyyy-mm-dd hh:mm:ss"));

    // Booleans as booleans.
    CHECK(sheet.value(QStringLiteral("F2")).type == QStringLiteral("b"));
    CHECK(sheet.value(QStringLiteral("F2")).value == QStringLiteral("1"));
    CHECK(sheet.value(QStringLiteral("F3")).value == QStringLiteral("0"));

    // Empty values are no cells; wrong kinds are text, not numbers.
    CHECK_FALSE(sheet.contains(QStringLiteral("D3")));
    CHECK(text(QStringLiteral("B12")) == u("-5"));
    CHECK(text(QStringLiteral("C12")) == u("2.5"));
}

TEST_CASE("table export: XLSX limits and large numbers", "[export][backends]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    XlsxTableWriter writer;

    SECTION("beyond 15 digits a number is exact text")
    {
        const QString target = dir.filePath(QStringLiteral("big.xlsx"));
        TableExport table(QStringLiteral("Big"), {Column::money(QStringLiteral("Amount")),
                                                  Column::integer(QStringLiteral("Id"))});
        table.addRow({qint64(999'999'999'999'999), std::numeric_limits<qint64>::max()});
        REQUIRE(writer.write(table, target).ok());
        const QHash<QString, Cell> sheet = cells(unzip(target, QStringLiteral("xl/worksheets/sheet1.xml")));
        const QStringList strings = sharedStrings(unzip(target, QStringLiteral("xl/sharedStrings.xml")));
        CHECK(sheet.value(QStringLiteral("A2")).type.isEmpty());
        CHECK(sheet.value(QStringLiteral("A2")).value.toDouble() == 9999999999999.99);
        CHECK(sheet.value(QStringLiteral("B2")).type == QStringLiteral("s"));
        CHECK(strings.value(sheet.value(QStringLiteral("B2")).value.toInt()) == QStringLiteral("9223372036854775807"));
    }

    SECTION("text longer than a cell holds is refused and leaves nothing")
    {
        TableExport table(QStringLiteral("Long"), {Column::text(QStringLiteral("Notes"))});
        table.addRow({QString(40000, QLatin1Char('x'))});
        const TableExport::Result result = writer.write(table, dir.filePath(QStringLiteral("long.xlsx")));
        CHECK(result.code == Code::LimitExceeded);
        CHECK(result.errorString.contains(QStringLiteral("Notes")));
        CHECK(BackroomTests::folderEntries(dir.path()).isEmpty());
    }
}

TEST_CASE("table export: XLSX files are replaced whole or not at all", "[export][backends]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out.xlsx"));
    XlsxTableWriter writer;

    SECTION("a missing folder fails with a sentence and leaves nothing")
    {
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.xlsx"));
        const TableExport::Result result = writer.write(sampleTable(), missing);
        CHECK(result.code == Code::FileError);
        CHECK(result.errorString.contains(QDir::toNativeSeparators(missing)));
        CHECK(QDir(dir.path()).isEmpty());
    }

    SECTION("a folder as the target is refused before any work")
    {
        const TableExport::Result result = writer.write(sampleTable(), dir.path());
        CHECK(result.code == Code::FileError);
        CHECK_FALSE(result.errorString.isEmpty());
        CHECK(QDir(dir.path()).isEmpty());
    }

    SECTION("an older file is replaced")
    {
        {
            QFile old(target);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        REQUIRE(writer.write(sampleTable(), target).ok());
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(2) == QByteArray("PK"));
        CHECK(BackroomTests::folderEntries(dir.path()) == QStringList {QStringLiteral("out.xlsx")});
    }

    SECTION("cancellation mid-way leaves the old file untouched and no temporary file")
    {
        {
            QFile old(target);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        TableExport big(QStringLiteral("Big"), {Column::integer(QStringLiteral("n")), Column::text(QStringLiteral("t"))});
        for (qint64 i = 0; i < 1000; ++i)
            big.addRow({i, QString::number(i)});
        int asked = 0;
        writer.setCancelCheck([&] { return ++asked == 3; }, 100);
        const TableExport::Result result = writer.write(big, target);
        CHECK(result.code == Code::Canceled);
        CHECK(result.rowsWritten == 200);
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray("old"));
        CHECK(BackroomTests::folderEntries(dir.path()) == QStringList {QStringLiteral("out.xlsx")});
    }
}
