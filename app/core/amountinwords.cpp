#include "amountinwords.h"

#include <QStringList>

namespace Backroom {

namespace {

// |value| without overflow: -2^63 has no positive qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// ---------------------------------------------------------------------------
// Chinese capitals
//
// 《支付结算办法》 附件一 allows two spellings in some places; we always take
// the first one its own examples give, which is also how the amount is read
// aloud:
//
// - A digit always carries its unit, including a leading 拾: 10 → 壹拾元,
//   100000 → 壹拾万 (the 办法's own "壹拾万柒仟元"); 拾元 alone could be
//   lengthened to 伍拾元 by adding one character.
// - Zeros inside the number, one or several, are written as one 零:
//   1409 → 壹仟肆佰零玖, 6007 → 陆仟零柒.
// - A 万 or 亿 that is written closes its group: zeros at the end of a group
//   are not written, the group unit stands for them. So 107000 → 壹拾万柒仟
//   and 1004000 → 壹佰万肆仟 (the 办法 also allows 壹拾万零柒仟; its first
//   example is without the 零). Zeros at the start of a group after a written
//   group do get their 零: 1000400 → 壹佰万零肆佰, 100100 → 壹拾万零壹佰.
//   A group that is all zeros writes no unit and so closes nothing: its
//   zeros join the next 零, 100001000 → 壹亿零壹仟 (not 壹亿壹仟, which reads
//   like the start of 壹亿壹仟万).
// - 元 position zero with a non-zero 角 (1680.32): the 办法 allows 零 or not;
//   its first example writes it, 壹仟陆佰捌拾元零叁角贰分, and so do we, the
//   same as 107000.53 → 壹拾万柒仟元零伍角叁分.
// - 角 zero with a non-zero 分: 零 after 元 is required: 325.04 → 叁佰贰拾伍元零肆分.
// - No whole 元: no 元 and no 零 in front, 0.05 → 伍分, 0.35 → 叁角伍分.
// - 整 after 元 and after 角 when there is no 分 (会计基础工作规范 第五十二条
//   requires it after 角 too; the 办法 allows it there), never after 分.
// ---------------------------------------------------------------------------

const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};
const QChar kSmallUnits[] = {QChar(), u'拾', u'佰', u'仟'};

struct ChineseWriter
{
    QString out;
    bool started = false;     // a non-zero digit has been written
    bool pendingZero = false; // zeros since then that no 万/亿 has closed

    // One group of four digits (0..9999), 仟 down to the units.
    void group(unsigned value)
    {
        for (int place = 3; place >= 0; --place) {
            unsigned power = 1;
            for (int i = 0; i < place; ++i)
                power *= 10;
            const unsigned digit = value / power % 10;
            if (digit == 0) {
                if (started)
                    pendingZero = true;
                continue;
            }
            if (pendingZero)
                out += kDigits[0];
            pendingZero = false;
            out += kDigits[digit];
            if (place > 0)
                out += kSmallUnits[place];
            started = true;
        }
    }

    // Below 10^8: the 万 group and the units group.
    void belowYi(quint64 value)
    {
        const auto wan = unsigned(value / 10000);
        if (wan != 0) {
            group(wan);
            out += u'万';
            pendingZero = false;
        } else {
            group(0);
        }
        group(unsigned(value % 10000));
    }

    // Any size: above 10^8 the part in 亿 is itself written the same way, so
    // 万亿 and, beyond any real amount, 亿亿 come out naturally.
    void integer(quint64 value)
    {
        if (value >= 100000000) {
            integer(value / 100000000);
            out += u'亿';
            pendingZero = false;
            belowYi(value % 100000000);
        } else {
            belowYi(value);
        }
    }
};

// ---------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------

const char *const kOnes[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                             "seventeen", "eighteen", "nineteen"};
const char *const kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
// Short scale; quint64 reaches 18 quintillion.
const char *const kScales[] = {"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

// 1..999 → "three hundred forty-five"; no "and" (see the header).
QString belowThousand(unsigned value)
{
    QStringList words;
    if (value >= 100) {
        words << QLatin1String(kOnes[value / 100]) << QStringLiteral("hundred");
        value %= 100;
    }
    if (value >= 20) {
        QString tens = QLatin1String(kTens[value / 10]);
        if (value % 10 != 0)
            tens += u'-' + QLatin1String(kOnes[value % 10]);
        words << tens;
    } else if (value > 0) {
        words << QLatin1String(kOnes[value]);
    }
    return words.join(u' ');
}

QString unsignedWords(quint64 value)
{
    if (value == 0)
        return QLatin1String(kOnes[0]);
    QStringList groups; // thousands groups, lowest first
    for (int scale = 0; value != 0; ++scale, value /= 1000) {
        const auto group = unsigned(value % 1000);
        if (group == 0)
            continue;
        QString words = belowThousand(group);
        if (scale > 0)
            words += u' ' + QLatin1String(kScales[scale]);
        groups.prepend(words);
    }
    return groups.join(u' ');
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString englishCurrencyWord(const QString &code)
{
    static const QStringList dollars = {QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"),
                                        QStringLiteral("NZD"), QStringLiteral("HKD"), QStringLiteral("SGD"),
                                        QStringLiteral("TWD")};
    if (dollars.contains(code))
        return QStringLiteral("dollars");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("euros");
    if (code == QLatin1String("GBP"))
        return QStringLiteral("pounds");
    if (code == QLatin1String("CNY"))
        return QStringLiteral("yuan");
    // An unknown currency: its code is unambiguous, a guessed plural is not.
    return code;
}

} // namespace

QString AmountInWords::chineseCapital(qint64 fen)
{
    const quint64 amount = magnitude(fen);
    const quint64 yuan = amount / 100;
    const auto jiao = unsigned(amount / 10 % 10);
    const auto cents = unsigned(amount % 10);

    if (amount == 0)
        return QStringLiteral("零元整");
    ChineseWriter writer;
    if (fen < 0)
        writer.out += u'负';

    if (yuan != 0) {
        writer.integer(yuan);
        writer.out += u'元';
        // 元 position zero before a 角 (first form of the 办法), or 角 zero
        // before a 分 (required): one 零 after 元.
        if ((jiao != 0 && yuan % 10 == 0) || (jiao == 0 && cents != 0))
            writer.out += kDigits[0];
    }
    if (jiao != 0) {
        writer.out += kDigits[jiao];
        writer.out += u'角';
    }
    if (cents != 0) {
        writer.out += kDigits[cents];
        writer.out += u'分';
    } else {
        writer.out += u'整';
    }
    return writer.out;
}

QString AmountInWords::english(qint64 cents, const QString &currencyWord)
{
    const quint64 amount = magnitude(cents);
    QString text = unsignedWords(amount / 100);
    if (cents < 0)
        text.prepend(QStringLiteral("minus "));
    text += QStringLiteral(" and %1/100").arg(unsigned(amount % 100), 2, 10, QLatin1Char('0'));
    if (!currencyWord.isEmpty())
        text += u' ' + currencyWord;
    return capitalised(text);
}

QString AmountInWords::englishWords(qint64 whole)
{
    const QString words = unsignedWords(magnitude(whole));
    return whole < 0 ? QStringLiteral("minus ") + words : words;
}

QString AmountInWords::inWords(qint64 minor, const QString &currencyCode, const QLocale &locale)
{
    const QString code = currencyCode.toUpper();
    if (code == QLatin1String("CNY") && locale.language() == QLocale::Chinese)
        return chineseCapital(minor);
    return english(minor, englishCurrencyWord(code));
}

} // namespace Backroom
