#include "document/pastecleaner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// Clipboard HTML with embedded pictures: data: images and Word's file: image keep their place
// as placeholders the editor turns into media; everything else is Sanitizer::clean().
class TestPasteCleaner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataImages_becomePlaceholders()
    {
        const PasteCleaner::Result result =
                PasteCleaner::clean(u"<p>a<img alt='x' src='data:image/png;base64,iVBORw0K'>b</p>"
                                    "<img src=\"DATA:image/gif;base64,R0lGODlh\">"
                                    "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">"_s,
                                    false);
        QCOMPARE(result.images.size(), 2);
        QCOMPARE(result.images[0], QByteArray::fromBase64("iVBORw0K"));
        QCOMPARE(result.images[1], QByteArray::fromBase64("R0lGODlh"));
        QCOMPARE(result.clipboardImage, -1);
        const QString first = QString::number(PasteCleaner::Sentinel);
        const QString second = QString::number(PasteCleaner::Sentinel + 1);
        QCOMPARE(result.html,
                 u"<p>a</p>\n<figure><img src=\"media:%1\" alt=\"x\"></figure>\n<p>b</p>\n"
                 "<figure><img src=\"media:%2\" alt=\"\"></figure>"_s.arg(first, second));
        QCOMPARE(result.report.dataImages, 1); // the text/html one is not an image
        QCOMPARE(PasteCleaner::resolve(result.html, 1, 77),
                 u"<p>a</p>\n<figure><img src=\"media:%1\" alt=\"x\"></figure>\n<p>b</p>\n"
                 "<figure><img src=\"media:77\" alt=\"\"></figure>"_s.arg(first));
        QCOMPARE(PasteCleaner::resolve(result.html, 0, 0),
                 u"<p>a</p>\n<p>b</p>\n<figure><img src=\"media:%1\" alt=\"\"></figure>"_s.arg(
                         second));
    }

    void wordFileImage_takesTheClipboardPicture()
    {
        const QString word =
                u"<p class=MsoNormal>图<img width=20 "
                u"src=\"file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png\">"
                "<img src=\"file:///C:/second.png\"></p>"_s;
        const PasteCleaner::Result without = PasteCleaner::clean(word, false);
        QVERIFY(without.images.isEmpty());
        QCOMPARE(without.report.localImages, 2);
        QCOMPARE(without.html, u"<p>图</p>"_s);
        const PasteCleaner::Result with = PasteCleaner::clean(word, true);
        QCOMPARE(with.images.size(), 1);
        QCOMPARE(with.clipboardImage, 0);
        QCOMPARE(with.report.localImages, 1);
        QVERIFY(with.html.contains(u"media:"_s + QString::number(PasteCleaner::Sentinel)));
    }

    void plainText_isNeverReadAsHtml()
    {
        QCOMPARE(PasteCleaner::cleanText(u"<p>x</p>\n\nnext"_s).html,
                 u"<p>&lt;p&gt;x&lt;/p&gt;</p>\n<p>next</p>"_s);
    }
};

QTEST_MAIN(TestPasteCleaner)
#include "tst_pastecleaner.moc"
