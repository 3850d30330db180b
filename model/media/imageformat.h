#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Newsdesk {

// The image formats an import accepts (JPEG, PNG, GIF, WebP), recognised by their signature
// rather than a file name, and a structural check that a file is complete: decoders fill a
// cut-off JPEG with grey and report success, so truncation is found from the file's structure.
class ImageFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImageFormat)

public:
    // "jpeg", "png", "gif" or "webp" (Qt's format names), or empty for anything else.
    static QByteArray sniff(const QByteArray &data);
    // image/jpeg … for a format sniff() returns.
    static QString mimeType(const QByteArray &format);
    // "JPEG", "PNG", "GIF", "WebP": the format as people name it.
    static QString displayName(const QByteArray &format);
    // Empty when data (of a format sniff() returned) holds the whole image; otherwise what is
    // missing, translated ("the end-of-image marker is missing").
    static QString incompleteness(const QByteArray &data, const QByteArray &format);
    // The memory libjpeg keeps for a progressive JPEG's DCT coefficients while decoding it: the
    // whole image at full resolution (128 bytes an 8 × 8 block of each component), even when
    // it decodes scaled. 0 for a baseline JPEG, which is decoded a row of blocks at a time.
    static qint64 jpegCoefficientBytes(const QByteArray &jpeg);
};

} // namespace Newsdesk
