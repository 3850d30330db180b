#include "imageformat.h"

#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

QString jpegIncompleteness(const QByteArray &data)
{
    // Entropy-coded data never holds 0xFF followed by a marker byte (0xFF is stuffed as FF 00),
    // so the last start-of-scan must be followed by an end-of-image marker. An EXIF thumbnail
    // carries its own markers, but before the main image's.
    const qsizetype lastScan = data.lastIndexOf("\xFF\xDA");
    if (lastScan < 0)
        return ImageFormat::tr("it has no image data");
    if (data.lastIndexOf("\xFF\xD9") < lastScan)
        return ImageFormat::tr("the end-of-image marker is missing");
    return {};
}

QString pngIncompleteness(const QByteArray &data)
{
    // Walk the chunks: length (4), type (4), data, CRC (4), up to IEND.
    qsizetype at = 8;
    while (at + 12 <= data.size()) {
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at);
        const QByteArray type = data.mid(at + 4, 4);
        const qint64 end = qint64(at) + 12 + qint64(length);
        if (end > data.size())
            return ImageFormat::tr("its %1 chunk is cut off").arg(QString::fromLatin1(type));
        if (type == "IEND")
            return {};
        at = qsizetype(end);
    }
    return ImageFormat::tr("the IEND chunk is missing");
}

QString gifIncompleteness(const QByteArray &data)
{
    qsizetype end = data.size();
    while (end > 0 && data.at(end - 1) == '\0')
        --end; // some writers pad after the trailer
    if (end == 0 || data.at(end - 1) != ';')
        return ImageFormat::tr("the GIF trailer is missing");
    return {};
}

QString webpIncompleteness(const QByteArray &data)
{
    const quint32 riffSize = qFromLittleEndian<quint32>(data.constData() + 4);
    if (qint64(riffSize) + 8 > data.size())
        return ImageFormat::tr("it holds %1 of the %2 bytes its header announces")
                .arg(data.size())
                .arg(qint64(riffSize) + 8);
    return {};
}

// The coefficient memory of a frame header (SOFn segment body) of width × height.
qint64 coefficientBytes(const QByteArray &jpeg, qsizetype sof)
{
    if (sof + 8 > jpeg.size())
        return 0;
    const auto byte = [&](qsizetype at) {
        return quint8(jpeg.at(at));
    };
    const qint64 height = qFromBigEndian<quint16>(jpeg.constData() + sof + 3);
    const qint64 width = qFromBigEndian<quint16>(jpeg.constData() + sof + 5);
    const int components = byte(sof + 7);
    if (sof + 8 + components * 3 > jpeg.size())
        return 0;
    int maxH = 1;
    int maxV = 1;
    for (int c = 0; c < components; ++c) {
        maxH = std::max(maxH, byte(sof + 9 + c * 3) >> 4);
        maxV = std::max(maxV, byte(sof + 9 + c * 3) & 0x0F);
    }
    qint64 bytes = 0;
    for (int c = 0; c < components; ++c) {
        const int h = std::max(1, byte(sof + 9 + c * 3) >> 4);
        const int v = std::max(1, byte(sof + 9 + c * 3) & 0x0F);
        const qint64 blocksAcross = (width * h / maxH + 7) / 8;
        const qint64 blocksDown = (height * v / maxV + 7) / 8;
        bytes += blocksAcross * blocksDown * 128;
    }
    return bytes;
}

} // namespace

qint64 ImageFormat::jpegCoefficientBytes(const QByteArray &jpeg)
{
    // Walk the marker segments up to the first scan.
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg.at(at)) != 0xFF)
            return 0;
        const quint8 marker = quint8(jpeg.at(at + 1));
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA) // start of scan: no progressive frame header before it
            return 0;
        const quint16 length = qFromBigEndian<quint16>(jpeg.constData() + at + 2);
        // SOF2, SOF6, SOF10, SOF14: progressive frames (Huffman or arithmetic coded).
        if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE)
            return coefficientBytes(jpeg, at + 2);
        at += 2 + length;
    }
    return 0;
}

QByteArray ImageFormat::sniff(const QByteArray &data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return "jpeg";
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return "png";
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return "gif";
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return "webp";
    return {};
}

QString ImageFormat::mimeType(const QByteArray &format)
{
    return u"image/"_s + QString::fromLatin1(format);
}

QString ImageFormat::displayName(const QByteArray &format)
{
    if (format == "webp")
        return u"WebP"_s;
    return QString::fromLatin1(format).toUpper();
}

QString ImageFormat::incompleteness(const QByteArray &data, const QByteArray &format)
{
    if (format == "jpeg")
        return jpegIncompleteness(data);
    if (format == "png")
        return pngIncompleteness(data);
    if (format == "gif")
        return gifIncompleteness(data);
    if (format == "webp")
        return webpIncompleteness(data);
    return {};
}

} // namespace Newsdesk
