#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace Newsdesk {

// An image checked and decoded by MediaImporter::decode: upright (its EXIF orientation
// applied), at the size the caller asked for.
struct DecodedImage
{
    QImage image;
    QByteArray format; // "jpeg", "png", "gif" or "webp" (Qt's format names)
    QSize fullSize; // of the whole image, upright
    bool turned = false; // its EXIF orientation turned or mirrored it
    bool animated = false; // a GIF or WebP with more than one frame (only the first decoded)
};

} // namespace Newsdesk
