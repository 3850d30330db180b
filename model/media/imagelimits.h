#pragma once

#include <QtGlobal>

namespace Newsdesk {

// What an image import accepts and how it reduces what it keeps. The defaults suit a news
// site: photos up to 2560 px on their longest side (Settings::mediaMaxSide), cameras up to
// about 200 megapixels, and no single decode allowed more than 256 MiB.
struct ImageLimits
{
    // Longer images are downscaled to this longest side; 0 keeps every size.
    int maxSide = 2560;
    // A header claiming more pixels than this is refused before anything is decoded: a small
    // file that claims 60000 × 60000 pixels is a decompression bomb, not a photo.
    qint64 maxPixels = 200'000'000;
    // The memory one decode may take: the decoded image at 4 bytes a pixel, plus, for a
    // progressive JPEG, libjpeg's coefficients of the whole image (about 3 bytes a pixel).
    // JPEG scales while decoding, so a 50-megapixel baseline photo needs a few tens of MiB and
    // a progressive one about 220 MiB. Other formats decode whole, and the decoded image also
    // has to fit Qt's QImageReader::allocationLimit() (128 MiB unless the application changes
    // it: a PNG of up to 33 megapixels).
    qint64 maxDecodeBytes = qint64(256) * 1024 * 1024;
    // Files larger than this are refused before they are read.
    qint64 maxFileBytes = qint64(200) * 1024 * 1024;
    // Quality (0–100) of re-encoded JPEG images.
    int jpegQuality = 88;
};

} // namespace Newsdesk
