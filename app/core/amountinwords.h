#pragma once

#include "coreglobal.h"

#include <QLocale>
#include <QString>

namespace Backroom {

// An amount written out in words, for the line of a cheque, a receipt or a
// voucher that guards the figures against alteration. The results are data
// printed on a document in a fixed form, not UI text: they are never passed
// through tr(). Amounts are integer minor units (分, cents) with 2 decimals.
class BACKROOM_CORE_EXPORT AmountInWords
{
public:
    // The RMB amount in Chinese capitals (大写金额) as 《支付结算办法》 附件一
    // and 《会计基础工作规范》 第五十二条 require:
    //   168032 → "壹仟陆佰捌拾元零叁角贰分", 1000 → "壹拾元整", 50 → "伍角整",
    //   0 → "零元整", -5 → "负伍分".
    // Without the "人民币" prefix: the form or template prints it, immediately
    // before the words. The zero rules are in the .cpp. Every qint64 is
    // accepted; beyond 万亿 the 亿 nests (壹亿亿 = 10^16 元).
    static QString chineseCapital(qint64 fen);

    // The US cheque line: the whole units in words, capitalised, "and" the
    // cents as a fraction over 100, then the currency word:
    //   123456 → "One thousand two hundred thirty-four and 56/100 dollars",
    //   0 → "Zero and 00/100 dollars", -5 → "Minus zero and 05/100 dollars".
    // "and" only ever separates the fraction, as cheque writers are taught, so
    // the whole number itself has no "and" ("one hundred one"). The cents are
    // always a fraction, never a word, so no word for the minor unit is needed;
    // an empty currencyWord leaves the line ending at "/100" (for a cheque
    // with "DOLLARS" preprinted at the end of the line).
    static QString english(qint64 cents, const QString &currencyWord = QStringLiteral("dollars"));

    // Just the number in words, lower case, short scale (billion = 10^9):
    //   12345 → "twelve thousand three hundred forty-five", -7 → "minus seven".
    static QString englishWords(qint64 whole);

    // The form the document needs: Chinese capitals for CNY when the locale's
    // language is Chinese, the English cheque line otherwise (with a plural
    // currency word for the common codes, else the code itself: "… and 56/100
    // CHF"). currencyCode is ISO 4217, case-insensitive.
    static QString inWords(qint64 minor, const QString &currencyCode, const QLocale &locale = QLocale());
};

} // namespace Backroom
