#include "amountinwords.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <limits>
#include <string>

using namespace Backroom;

namespace {

// Compared as std::string: Catch prints those when a check fails.
struct Case
{
    qint64 minor;
    std::string expected;
};

} // namespace

// The examples of 《支付结算办法》 附件一 (first form where it allows two),
// the zeros it is about, and the edges of the range.
TEST_CASE("Chinese capital amounts follow the bank rules", "[amountinwords]")
{
    const Case cases[] = {
        {0, "零元整"},
        {1, "壹分"},
        {5, "伍分"},
        {35, "叁角伍分"},
        {50, "伍角整"},
        {100, "壹元整"},
        {101, "壹元零壹分"},
        {150, "壹元伍角整"},
        {1000, "壹拾元整"},
        {1005, "壹拾元零伍分"},
        {2030, "贰拾元零叁角整"},
        {10100, "壹佰零壹元整"},
        {11000, "壹佰壹拾元整"},
        {32504, "叁佰贰拾伍元零肆分"},
        {100101, "壹仟零壹元零壹分"},
        {101000, "壹仟零壹拾元整"},
        {140950, "壹仟肆佰零玖元伍角整"},
        {168032, "壹仟陆佰捌拾元零叁角贰分"},
        {600714, "陆仟零柒元壹角肆分"},
        {1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"},
        {1640902, "壹万陆仟肆佰零玖元零贰分"},
        {10000000, "壹拾万元整"},
        {10010000, "壹拾万零壹佰元整"},
        {10700053, "壹拾万柒仟元零伍角叁分"},
        {28954652, "贰拾捌万玖仟伍佰肆拾陆元伍角贰分"},
        // The 万 closes its group: no 零 for the zeros at its end...
        {100400000, "壹佰万肆仟元整"},
        // ...but one for the zeros at the start of the next group.
        {100040000, "壹佰万零肆佰元整"},
        {1000000000, "壹仟万元整"},
        {10000000001, "壹亿元零壹分"},
        {10000000050, "壹亿元零伍角整"},
        // An all-zero 万 group writes no 万, so its zeros are a 零.
        {10000100000, "壹亿零壹仟元整"},
        {100000000000, "壹拾亿元整"},
        {100000000100, "壹拾亿零壹元整"},
        {2000000000300, "贰佰亿零叁元整"},
        {100000000000000, "壹万亿元整"},
        {100001000000000, "壹万亿壹仟万元整"},
        {100010000000000, "壹万零壹亿元整"},
        {999999999999999, "玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
        {-5, "负伍分"},
        {-168032, "负壹仟陆佰捌拾元零叁角贰分"},
        {std::numeric_limits<qint64>::max(),
         "玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"},
        {std::numeric_limits<qint64>::min(),
         "负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分"},
    };
    for (const Case &c : cases) {
        INFO(c.minor);
        CHECK(AmountInWords::chineseCapital(c.minor).toStdString() == c.expected);
    }
}

TEST_CASE("English cheque amounts", "[amountinwords]")
{
    const Case cases[] = {
        {0, "Zero and 00/100 dollars"},
        {5, "Zero and 05/100 dollars"},
        {99, "Zero and 99/100 dollars"},
        {100, "One and 00/100 dollars"},
        {1000, "Ten and 00/100 dollars"},
        {1999, "Nineteen and 99/100 dollars"},
        {2100, "Twenty-one and 00/100 dollars"},
        {10100, "One hundred one and 00/100 dollars"},
        {123456, "One thousand two hundred thirty-four and 56/100 dollars"},
        {1234500, "Twelve thousand three hundred forty-five and 00/100 dollars"},
        {100000100, "One million one and 00/100 dollars"},
        {10000000001, "One hundred million and 01/100 dollars"},
        {100000000000, "One billion and 00/100 dollars"},
        {100000000000000, "One trillion and 00/100 dollars"},
        {123456789012345,
         "One trillion two hundred thirty-four billion five hundred sixty-seven million eight hundred ninety "
         "thousand one hundred twenty-three and 45/100 dollars"},
        {-5, "Minus zero and 05/100 dollars"},
        {-123456, "Minus one thousand two hundred thirty-four and 56/100 dollars"},
    };
    for (const Case &c : cases) {
        INFO(c.minor);
        CHECK(AmountInWords::english(c.minor).toStdString() == c.expected);
    }
    CHECK(AmountInWords::english(123456, QStringLiteral("euros"))
          == QStringLiteral("One thousand two hundred thirty-four and 56/100 euros"));
    // For a cheque with the currency preprinted at the end of the line.
    CHECK(AmountInWords::english(0, QString()) == QStringLiteral("Zero and 00/100"));
}

TEST_CASE("English number words", "[amountinwords]")
{
    const Case cases[] = {
        {0, "zero"},
        {7, "seven"},
        {15, "fifteen"},
        {90, "ninety"},
        {115, "one hundred fifteen"},
        {1000, "one thousand"},
        {12345, "twelve thousand three hundred forty-five"},
        {1000000, "one million"},
        {1002003, "one million two thousand three"},
        {-7, "minus seven"},
        {std::numeric_limits<qint64>::max(),
         "nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six "
         "billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred seven"},
        {std::numeric_limits<qint64>::min(),
         "minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion "
         "thirty-six billion eight hundred fifty-four million seven hundred seventy-five thousand eight hundred "
         "eight"},
    };
    for (const Case &c : cases) {
        INFO(c.minor);
        CHECK(AmountInWords::englishWords(c.minor).toStdString() == c.expected);
    }
}

TEST_CASE("The words follow the currency and the locale", "[amountinwords]")
{
    const QLocale china(QLocale::Chinese, QLocale::China);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(AmountInWords::inWords(168032, QStringLiteral("CNY"), china) == QStringLiteral("壹仟陆佰捌拾元零叁角贰分"));
    CHECK(AmountInWords::inWords(168032, QStringLiteral("cny"), QLocale(QLocale::Chinese, QLocale::Taiwan))
          == QStringLiteral("壹仟陆佰捌拾元零叁角贰分"));
    CHECK(AmountInWords::inWords(168032, QStringLiteral("CNY"), us)
          == QStringLiteral("One thousand six hundred eighty and 32/100 yuan"));
    CHECK(AmountInWords::inWords(168032, QStringLiteral("USD"), china)
          == QStringLiteral("One thousand six hundred eighty and 32/100 dollars"));
    CHECK(AmountInWords::inWords(500, QStringLiteral("EUR"), QLocale(QLocale::German)) == QStringLiteral("Five and 00/100 euros"));
    CHECK(AmountInWords::inWords(500, QStringLiteral("GBP"), us) == QStringLiteral("Five and 00/100 pounds"));
    CHECK(AmountInWords::inWords(500, QStringLiteral("SEK"), us) == QStringLiteral("Five and 00/100 SEK"));
}
