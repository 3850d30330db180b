// The renderer and the default theme: golden pages of a small fixed library, every element of
// the reference portal page, list numbering from the oldest, and determinism.
//
// Regenerate the golden files after an intended change with
//   NEWSDESK_UPDATE_GOLDENS=1 ctest -R tst_render
// and review the difference (git diff tests/data/render) before committing it.

#include "render/remoteresources.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "renderfixture.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;
using Newsdesk::Test::RenderFixture;

namespace {
// The text a reader sees: tags removed, entities of the theme decoded, spaces collapsed.
QString visibleText(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    text.remove(QRegularExpression(u"<head>.*</head>"_s,
                                   QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    text.replace(u"&gt;"_s, u">"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}
} // namespace

class TestRender final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RenderFixture m_fixture;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Renderer> m_renderer;

    std::unique_ptr<Renderer> makeRenderer()
    {
        SiteData::Options options;
        options.asOf = RenderFixture::AsOf;
        Result<std::shared_ptr<const SiteData>> site = SiteData::load(*m_library, options);
        if (!site)
            qFatal("%s", qPrintable(site.error().message()));
        Result<Theme> theme = Theme::loadDefault();
        if (!theme)
            qFatal("%s", qPrintable(theme.error().message()));
        return std::make_unique<Renderer>(std::move(theme.value()), site.value());
    }

    Result<RenderedPage> article(Renderer &renderer, qint64 id, int number = 1)
    {
        Result<Article> a = m_library->articles().byId(id);
        if (!a)
            return a.error();
        return renderer.articlePage(a.value(), number);
    }

    Result<RenderedPage> page(Renderer &renderer, const QString &kind, int number)
    {
        if (kind == u"reference"_s)
            return article(renderer, m_fixture.referenceId, number);
        if (kind == u"multipage"_s)
            return article(renderer, m_fixture.multiPageId, number);
        if (kind == u"list"_s)
            return renderer.channelPage(m_fixture.hotChannelId, number);
        if (kind == u"home"_s)
            return renderer.homePage();
        if (kind == u"tag"_s)
            return renderer.tagPage(u"扶贫"_s, number);
        if (kind == u"search"_s)
            return renderer.searchPage();
        return renderer.notFoundPage();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = RenderFixture::create(m_dir);
        m_library = Test::openLibrary(m_fixture.path);
        QVERIFY(m_library);
        m_renderer = makeRenderer();
    }

    void page_matchesGolden_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("path");
        QTest::newRow("article-reference")
                << u"reference"_s << 1 << u"zixun/redian/2017/0721/1.html"_s;
        QTest::newRow("article-multipage-1")
                << u"multipage"_s << 1 << u"zixun/redian/2017/0720/2.html"_s;
        QTest::newRow("article-multipage-2")
                << u"multipage"_s << 2 << u"zixun/redian/2017/0720/2_2.html"_s;
        QTest::newRow("list-index") << u"list"_s << 0 << u"zixun/redian/index.html"_s;
        QTest::newRow("list-1") << u"list"_s << 1 << u"zixun/redian/list_1.html"_s;
        QTest::newRow("list-3") << u"list"_s << 3 << u"zixun/redian/list_3.html"_s;
        QTest::newRow("home") << u"home"_s << 0 << u"index.html"_s;
        QTest::newRow("tag") << u"tag"_s << 0 << u"tags/fupin/index.html"_s;
        QTest::newRow("404") << u"404"_s << 0 << u"404.html"_s;
        QTest::newRow("search") << u"search"_s << 0 << u"search.html"_s;
    }

    void page_matchesGolden()
    {
        QFETCH(QString, kind);
        QFETCH(int, number);
        QFETCH(QString, path);
        Result<RenderedPage> rendered = page(*m_renderer, kind, number);
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message()));
        QCOMPARE(rendered.value().path, path);

        const QString golden = QStringLiteral(NEWSDESK_RENDER_GOLDEN_DIR) + u'/'
                + QString::fromLatin1(QTest::currentDataTag()) + u"/page.html"_s;
        if (qEnvironmentVariableIsSet("NEWSDESK_UPDATE_GOLDENS")) {
            QDir().mkpath(QFileInfo(golden).path());
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(rendered.value().html);
            qInfo("updated %s", qPrintable(golden));
            return;
        }
        QFile expected(golden);
        QVERIFY2(expected.open(QIODevice::ReadOnly),
                 qPrintable(u"%1 is missing; run with NEWSDESK_UPDATE_GOLDENS=1"_s.arg(golden)));
        const QByteArray want = expected.readAll();
        if (rendered.value().html != want) {
            const QList<QByteArray> got = rendered.value().html.split('\n');
            const QList<QByteArray> lines = want.split('\n');
            for (qsizetype i = 0; i < std::max(got.size(), lines.size()); ++i) {
                const QByteArray g = got.value(i), w = lines.value(i);
                if (g != w)
                    QFAIL(qPrintable(u"%1 differs at line %2:\n got: %3\nwant: %4"_s.arg(golden)
                                             .arg(i + 1)
                                             .arg(QString::fromUtf8(g), QString::fromUtf8(w))));
            }
        }
    }

    void referencePage_showsEveryElementOfThePortalPage()
    {
        Result<RenderedPage> rendered = article(*m_renderer, m_fixture.referenceId);
        QVERIFY(rendered.ok());
        const QByteArray &html = rendered.value().html;
        const QString text = visibleText(html);
        const QStringList elements {
                u"老辰光"_s, // site name
                u"当前位置: 首页 > 资讯 > 热点 >"_s,
                u"一年来,习近平推动东西扶贫协作再上新台阶"_s,
                u"时间:2017-07-21 来源:央视网 作者:央视网 点击:0"_s,
                u"2015年11月27日至28日,中央扶贫开发工作会议在北京召开。"_s, // caption
                u"新华社记者鞠鹏摄"_s, // photo credit
                u"落实“银川会议”精神 东西扶贫协作再上台阶"_s, // section heading
                u"编辑:北风"_s,
                u"(责任编辑:北风)"_s,
                u"顶一下 (0) 0%"_s,
                u"踩一下 (0) 0%"_s,
                u"------分隔线----------------------------"_s,
                u"栏目列表"_s,
                u"推荐内容"_s,
                u"热点内容"_s,
                u"广告位"_s,
                u"广告位招商"_s, // the sidebar ad slot's content
                u"上一篇:三页长文:东西部协作一年间"_s,
                u"下一篇:没有了"_s,
                u"标签: 扶贫 脱贫攻坚 东西部协作"_s,
                u"Copyright © 2017–2026 老辰光 版权所有"_s, // footer
        };
        for (const QString &element : elements)
            QVERIFY2(text.contains(element), qPrintable(u"missing: "_s + element));
        for (const char *tag :
             {"<html lang=\"zh-CN\">", "<header class=\"site-header\">", "<nav class=\"site-nav\"",
              "<main id=\"main\"", "<article", "<aside", "<footer class=\"site-footer\">",
              "<figure>", "<figcaption>", "<small class=\"credit\">", "<h1>"})
            QVERIFY2(html.contains(tag), tag);
        QVERIFY(!html.contains("media:"));
        QVERIFY(html.contains("src=\"../../../../media/"));
        QVERIFY(html.contains("href=\"../../../../theme/style.css\""));
        QVERIFY(!text.contains(u"不应出现"_s)); // drafts, embargoed and trashed articles
    }

    void multiPageArticle_linksItsPages()
    {
        QCOMPARE(Renderer::articlePageCount(
                         m_library->articles().byId(m_fixture.multiPageId).value()),
                 3);
        Result<RenderedPage> second = article(*m_renderer, m_fixture.multiPageId, 2);
        QVERIFY(second.ok());
        const QString text = visibleText(second.value().html);
        QVERIFY(text.contains(u"上一页 1 2 3 下一页"_s));
        QVERIFY(text.contains(u"第二页的正文。"_s));
        QVERIFY(!text.contains(u"第一页的正文。"_s));
        QVERIFY(second.value().html.contains("<span aria-current=\"page\">2</span>"));
        QVERIFY(second.value().html.contains("<h1 style=\"color:#cc0000\"><strong>"));
        QVERIFY(text.contains(u"顶一下 (12) 80%"_s));
        QVERIFY(text.contains(u"踩一下 (3) 20%"_s));
        QVERIFY(!article(*m_renderer, m_fixture.multiPageId, 4).ok());
    }

    void pageBreakTitles_nameTheirPages()
    {
        Article a = m_library->articles().byId(m_fixture.multiPageId).value();
        a.body = u"<p>一</p>\n<hr class=\"page-break\" data-title=\"第二页：&quot;背景&quot;\">\n"
                 "<p>二</p>"_s;
        QCOMPARE(Renderer::articlePageCount(a), 2);
        const QString second = QString::fromUtf8(m_renderer->articlePage(a, 2).value().html);
        QVERIFY2(second.contains(u"<h2 class=\"page-title\">第二页：&quot;背景&quot;</h2>"_s),
                 qPrintable(second));
        QVERIFY(second.contains(u"title=\"第二页：&quot;背景&quot;\">2</a>"_s)
                || second.contains(u"<span aria-current=\"page\">2</span>"_s));
        const QString first = QString::fromUtf8(m_renderer->articlePage(a, 1).value().html);
        QVERIFY(first.contains(u"title=\"第二页：&quot;背景&quot;\">2</a>"_s));
        QVERIFY(!first.contains(u"page-title"_s));
    }

    void draft_rendersForThePreview()
    {
        Result<RenderedPage> draft = article(*m_renderer, m_fixture.draftId);
        QVERIFY(draft.ok());
        QCOMPARE(draft.value().path, u"zixun/redian/2017/0723/%1.html"_s.arg(m_fixture.draftId));
        QVERIFY(!visibleText(draft.value().html).contains(u"责任编辑"_s));
    }

    void preview_ofAMovedArticle_isNotItsOwnNeighbour()
    {
        Article reference = m_library->articles().byId(m_fixture.referenceId).value();
        reference.publishAt = reference.publishAt.addSecs(1);
        const QString text = visibleText(m_renderer->articlePage(reference).value().html);
        QVERIFY2(text.contains(u"上一篇:三页长文:东西部协作一年间"_s), qPrintable(text.right(900)));
        QVERIFY(text.contains(u"下一篇:没有了"_s));
    }

    void listPages_numberedFromTheOldest_aPublishRewritesTwo()
    {
        const auto renderAll = [this](Renderer &renderer) {
            QHash<QString, QByteArray> pages;
            const int count = renderer.channelPageCount(m_fixture.hotChannelId);
            for (int n = 0; n <= count; ++n) {
                Result<RenderedPage> p = renderer.channelPage(m_fixture.hotChannelId, n);
                if (p)
                    pages.insert(p.value().path, p.value().html);
            }
            return pages;
        };
        QCOMPARE(m_renderer->channelPageCount(m_fixture.hotChannelId), 3);
        const QHash<QString, QByteArray> before = renderAll(*m_renderer);
        QVERIFY(visibleText(before.value(u"zixun/redian/list_1.html"_s))
                        .contains(u"热点快讯第5条"_s));

        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.newsdesk"_s);
        QVERIFY(QFile::copy(m_fixture.path, copy));
        std::unique_ptr<Library> library = Test::openLibrary(copy);
        QVERIFY(library);
        QVERIFY(RenderFixture::publishOneMore(*library, m_fixture).ok());
        SiteData::Options options;
        options.asOf = RenderFixture::AsOf;
        Renderer after(Theme::loadDefault().value(), SiteData::load(*library, options).value());
        const QHash<QString, QByteArray> pages = renderAll(after);
        QStringList changed;
        for (auto it = pages.begin(); it != pages.end(); ++it) {
            if (before.value(it.key()) != it.value())
                changed.append(it.key());
        }
        changed.sort();
        QCOMPARE(changed,
                 QStringList({u"zixun/redian/index.html"_s, u"zixun/redian/list_3.html"_s}));
    }

    void searchPage_loadsTheIndexAndTheScript()
    {
        Result<RenderedPage> search = m_renderer->searchPage();
        QVERIFY(search.ok());
        const QByteArray &html = search.value().html;
        QCOMPARE(search.value().path, u"search.html"_s);
        QVERIFY(html.contains("<script src=\"search/index.js\" defer></script>"));
        QVERIFY(html.contains("<script src=\"theme/search.js\" defer></script>"));
        QVERIFY(html.contains("<input type=\"search\" id=\"search-q\" name=\"q\""));
        QVERIFY(html.contains("data-found=\"找到 {count} 篇\""));
        QVERIFY(html.contains("<meta name=\"robots\" content=\"noindex, follow\">"));
        QVERIFY(visibleText(html).contains(u"当前位置: 首页 >"_s));
        // No inline handlers or scripts: a strict Content-Security-Policy can serve it.
        QVERIFY(!QString::fromUtf8(html).contains(QRegularExpression(u"\\son[a-z]+="_s)));
        QVERIFY(!html.contains("<script>"));
    }

    void everyPage_hasTheSearchForm()
    {
        for (const QString &kind : {u"reference"_s, u"list"_s, u"home"_s, u"tag"_s}) {
            const RenderedPage p = page(*m_renderer, kind, 1).value();
            const QString form =
                    u"<form class=\"site-search\" action=\"%1search.html\" "
                    "method=\"get\" role=\"search\">"_s.arg(SitePaths::relativeRoot(p.path));
            QVERIFY2(p.html.contains(form.toUtf8()), qPrintable(p.path));
        }
    }

    void feedLinks_onlyWithABaseUrl()
    {
        const QByteArray home = m_renderer->homePage().value().html;
        QVERIFY(home.contains("<link rel=\"alternate\" type=\"application/rss+xml\" "
                              "title=\"老辰光\" href=\"rss.xml\">"));
        const QByteArray list = m_renderer->channelIndex(m_fixture.hotChannelId).value().html;
        QVERIFY(list.contains("title=\"老辰光\" href=\"../../rss.xml\">"));
        QVERIFY(list.contains("<link rel=\"alternate\" type=\"application/rss+xml\" "
                              "title=\"热点\" href=\"../../zixun/redian/rss.xml\">"));
        QVERIFY(!m_renderer->homePage().value().html.contains("zixun/redian/rss.xml"));

        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copy.newsdesk"_s);
        QVERIFY(QFile::copy(m_fixture.path, copy));
        std::unique_ptr<Library> library = Test::openLibrary(copy);
        QVERIFY(library);
        SiteSettings settings = library->site().settings().value();
        settings.baseUrl.clear();
        QVERIFY(library->site().setSettings(settings).ok());
        SiteData::Options options;
        options.asOf = RenderFixture::AsOf;
        Renderer renderer(Theme::loadDefault().value(), SiteData::load(*library, options).value());
        QVERIFY(!renderer.homePage().value().html.contains("application/rss+xml"));
        QVERIFY(!renderer.channelIndex(m_fixture.hotChannelId)
                         .value()
                         .html.contains("application/rss+xml"));
    }

    void rendering_isDeterministic()
    {
        std::unique_ptr<Renderer> other = makeRenderer();
        for (const QString &kind : {u"reference"_s, u"list"_s, u"home"_s, u"tag"_s}) {
            QCOMPARE(page(*other, kind, 1).value().html, page(*m_renderer, kind, 1).value().html);
        }
    }

    void defaultTheme_makesNoRemoteRequests()
    {
        for (const QString &kind : {u"reference"_s, u"multipage"_s, u"list"_s, u"home"_s, u"tag"_s,
                                    u"404"_s, u"search"_s}) {
            Result<RenderedPage> p = page(*m_renderer, kind, 1);
            QVERIFY(p.ok());
            const QList<RemoteResources::Reference> remote = RemoteResources::find(p.value().html);
            QVERIFY2(remote.isEmpty(),
                     qPrintable(remote.isEmpty() ? QString() : remote.first().url));
            QVERIFY(!p.value().html.contains("@import"));
        }
    }

    void remoteResources_outsideBodiesAreFound_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("script") << QByteArray("<script src=\"https://cdn.example/x.js\"></script>")
                                << QStringList {u"https://cdn.example/x.js"_s};
        QTest::newRow("stylesheet")
                << QByteArray("<link rel=\"stylesheet\" href='http://fonts.example/a.css'>")
                << QStringList {u"http://fonts.example/a.css"_s};
        QTest::newRow("protocol-relative image")
                << QByteArray("<p>\n<IMG alt=\"\" SRC=\"//img.example/b.png\">")
                << QStringList {u"//img.example/b.png"_s};
        QTest::newRow("relative") << QByteArray(
                "<img src=\"media/ab/x.jpg\"><a href=\"https://x\">")
                                  << QStringList {};
        QTest::newRow("inside a body")
                << QByteArray("<!--newsdesk:body--><img src=\"https://a.example/p.jpg\">"
                              "<!--/newsdesk:body--><img src=\"https://b.example/q.jpg\">")
                << QStringList {u"https://b.example/q.jpg"_s};
    }

    void remoteResources_outsideBodiesAreFound()
    {
        QFETCH(QByteArray, html);
        QFETCH(QStringList, urls);
        QStringList found;
        for (const RemoteResources::Reference &r : RemoteResources::find(html))
            found.append(r.url);
        QCOMPARE(found, urls);
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
