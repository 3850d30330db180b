#include "editor/bodyeditor.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QElapsedTimer>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextFrame>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The body editor driven offscreen as an editor uses it: typing Chinese and English,
// formatting from the actions, photos, paste of hostile and plain content, the source view,
// find and replace, and a 10 MB paste that must not block the event loop.
class TestBodyEditor final : public QObject
{
    Q_OBJECT

private:
    // type() takes Latin-1 only: on Qt 6.4 a Han character asserts in
    // qasciikey.cpp. Other characters are sent as key events carrying their text, the way a
    // keyboard layout delivers them.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }

    // A Chinese input method commits whole words at once.
    static void commit(QWidget *widget, const QString &text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(widget, &event);
    }

    QAction *action(const QString &name) const
    {
        QAction *found = m_editor->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    void paste(QMimeData *data)
    {
        QGuiApplication::clipboard()->setMimeData(data);
        m_editor->textEdit()->paste();
    }

    // Answers the next modal dialog: fills the named line edits, then accepts it.
    void answerDialog(const QList<std::pair<QString, QString>> &fields)
    {
        QTimer::singleShot(0, this, [fields] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            for (const auto &[name, value] : fields) {
                auto *edit = dialog->findChild<QLineEdit *>(name);
                QVERIFY2(edit, qPrintable(name));
                edit->setText(value);
            }
            qobject_cast<QDialog *>(dialog)->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = Test::openLibrary(Test::createLibrary(m_dir, u"body.newsdesk"_s, false));
        QVERIFY(m_library);
    }

    void init()
    {
        m_editor = std::make_unique<BodyEditor>();
        m_editor->setLibrary(m_library.get());
        m_editor->resize(800, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->textEdit()->setFocus();
    }

    void cleanup() { m_editor.reset(); }

    void typing_chineseAndEnglish()
    {
        QSignalSpy changed(m_editor.get(), &BodyEditor::contentsChanged);
        type(m_editor->textEdit(), u"脱贫攻坚 COVID-19 test"_s);
        QCOMPARE(m_editor->canonicalHtml(), u"<p>脱贫攻坚 COVID-19 test</p>"_s);
        commit(m_editor->textEdit(), u",东西协作"_s);
        QCOMPARE(m_editor->canonicalHtml(), u"<p>脱贫攻坚 COVID-19 test,东西协作</p>"_s);
        QVERIFY(m_editor->isModified());
        QVERIFY(changed.count() > 0);
        QTRY_VERIFY(m_editor->findChild<QLabel *>(u"bodyCounts"_s)->text().contains(u"字数 10"_s));
    }

    void setCanonicalHtml_isUnmodifiedWithoutUndo()
    {
        const QString body = u"<h2>标题</h2>\n<p>正文 <em>text</em></p>"_s;
        m_editor->setCanonicalHtml(body);
        QVERIFY(!m_editor->isModified());
        QVERIFY(!m_editor->document()->isUndoAvailable());
        QCOMPARE(m_editor->canonicalHtml(), body);
    }

    void formatting_boldHeadingList()
    {
        QTextEdit *edit = m_editor->textEdit();
        type(edit, u"东西协作"_s);
        action(u"formatHeading2"_s)->trigger();
        QTest::keyClick(edit, Qt::Key_Return);
        type(edit, u"plain "_s);
        action(u"formatBold"_s)->trigger();
        type(edit, u"粗体"_s);
        action(u"formatBold"_s)->trigger();
        QTest::keyClick(edit, Qt::Key_Return);
        action(u"formatBulletList"_s)->trigger();
        type(edit, u"one"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        type(edit, u"two"_s);
        action(u"formatIndent"_s)->trigger();
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<h2>东西协作</h2>\n<p>plain <strong>粗体</strong></p>\n"
                 "<ul><li><p>one</p><ul><li>two</li></ul></li></ul>"_s);
    }

    void blocks_quoteRulePageBreakTable()
    {
        QTextEdit *edit = m_editor->textEdit();
        type(edit, u"引文"_s);
        action(u"formatBlockquote"_s)->trigger();
        QCOMPARE(m_editor->canonicalHtml(), u"<blockquote><p>引文</p></blockquote>"_s);
        action(u"formatBlockquote"_s)->trigger();
        QCOMPARE(m_editor->canonicalHtml(), u"<p>引文</p>"_s);
        edit->moveCursor(QTextCursor::End);
        action(u"insertRule"_s)->trigger();
        type(edit, u"after"_s);
        action(u"insertPageBreak"_s)->trigger();
        type(edit, u"第二页"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        type(edit, u"page two"_s);
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p>引文</p>\n<hr>\n<p>after</p>\n<hr class=\"page-break\" "
                 u"data-title=\"第二页\">\n"
                 "<p>page two</p>"_s);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->accept(); // 3 × 3 with a header row
        });
        action(u"insertTable"_s)->trigger();
        QVERIFY(edit->textCursor().currentTable());
        type(edit, u"省份"_s);
        action(u"tableAddRow"_s)->trigger();
        QVERIFY2(m_editor->canonicalHtml().endsWith(
                         u"<table><thead><tr><th>省份</th><th></th><th></th></tr></thead><tbody>"
                         "<tr><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td></tr>"
                         "<tr><td></td><td></td><td></td></tr></tbody></table>"_s),
                 qPrintable(m_editor->canonicalHtml()));
    }

    void link_editAndRemove()
    {
        m_editor->setCanonicalHtml(
                u"<p>见<a href=\"https://a.cn/\" title=\"A\">新华网</a>报道</p>"_s);
        QTextCursor cursor = m_editor->textEdit()->textCursor();
        cursor.setPosition(3); // inside the link, nothing selected
        m_editor->textEdit()->setTextCursor(cursor);
        QString shownHref;
        QTimer::singleShot(0, this, [&shownHref] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            shownHref = dialog->findChild<QLineEdit *>(u"linkHref"_s)->text();
            auto *remove = dialog->findChild<QPushButton *>(u"linkRemove"_s);
            QVERIFY(remove->isVisible());
            remove->click();
        });
        action(u"formatLink"_s)->trigger();
        QCOMPARE(shownHref, u"https://a.cn/"_s);
        QCOMPARE(m_editor->canonicalHtml(), u"<p>见新华网报道</p>"_s);
    }

    void clearFormatting_keepsLinks()
    {
        m_editor->setCanonicalHtml(
                u"<h3><strong>粗</strong> <em><u>x</u></em> <a href=\"https://a.cn/\">链接</a></h3>"_s);
        m_editor->textEdit()->selectAll();
        action(u"formatClear"_s)->trigger();
        QCOMPARE(m_editor->canonicalHtml(), u"<p>粗 x <a href=\"https://a.cn/\">链接</a></p>"_s);
        QVERIFY(m_editor->isModified());
    }

    void link_refusesJavascriptAndInsertsHttps()
    {
        QTextEdit *edit = m_editor->textEdit();
        type(edit, u"新华网"_s);
        edit->selectAll();
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"linkHref"_s)->setText(u"javascript:alert(1)"_s);
            qobject_cast<QDialog *>(dialog)->accept();
            QVERIFY(dialog->isVisible()); // refused: still open, saying why
            QVERIFY(dialog->findChild<QLabel *>(u"linkProblem"_s)->isVisibleTo(dialog));
            dialog->findChild<QLineEdit *>(u"linkHref"_s)->setText(u"https://www.news.cn/"_s);
            dialog->findChild<QLineEdit *>(u"linkTitle"_s)->setText(u"Xinhua"_s);
            qobject_cast<QDialog *>(dialog)->accept();
        });
        action(u"formatLink"_s)->trigger();
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p><a href=\"https://www.news.cn/\" title=\"Xinhua\">新华网</a></p>"_s);
    }

    void figure_fromImageFileWithCaptionAndCredit()
    {
        const QString path = m_dir.filePath(u"photo.png"_s);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(path));
        type(m_editor->textEdit(), u"前文"_s);
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(path)});
        QSignalSpy notices(m_editor.get(), &BodyEditor::noticeRequested);
        paste(data);
        // Decoded and checked off the UI thread, then stored and inserted.
        QTRY_VERIFY2_WITH_TIMEOUT(!m_editor->document()->rootFrame()->childFrames().isEmpty(),
                                  qPrintable(notices.isEmpty() ? u"no figure, no notice"_s
                                                               : notices.last().first().toString()),
                                  30000);
        QTextFrame *figure = m_editor->document()->rootFrame()->childFrames().constLast();
        m_editor->textEdit()->setTextCursor(figure->firstCursorPosition());
        answerDialog({{u"figureCaption"_s, u"会议在北京召开。"_s},
                      {u"figureCredit"_s, u"新华社记者鞠鹏摄"_s},
                      {u"figureAlt"_s, u"会场"_s}});
        action(u"editFigure"_s)->trigger();
        const QString html = m_editor->canonicalHtml();
        QVERIFY2(html.startsWith(u"<p>前文</p>\n<figure><img src=\"media:"_s), qPrintable(html));
        QVERIFY2(
                html.endsWith(
                        u"\" alt=\"会场\" width=\"40\" height=\"30\"><figcaption>会议在北京召开。"
                        "<small class=\"credit\">新华社记者鞠鹏摄</small></figcaption></figure>"_s),
                qPrintable(html));
        const qint64 id = html.section(u"media:"_s, 1).section(u'"', 0, 0).toLongLong();
        QVERIFY(m_library->media().byId(id).ok());
    }

    void paste_hostileHtmlIsCleanedWithNotice()
    {
        QSignalSpy notices(m_editor.get(), &BodyEditor::noticeRequested);
        auto *data = new QMimeData;
        data->setHtml(u"<html><head><style>p{}</style></head><body><p onclick=\"steal()\">安全"
                      "<script>alert(1)</script><img src=x onerror=alert(1)> "
                      "<a href=\"javascript:alert(2)\">click</a></p>"
                      "<iframe src=\"https://evil\"></iframe></body></html>"_s);
        paste(data);
        const QString html = m_editor->canonicalHtml();
        QCOMPARE(html, u"<p>安全 click</p>"_s);
        QCOMPARE(notices.count(), 1);
        QVERIFY(!notices.first().first().toString().isEmpty());
    }

    void paste_dataImageBecomesMedia()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        auto *data = new QMimeData;
        data->setHtml(u"<p>图</p><img alt=\"红\" src=\"data:image/png;base64,"_s
                      + QString::fromLatin1(png.toBase64()) + u"\">"_s);
        paste(data);
        QTRY_VERIFY(
                !m_editor->textEdit()->isReadOnly()); // the picture is prepared off the UI thread
        const QString html = m_editor->canonicalHtml();
        QVERIFY2(html.startsWith(u"<p>图</p>\n<figure><img src=\"media:"_s), qPrintable(html));
        QVERIFY(html.contains(u"alt=\"红\""_s));
        QVERIFY(!html.contains(u"data:"_s));
    }

    void paste_plainTextKeepsParagraphs()
    {
        auto *data = new QMimeData;
        data->setText(u"第一段\n\n第二段\nsecond line <b>not a tag</b>"_s);
        paste(data);
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p>第一段</p>\n<p>第二段<br>second line &lt;b&gt;not a tag&lt;/b&gt;</p>"_s);
    }

    void sourceView_roundTripAndReportsRemovals()
    {
        m_editor->setCanonicalHtml(u"<p>原文</p>"_s);
        QAction *source = action(u"toggleSource"_s);
        source->trigger();
        auto *text = m_editor->findChild<QPlainTextEdit *>(u"bodySourceEdit"_s);
        QVERIFY(text->isVisible());
        QCOMPARE(text->toPlainText(), u"<p>原文</p>"_s);
        QSignalSpy notices(m_editor.get(), &BodyEditor::noticeRequested);
        text->setPlainText(u"<p style=\"color:red\">改过 <b>bold</b></p>"_s);
        QVERIFY(m_editor->isModified());
        source->trigger();
        QVERIFY(!text->isVisible());
        QCOMPARE(m_editor->canonicalHtml(), u"<p>改过 <strong>bold</strong></p>"_s);
        QCOMPARE(notices.count(), 1);
        // Undo brings the earlier body back in one step.
        m_editor->document()->undo();
        QCOMPARE(m_editor->canonicalHtml(), u"<p>原文</p>"_s);
    }

    void sourceView_htmlThatWouldLoseTextStays()
    {
        m_editor->setCanonicalHtml(u"<p>原文</p>"_s);
        QAction *source = action(u"toggleSource"_s);
        source->trigger();
        auto *text = m_editor->findChild<QPlainTextEdit *>(u"bodySourceEdit"_s);
        const QString typed = u"<p>keep this</p><textarea>and these words</textarea>"_s;
        text->setPlainText(typed);
        source->trigger();
        QVERIFY(text->isVisible());
        QVERIFY(source->isChecked());
        QCOMPARE(text->toPlainText(), typed);
        QVERIFY(m_editor->findChild<QLabel *>(u"bodySourceProblem"_s)->isVisible());
        QCOMPARE(m_editor->document()->toPlainText(), u"原文"_s);
        // Applying the cleaned version is the person's choice.
        m_editor->findChild<QPushButton *>(u"bodySourceApplyAnyway"_s)->click();
        QVERIFY(!text->isVisible());
        QCOMPARE(m_editor->canonicalHtml(), u"<p>keep this</p>"_s);
    }

    void findReplace_regexReplaceAllIsOneUndoStep()
    {
        m_editor->setCanonicalHtml(
                u"<p>COVID-19 and covid-20</p>\n<p>Covid-21 <strong>covid-22</strong></p>"_s);
        action(u"replaceInBody"_s)->trigger();
        m_editor->findChild<QLineEdit *>(u"findText"_s)->setText(u"covid-(\\d+)"_s);
        m_editor->findChild<QLineEdit *>(u"replaceText"_s)->setText(u"virus \\1"_s);
        m_editor->findChild<QCheckBox *>(u"findRegex"_s)->setChecked(true);
        m_editor->findChild<QPushButton *>(u"replaceAll"_s)->click();
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p>virus 19 and virus 20</p>\n<p>virus 21 <strong>virus 22</strong></p>"_s);
        m_editor->document()->undo();
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p>COVID-19 and covid-20</p>\n<p>Covid-21 <strong>covid-22</strong></p>"_s);
        // Whole word and case.
        m_editor->findChild<QCheckBox *>(u"findRegex"_s)->setChecked(false);
        m_editor->findChild<QCheckBox *>(u"findCase"_s)->setChecked(true);
        m_editor->findChild<QLineEdit *>(u"findText"_s)->setText(u"covid"_s);
        m_editor->findChild<QLineEdit *>(u"replaceText"_s)->setText(u"X"_s);
        m_editor->findChild<QPushButton *>(u"replaceAll"_s)->click();
        QCOMPARE(m_editor->canonicalHtml(),
                 u"<p>COVID-19 and X-20</p>\n<p>Covid-21 <strong>X-22</strong></p>"_s);
    }

    void paste_tenMegabytesDoesNotBlock()
    {
        QString html;
        int paragraphs = 0;
        qsizetype bytes = 0;
        while (bytes < 10 * 1024 * 1024) {
            const QString paragraph =
                    u"<div class=\"para\" style=\"margin:0\"><p>第%1段:东西部扶贫协作 "
                    "<b>poverty alleviation</b> and <span>more text</span> 结对帮扶。</p></div>"_s
                            .arg(++paragraphs);
            bytes += paragraph.toUtf8().size();
            html += paragraph;
        }
        auto *data = new QMimeData;
        data->setHtml(html);
        qint64 longest = 0;
        int ticks = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            longest = std::max(longest, sinceTick.restart());
        });
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        ticker.start();
        paste(data);
        const qint64 pasteCall = total.elapsed();
        // The paste goes on in steps after the call returns: the editor waits read-only
        // meanwhile, and the event loop runs between the steps.
        QVERIFY2(m_editor->textEdit()->isReadOnly(), "the paste was done inside the call");
        const int ticksBefore = ticks;
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->textEdit()->isReadOnly(), 240000);
        QVERIFY2(m_editor->document()->blockCount() >= paragraphs,
                 qPrintable(u"%1 blocks for %2 paragraphs"_s.arg(m_editor->document()->blockCount())
                                    .arg(paragraphs)));
        ticker.stop();
        qInfo("10 MB paste: %d paragraphs, call %lld ms, done in %lld ms, longest event-loop gap "
              "%lld ms",
              paragraphs, pasteCall, total.elapsed(), longest);
        // Times are for reading (bench figures belong in make bench): the machine may be
        // loaded. That the event loop ran during the paste is what must hold.
        QVERIFY2(ticks > ticksBefore, "the event loop did not run while pasting");
        const QString body = m_editor->canonicalHtml();
        QCOMPARE(body.count(u"<p>"_s), paragraphs);
        QVERIFY(body.endsWith(u"<p>第%1段:东西部扶贫协作 <strong>poverty alleviation</strong> and "
                              "more text 结对帮扶。</p>"_s.arg(paragraphs)));
        m_editor->document()->undo();
        QCOMPARE(m_editor->canonicalHtml(), QString());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<BodyEditor> m_editor;
};

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
