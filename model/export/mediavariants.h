#pragma once

#include "core/media.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk {

// Smaller copies of a photo for the site bundle, offered to browsers through srcset so that a
// phone does not load a 2560 px photo for a 390 px screen. A variant lives beside its original,
// named by the original's content hash and its width:
//
//     media/ab/ab12…ef.jpg          the original (SitePaths::media)
//     media/ab/ab12…ef-480w.jpg     480 px wide, the same aspect ratio
//     media/ab/ab12…ef-960w.jpg
//
// The export writes them and the preview serves them (produced on demand), from the same
// functions, so both show the same bytes. Rendering is deterministic: the same original gives
// byte-identical variants (no metadata, no timestamps, a fixed resolution of 96 dpi).
namespace MediaVariants {

// The widths offered: those of VariantWidths smaller than the image (none for an image of
// 480 px or less). GIFs have none (they may be animated, and Qt writes no GIF), nor has SVG
// or anything that is not a JPEG, PNG or WebP photo. Pure.
inline constexpr int VariantWidths[] = {480, 960, 1440};
QList<int> widths(const Media &media);

// Bundle path of a variant: media/<2 hex>/<sha256>-<width>w.<ext>. The extension is that of
// the format render() writes (extension()). Pure.
QString path(const Media &media, int width);
// "jpg", "png" or "webp": the format variants of media are written in. JPEG as JPEG (quality
// JpegQuality), PNG as PNG, WebP as WebP when this system's Qt can write WebP, else as PNG.
QString extension(const Media &media);
inline constexpr int JpegQuality = 82;
inline constexpr int WebpQuality = 82;

// The variant of the given width (one of widths(media)) from the original's bytes: decoded
// with MediaImporter's checks (decompression bombs, cut-off files), scaled with smooth
// transformation keeping the aspect ratio. Errors name the media (id and file name) and the
// reason. Thread-safe; touches no database.
Result<QByteArray> render(const Media &media, const QByteArray &original, int width);
// Every variant of widths(media), in that order, from one decode of the original (at the
// largest width, which for a JPEG decodes scaled and so faster). render() produces each of
// them from the same decode, so both give the same bytes.
Result<QList<QByteArray>> renderAll(const Media &media, const QByteArray &original);

// The width a variant path asks for ("…/ab12…ef-480w.jpg" → 480, with the hash in sha256),
// or 0 when the path names no variant.
int widthOf(const QString &path, QString *sha256 = nullptr);

} // namespace MediaVariants

} // namespace Newsdesk
