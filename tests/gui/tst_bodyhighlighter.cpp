#include "common/colors.h"
#include "palettes.h"
#include "document/documentformat.h"
#include "editor/bodyeditor.h"
#include "editor/bodyhighlighter.h"

#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

const QString Body = u"<p>见<a href=\"https://example.com/a\">新华网</a>报道。</p>\n"
                     "<figure><img src=\"https://example.com/p.jpg\" alt=\"会场\">"
                     "<figcaption>会议在北京召开。</figcaption></figure>\n"
                     "<hr class=\"page-break\" data-title=\"第二页\">\n"
                     "<table><thead><tr><th>省份</th></tr></thead>"
                     "<tbody><tr><td>云南</td></tr></tbody></table>"_s;


// The colour the editor draws at a position of a block: the highlighter's, else the text's own.
QColor drawnColour(const QTextBlock &block, int offset)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length
            && range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    }
    return {};
}

QTextBlock blockOfKind(const QTextDocument *document, DocumentFormat::BlockKind kind)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::blockKind(block) == kind)
            return block;
    }
    return {};
}

QTextBlock blockContaining(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

} // namespace

// The body's links, captions and page-break titles take their colours from the text field's
// palette, light or dark, and follow it when it changes, without touching the article: the
// HTML, the undo history and the modified flag stay as they were.
class TestBodyHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void colours_comeFromThePaletteAndFollowIt()
    {
        BodyEditor editor;
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCanonicalHtml(Body);
        const QString html = editor.canonicalHtml();
        QCOMPARE(html, Body);
        auto *highlighter = editor.document()->findChild<BodyHighlighter *>();
        QVERIFY(highlighter);

        QTextEdit *edit = editor.textEdit();
        const QTextBlock paragraph = blockContaining(editor.document(), u"新华网"_s);
        const int link = int(paragraph.text().indexOf(u"新华网"_s));
        const QTextBlock caption = blockOfKind(editor.document(), DocumentFormat::BlockKind::Caption);
        const QTextBlock pageBreak =
                blockOfKind(editor.document(), DocumentFormat::BlockKind::PageBreak);
        QVERIFY(paragraph.isValid() && caption.isValid() && pageBreak.isValid());

        QCOMPARE(drawnColour(paragraph, link), Colors::link(edit->palette()));
        QCOMPARE(drawnColour(paragraph, 0), QColor()); // plain text: the palette's text colour
        QCOMPARE(drawnColour(caption, 0), Colors::mutedText(edit->palette()));
        QCOMPARE(drawnColour(pageBreak, 0), Colors::mutedText(edit->palette()));

        QSignalSpy changed(&editor, &BodyEditor::contentsChanged);
        edit->setPalette(Test::darkPalette());
        const QColor base = Test::darkPalette().color(QPalette::Base);
        const QColor darkLink = drawnColour(paragraph, link);
        QVERIFY2(Colors::contrastRatio(darkLink, base) >= Colors::MinimumContrast,
                 qPrintable(darkLink.name()));
        QVERIFY(Colors::contrastRatio(QColor(0x00, 0x00, 0xff), base) < Colors::MinimumContrast);
        QVERIFY(Colors::contrastRatio(drawnColour(caption, 0), base) >= Colors::MinimumContrast);
        QCOMPARE(drawnColour(pageBreak, 0), Colors::mutedText(Test::darkPalette()));

        // The article is untouched.
        QCOMPARE(editor.canonicalHtml(), html);
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.document()->availableUndoSteps(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void document_holdsNoTextColour()
    {
        BodyEditor editor;
        editor.setCanonicalHtml(Body);
        for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY2(!it.fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush),
                         qPrintable(it.fragment().text()));
            }
        }
        // Backgrounds are translucent tints, so they work on both palettes.
        QCOMPARE(DocumentFormat::pageBreakBackground().alpha() < 255, true);
        QCOMPARE(DocumentFormat::headerCellBackground().alpha() < 255, true);
    }

    void typedLink_isColouredAsItIsMade()
    {
        BodyEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCanonicalHtml(u"<p>前文</p>"_s);
        QTextCursor cursor(editor.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"链接"_s, DocumentFormat::linkFormat(u"https://example.com"_s, {}));
        const QTextBlock block = editor.document()->firstBlock();
        QCOMPARE(drawnColour(block, 2), Colors::link(editor.textEdit()->palette()));
        QCOMPARE(drawnColour(block, 0), QColor());
    }
};

QTEST_MAIN(TestBodyHighlighter)
#include "tst_bodyhighlighter.moc"
