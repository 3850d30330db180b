#include "media/imageformat.h"
#include "media/mediaimport.h"
#include "media/mediaimporter.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

// A photo-like picture: a gradient with a few shapes (cheap to draw at any size).
QImage picture(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, width, height);
    gradient.setColorAt(0, QColor(30, 90, 160));
    gradient.setColorAt(1, QColor(230, 180, 60));
    painter.fillRect(QRect(0, 0, width, height / 2 + 1), gradient);
    painter.setBrush(QColor(200, 40, 40));
    painter.drawEllipse(QRect(width / 4, height / 4, width / 3, height / 3));
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        qFatal("cannot write a %s test image", format);
    return bytes;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return chunk + type + data + crc;
}

// A 100-byte PNG that claims to be width × height pixels.
QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(width, header.data());
    qToBigEndian<quint32>(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header)
            + pngChunk("IDAT", QByteArray::fromHex("78da636000000000010001"))
            + pngChunk("IEND", {});
}

// A GIF whose logical screen and only frame claim width × height pixels.
QByteArray gifBomb(quint16 width, quint16 height)
{
    QByteArray gif("GIF89a");
    QByteArray size(4, '\0');
    qToLittleEndian<quint16>(width, size.data());
    qToLittleEndian<quint16>(height, size.data() + 2);
    gif += size + QByteArray("\x00\x00\x00", 3); // no colour table
    gif += QByteArray("\x2C\x00\x00\x00\x00", 5) + size + QByteArray("\x00", 1);
    gif += QByteArray("\x02\x02\x44\x01\x00\x3B", 6);
    return gif;
}

// jpeg with an EXIF APP1 segment whose orientation is `orientation` (6: turn 90° clockwise).
QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8); // big-endian, first IFD at 8
    tiff += QByteArray("\x00\x01", 2); // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, 1 value
    QByteArray value(4, '\0');
    qToBigEndian<quint16>(orientation, value.data());
    tiff += value + QByteArray(4, '\0'); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray length(2, '\0');
    qToBigEndian<quint16>(quint16(payload.size() + 2), length.data());
    return jpeg.left(2) + QByteArray("\xFF\xE1", 2) + length + payload + jpeg.mid(2);
}

QByteArray progressiveJpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    if (!writer.write(image))
        qFatal("cannot write a progressive JPEG");
    return bytes;
}

// A small progressive JPEG whose frame header claims width × height pixels.
QByteArray progressiveJpegBomb(quint16 width, quint16 height)
{
    QByteArray jpeg = progressiveJpeg(picture(64, 64));
    const qsizetype sof = jpeg.indexOf("\xFF\xC2");
    if (sof < 0)
        qFatal("Qt wrote no progressive frame header");
    qToBigEndian<quint16>(height, jpeg.data() + sof + 5);
    qToBigEndian<quint16>(width, jpeg.data() + sof + 7);
    return jpeg;
}

long peakKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Lets the next peakKb() measure from now (Linux: "5" resets the peak resident size).
bool resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

// The media import: checks, downscaling, storing once by hash, and decoding off the UI thread.
class TestMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(
                Test::createLibrary(m_dir, u"media-%1.newsdesk"_s.arg(++m_created), false));
        QVERIFY(m_library);
    }

    void cleanup() { m_library.reset(); }

    void prepare_smallImage_keepsTheBytesAndReadsTheSize_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mimeType");
        QTest::newRow("jpeg") << QByteArray("jpeg") << u"image/jpeg"_s;
        QTest::newRow("png") << QByteArray("png") << u"image/png"_s;
        QTest::newRow("webp") << QByteArray("webp") << u"image/webp"_s;
    }

    void prepare_smallImage_keepsTheBytesAndReadsTheSize()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mimeType);
        if (!QImageReader::supportedImageFormats().contains(format))
            QSKIP("this Qt has no plugin for the format (qt6-image-formats-plugins)");
        const QByteArray bytes = encoded(picture(640, 480), format.constData());
        const Result<PreparedImage> prepared = MediaImporter::prepare(bytes, u"photo"_s);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
        QCOMPARE(prepared.value().data, bytes);
        QCOMPARE(prepared.value().mimeType, mimeType);
        QCOMPARE(prepared.value().size, QSize(640, 480));
        QCOMPARE(prepared.value().originalSize, QSize(640, 480));
        QVERIFY(!prepared.value().downscaled);
        QVERIFY(!prepared.value().reencoded);
        QCOMPARE(prepared.value().sha256.size(), 64);
    }

    void prepare_gif_isKeptAsItIs()
    {
        // Qt has no GIF writer: a 2 × 2 GIF by hand (a 1-bit palette, one LZW frame).
        const QByteArray gif = QByteArray::fromHex(
                "47494638396102000200800000ff000000ff002c00000000020002000002028c0a003b");
        const Result<PreparedImage> prepared = MediaImporter::prepare(gif, u"dot.gif"_s);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
        QCOMPARE(prepared.value().mimeType, u"image/gif"_s);
        QCOMPARE(prepared.value().size, QSize(2, 2));
        QCOMPARE(prepared.value().data, gif);
    }

    void store_sameImageTwice_storesItOnce()
    {
        const QByteArray bytes = encoded(picture(320, 200), "png");
        Media figure;
        figure.caption = u"会场"_s;
        figure.credit = u"新华社记者鞠鹏摄"_s;
        figure.alt = u"会场全景"_s;
        const PreparedImage first = MediaImporter::prepare(bytes, u"a.png"_s).value();
        const Media stored = MediaImporter::store(m_library->media(), first, figure).value();
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.width, 320);
        QCOMPARE(stored.height, 200);
        QCOMPARE(stored.caption, figure.caption);
        QCOMPARE(stored.fileName, u"a.png"_s);
        QCOMPARE(stored.sha256, first.sha256);

        const PreparedImage again = MediaImporter::prepare(bytes, u"copy of a.png"_s).value();
        QCOMPARE(MediaImporter::store(m_library->media(), again).value().id, stored.id);

        // A downscaled import is deterministic, so importing the same large photo twice
        // also gives one row.
        ImageLimits limits;
        limits.maxSide = 400;
        const QByteArray large = encoded(picture(1600, 1200), "jpeg", 90);
        const PreparedImage a = MediaImporter::prepare(large, u"large.jpg"_s, limits).value();
        const PreparedImage b = MediaImporter::prepare(large, u"large.jpg"_s, limits).value();
        QVERIFY(a.downscaled);
        QCOMPARE(a.sha256, b.sha256);
        const qint64 id = MediaImporter::store(m_library->media(), a).value().id;
        QCOMPARE(MediaImporter::store(m_library->media(), b).value().id, id);
        QVERIFY(id != stored.id);
    }

    void prepare_oversizedPhoto_isDownscaledToJpeg()
    {
        ImageLimits limits;
        limits.maxSide = 1000;
        const QByteArray bytes = encoded(picture(3000, 2000), "jpeg", 92);
        const PreparedImage prepared = MediaImporter::prepare(bytes, u"wide.jpg"_s, limits).value();
        QVERIFY(prepared.downscaled);
        QVERIFY(prepared.reencoded);
        QCOMPARE(prepared.size, QSize(1000, 667));
        QCOMPARE(prepared.originalSize, QSize(3000, 2000));
        QCOMPARE(prepared.mimeType, u"image/jpeg"_s);
        QCOMPARE(ImageFormat::sniff(prepared.data), QByteArray("jpeg"));
        QCOMPARE(QImage::fromData(prepared.data).size(), QSize(1000, 667));
    }

    void prepare_oversizedTransparentImage_staysPng()
    {
        ImageLimits limits;
        limits.maxSide = 500;
        QImage image = picture(1200, 800, QImage::Format_ARGB32);
        const PreparedImage prepared =
                MediaImporter::prepare(encoded(image, "png"), u"logo.png"_s, limits).value();
        QVERIFY(prepared.downscaled);
        QCOMPARE(prepared.mimeType, u"image/png"_s);
        QCOMPARE(prepared.size, QSize(500, 333));
        QVERIFY(QImage::fromData(prepared.data).hasAlphaChannel());
    }

    void prepare_exifOrientation_isAppliedUpright()
    {
        const QByteArray jpeg = withExifOrientation(encoded(picture(400, 200), "jpeg"), 6);
        const PreparedImage prepared = MediaImporter::prepare(jpeg, u"turned.jpg"_s).value();
        QCOMPARE(prepared.originalSize, QSize(200, 400));
        QCOMPARE(prepared.size, QSize(200, 400));
        QVERIFY(prepared.reencoded);
        QVERIFY(!prepared.downscaled);
        const Media stored = MediaImporter::store(m_library->media(), prepared).value();
        QCOMPARE(stored.width, 200);
        QCOMPARE(stored.height, 400);
    }

    void prepare_50MegapixelJpeg_isDecodedScaledWithinSaneMemory()
    {
        QByteArray bytes = encoded(picture(8660, 5774), "jpeg", 85); // 50.0 megapixels
        QCOMPARE(QImageReader(new QBuffer(&bytes)).size(), QSize(8660, 5774)); // sanity
        const bool measured = resetPeak();
        const long before = peakKb();
        QElapsedTimer timer;
        timer.start();
        const Result<PreparedImage> prepared = MediaImporter::prepare(bytes, u"50mp.jpg"_s);
        const qint64 elapsed = timer.elapsed();
        const long peak = peakKb();
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
        QCOMPARE(prepared.value().size, QSize(2560, 1707));
        QCOMPARE(prepared.value().originalSize, QSize(8660, 5774));
        QVERIFY(prepared.value().downscaled);
        qInfo("50 MP JPEG (%lld KiB) prepared in %lld ms, peak resident memory +%ld MiB",
              qint64(bytes.size() / 1024), elapsed, (peak - before) / 1024);
        if (!measured || before < 0)
            QSKIP("the peak resident memory cannot be measured here");
        // A whole decode would take 8660 × 5774 × 4 bytes = 191 MiB.
        QVERIFY2(peak - before < 100 * 1024, qPrintable(u"%1 KiB"_s.arg(peak - before)));
    }

    void prepare_badInput_isRefusedNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        const QByteArray jpeg = encoded(picture(400, 300), "jpeg");
        const QByteArray png = encoded(picture(400, 300), "png");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("text") << QByteArray("Dear editor,\nplease find the photo attached.\n")
                              << u"not an image"_s;
        QTest::newRow("bmp") << encoded(picture(20, 20), "bmp") << u"BMP image"_s;
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() * 6 / 10) << u"incomplete"_s;
        QTest::newRow("truncated png") << png.left(png.size() / 2) << u"incomplete"_s;
        QTest::newRow("png header only") << png.left(40) << u"incomplete"_s;
        QTest::newRow("jpeg signature only")
                << QByteArray("\xFF\xD8\xFF\xE0", 4) << u"incomplete"_s;
        QTest::newRow("png bomb") << pngBomb(60000, 60000) << u"decompression bomb"_s;
        QTest::newRow("gif bomb") << gifBomb(65000, 65000) << u"decompression bomb"_s;
        // 195 megapixels pass the pixel limit, but libjpeg would buffer 585 MB of coefficients.
        QTest::newRow("progressive jpeg bomb") << progressiveJpegBomb(15000, 13000) << u"MB"_s;
        QByteArray garbled = png;
        for (qsizetype i = 60; i < garbled.size() - 20; i += 7)
            garbled[i] = char(garbled.at(i) ^ 0x5A);
        QTest::newRow("garbled png") << garbled << u"damaged"_s;
    }

    void prepare_badInput_isRefusedNamingTheFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const Result<PreparedImage> prepared = MediaImporter::prepare(data, u"upload.bin"_s);
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().kind(), Error::Kind::Invalid);
        QVERIFY2(prepared.error().message().contains(u"upload.bin"_s),
                 qPrintable(prepared.error().message()));
        QVERIFY2(prepared.error().message().contains(problem),
                 qPrintable(prepared.error().message()));
    }

    void prepare_decodeOverTheMemoryLimit_isRefused()
    {
        // A PNG decodes whole before it can be scaled: 3000 × 3000 × 4 bytes is 34 MiB.
        ImageLimits limits;
        limits.maxDecodeBytes = 16 * 1024 * 1024;
        const Result<PreparedImage> prepared =
                MediaImporter::prepare(encoded(picture(3000, 3000), "png"), u"huge.png"_s, limits);
        QVERIFY(!prepared);
        QVERIFY(prepared.error().message().contains(u"huge.png"_s));
        QVERIFY(prepared.error().message().contains(u"MB"_s));
    }

    void prepare_progressiveJpeg_countsTheCoefficientsItBuffers()
    {
        // Scaled to 2560 px, either decode makes a 24 MiB image; the progressive one also
        // buffers 3000 × 2000 × 3 bytes of coefficients (17 MiB).
        ImageLimits limits;
        limits.maxDecodeBytes = 32 * 1024 * 1024;
        const QImage image = picture(3000, 2000);
        QVERIFY(MediaImporter::prepare(encoded(image, "jpeg"), u"baseline.jpg"_s, limits));
        const QByteArray progressive = progressiveJpeg(image);
        QCOMPARE(ImageFormat::jpegCoefficientBytes(progressive),
                 qint64(375 * 250 + 2 * 188 * 125) * 128);
        const Result<PreparedImage> refused =
                MediaImporter::prepare(progressive, u"progressive.jpg"_s, limits);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(u"progressive.jpg"_s));
        limits.maxDecodeBytes = 64 * 1024 * 1024;
        QCOMPARE(MediaImporter::prepare(progressive, u"progressive.jpg"_s, limits).value().size,
                 QSize(2560, 1707));
    }

    void prepareFile_readsTheFileAndNamesIt()
    {
        const QString path = m_dir.filePath(u"照片.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encoded(picture(50, 40), "png"));
        file.close();
        const PreparedImage prepared = MediaImporter::prepareFile(path).value();
        QCOMPARE(prepared.sourceName, u"照片.png"_s);
        QCOMPARE(prepared.size, QSize(50, 40));

        const Result<PreparedImage> missing =
                MediaImporter::prepareFile(m_dir.filePath(u"no.png"_s));
        QCOMPARE(missing.error().kind(), Error::Kind::NotFound);
        QVERIFY(missing.error().message().contains(u"no.png"_s));
    }

    void import_answersOnTheCallingThreadWithoutBlockingIt()
    {
        MediaImport import(m_library->media());
        QSignalSpy imported(&import, &MediaImport::imported);
        QSignalSpy failed(&import, &MediaImport::failed);
        QThread *answeredOn = nullptr;
        connect(&import, &MediaImport::imported, this,
                [&] { answeredOn = QThread::currentThread(); });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(1);

        const QByteArray large = encoded(picture(6000, 4000), "jpeg", 90);
        QElapsedTimer timer;
        timer.start();
        const quint64 first = import.importData(large, u"large.jpg"_s);
        const quint64 second = import.importData("not an image", u"notes.txt"_s);
        const qint64 callMs = timer.elapsed();
        QCOMPARE(import.pendingCount(), 2);
        QVERIFY(imported.isEmpty()); // nothing is answered before the event loop runs

        QTRY_COMPARE_WITH_TIMEOUT(imported.count() + failed.count(), 2, 30000);
        const qint64 totalMs = timer.elapsed();
        QCOMPARE(import.pendingCount(), 0);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY2(ticks > 0, "the event loop did not run while the image was decoded");
        QVERIFY2(callMs < totalMs / 2 || callMs < 20,
                 qPrintable(u"the calls took %1 ms of %2 ms"_s.arg(callMs).arg(totalMs)));

        QCOMPARE(imported.first().at(0).toULongLong(), first);
        const Media media = imported.first().at(1).value<Media>();
        QVERIFY(media.id > 0);
        QCOMPARE(media.width, 2560);
        QCOMPARE(m_library->media().byId(media.id).value().height, 1707);
        QCOMPARE(failed.first().at(0).toULongLong(), second);
        QVERIFY(failed.first().at(1).toString().contains(u"notes.txt"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    int m_created = 0;
};

QTEST_MAIN(TestMedia)
#include "tst_media.moc"
