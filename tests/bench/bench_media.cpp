// Media import benchmark: MediaImporter::prepare on photo-like JPEGs of 3 megapixels (kept as
// they are, but decoded to check them), 12 and 50 megapixels (downscaled to 2560 px while
// decoding), and progressive JPEGs, which libjpeg buffers whole as DCT coefficients. Prints a
// Markdown table of medians and the peak resident memory each prepare adds to the process.
// Then the export's resized variants (MediaVariants) of the same photos: renderAll (one decode,
// every width) against one render per width, and the 12 MP photo straight from the camera
// (4000 × 3000, the originals of a library whose import keeps every size). Run by `make bench`.
//
//   bench_media [RUNS]      default: 7

#include "core/media.h"
#include "export/mediavariants.h"
#include "media/mediaimporter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

#include <malloc.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// Lets the next VmHWM reading measure from now (Linux: "5" resets the peak RSS).
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A photo-like JPEG: gradients, shapes and sensor-like noise, so it compresses like a photo.
QByteArray photo(int width, int height, bool progressive)
{
    QImage image(width, height, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        QLinearGradient sky(0, 0, 0, height);
        sky.setColorAt(0, QColor(70, 120, 190));
        sky.setColorAt(1, QColor(220, 200, 150));
        painter.fillRect(image.rect(), sky);
        painter.setPen(Qt::NoPen);
        QRandomGenerator shapes(7);
        for (int i = 0; i < 200; ++i) {
            painter.setBrush(QColor::fromRgb(shapes.generate() | 0xFF000000u));
            painter.drawEllipse(QPoint(shapes.bounded(width), shapes.bounded(height)),
                                shapes.bounded(width / 20 + 1), shapes.bounded(height / 20 + 1));
        }
    }
    quint32 state = 12345;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525u + 1013904223u;
            const int n = int(state >> 28) - 8;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + n, 0, 255), std::clamp(qGreen(p) + n, 0, 255),
                           std::clamp(qBlue(p) + n, 0, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.setProgressiveScanWrite(progressive);
    writer.write(image);
    return bytes;
}

Media mediaOf(const QByteArray &bytes, int width, int height)
{
    Media media;
    media.id = 1;
    media.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    media.mimeType = u"image/jpeg"_s;
    media.fileName = u"bench.jpg"_s;
    media.width = width;
    media.height = height;
    media.byteSize = bytes.size();
    return media;
}

template<typename Work>
double medianMs(int runs, long *peakAddedKb, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        malloc_trim(0);
        resetPeak();
        const long before = statusKb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        *peakAddedKb = std::max(*peakAddedKb, statusKb("VmHWM:") - before);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int benchVariants(int runs)
{
    struct Case
    {
        const char *name;
        int width;
        int height;
    };
    const Case cases[] = {{"12 MP photo (4000 × 3000)", 4000, 3000},
                          {"2560 × 1707 (an import at the default limit)", 2560, 1707},
                          {"1600 × 1067", 1600, 1067}};
    std::printf("\n| original | variants | renderAll (one decode) | one render() per width | "
                "peak memory added |\n|---|---|---|---|---|\n");
    for (const Case &c : cases) {
        const QByteArray bytes = photo(c.width, c.height, false);
        const Media media = mediaOf(bytes, c.width, c.height);
        const QList<int> widths = MediaVariants::widths(media);
        QString made;
        long peak = 0;
        const double all = medianMs(runs, &peak, [&] {
            Result<QList<QByteArray>> variants = MediaVariants::renderAll(media, bytes);
            if (!variants) {
                std::fprintf(stderr, "%s\n", qPrintable(variants.error().message()));
                return false;
            }
            QStringList sizes;
            for (qsizetype i = 0; i < widths.size(); ++i)
                sizes.append(u"%1w %2 KiB"_s.arg(widths.at(i))
                                     .arg(variants.value().at(i).size() / 1024));
            made = sizes.join(u", "_s);
            return true;
        });
        long unusedPeak = 0;
        const double separately = medianMs(runs, &unusedPeak, [&] {
            for (int width : widths) {
                if (!MediaVariants::render(media, bytes, width))
                    return false;
            }
            return true;
        });
        if (all < 0 || separately < 0)
            return 1;
        std::printf("| %s, %lld KiB | %s | %.1f ms | %.1f ms | %.1f MiB |\n", c.name,
                    qint64(bytes.size() / 1024), qPrintable(made), all, separately,
                    double(peak) / 1024.0);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
    struct Case
    {
        const char *name;
        int width;
        int height;
        bool progressive = false;
    };
    const Case cases[] = {{"3 MP photo (2048 × 1536), kept", 2048, 1536},
                          {"12 MP photo (4000 × 3000), downscaled", 4000, 3000},
                          {"50 MP photo (8660 × 5774), downscaled", 8660, 5774},
                          {"24 MP progressive JPEG (6000 × 4000), downscaled", 6000, 4000, true},
                          {"50 MP progressive JPEG (8660 × 5774), downscaled", 8660, 5774, true}};
    std::printf("| image | file | result | median prepare | peak memory added |\n"
                "|---|---|---|---|---|\n");
    for (const Case &c : cases) {
        const QByteArray bytes = photo(c.width, c.height, c.progressive);
        QList<double> times;
        long peakAdded = 0;
        QString result;
        for (int i = 0; i < runs; ++i) {
            malloc_trim(0); // so that memory freed by the last run does not hide this one's
            resetPeak();
            const long before = statusKb("VmRSS:");
            QElapsedTimer timer;
            timer.start();
            const Result<PreparedImage> prepared = MediaImporter::prepare(bytes, u"bench.jpg"_s);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            peakAdded = std::max(peakAdded, statusKb("VmHWM:") - before);
            if (!prepared) {
                std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message()));
                return 1;
            }
            result = u"%1 × %2, %3 KiB"_s.arg(prepared.value().size.width())
                             .arg(prepared.value().size.height())
                             .arg(prepared.value().data.size() / 1024);
        }
        std::sort(times.begin(), times.end());
        std::printf("| %s | %lld KiB | %s | %.1f ms | %.1f MiB |\n", c.name,
                    qint64(bytes.size() / 1024), qPrintable(result), times.at(times.size() / 2),
                    double(peakAdded) / 1024.0);
        std::fflush(stdout);
    }
    return benchVariants(runs);
}
