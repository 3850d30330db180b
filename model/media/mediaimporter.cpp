#include "mediaimporter.h"

#include "media/imageformat.h"
#include "storage/mediarepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// One decode at a time: peak memory stays that of one image however many are dropped.
class ImportPool final : public QThreadPool
{
public:
    ImportPool()
    {
        setObjectName(u"media import"_s);
        setMaxThreadCount(1);
    }
};
Q_GLOBAL_STATIC(ImportPool, theImportPool)

QThreadPool *importPool()
{
    return theImportPool();
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString megapixels(qint64 pixels)
{
    return QLocale().toString(double(pixels) / 1e6, 'f', 1);
}

bool hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

// size reduced to longest side `side`, rounding the other (QSize::scaled truncates it).
QSize fitted(QSize size, int side)
{
    if (size.width() >= size.height())
        return {side, std::max(1, qRound(double(size.height()) * side / size.width()))};
    return {std::max(1, qRound(double(size.width()) * side / size.height())), side};
}

// The memory a decode of reader's image at target takes, at 4 bytes a pixel. A format that
// scales while decoding (libjpeg's 1/2, 1/4, 1/8) yields at most twice target's sides before
// the last smooth step; others decode the whole image first.
qint64 decodeBytes(const QImageReader &reader, QSize full, QSize target)
{
    const qint64 fullPixels = qint64(full.width()) * full.height();
    qint64 pixels = fullPixels;
    if (target != full && reader.supportsOption(QImageIOHandler::ScaledSize))
        pixels = std::min(fullPixels, qint64(target.width()) * target.height() * 4);
    return pixels * 4;
}

Result<QByteArray> encode(const QImage &image, const QByteArray &format, int quality,
                          const QString &sourceName)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(quality);
        writer.setOptimizedWrite(true);
    }
    const QImage pixels = format == "jpeg" ? image.convertToFormat(QImage::Format_RGB32) : image;
    if (!writer.write(pixels)) {
        return Error(
                Error::Kind::Failed,
                MediaImporter::tr("%1 could not be converted to %2 (%3).")
                        .arg(sourceName, ImageFormat::displayName(format), writer.errorString()));
    }
    return bytes;
}

} // namespace

Result<DecodedImage> MediaImporter::decode(const QByteArray &data, const QString &sourceName,
                                           const ImageLimits &limits, const TargetSize &targetSize)
{
    if (data.isEmpty())
        return Error(Error::Kind::Invalid, tr("%1 is empty: it holds no image.").arg(sourceName));
    if (limits.maxFileBytes > 0 && data.size() > limits.maxFileBytes) {
        return Error(
                Error::Kind::Invalid,
                tr("%1 is too large to import (%2 MB; at most %3 MB).")
                        .arg(sourceName, megabytes(data.size()), megabytes(limits.maxFileBytes)));
    }

    const QByteArray format = ImageFormat::sniff(data);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    if (format.isEmpty()) {
        const QByteArray other = QImageReader::imageFormat(&buffer);
        if (!other.isEmpty() && other != "xbm" && other != "xpm") {
            return Error(Error::Kind::Invalid,
                         tr("%1 is a %2 image; Newsdesk accepts JPEG, PNG, GIF and WebP images.")
                                 .arg(sourceName, QString::fromLatin1(other).toUpper()));
        }
        return Error(
                Error::Kind::Invalid,
                tr("%1 is not an image: it is none of JPEG, PNG, GIF or WebP.").arg(sourceName));
    }
    const QString formatName = ImageFormat::displayName(format);
    if (!QImageReader::supportedImageFormats().contains(format)) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is a %2 image, but this system cannot read %2 images (install "
                        "the Qt image format plugins: qt6-image-formats-plugins).")
                             .arg(sourceName, formatName));
    }

    const QString missing = ImageFormat::incompleteness(data, format);
    if (!missing.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is an incomplete %2 image (%3); it may have been cut off while "
                        "copying or downloading.")
                             .arg(sourceName, formatName, missing));
    }

    // Only the header is read until every limit has been checked.
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (!full.isValid() || full.isEmpty()) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is a damaged %2 image: its size cannot be read.")
                             .arg(sourceName, formatName));
    }
    const qint64 pixels = qint64(full.width()) * full.height();
    if (pixels > limits.maxPixels) {
        return Error(Error::Kind::Invalid,
                     tr("%1 claims to be %2 × %3 pixels (%4 megapixels), more than the %5 "
                        "megapixels Newsdesk accepts; it was not opened, as it could exhaust "
                        "the memory (a decompression bomb).")
                             .arg(sourceName)
                             .arg(full.width())
                             .arg(full.height())
                             .arg(megapixels(pixels), megapixels(limits.maxPixels)));
    }
    const bool animated = reader.supportsAnimation() && reader.imageCount() > 1;
    // The reader scales before it turns the image upright: its scaled size is in the stored
    // orientation.
    const bool quarterTurn = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize upright = quarterTurn ? full.transposed() : full;
    QSize target = targetSize ? targetSize(upright, animated) : upright;
    if (!target.isValid() || target.isEmpty())
        target = upright;
    if (quarterTurn)
        target.transpose();
    // The decoded image must also fit Qt's own allocation limit, or Qt refuses it with a
    // message that does not say why; libjpeg's coefficients of a progressive JPEG come on top.
    const qint64 imageBytes = decodeBytes(reader, full, target);
    const qint64 needed =
            imageBytes + (format == "jpeg" ? ImageFormat::jpegCoefficientBytes(data) : qint64(0));
    qint64 allowed = limits.maxDecodeBytes;
    if (QImageReader::allocationLimit() > 0
        && imageBytes > qint64(QImageReader::allocationLimit()) * 1024 * 1024)
        allowed = std::min(allowed, qint64(QImageReader::allocationLimit()) * 1024 * 1024);
    if (needed > allowed) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is %2 × %3 pixels; decoding it would take %4 MB, more than the %5 MB "
                        "Newsdesk allows. Save it as a JPEG or a smaller image first.")
                             .arg(sourceName)
                             .arg(full.width())
                             .arg(full.height())
                             .arg(megabytes(needed), megabytes(allowed)));
    }

    DecodedImage decoded;
    decoded.format = format;
    decoded.fullSize = upright;
    decoded.turned = reader.transformation() != QImageIOHandler::TransformationNone;
    decoded.animated = animated;
    if (target != full)
        reader.setScaledSize(target);
    if (!reader.read(&decoded.image) || decoded.image.isNull()) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is a damaged %2 image and cannot be decoded (%3).")
                             .arg(sourceName, formatName, reader.errorString()));
    }
    return decoded;
}

Result<PreparedImage> MediaImporter::prepare(const QByteArray &data, const QString &sourceName,
                                             const ImageLimits &limits)
{
    bool tooLong = false;
    Result<DecodedImage> decoded =
            decode(data, sourceName, limits, [&](QSize upright, bool animated) {
                tooLong = limits.maxSide > 0
                        && std::max(upright.width(), upright.height()) > limits.maxSide
                        && !animated;
                return tooLong ? fitted(upright, limits.maxSide) : upright;
            });
    if (!decoded)
        return decoded.error();
    const DecodedImage &image = decoded.value();

    PreparedImage prepared;
    prepared.sourceName = sourceName;
    prepared.originalSize = image.fullSize;
    prepared.downscaled = tooLong;
    if (!tooLong && !(image.turned && !image.animated)) {
        prepared.data = data;
        prepared.mimeType = ImageFormat::mimeType(image.format);
        prepared.size = image.fullSize;
    } else {
        const bool photo = image.format == "jpeg" || image.format == "webp";
        const QByteArray output = photo && !hasTransparency(image.image) ? "jpeg" : "png";
        Result<QByteArray> encoded = encode(image.image, output, limits.jpegQuality, sourceName);
        if (!encoded)
            return encoded.error();
        prepared.data = std::move(encoded).value();
        prepared.mimeType = ImageFormat::mimeType(output);
        prepared.size = image.image.size();
        prepared.reencoded = true;
    }
    prepared.sha256 = sha256Hex(prepared.data);
    return prepared;
}

Result<PreparedImage> MediaImporter::prepareFile(const QString &path, const ImageLimits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error(Error::Kind::NotFound, tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return Error(Error::Kind::Invalid, tr("%1 is not a file.").arg(path));
    if (limits.maxFileBytes > 0 && info.size() > limits.maxFileBytes) {
        return Error(Error::Kind::Invalid,
                     tr("%1 is too large to import (%2 MB; at most %3 MB).")
                             .arg(name, megabytes(info.size()), megabytes(limits.maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return prepare(data, name, limits);
}

QFuture<Result<PreparedImage>> MediaImporter::prepareAsync(QByteArray data, QString sourceName,
                                                           ImageLimits limits)
{
    return QtConcurrent::run(importPool(),
                             [data = std::move(data), sourceName = std::move(sourceName), limits] {
                                 return prepare(data, sourceName, limits);
                             });
}

QFuture<Result<PreparedImage>> MediaImporter::prepareFileAsync(QString path, ImageLimits limits)
{
    return QtConcurrent::run(
            importPool(), [path = std::move(path), limits] { return prepareFile(path, limits); });
}

Result<Media> MediaImporter::store(MediaRepository &repository, const PreparedImage &image,
                                   const Media &figure)
{
    Result<qint64> id = repository.add(image.data, image.toMedia(figure));
    if (!id)
        return id.error();
    return repository.byId(id.value());
}

} // namespace Newsdesk
