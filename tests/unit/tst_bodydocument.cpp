#include "document/bodydocument.h"
#include "document/documentformat.h"
#include "document/documentreader.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

} // namespace

// Images of a body in the editor: media images are decoded off the UI thread, scaled for
// display, and shown as a placeholder meanwhile; unknown or broken ones stay placeholders.
class TestBodyDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mediaImage_loadsScaledOffTheUiThread()
    {
        BodyDocument document;
        QList<qint64> asked;
        const QByteArray big = png(3000, 1500);
        document.setMediaSource([&](qint64 id) -> Result<QByteArray> {
            asked.append(id);
            if (id == 7)
                return big;
            return Error(Error::Kind::NotFound, u"no image %1"_s.arg(id));
        });
        DocumentReader::read(&document,
                             u"<figure><img src=\"media:7\" alt=\"\"></figure>\n"
                             "<figure><img src=\"media:8\" alt=\"\"></figure>"_s);
        QSignalSpy loaded(&document, &BodyDocument::imageLoaded);
        const QImage first =
                document.resource(QTextDocument::ImageResource, QUrl(u"media:7"_s)).value<QImage>();
        QCOMPARE(first.size(), QSize(320, 200)); // the placeholder, at once
        QCOMPARE(document.pendingImages(), 1);
        QTRY_COMPARE(loaded.count(), 1);
        const QImage shown =
                document.resource(QTextDocument::ImageResource, QUrl(u"media:7"_s)).value<QImage>();
        QCOMPARE(shown.size(),
                 QSize(DocumentFormat::MaxDisplayWidth, DocumentFormat::MaxDisplayWidth / 2));
        // A missing image is asked for once and stays a placeholder.
        document.resource(QTextDocument::ImageResource, QUrl(u"media:8"_s));
        document.resource(QTextDocument::ImageResource, QUrl(u"media:8"_s));
        QCOMPARE(asked.count(8), 1);
        QCOMPARE(document.pendingImages(), 0);
    }

    void decodeForDisplay_refusesBrokenData()
    {
        QVERIFY(BodyDocument::decodeForDisplay("not an image", 100).isNull());
        QByteArray truncated = png(50, 50);
        truncated.truncate(40);
        QVERIFY(BodyDocument::decodeForDisplay(truncated, 100).isNull());
        QCOMPARE(BodyDocument::decodeForDisplay(png(50, 20), 100).size(), QSize(50, 20));
    }
};

QTEST_MAIN(TestBodyDocument)
#include "tst_bodydocument.moc"
