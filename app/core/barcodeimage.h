#pragma once

#include "coreglobal.h"

#include <QImage>
#include <QString>

namespace Backroom {

// Barcodes for printed documents, as 1-bit images (Format_Mono, index 0
// white, 1 black) at a whole number of pixels per module, so that they stay
// sharp when a PDF or a printer scales them by a whole factor. The quiet zone
// is part of the image: a caller cannot forget it or crop into it.
//
// On refusal both return a null QImage and, if `error` is given, a
// translated sentence for the user.
class BACKROOM_CORE_EXPORT BarcodeImage
{
public:
    // A QR code of `text` as UTF-8 bytes (no ECI header: phone scanners and
    // zxing take UTF-8 for granted, while some older readers reject an ECI),
    // error correction level M (15 %: survives a smudge or a staple hole
    // without making the code much denser), with the standard quiet zone of
    // 4 modules. Refuses empty text and text over the capacity of version 40
    // (2,331 bytes of arbitrary text at level M; more if it is only digits).
    static QImage qrCode(const QString &text, int moduleSize = 4, QString *error = nullptr);

    // A Code 128 bar code of `text`, `height` pixels high and `moduleWidth`
    // pixels per narrowest bar, with the standard quiet zone of 10 modules on
    // each side. Refuses empty text, text over 80 characters (no scanner
    // reads a bar code that wide from paper reliably) and characters outside
    // printable ASCII (Code 128 has no other characters, and control
    // characters cannot be seen on the printed label).
    static QImage code128(const QString &text, int height = 60, int moduleWidth = 2, QString *error = nullptr);

    static constexpr int MaxCode128Length = 80;
};

} // namespace Backroom
