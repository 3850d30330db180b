#include "help/manualbrowser.h"
#include "help/manualwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextCursor>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The anchors of a Markdown file's headings, as ManualBrowser computes them.
QStringList headingAnchors(const QString &path)
{
    QStringList anchors;
    const QStringList lines = readText(path).split(u'\n');
    for (const QString &line : lines) {
        static const QRegularExpression heading(u"^#{1,6}\\s+(.*)$"_s);
        const QRegularExpressionMatch match = heading.match(line);
        if (match.hasMatch())
            anchors.append(ManualBrowser::anchorOf(match.captured(1).remove(u'`')));
    }
    return anchors;
}

// The images the document shows, with the width they are drawn at.
QList<std::pair<QString, qreal>> shownImages(QTextDocument *document)
{
    QList<std::pair<QString, qreal>> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const QImage image =
                    document->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>();
            images.append({name, image.isNull() ? -1.0 : image.width() / image.devicePixelRatio()});
        }
    }
    return images;
}

} // namespace

// Help > User Manual: the manual of docs/manual shown in its window from the copy beside the
// binary, its links and section anchors followed, its screenshots fitted to the window, both
// languages; and the manual itself checked: every link and picture leads somewhere.
class TestManualWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void indexFile_isFoundBesideTheBinary()
    {
        const QString folder = ManualWindow::searchedFolders().constFirst();
        QCOMPARE(folder, QDir::cleanPath(QCoreApplication::applicationDirPath()
                                         + u"/../share/doc/newsdesk/manual"_s));
        QCOMPARE(ManualWindow::indexFile(u"en"_s), folder + u"/en/index.md"_s);
        QCOMPARE(ManualWindow::indexFile(u"zh_CN"_s), folder + u"/zh_CN/index.md"_s);
        QVERIFY(ManualWindow::indexFile(u"fr"_s).isEmpty());
    }

    void anchorOf_followsGitHub_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("words") << u"Autosave and recovery"_s << u"autosave-and-recovery"_s;
        QTest::newRow("punctuation") << u"Edits of published articles: a note"_s
                                     << u"edits-of-published-articles-a-note"_s;
        QTest::newRow("Chinese") << u"自动保存与恢复"_s << u"自动保存与恢复"_s;
        QTest::newRow("Chinese punctuation") << u"已发布的文章：修改稿"_s << u"已发布的文章修改稿"_s;
        QTest::newRow("hyphen") << u"Step-by-step"_s << u"step-by-step"_s;
    }

    void anchorOf_followsGitHub()
    {
        QFETCH(QString, heading);
        QFETCH(QString, anchor);
        QCOMPARE(ManualBrowser::anchorOf(heading), anchor);
    }

    void joinChineseLines_leavesNoGapInChinese_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("joined");
        QTest::newRow("Chinese") << u"再把稿件\n导出为网站"_s << u"再把稿件导出为网站"_s;
        QTest::newRow("punctuation") << u"安装 Newsdesk、\n维护服务器"_s
                                     << u"安装 Newsdesk、维护服务器"_s;
        QTest::newRow("English") << u"a static\nsite"_s << u"a static\nsite"_s;
        QTest::newRow("mixed") << u"安装\nNewsdesk"_s << u"安装\nNewsdesk"_s;
        QTest::newRow("paragraphs") << u"第一段。\n\n第二段"_s << u"第一段。\n\n第二段"_s;
        QTest::newRow("list") << u"说明：\n1. 第一"_s << u"说明：\n1. 第一"_s;
        QTest::newRow("heading") << u"## 标题\n正文"_s << u"## 标题\n正文"_s;
    }

    void joinChineseLines_leavesNoGapInChinese()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, joined);
        QCOMPARE(ManualBrowser::joinChineseLines(markdown), joined);
    }

    void window_opensTheContentsAndFollowsLinks()
    {
        ManualWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.language(), u"en"_s);
        ManualBrowser *browser = window.browser();
        QVERIFY(browser->source().path().endsWith(u"/en/index.md"_s));
        QCOMPARE(window.windowTitle(), u"Newsdesk user manual"_s);
        QVERIFY(browser->toPlainText().contains(u"Writing articles"_s));

        // Click the link to chapter 3.
        const int at = int(browser->toPlainText().indexOf(u"Libraries and the newsroom server"_s));
        QVERIFY(at > 0);
        QTextCursor cursor(browser->document());
        cursor.setPosition(at + 3);
        const QPoint point = browser->cursorRect(cursor).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(browser->source().path().endsWith(u"/en/03-libraries.md"_s));
        QVERIFY(browser->source().path().endsWith(u"/en/03-libraries.md"_s));
        QCOMPARE(window.windowTitle(), u"Libraries and the newsroom server — User Manual"_s);
        auto *back = window.findChild<QAction *>(u"manual.back"_s);
        QVERIFY(back && back->isEnabled());
        back->trigger();
        QVERIFY(browser->source().path().endsWith(u"/en/index.md"_s));
        QVERIFY(window.findChild<QAction *>(u"manual.forward"_s)->isEnabled());
    }

    void sectionLink_scrollsToItsHeading_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<bool>("atTop"); // else the page ends within the view
        QTest::newRow("middle") << u"04-writing.md#the-body"_s << u"The body"_s << true;
        QTest::newRow("last section")
                << u"04-writing.md#autosave-and-recovery"_s << u"Autosave and recovery"_s << false;
    }

    void sectionLink_scrollsToItsHeading()
    {
        QFETCH(QString, page);
        QFETCH(QString, heading);
        QFETCH(bool, atTop);
        ManualWindow window;
        window.resize(800, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(page));
        ManualBrowser *browser = window.browser();
        const QTextBlock block = browser->textCursor().block();
        QCOMPARE(block.text(), heading);
        QVERIFY(block.blockFormat().headingLevel() > 0);
        QScrollBar *bar = browser->verticalScrollBar();
        QVERIFY(bar->value() > 0);
        const int top = browser->cursorRect().top();
        const int height = browser->viewport()->height();
        QVERIFY2(top >= 0 && top < (atTop ? height / 4 : height), qPrintable(QString::number(top)));
        if (!atTop) // as near the top as the page's end lets it
            QVERIFY(top < height / 4 || bar->value() == bar->maximum());
    }

    void screenshots_fitTheWindow()
    {
        ManualWindow window;
        window.resize(700, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"02-window.md"_s));
        const QList<std::pair<QString, qreal>> images = shownImages(window.browser()->document());
        QVERIFY(!images.isEmpty());
        const int width = window.browser()->viewport()->width();
        for (const auto &[name, shownWidth] : images) {
            QVERIFY2(shownWidth > 0, qPrintable(name));
            QVERIFY2(shownWidth <= width, qPrintable(name + u" "_s + QString::number(shownWidth)));
        }
        // The screenshots are wider than this window: they were shrunk, not cut.
        QVERIFY(images.constFirst().second > width / 2);
    }

    void language_switchesToChinese()
    {
        ManualWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setLanguage(u"zh_CN"_s);
        QVERIFY(window.browser()->source().path().endsWith(u"/zh_CN/index.md"_s));
        QVERIFY(window.windowTitle().startsWith(u"Newsdesk 用户手册"_s));
        QVERIFY(window.showPage(u"04-writing.md#自动保存与恢复"_s));
        QCOMPARE(window.browser()->textCursor().block().text(), u"自动保存与恢复"_s);
    }

    void missingManual_saysWhereItLooked()
    {
        ManualWindow window;
        window.setLanguage(u"fr"_s);
        QVERIFY(!window.showPage(u"index.md"_s));
        const QString text = window.browser()->toPlainText();
        QVERIFY(text.contains(u"The manual is not installed"_s));
        QVERIFY(text.contains(ManualWindow::searchedFolders().constFirst()));
    }

    // Every link between chapters (with its #section) and every picture of both languages
    // leads to something that exists.
    void manual_everyLinkAndPictureResolves()
    {
        const QString root = QFileInfo(ManualWindow::indexFile(u"en"_s)).dir().absolutePath()
                + u"/.."_s;
        static const QRegularExpression link(u"\\]\\(([^)\\s]+)\\)"_s);
        QStringList broken;
        int checked = 0;
        QDirIterator pages(root, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (pages.hasNext()) {
            const QString page = pages.next();
            const QString text = readText(page);
            for (const QRegularExpressionMatch &match : link.globalMatch(text)) {
                const QUrl target(match.captured(1));
                if (!target.scheme().isEmpty())
                    continue; // the web
                ++checked;
                const QString file = QFileInfo(page).dir().filePath(target.path());
                if (!target.path().isEmpty() && !QFileInfo::exists(file)) {
                    broken.append(page + u": "_s + match.captured(1));
                    continue;
                }
                if (target.hasFragment()
                    && !headingAnchors(target.path().isEmpty() ? page : file)
                                .contains(target.fragment(QUrl::FullyDecoded).toLower()))
                    broken.append(page + u": no heading for "_s + match.captured(1));
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
        QVERIFY(checked > 60);
    }
};

QTEST_MAIN(TestManualWindow)
#include "tst_manualwindow.moc"
