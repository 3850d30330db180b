#include "document/documentformat.h"
#include "document/documentreader.h"
#include "document/documentwriter.h"
#include "html/sanitizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString roundTrip(const QString &html)
{
    QTextDocument document;
    DocumentReader::read(&document, html);
    return DocumentWriter::toHtml(&document);
}

} // namespace

// canonical HTML → QTextDocument → canonical HTML is byte-identical, on one file per construct
// (tests/data/roundtrip/) and on whole articles; and what the writer writes for documents
// edited in ways the reader never produces is still a fixed point of Sanitizer::clean().
class TestRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("html");
        const QDir dir(QStringLiteral(NEWSDESK_TEST_DATA "/roundtrip"));
        const QStringList files = dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << readFile(dir.filePath(file));

        QJsonObject reference =
                QJsonDocument::fromJson(
                        readFile(QStringLiteral(NEWSDESK_DEMO_DIR "/reference-article.json"))
                                .toUtf8())
                        .object();
        QString body = reference.value("body"_L1).toString();
        body.replace(u"{photo}"_s, u"1"_s);
        QVERIFY(body.size() > 1000);
        QTest::newRow("demo reference article") << body;
    }

    void corpus()
    {
        QFETCH(QString, html);
        QVERIFY(!html.isEmpty());
        // The corpus is canonical, or the comparison below would prove nothing.
        QCOMPARE(Sanitizer::clean(html).html, html);
        QCOMPARE(roundTrip(html), html);
    }

    void writer_doesNotEchoToHtml()
    {
        QTextDocument document;
        DocumentReader::read(&document, u"<p>a <strong>b</strong></p>"_s);
        const QString serialized = DocumentWriter::serialize(&document);
        QVERIFY(!serialized.contains("style"_L1));
        QCOMPARE(DocumentWriter::toHtml(&document), u"<p>a <strong>b</strong></p>"_s);
    }

    void reader_buildsTheDocumentedStructure()
    {
        QTextDocument document;
        DocumentReader::read(
                &document, readFile(QStringLiteral(NEWSDESK_TEST_DATA "/roundtrip/figures.html")));
        int figures = 0;
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            if (DocumentFormat::frameKind(frame) == DocumentFormat::FrameKind::Figure)
                ++figures;
        }
        QCOMPARE(figures, 4);
        const QTextBlock first =
                document.rootFrame()->childFrames().first()->firstCursorPosition().block();
        QCOMPARE(DocumentFormat::blockKind(first), DocumentFormat::BlockKind::FigureImage);
        QCOMPARE(DocumentFormat::blockKind(first.next()), DocumentFormat::BlockKind::Caption);
        QVERIFY(first.next().text().endsWith(u"新华社记者鞠鹏摄"_s));

        DocumentReader::read(&document, u"<ol start=\"3\"><li>x</li></ol>"_s);
        QTextList *list = document.begin().textList();
        QVERIFY(list);
        QCOMPARE(list->format().intProperty(DocumentFormat::ListStart), 3);
    }

    void editedDocuments_areFixedPointsOfClean_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("typed spaces") << u"spaces"_s << u"<p>a b</p>"_s;
        QTest::newRow("bold across paragraphs")
                << u"bold"_s << u"<p><strong>one</strong></p>\n<p><strong>two</strong></p>"_s;
        QTest::newRow("empty paragraphs") << u"empty"_s << u"<p>x</p>"_s;
        QTest::newRow("image in a paragraph")
                << u"image"_s
                << u"<p>a</p>\n<figure><img src=\"media:5\" alt=\"\"></figure>\n<p>b</p>"_s;
        QTest::newRow("table typed")
                << u"table"_s
                << u"<table><tbody><tr><td>1</td><td></td></tr><tr><td></td><td>4</td></tr></tbody></table>"_s;
        QTest::newRow("list item and continuation")
                << u"list"_s << u"<ul><li><p>a</p><p>more</p></li><li>b</li></ul>"_s;
    }

    void editedDocuments_areFixedPointsOfClean()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        QTextDocument document;
        QTextCursor cursor(&document);
        if (edit == "spaces"_L1) {
            cursor.insertText(u"  a   b  "_s);
        } else if (edit == "bold"_L1) {
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            cursor.insertText(u"one"_s, bold);
            cursor.insertBlock();
            cursor.insertText(u"two"_s, bold);
        } else if (edit == "empty"_L1) {
            cursor.insertBlock();
            cursor.insertText(u"x"_s);
            cursor.insertBlock();
            cursor.insertBlock();
        } else if (edit == "image"_L1) {
            cursor.insertText(u"a"_s);
            QTextImageFormat image;
            image.setName(u"media:5"_s);
            cursor.insertImage(image);
            cursor.insertText(u"b"_s);
        } else if (edit == "table"_L1) {
            QTextTable *table = cursor.insertTable(2, 2);
            table->cellAt(0, 0).firstCursorPosition().insertText(u"1"_s);
            table->cellAt(1, 1).firstCursorPosition().insertText(u"4"_s);
        } else if (edit == "list"_L1) {
            cursor.insertText(u"a"_s);
            QTextList *list = cursor.createList(QTextListFormat::ListDisc);
            QTextBlockFormat continuation;
            continuation.setIndent(1);
            continuation.setProperty(DocumentFormat::ListContinuation, true);
            cursor.insertBlock(continuation);
            cursor.insertText(u"more"_s);
            cursor.insertBlock(QTextBlockFormat());
            cursor.insertText(u"b"_s);
            list->add(cursor.block());
        }
        const QString written = DocumentWriter::toHtml(&document);
        QCOMPARE(written, expected);
        QCOMPARE(Sanitizer::clean(written).html, written);
        QCOMPARE(roundTrip(written), written);
    }

    void largeBody_roundTripsQuickly()
    {
        const QString article =
                readFile(QStringLiteral(NEWSDESK_TEST_DATA "/roundtrip/long-mixed-article.html"));
        QString body = article;
        for (int i = 0; i < 40; ++i)
            body += u'\n' + article;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(roundTrip(body), body);
        qInfo("round trip of %lld KB: %lld ms", qlonglong(body.toUtf8().size() / 1024),
              qlonglong(timer.elapsed()));
    }
};

QTEST_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
