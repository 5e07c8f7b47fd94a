#include "barcodeimage.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <exception>
#include <memory>

#include <qrencode.h>

// Without it zxing-cpp 1.4 hands out text as std::wstring.
#define ZX_USE_UTF8
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace Backroom {

namespace {

constexpr int kQrQuietZone = 4;       // modules, ISO/IEC 18004
constexpr int kCode128QuietZone = 10; // modules, ISO/IEC 15417

QImage refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

// A 1-bit image whose pixel x of every row is black when dark(x / moduleWidth,
// y / moduleHeight): each module row is drawn once and copied to the rest
// of its pixel rows.
template<typename Dark>
QImage render(int modulesWide, int modulesHigh, int moduleWidth, int moduleHeight, Dark dark)
{
    QImage image(modulesWide * moduleWidth, modulesHigh * moduleHeight, QImage::Format_Mono);
    if (image.isNull())
        return image; // out of memory
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int row = 0; row < modulesHigh; ++row) {
        uchar *first = image.scanLine(row * moduleHeight);
        for (int column = 0; column < modulesWide; ++column) {
            if (!dark(column, row))
                continue;
            for (int x = column * moduleWidth; x < (column + 1) * moduleWidth; ++x)
                first[x >> 3] |= uchar(0x80 >> (x & 7)); // Format_Mono: MSB first
        }
        for (int y = 1; y < moduleHeight; ++y)
            std::memcpy(image.scanLine(row * moduleHeight + y), first, size_t(image.bytesPerLine()));
    }
    return image;
}

} // namespace

QImage BarcodeImage::qrCode(const QString &text, int moduleSize, QString *error)
{
    if (text.isEmpty())
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "There is no text for the QR code."));
    moduleSize = qMax(1, moduleSize);
    const QByteArray utf8 = text.toUtf8();

    // encodeString picks numeric and alphanumeric segments where they are
    // shorter (QR_MODE_8 only means "8-bit for the rest, never Kanji") but
    // stops at a NUL; encodeData takes every byte as 8-bit.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        utf8.contains('\0') ? QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()),
                                                0, QR_ECLEVEL_M)
                            : QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
        &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return refuse(error,
                          QCoreApplication::translate("Backroom::BarcodeImage", "The text is too long for a QR code."));
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "The QR code could not be generated."));
    }

    const int width = code->width;
    const int modules = width + 2 * kQrQuietZone;
    QImage image = render(modules, modules, moduleSize, moduleSize, [&](int x, int y) {
        x -= kQrQuietZone;
        y -= kQrQuietZone;
        // Bit 0 of each byte is the module's colour; the rest is libqrencode's
        // bookkeeping.
        return x >= 0 && y >= 0 && x < width && y < width && (code->data[y * width + x] & 1);
    });
    if (image.isNull())
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "The QR code could not be generated."));
    return image;
}

QImage BarcodeImage::code128(const QString &text, int height, int moduleWidth, QString *error)
{
    if (text.isEmpty())
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "There is no text for the barcode."));
    if (text.size() > MaxCode128Length)
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage",
                                                         "The text is too long for a barcode: at most %1 characters.")
                                 .arg(MaxCode128Length));
    for (const char32_t c : text.toUcs4()) {
        if (c >= 0x20 && c <= 0x7e)
            continue;
        // A control character would show as nothing: name it by its code.
        const QString shown = QChar::isPrint(c) ? QString::fromUcs4(&c, 1)
                                                : QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage",
                                                         "A Code 128 barcode can only hold ASCII letters, digits, "
                                                         "spaces and punctuation, not “%1”.")
                                 .arg(shown));
    }
    height = qMax(1, height);
    moduleWidth = qMax(1, moduleWidth);

    // Width 0 and height 1: one pixel per module, one row; scaled here to
    // whole pixels per module rather than by zxing to a total width. The
    // margin is zxing's total for both sides.
    ZXing::BitMatrix bars;
    try {
        bars = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128)
                   .setMargin(2 * kCode128QuietZone)
                   .encode(text.toStdString(), 0, 1);
    } catch (const std::exception &) {
        // Not expected after the checks above; never let it cross the library.
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "The barcode could not be generated."));
    }
    QImage image = render(bars.width(), 1, moduleWidth, height, [&](int x, int) { return bars.get(x, 0); });
    if (image.isNull())
        return refuse(error, QCoreApplication::translate("Backroom::BarcodeImage", "The barcode could not be generated."));
    return image;
}

} // namespace Backroom
