#include "mediavariants.h"

#include "media/mediaimporter.h"
#include "render/sitepaths.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageWriter>
#include <QRegularExpression>
#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk::MediaVariants {

namespace {

// 96 dpi: what JPEG's JFIF header and PNG's pHYs chunk say. Fixed, because a QImage's default
// depends on the screen, which would make the preview's bytes differ from the export's.
constexpr int DotsPerMeter = 3780;

QString nameOf(const Media &media)
{
    return media.fileName.isEmpty() ? media.sha256 : media.fileName;
}

bool canWriteWebp()
{
    static const bool can = QImageWriter::supportedImageFormats().contains("webp");
    return can;
}

// Qt's name of the format variants are written in.
QByteArray writerFormat(const Media &media)
{
    if (media.mimeType == u"image/jpeg"_s)
        return "jpeg";
    if (media.mimeType == u"image/webp"_s && canWriteWebp())
        return "webp";
    return "png";
}

QSize sizeAt(QSize full, int width)
{
    return {width, std::max(1, qRound(double(full.height()) * width / full.width()))};
}

// image at width, as bytes of format, without what the decode carried along (text chunks,
// JPEG comments: Qt writes an image's text() into the file) but with its colour space.
Result<QByteArray> encode(const Media &media, const QImage &decoded, int width,
                          const QByteArray &format)
{
    const QSize size = sizeAt(decoded.size(), width);
    QImage scaled = size == decoded.size()
            ? decoded
            : decoded.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (format == "jpeg")
        scaled = std::move(scaled).convertToFormat(QImage::Format_RGB32);
    // A view of the pixels without the decoded image's metadata; its own resolution fixed.
    QImage bare(scaled.constBits(), scaled.width(), scaled.height(), scaled.bytesPerLine(),
                scaled.format());
    bare.setColorTable(scaled.colorTable());
    bare.setColorSpace(scaled.colorSpace());
    bare.setDotsPerMeterX(DotsPerMeter);
    bare.setDotsPerMeterY(DotsPerMeter);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(JpegQuality);
        writer.setOptimizedWrite(true);
    } else if (format == "webp") {
        writer.setQuality(WebpQuality);
    }
    if (!writer.write(bare)) {
        return Error(Error::Kind::Failed,
                     QCoreApplication::translate("Newsdesk::MediaVariants",
                                                 "Media %1 (%2): its %3 px variant could not "
                                                 "be written (%4).")
                             .arg(QString::number(media.id), nameOf(media), QString::number(width),
                                  writer.errorString()));
    }
    return bytes;
}

// The original decoded once at the largest variant's width (every variant is scaled from
// this one image, whichever of them is asked for).
Result<QImage> decodeForVariants(const Media &media, const QByteArray &original,
                                 const QList<int> &offered)
{
    if (offered.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("Newsdesk::MediaVariants",
                                                 "Media %1 (%2) has no resized variants: it is "
                                                 "%3 px wide (%4).")
                             .arg(QString::number(media.id), nameOf(media),
                                  QString::number(media.width), media.mimeType));
    }
    const int largest = *std::max_element(offered.cbegin(), offered.cend());
    Result<DecodedImage> decoded = MediaImporter::decode(
            original,
            QCoreApplication::translate("Newsdesk::MediaVariants", "Media %1 (%2)")
                    .arg(QString::number(media.id), nameOf(media)),
            ImageLimits {}, [largest](QSize full, bool) {
                // Never larger than the image (a row whose width is wrong gets no upscaling
                // in the decode; the variants are then scaled up from it).
                return largest < full.width() ? sizeAt(full, largest) : full;
            });
    if (!decoded)
        return decoded.error();
    return std::move(decoded.value().image);
}

} // namespace

QList<int> widths(const Media &media)
{
    const bool photo = media.mimeType == u"image/jpeg"_s || media.mimeType == u"image/png"_s
            || media.mimeType == u"image/webp"_s;
    QList<int> result;
    if (!photo || media.height <= 0)
        return result;
    for (int width : VariantWidths) {
        if (width < media.width)
            result.append(width);
    }
    return result;
}

QString extension(const Media &media)
{
    const QByteArray format = writerFormat(media);
    return format == "jpeg" ? u"jpg"_s : QString::fromLatin1(format);
}

QString path(const Media &media, int width)
{
    return u"media/"_s % media.sha256.left(2) % u'/' % media.sha256 % u'-' % QString::number(width)
            % u"w."_s % extension(media);
}

int widthOf(const QString &path, QString *sha256)
{
    static const QRegularExpression variant(
            u"(?:^|/)([0-9a-f]{64})-([1-9][0-9]{0,4})w\\.(?:jpg|png|webp)$"_s);
    const QRegularExpressionMatch match = variant.match(path);
    if (!match.hasMatch())
        return 0;
    if (sha256)
        *sha256 = match.captured(1);
    return match.captured(2).toInt();
}

Result<QByteArray> render(const Media &media, const QByteArray &original, int width)
{
    const QList<int> offered = widths(media);
    if (!offered.contains(width)) {
        QStringList names;
        for (int w : offered)
            names.append(QString::number(w));
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("Newsdesk::MediaVariants",
                                                 "Media %1 (%2) has no %3 px variant (it "
                                                 "offers: %4).")
                             .arg(QString::number(media.id), nameOf(media), QString::number(width),
                                  names.isEmpty() ? QCoreApplication::translate(
                                          "Newsdesk::MediaVariants", "none")
                                                  : names.join(u", "_s)));
    }
    Result<QImage> decoded = decodeForVariants(media, original, offered);
    if (!decoded)
        return decoded.error();
    return encode(media, decoded.value(), width, writerFormat(media));
}

Result<QList<QByteArray>> renderAll(const Media &media, const QByteArray &original)
{
    const QList<int> offered = widths(media);
    if (offered.isEmpty())
        return QList<QByteArray>();
    Result<QImage> decoded = decodeForVariants(media, original, offered);
    if (!decoded)
        return decoded.error();
    const QByteArray format = writerFormat(media);
    QList<QByteArray> variants;
    variants.reserve(offered.size());
    for (int width : offered) {
        Result<QByteArray> bytes = encode(media, decoded.value(), width, format);
        if (!bytes)
            return bytes.error();
        variants.append(std::move(bytes).value());
    }
    return variants;
}

} // namespace Newsdesk::MediaVariants
