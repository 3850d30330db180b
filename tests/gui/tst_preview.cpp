// The preview: its bytes are the renderer's, its page is a real DOM in Qt WebEngine, nothing
// outside newsdesk:// is loaded, and a broken theme shows its error instead of a page.
#include "common/dialogs.h"
#include "config/settings.h"
#include "demo/demonewsroom.h"
#include "editor/articleeditor.h"
#include "editor/bodyeditor.h"
#include "editor/editortabs.h"
#include "library/librarysession.h"
#include "preview/previewinterceptor.h"
#include "preview/previewpage.h"
#include "preview/previewpane.h"
#include "preview/previewscheme.h"
#include "preview/previewschemehandler.h"
#include "preview/previewservice.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/theme.h"
#include "renderfixture.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/siterepository.h"
#include "testlibrary.h"
#include "typing.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace Newsdesk {

class TestPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::RenderFixture m_fixture;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LibrarySession> m_session;

    // Runs script in the pane's page and waits for its result.
    static QVariant evaluate(PreviewPane &pane, const QString &script)
    {
        // The answer may come after a timeout: it must not write into this frame then.
        struct Answer
        {
            QVariant value;
            bool done = false;
        };
        auto answer = std::make_shared<Answer>();
        pane.view()->page()->runJavaScript(script, [answer](const QVariant &value) {
            answer->value = value;
            answer->done = true;
        });
        if (!QTest::qWaitFor([&] { return answer->done; }, 10000))
            qWarning("script did not finish: %s", qPrintable(script));
        return answer->value;
    }

    static bool waitForPage(QSignalSpy &shown, int count = 1)
    {
        return QTest::qWaitFor([&] { return shown.count() >= count; }, 30000);
    }

    Article reference() const
    {
        return m_session->library()->articles().byId(m_fixture.referenceId).value();
    }

    // Writes a copy of the default theme into folder, with edit applied to one template.
    static void copyTheme(const QString &folder,
                          const std::function<void(const QString &, QByteArray &)> &edit)
    {
        const QDir source(Theme::DefaultFolder);
        for (const QString &sub :
             {u"templates"_s, u"templates/partials"_s, u"assets"_s, u"strings"_s}) {
            QDir(folder).mkpath(sub);
            const QDir dir(source.filePath(sub));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile in(dir.filePath(name));
                QVERIFY(in.open(QIODevice::ReadOnly));
                QByteArray bytes = in.readAll();
                edit(sub + u'/' + name, bytes);
                QFile out(folder + u'/' + sub + u'/' + name);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(bytes);
            }
        }
    }

    void useTheme(const QString &folder)
    {
        Library &library = *m_session->library();
        SiteSettings settings = library.site().settings().value();
        settings.theme = folder;
        QVERIFY(library.site().setSettings(settings).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = Test::RenderFixture::create(m_dir);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_session = std::make_unique<LibrarySession>(*m_settings);
        QVERIFY(m_session->open(m_fixture.path).ok());
        // The chief editor may edit the reference article the editor tests type into.
        m_session->setCurrentUser(
                m_session->library()->users().byName(DemoNewsroom::ChiefEditor).value());
    }

    void init() { useTheme(QString()); }

    void service_rendersTheRenderersBytes()
    {
        PreviewService service;
        service.setLibrary(m_fixture.path);
        QSignalSpy ready(&service, &PreviewService::pagesReady);
        const Article article = reference();
        const quint64 id = service.requestArticle(article);
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.at(0).at(0).toULongLong(), id);
        const auto pages = ready.at(0).at(1).value<QList<RenderedPage>>();
        QCOMPARE(pages.size(), 2); // the article's one page, then the 404 page

        Result<std::shared_ptr<const SiteData>> site = SiteData::load(*m_session->library());
        QVERIFY(site.ok());
        Renderer renderer(Theme::loadDefault().value(), site.value());
        const RenderedPage expected = renderer.articlePage(article).value();
        QCOMPARE(pages.at(0).path, expected.path);
        QCOMPARE(pages.at(0).html, expected.html);
        QCOMPARE(pages.at(1).html, renderer.notFoundPage().value().html);
    }

    void service_rendersEveryPageOfAMultiPageArticle()
    {
        PreviewService service;
        service.setLibrary(m_fixture.path);
        QSignalSpy ready(&service, &PreviewService::pagesReady);
        service.requestArticle(
                m_session->library()->articles().byId(m_fixture.multiPageId).value());
        QVERIFY(ready.wait(20000));
        const auto pages = ready.at(0).at(1).value<QList<RenderedPage>>();
        QCOMPARE(pages.size(), 4);
        QVERIFY(pages.at(1).path.endsWith(u"_2.html"_s));
        QVERIFY(pages.at(2).path.endsWith(u"_3.html"_s));
    }

    void service_answersOnlyTheNewestOfWaitingRequests()
    {
        PreviewService service;
        service.setLibrary(m_fixture.path);
        QSignalSpy ready(&service, &PreviewService::pagesReady);
        Article article = reference();
        quint64 last = 0;
        for (int i = 0; i < 30; ++i) {
            article.title = u"标题 %1"_s.arg(i);
            last = service.requestArticle(article);
        }
        service.waitForIdle();
        QTest::qWait(50);
        QVERIFY(ready.count() >= 1);
        QVERIFY(ready.count() < 30);
        QCOMPARE(ready.constLast().at(0).toULongLong(), last);
        const auto pages = ready.constLast().at(1).value<QList<RenderedPage>>();
        QVERIFY(QString::fromUtf8(pages.at(0).html).contains(u"标题 29"_s));
    }

    void pane_showsTheArticlePage_andItsDomIsThePortalPage()
    {
        PreviewPane pane(*m_session);
        pane.resize(1000, 800);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        const Article article = reference();
        // The bytes served are the renderer's bytes.
        QVERIFY(!pane.schemeHandler()->page(pane.currentPath()).isEmpty());
        QCOMPARE(pane.view()->url(), PreviewScheme::urlFor(pane.currentPath()));
        QCOMPARE(evaluate(pane, u"document.querySelector('h1').textContent"_s).toString(),
                 article.title);
        QCOMPARE(evaluate(pane, u"document.documentElement.lang"_s).toString(), u"zh-CN"_s);
        const QString crumbs =
                evaluate(pane, u"document.querySelector('.breadcrumb').textContent"_s).toString();
        QVERIFY2(crumbs.contains(u"热点"_s), qPrintable(crumbs));
        // The figure's photo came through the scheme from the library's media.
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return evaluate(pane,
                                    u"document.querySelector('figure img').complete && "
                                    "document.querySelector('figure img').naturalWidth"_s)
                                   .toInt()
                            > 0;
                },
                10000));
        // So did the theme's style sheet: the page is styled.
        QVERIFY(evaluate(pane,
                         u"document.styleSheets.length > 0 && "
                         "document.styleSheets[0].cssRules.length"_s)
                        .toInt()
                > 10);
        QVERIFY(pane.interceptor()->blocked().isEmpty());
    }

    void pane_showsUnsavedEdits_andKeepsTheScrollPosition()
    {
        PreviewPane pane(*m_session);
        pane.resize(800, 400);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        evaluate(pane, u"window.scrollTo(0, 600)"_s);
        QTRY_VERIFY(evaluate(pane, u"window.scrollY"_s).toInt() > 300);
        const int before = evaluate(pane, u"window.scrollY"_s).toInt();

        Article edited = reference();
        edited.title = u"尚未保存的标题"_s;
        pane.showUnsaved(edited);
        QVERIFY(waitForPage(shown, 2));
        QCOMPARE(evaluate(pane, u"document.querySelector('h1').textContent"_s).toString(),
                 edited.title);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(pane, u"window.scrollY"_s).toInt(), before, 5000);
    }

    void pane_previewsTheChannelAndHomePages_atPhoneWidth()
    {
        PreviewPane pane(*m_session);
        pane.resize(1000, 800);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        pane.setTarget(PreviewPane::Target::Channel);
        QVERIFY(waitForPage(shown, 2));
        QVERIFY2(pane.currentPath().startsWith(u"zixun/redian/"_s), qPrintable(pane.currentPath()));
        QVERIFY(pane.currentPath().endsWith(u"index.html"_s));
        pane.setTarget(PreviewPane::Target::Home);
        QVERIFY(waitForPage(shown, 3));
        QCOMPARE(pane.currentPath(), u"index.html"_s);
    }

    void pane_atPhoneWidth_showsThePageWithoutSidewaysScrolling()
    {
        PreviewPane pane(*m_session);
        pane.resize(1000, 800);
        pane.setPhoneWidth(true);
        pane.show();
        QCOMPARE(pane.view()->width(), 390);
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        QCOMPARE(evaluate(pane, u"window.innerWidth"_s).toInt(), 390);
        QVERIFY(evaluate(pane, u"document.documentElement.scrollWidth <= window.innerWidth"_s)
                        .toBool());
        pane.setPhoneWidth(false);
        QTRY_VERIFY(pane.view()->width() > 390);
    }

    void pane_atPhoneWidth_loadsTheResizedVariantOfAPhoto()
    {
        PreviewPane pane(*m_session);
        pane.resize(1000, 800);
        pane.setPhoneWidth(true);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        // The page offers the 640 px photo and its 480 px variant; 340 px of column on a
        // phone make the browser take the variant, which the scheme makes from the original.
        const QString srcset =
                evaluate(pane, u"document.querySelector('figure img').srcset"_s).toString();
        QVERIFY2(srcset.contains(u"-480w.jpg 480w"_s), qPrintable(srcset));
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return evaluate(pane,
                                    u"document.querySelector('figure img').complete && "
                                    "document.querySelector('figure img').naturalWidth"_s)
                                   .toInt()
                            > 0;
                },
                10000));
        const QString current =
                evaluate(pane, u"document.querySelector('figure img').currentSrc"_s).toString();
        QVERIFY2(current.endsWith(u"-480w.jpg"_s), qPrintable(current));
        // Its naturalWidth is density-corrected (480 px shown in 340): load the file alone.
        evaluate(pane,
                 u"window.probe = new Image(); window.probe.src = "
                 "document.querySelector('figure img').currentSrc; true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
                evaluate(pane, u"window.probe.complete ? window.probe.naturalWidth : -1"_s).toInt(),
                480, 10000);
        QVERIFY(pane.schemeHandler()->variantsRendered() >= 1);
        QVERIFY(pane.interceptor()->blocked().isEmpty());
    }

    void editor_showsItsArticleBesideIt_asItIsTyped()
    {
        EditorTabs tabs(*m_session, new QWidget); // the tabs own their library page
        tabs.resize(1400, 900);
        tabs.show();
        ArticleEditor *editor = tabs.openArticle(m_fixture.referenceId);
        QVERIFY(editor);
        QTRY_VERIFY(editor->previewPane());
        PreviewPane *pane = editor->previewPane();
        QSignalSpy shown(pane, &PreviewPane::pageShown);
        QVERIFY(waitForPage(shown));

        QTextEdit *body = editor->bodyEditor()->textEdit();
        body->setFocus();
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::End);
        body->setTextCursor(cursor);
        Test::typeText(body, u"新写的一句话。"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
                evaluate(*pane, u"document.querySelector('.article-body').textContent"_s)
                        .toString()
                        .contains(u"新写的一句话。"_s),
                10000);
        // Hiding the preview keeps the editor; showing it again renders the edits so far.
        tabs.setPreviewVisible(false);
        QVERIFY(!pane->isVisible());
        tabs.setPreviewVisible(true);
        QVERIFY(pane->isVisible());
        // Leave without saving: the fixture library stays as the other tests expect it.
        Dialogs::setNextAnswer(QMessageBox::Discard);
        QVERIFY(tabs.closeEditor(editor));
    }

    void pane_blocksRemoteRequestsOfATheme()
    {
        // A server that would answer: the preview must never ask it.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            ++connections;
            delete server.nextPendingConnection();
        });
        const QByteArray remote =
                "http://127.0.0.1:" + QByteArray::number(server.serverPort()) + "/pixel.png";
        const QString folder = m_dir.filePath(u"remote-theme"_s);
        copyTheme(folder, [&](const QString &name, QByteArray &bytes) {
            if (name == u"templates/article.mustache"_s)
                bytes.replace("<div class=\"article-body\">",
                              QByteArray("<img id=\"remote\" src=\"" + remote
                                         + "\" alt=\"\"><div class=\"article-body\">"));
        });
        useTheme(folder);
        PreviewPane pane(*m_session);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        QTRY_VERIFY(evaluate(pane, u"document.getElementById('remote').complete"_s).toBool());
        QCOMPARE(evaluate(pane, u"document.getElementById('remote').naturalWidth"_s).toInt(), 0);
        QTest::qWait(300);
        QCOMPARE(connections, 0);
    }

    void pane_refusesNavigationAway()
    {
        PreviewPane pane(*m_session);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        QList<QUrl> opened;
        PreviewPage::setExternalOpener([&](const QUrl &url) { opened.append(url); });
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(waitForPage(shown));
        const QUrl before = pane.view()->url();
        evaluate(pane,
                 u"var a = document.createElement('a'); a.href = 'https://example.org/';"
                 "document.body.appendChild(a); a.click();"_s);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0), QUrl(u"https://example.org/"_s));
        QTest::qWait(200);
        QCOMPARE(pane.view()->url(), before);
        PreviewPage::setExternalOpener([](const QUrl &) {});
    }

    void pane_showsATemplateErrorWithFileAndLine()
    {
        const QString folder = m_dir.filePath(u"broken-theme"_s);
        copyTheme(folder, [](const QString &name, QByteArray &bytes) {
            if (name == u"templates/article.mustache"_s)
                bytes.replace("{{/paged}}", "{{/pagedd}}");
        });
        useTheme(folder);
        PreviewPane pane(*m_session);
        pane.show();
        QSignalSpy shown(&pane, &PreviewPane::pageShown);
        QSignalSpy failed(&pane, &PreviewPane::renderFailed);
        pane.showArticle(m_fixture.referenceId);
        QVERIFY(failed.wait(20000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(u"article.mustache"_s), qPrintable(message));
        QVERIFY2(message.contains(QRegularExpression(u"line \\d+"_s)), qPrintable(message));
        QVERIFY(waitForPage(shown));
        const QString text = evaluate(pane, u"document.body.innerText"_s).toString();
        QVERIFY2(text.contains(u"article.mustache"_s), qPrintable(text));
    }
};

} // namespace Newsdesk

int main(int argc, char *argv[])
{
    // The scheme must be known to Qt WebEngine before the application exists.
    Newsdesk::PreviewScheme::registerScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    Newsdesk::TestPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
