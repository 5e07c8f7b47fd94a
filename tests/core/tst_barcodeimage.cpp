#include "barcodeimage.h"

#include <catch2/catch.hpp>

#include <QImage>

// Without it zxing-cpp 1.4 hands out text as std::wstring.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

using namespace Backroom;

namespace {

// What a scanner reads from the image: zxing's reader, the image as 8-bit grey.
struct Decoded
{
    bool valid = false;
    ZXing::BarcodeFormat format = ZXing::BarcodeFormat::None;
    QString text;
};

Decoded decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view);
    return {result.isValid(), result.format(), QString::fromStdString(result.text())};
}

bool columnIsWhite(const QImage &image, int x)
{
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixelIndex(x, y) != 0)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("QR codes read back as the text they were made from", "[barcode]")
{
    const QString texts[] = {
        QStringLiteral("PO-2026-0042"),
        QStringLiteral("https://backroom.example.org/po/2026-0042?company=acme&x=1"),
        QStringLiteral("记-2026-11-0001 壹万元整"),
        QStringLiteral("Müller GmbH – Rechnung № 17, 1 234,56 €"),
        QString(500, u'7'), // digits: numeric mode
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QString error;
        const QImage image = BarcodeImage::qrCode(text, 4, &error);
        REQUIRE_FALSE(image.isNull());
        CHECK(error.isEmpty());
        CHECK(image.format() == QImage::Format_Mono);
        // Square, whole modules, a 4-module white quiet zone, then the dark
        // corner of the top-left finder pattern.
        CHECK(image.width() == image.height());
        CHECK(image.width() % 4 == 0);
        const int modules = image.width() / 4;
        CHECK((modules - 8 - 21) % 4 == 0); // versions 1..40: 21 + 4(v - 1) modules
        for (int x = 0; x < 16; ++x)
            CHECK(columnIsWhite(image, x));
        CHECK(image.pixelIndex(16, 16) == 1);
        CHECK(image.pixelIndex(19, 19) == 1);
        const Decoded decoded = decode(image);
        CHECK(decoded.valid);
        CHECK(decoded.format == ZXing::BarcodeFormat::QRCode);
        CHECK(decoded.text.toStdString() == text.toStdString());
    }
}

TEST_CASE("QR code module size", "[barcode]")
{
    const QString text = QStringLiteral("PO-2026-0042");
    const QImage one = BarcodeImage::qrCode(text, 1);
    const QImage six = BarcodeImage::qrCode(text, 6);
    REQUIRE_FALSE(one.isNull());
    CHECK(one.width() == 21 + 8); // version 1 fits 12 alphanumerics at level M
    CHECK(six.width() == 6 * one.width());
    CHECK(decode(six).text.toStdString() == text.toStdString());
    // Nonsense sizes are taken as 1.
    CHECK(BarcodeImage::qrCode(text, 0).size() == one.size());
}

TEST_CASE("QR codes refuse what they cannot hold", "[barcode]")
{
    QString error;
    CHECK(BarcodeImage::qrCode(QString(), 4, &error).isNull());
    CHECK_FALSE(error.isEmpty());

    // 2,331 bytes of arbitrary text is the most a level-M QR code holds.
    error.clear();
    CHECK(BarcodeImage::qrCode(QString(2332, u'x'), 4, &error).isNull());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(BarcodeImage::qrCode(QString(2331, u'x')).isNull());
    // Chinese is 3 bytes a character in UTF-8.
    error.clear();
    CHECK(BarcodeImage::qrCode(QString(778, u'壹'), 4, &error).isNull());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(BarcodeImage::qrCode(QString(777, u'壹')).isNull());
    // Digits go further: 5,596 at level M.
    CHECK_FALSE(BarcodeImage::qrCode(QString(5596, u'1')).isNull());
    CHECK(BarcodeImage::qrCode(QString(5597, u'1')).isNull());
}

TEST_CASE("Code 128 bar codes read back as their text", "[barcode]")
{
    const QString texts[] = {
        QStringLiteral("PO-2026-0042"),
        QStringLiteral("12345678"), // code set C
        QStringLiteral("a b~{|}"),
        QString(80, u'Z'),
    };
    for (const QString &text : texts) {
        INFO(text.toStdString());
        QString error;
        const QImage image = BarcodeImage::code128(text, 60, 2, &error);
        REQUIRE_FALSE(image.isNull());
        CHECK(error.isEmpty());
        CHECK(image.height() == 60);
        CHECK(image.width() % 2 == 0);
        // 10 white modules each side, then a bar.
        for (int x = 0; x < 20; ++x) {
            CHECK(columnIsWhite(image, x));
            CHECK(columnIsWhite(image, image.width() - 1 - x));
        }
        CHECK(image.pixelIndex(20, 0) == 1);
        CHECK(image.pixelIndex(20, 59) == 1);
        // Every bar runs the full height.
        for (int x = 0; x < image.width(); ++x)
            CHECK(image.pixelIndex(x, 0) == image.pixelIndex(x, 59));
        const Decoded decoded = decode(image);
        CHECK(decoded.valid);
        CHECK(decoded.format == ZXing::BarcodeFormat::Code128);
        CHECK(decoded.text.toStdString() == text.toStdString());
    }

    const QImage narrow = BarcodeImage::code128(QStringLiteral("PO-2026-0042"), 30, 1);
    const QImage wide = BarcodeImage::code128(QStringLiteral("PO-2026-0042"), 30, 3);
    CHECK(narrow.height() == 30);
    CHECK(wide.width() == 3 * narrow.width());
    // Symbols of 11 modules (start, data, code set changes, check), the
    // 13-module stop and 2 × 10 quiet.
    CHECK((narrow.width() - 13 - 20) % 11 == 0);
}

TEST_CASE("Code 128 refuses what it cannot hold", "[barcode]")
{
    const QString refused[] = {
        QString(),
        QStringLiteral("记-2026-0042"),
        QStringLiteral("Größe"),
        QStringLiteral("A\tB"),
        QString(81, u'Z'),
    };
    for (const QString &text : refused) {
        INFO(text.toStdString());
        QString error;
        CHECK(BarcodeImage::code128(text, 60, 2, &error).isNull());
        CHECK_FALSE(error.isEmpty());
    }
    QString error;
    BarcodeImage::code128(QStringLiteral("记-1"), 60, 2, &error);
    CHECK(error.contains(QStringLiteral("“记”")));
    BarcodeImage::code128(QStringLiteral("A\tB"), 60, 2, &error);
    CHECK(error.contains(QStringLiteral("“U+0009”")));
    BarcodeImage::code128(QStringLiteral("OK 😀"), 60, 2, &error);
    CHECK(error.contains(QStringLiteral("“😀”")));
}
