#pragma once

#include "core/media.h"
#include "core/result.h"
#include "media/decodedimage.h"
#include "media/imagelimits.h"
#include "media/preparedimage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <functional>

namespace Newsdesk {

class MediaRepository;

// Turns image bytes from outside (a file, a paste, a drop) into what the library stores:
// checks and decodes them, downscales oversized images, and leaves storing to the thread that
// owns the library connection. Every function is thread-safe and touches no database.
//
// prepare() checks, in order: the file is not empty and not larger than maxFileBytes; it is
// a JPEG, PNG, GIF or WebP image by its signature (not its name); the size in its header is
// readable and within maxPixels and maxDecodeBytes (decompression bombs are refused before
// any pixel is decoded); the file is complete (not cut off); it decodes. Then:
//   - an image within maxSide and upright is kept byte for byte;
//   - a longer one is decoded already scaled where the format allows it (JPEG, so a
//     50-megapixel photo never needs 200 MB) and re-encoded, and an image whose EXIF
//     orientation turns it is re-encoded upright: as JPEG (quality jpegQuality) when the
//     source is a JPEG or an opaque WebP, as PNG otherwise (transparency, drawings);
//   - an animated GIF is kept as it is (downscaling would drop its animation).
// Errors are Error::Kind::Invalid (or Io for unreadable files) and name the file.
//
// Usage from the UI thread (decode on the pool, store on the UI thread afterwards):
//
//     ImageLimits limits;
//     limits.maxSide = settings.mediaMaxSide();
//     MediaImporter::prepareFileAsync(path, limits)
//             .then(this, [this](const Result<PreparedImage> &prepared) {
//                 if (!prepared)
//                     return showError(prepared.error().message());
//                 Result<Media> stored = MediaImporter::store(m_library->media(),
//                 prepared.value()); if (stored)
//                     insertFigure(stored.value()); // <img src="media:ID" width… height…>
//             });
//
// or MediaImport (mediaimport.h), which does both steps and answers with signals.
class MediaImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MediaImporter)

public:
    // Given the whole image's upright size and whether it is animated, the upright size to
    // decode it at (at most the whole size).
    using TargetSize = std::function<QSize(QSize fullSize, bool animated)>;

    // The checks of prepare() (size, signature, decompression bombs for the size decoded at,
    // completeness) and the decode itself, at target's size (the whole image without one),
    // scaled while decoding where the format allows it (JPEG). Other users of image bytes from
    // a library (the export's resized variants) decode through this too: a shared database
    // may hold rows no import checked.
    static Result<DecodedImage> decode(const QByteArray &data, const QString &sourceName,
                                       const ImageLimits &limits, const TargetSize &target = {});
    // sourceName names the image in messages and becomes Media::fileName ("photo.jpg",
    // or a description such as "pasted image").
    static Result<PreparedImage> prepare(const QByteArray &data, const QString &sourceName,
                                         const ImageLimits &limits = {});
    // Reads the file at path (refusing one larger than maxFileBytes first), then prepare().
    static Result<PreparedImage> prepareFile(const QString &path, const ImageLimits &limits = {});

    // The same on a worker thread of a pool that decodes one image at a time (so dropping
    // twenty photos does not need twenty decodes' memory at once). Continue on the calling
    // thread with QFuture::then(context, …) or a QFutureWatcher.
    static QFuture<Result<PreparedImage>> prepareAsync(QByteArray data, QString sourceName,
                                                       ImageLimits limits = {});
    static QFuture<Result<PreparedImage>> prepareFileAsync(QString path, ImageLimits limits = {});

    // Adds image to repository (on the thread that owns its connection) with figure's caption,
    // credit and alt, and returns the stored row: the existing one when the same bytes are
    // already in the library.
    static Result<Media> store(MediaRepository &repository, const PreparedImage &image,
                               const Media &figure = {});
};

} // namespace Newsdesk
