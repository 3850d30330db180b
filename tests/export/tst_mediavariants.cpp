// Resized variants of the bundle's images (MediaVariants): which widths an image gets, where
// they go, that they are the right size, aspect and format, byte-identical from run to run
// and free of the original's metadata, clear errors for broken originals, and their srcset in
// rendered pages.

#include "core/media.h"
#include "export/mediavariants.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "renderfixture.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/mediarepository.h"
#include "testlibrary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;
using Newsdesk::Test::RenderFixture;

namespace {

// A picture with detail and, for alpha, a transparent band, so that scaling has work to do.
QImage picture(int width, int height, bool alpha)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : QColor(Qt::white));
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 40; ++i) {
        painter.setBrush(QColor::fromHsv((i * 37) % 360, 200, 220));
        painter.drawEllipse(QPoint((i * 97) % width, (i * 53) % height), width / 12, height / 12);
    }
    if (alpha)
        painter.fillRect(0, 0, width, height / 4, QColor(0, 0, 0, 0));
    return image;
}

QByteArray encoded(const QImage &image, const QByteArray &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg")
        writer.setQuality(90);
    if (!writer.write(image))
        qFatal("cannot write %s: %s", format.constData(), qPrintable(writer.errorString()));
    return bytes;
}

Media mediaFor(const QByteArray &bytes, const QString &mimeType, QSize size, qint64 id = 7)
{
    Media media;
    media.id = id;
    media.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    media.mimeType = mimeType;
    media.fileName = u"harvest.%1"_s.arg(SitePaths::mediaExtension(mimeType));
    media.width = size.width();
    media.height = size.height();
    media.byteSize = bytes.size();
    return media;
}

Media sized(const QString &mimeType, int width, int height = 300)
{
    Media media;
    media.sha256 = u"ab"_s + QString(62, u'c');
    media.mimeType = mimeType;
    media.width = width;
    media.height = height;
    return media;
}

} // namespace

class TestMediaVariants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widths_areTheStandardOnesBelowTheImage_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<int>("width");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("12 MP JPEG") << u"image/jpeg"_s << 4000 << QList<int> {480, 960, 1440};
        QTest::newRow("1440 exactly") << u"image/jpeg"_s << 1440 << QList<int> {480, 960};
        QTest::newRow("1000 px PNG") << u"image/png"_s << 1000 << QList<int> {480, 960};
        QTest::newRow("481 px WebP") << u"image/webp"_s << 481 << QList<int> {480};
        QTest::newRow("480 px: none") << u"image/jpeg"_s << 480 << QList<int> {};
        QTest::newRow("small: none") << u"image/png"_s << 120 << QList<int> {};
        QTest::newRow("GIF: none") << u"image/gif"_s << 2000 << QList<int> {};
        QTest::newRow("SVG: none") << u"image/svg+xml"_s << 2000 << QList<int> {};
        QTest::newRow("unknown: none") << u"application/octet-stream"_s << 2000 << QList<int> {};
    }

    void widths_areTheStandardOnesBelowTheImage()
    {
        QFETCH(QString, mimeType);
        QFETCH(int, width);
        QFETCH(QList<int>, expected);
        QCOMPARE(MediaVariants::widths(sized(mimeType, width)), expected);
    }

    void path_isBesideTheOriginal_withItsWidth_data()
    {
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("extension");
        QTest::newRow("jpeg") << u"image/jpeg"_s << u"jpg"_s;
        QTest::newRow("png") << u"image/png"_s << u"png"_s;
        const bool webp = QImageWriter::supportedImageFormats().contains("webp");
        QTest::newRow("webp") << u"image/webp"_s << (webp ? u"webp"_s : u"png"_s);
    }

    void path_isBesideTheOriginal_withItsWidth()
    {
        QFETCH(QString, mimeType);
        QFETCH(QString, extension);
        const Media media = sized(mimeType, 2000);
        const QString path = MediaVariants::path(media, 960);
        QCOMPARE(path, u"media/ab/"_s + media.sha256 + u"-960w."_s + extension);
        QCOMPARE(path.section(u'/', 0, 1), SitePaths::media(media).section(u'/', 0, 1));
        QString sha256;
        QCOMPARE(MediaVariants::widthOf(path, &sha256), 960);
        QCOMPARE(sha256, media.sha256);
    }

    void widthOf_isZeroForOtherPaths_data()
    {
        QTest::addColumn<QString>("path");
        const QString sha = u"ab"_s + QString(62, u'c');
        QTest::newRow("original") << u"media/ab/%1.jpg"_s.arg(sha);
        QTest::newRow("no w") << u"media/ab/%1-480.jpg"_s.arg(sha);
        QTest::newRow("zero") << u"media/ab/%1-0w.jpg"_s.arg(sha);
        QTest::newRow("short hash") << u"media/ab/abc-480w.jpg"_s;
        QTest::newRow("upper-case hash") << u"media/AB/%1-480w.jpg"_s.arg(sha.toUpper());
        QTest::newRow("other extension") << u"media/ab/%1-480w.gif"_s.arg(sha);
        QTest::newRow("page") << u"zixun/index.html"_s;
    }

    void widthOf_isZeroForOtherPaths()
    {
        QFETCH(QString, path);
        QCOMPARE(MediaVariants::widthOf(path), 0);
    }

    void variants_haveTheirWidthAspectAndFormat_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<bool>("alpha");
        QTest::addColumn<QSize>("size");
        QTest::newRow("jpeg 1600×1200") << QByteArray("jpeg") << false << QSize(1600, 1200);
        QTest::newRow("jpeg 3000×1000") << QByteArray("jpeg") << false << QSize(3000, 1000);
        QTest::newRow("png with alpha 1000×700") << QByteArray("png") << true << QSize(1000, 700);
        QTest::newRow("webp 1000×500") << QByteArray("webp") << false << QSize(1000, 500);
    }

    void variants_haveTheirWidthAspectAndFormat()
    {
        QFETCH(QByteArray, format);
        QFETCH(bool, alpha);
        QFETCH(QSize, size);
        const QByteArray original = encoded(picture(size.width(), size.height(), alpha), format);
        const Media media = mediaFor(original, u"image/"_s + QString::fromLatin1(format), size);
        const QByteArray written = MediaVariants::extension(media) == u"jpg"_s
                ? QByteArray("jpeg")
                : MediaVariants::extension(media).toLatin1();
        Result<QList<QByteArray>> all = MediaVariants::renderAll(media, original);
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message()));
        const QList<int> widths = MediaVariants::widths(media);
        QCOMPARE(all.value().size(), widths.size());
        QVERIFY(!widths.isEmpty());
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QByteArray &bytes = all.value().at(i);
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            QCOMPARE(reader.format(), written);
            const QImage variant = reader.read();
            QVERIFY(!variant.isNull());
            QCOMPARE(variant.width(), widths.at(i));
            QCOMPARE(variant.height(), qRound(double(size.height()) * widths.at(i) / size.width()));
            QCOMPARE(variant.hasAlphaChannel(), alpha);
            if (alpha) // the transparent band stays transparent
                QCOMPARE(qAlpha(variant.pixel(variant.width() / 2, 2)), 0);
            if (format == "jpeg") // quality 82 at most 1440 px: smaller than the original
                QVERIFY(bytes.size() < original.size());
            // One variant alone is the same as the one of all.
            Result<QByteArray> one = MediaVariants::render(media, original, widths.at(i));
            QVERIFY(one.ok());
            QVERIFY(one.value() == bytes);
        }
    }

    void render_isDeterministic_andDropsTheOriginalsMetadata()
    {
        QImage image = picture(1200, 900, false);
        image.setText(u"Description"_s, u"secret location 31.2N"_s);
        const QByteArray original = encoded(image, "jpeg");
        QVERIFY(original.contains("secret location"));
        const Media media = mediaFor(original, u"image/jpeg"_s, image.size());
        Result<QList<QByteArray>> first = MediaVariants::renderAll(media, original);
        Result<QList<QByteArray>> second = MediaVariants::renderAll(media, original);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().size(), 2);
        for (qsizetype i = 0; i < first.value().size(); ++i) {
            QVERIFY(first.value().at(i) == second.value().at(i));
            QVERIFY(!first.value().at(i).contains("secret location"));
            // JFIF resolution fixed at 96 dpi, whatever the screen.
            QBuffer buffer;
            buffer.setData(first.value().at(i));
            buffer.open(QIODevice::ReadOnly);
            QCOMPARE(qRound(QImageReader(&buffer).read().dotsPerMeterX() * 0.0254), 96);
        }
    }

    void render_ofABrokenOriginal_namesTheMediaAndTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray jpeg = encoded(picture(1200, 900, false), "jpeg");
        QTest::newRow("truncated") << jpeg.left(jpeg.size() / 2) << u"incomplete"_s;
        QTest::newRow("not an image")
                << QByteArray("\x01\x02\x03 not a photo at all") << u"not an image"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
    }

    void render_ofABrokenOriginal_namesTheMediaAndTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Media media = sized(u"image/jpeg"_s, 1200, 900);
        media.id = 42;
        media.fileName = u"harvest.jpg"_s;
        Result<QByteArray> variant = MediaVariants::render(media, bytes, 480);
        QVERIFY(!variant.ok());
        const QString message = variant.error().message();
        QVERIFY2(message.contains(u"42"_s) && message.contains(u"harvest.jpg"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY(!MediaVariants::renderAll(media, bytes).ok());
    }

    void render_ofAWidthNotOffered_isRefused()
    {
        const QByteArray original = encoded(picture(1000, 600, false), "jpeg");
        const Media media = mediaFor(original, u"image/jpeg"_s, QSize(1000, 600));
        Result<QByteArray> variant = MediaVariants::render(media, original, 700);
        QVERIFY(!variant.ok());
        QCOMPARE(variant.error().kind(), Error::Kind::NotFound);
        QVERIFY2(variant.error().message().contains(u"480, 960"_s),
                 qPrintable(variant.error().message()));
        QVERIFY(!MediaVariants::render(media, original, 1440).ok());
    }

    void renderAll_ofAnImageWithoutVariants_isEmpty()
    {
        const QByteArray original = encoded(picture(400, 300, false), "jpeg");
        Result<QList<QByteArray>> all =
                MediaVariants::renderAll(mediaFor(original, u"image/jpeg"_s, {400, 300}), original);
        QVERIFY(all.ok());
        QVERIFY(all.value().isEmpty());
    }

    void articlePage_offersTheVariantsThroughSrcset()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const RenderFixture fixture = RenderFixture::create(dir);
        std::unique_ptr<Library> library = Test::openLibrary(fixture.path);
        QVERIFY(library);
        SiteData::Options options;
        options.asOf = RenderFixture::AsOf;
        Result<std::shared_ptr<const SiteData>> site = SiteData::load(*library, options);
        QVERIFY(site.ok());
        Result<Theme> theme = Theme::loadDefault();
        QVERIFY(theme.ok());
        Renderer renderer(std::move(theme.value()), site.value());
        Result<Article> article = library->articles().byId(fixture.referenceId);
        QVERIFY(article.ok());
        Result<RenderedPage> page = renderer.articlePage(article.value(), 1);
        QVERIFY(page.ok());
        const QString html = QString::fromUtf8(page.value().html);

        static const QRegularExpression figure(u"<figure><img src=\"media:(\\d+)\""_s);
        const qint64 mediaId = figure.match(article.value().body).captured(1).toLongLong();
        Result<Media> media = library->media().byId(mediaId);
        QVERIFY(media.ok());
        QVERIFY(media.value().width > 480); // the demo photos are 640 px wide
        const QString root = SitePaths::relativeRoot(page.value().path);
        const QString expected =
                u"<img src=\"%1\" srcset=\"%2 480w, %1 %3w\" sizes=\"(max-width: 600px) "
                "calc(100vw - 50px), (max-width: 900px) calc(100vw - 82px), %3px\" width=\"%3\""_s
                        .arg(root + SitePaths::media(media.value()),
                             root + MediaVariants::path(media.value(), 480))
                        .arg(media.value().width);
        QVERIFY2(html.contains(expected), qPrintable(html.section(u"<figure>"_s, 1, 1).left(600)));

        // The variant it names is what the export writes: a 480 px JPEG of that photo.
        Result<QByteArray> original = library->media().data(mediaId);
        QVERIFY(original.ok());
        Result<QByteArray> variant = MediaVariants::render(media.value(), original.value(), 480);
        QVERIFY(variant.ok());
        QCOMPARE(QImage::fromData(variant.value()).width(), 480);

        // The home page's slides and lists offer them for their covers too.
        Result<RenderedPage> home = renderer.homePage();
        QVERIFY(home.ok());
        QVERIFY(QString::fromUtf8(home.value().html).contains(u"-480w.jpg 480w, "_s));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestMediaVariants test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mediavariants.moc"
