// Themes: loading from the built-in resources and from a folder, errors that name the file and
// the line, the error page, languages of the theme's texts, and URL rules.

#include "render/remoteresources.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "render/theme.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
// Copies the built-in default theme into folder, writable.
bool copyDefaultTheme(const QString &folder)
{
    QDirIterator it(Theme::DefaultFolder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = folder + source.mid(Theme::DefaultFolder.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) >= 0;
}

std::shared_ptr<const SiteData> smallSite()
{
    SiteSettings settings;
    settings.name = u"测试站"_s;
    settings.language = u"zh-CN"_s;
    Channel home;
    home.id = 1;
    home.name = u"首页"_s;
    Channel news;
    news.id = 2;
    news.parentId = 1;
    news.slug = u"news"_s;
    news.name = u"新闻"_s;
    SiteArticle a;
    a.id = 7;
    a.title = u"一条新闻"_s;
    a.channelId = 2;
    a.publishAt = QDateTime(QDate(2020, 5, 4), QTime(1, 0), Qt::UTC);
    SiteData::Options options;
    options.asOf = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    return SiteData::build(settings, {}, {home, news}, {a}, {}, options);
}
} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTheme_loads()
    {
        Result<Theme> theme = Theme::loadDefault();
        QVERIFY2(theme.ok(), qPrintable(theme.ok() ? QString() : theme.error().message()));
        QCOMPARE(theme.value().folder(), Theme::DefaultFolder);
        QCOMPARE(theme.value().assets(), (QStringList {u"favicon.svg"_s, u"search.js"_s, u"style.css"_s}));
        QVERIFY(theme.value().asset(u"style.css"_s).value().contains("--red"));
        QVERIFY(!theme.value().asset(u"../strings/en.json"_s).ok());
    }

    void strings_followTheSiteLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("home");
        QTest::newRow("zh-CN") << u"zh-CN"_s << u"首页"_s;
        QTest::newRow("zh-TW: same primary language") << u"zh-TW"_s << u"首页"_s;
        QTest::newRow("en") << u"en"_s << u"Home"_s;
        QTest::newRow("en-GB") << u"en-GB"_s << u"Home"_s;
        QTest::newRow("unknown: zh-CN") << u"fr"_s << u"首页"_s;
        QTest::newRow("empty: zh-CN") << QString() << u"首页"_s;
    }

    void strings_followTheSiteLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, home);
        const Theme theme = Theme::loadDefault().value();
        const Theme::Data strings = theme.strings(language);
        QVERIFY(strings.get("home"));
        QCOMPARE(QString::fromStdString(strings.get("home")->string_value()), home);
    }

    void folderTheme_rendersLikeTheBuiltInOne()
    {
        QTemporaryDir dir;
        QVERIFY(copyDefaultTheme(dir.path()));
        Result<Theme> theme = Theme::load(dir.path());
        QVERIFY2(theme.ok(), qPrintable(theme.ok() ? QString() : theme.error().message()));
        Renderer fromFolder(std::move(theme.value()), smallSite());
        Renderer builtIn(Theme::loadDefault().value(), smallSite());
        QCOMPARE(fromFolder.homePage().value().html, builtIn.homePage().value().html);
    }

    void brokenTheme_errorNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed section")
                << u"templates/article.mustache"_s << QByteArray("<p>\n<p>\n{{#article}}\n<p>\n")
                << u"templates/article.mustache, line 3: the section \"article\" is never closed"_s;
        QTest::newRow("unopened section")
                << u"templates/list.mustache"_s << QByteArray("<p>\n{{/articles}}\n")
                << u"templates/list.mustache, line 2: \"articles\" closes a section"_s;
        QTest::newRow("unclosed tag")
                << u"templates/home.mustache"_s << QByteArray("a\nb\nc {{title\nd\n")
                << u"templates/home.mustache, line 3: a tag is opened"_s;
        QTest::newRow("missing partial")
                << u"templates/tag.mustache"_s << QByteArray("x\n\n{{> sidebars}}\n")
                << u"templates/tag.mustache, line 3: the partial \"sidebars\" does not exist"_s;
        QTest::newRow("error inside a partial")
                << u"templates/partials/footer.mustache"_s << QByteArray("<p>\n{{#site}}\n")
                << u"templates/partials/footer.mustache, line 2: the section \"site\""_s;
        QTest::newRow("partial after a partial")
                << u"templates/404.mustache"_s
                << QByteArray("{{> head}}\n<body>\n{{> header}}\n{{/oops}}\n")
                << u"templates/404.mustache, line 4: \"oops\" closes"_s;
        QTest::newRow("partial including itself")
                << u"templates/partials/head.mustache"_s << QByteArray("<meta>\n{{> head}}\n")
                << u"templates/partials/head.mustache, line 2: the partial \"head\" includes "
                   "itself"_s;
        QTest::newRow("bad strings") << u"strings/en.json"_s << QByteArray("{\n\"a\": \"b\",\n}\n")
                                     << u"strings/en.json, line 3: "_s;
    }

    void brokenTheme_errorNamesFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(copyDefaultTheme(dir.path()));
        QVERIFY(writeFile(QDir(dir.path()).filePath(file), content));
        Result<Theme> theme = Theme::load(dir.path());
        QVERIFY(!theme.ok());
        QVERIFY2(theme.error().message().contains(QDir(dir.path()).filePath(expected)),
                 qPrintable(theme.error().message()));
    }

    void missingTemplateOrFolder_isReported()
    {
        QTemporaryDir dir;
        QVERIFY(copyDefaultTheme(dir.path()));
        const QString missing = QDir(dir.path()).filePath(u"templates/404.mustache"_s);
        QVERIFY(QFile::remove(missing));
        Result<Theme> theme = Theme::load(dir.path());
        QVERIFY(!theme.ok());
        QCOMPARE(theme.error().kind(), Error::Kind::NotFound);
        QVERIFY2(theme.error().message().contains(missing), qPrintable(theme.error().message()));
        QVERIFY(!Theme::load(dir.filePath(u"nowhere"_s)).ok());
    }

    void customTheme_remoteResourceIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(copyDefaultTheme(dir.path()));
        const QString head = QDir(dir.path()).filePath(u"templates/partials/head.mustache"_s);
        QFile file(head);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        content.replace("</head>",
                        "<script src=\"https://cdn.example.com/x.js\"></script>\n</head>");
        QVERIFY(writeFile(head, content));
        Renderer renderer(Theme::load(dir.path()).value(), smallSite());
        const QList<RemoteResources::Reference> found =
                RemoteResources::find(renderer.homePage().value().html);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().element, u"script"_s);
        QCOMPARE(found.first().url, u"https://cdn.example.com/x.js"_s);
    }

    void errorPage_escapesTheMessage()
    {
        const QByteArray page =
                Renderer::errorPage(Error(Error::Kind::Invalid, u"a.mustache, line 2: <b>&"_s));
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("a.mustache, line 2: &lt;b&gt;&amp;"));
        QVERIFY(!page.contains("<b>"));
    }

    void articlePath_followsTheUrlRule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QDateTime>("publishAt");
        QTest::addColumn<QString>("path");
        const QDateTime july21 = QDateTime(QDate(2017, 7, 21), QTime(2, 7), Qt::UTC);
        QTest::newRow("default") << QString() << u"zixun/redian"_s << QString() << july21
                                 << u"zixun/redian/2017/0721/1.html"_s;
        QTest::newRow("date in the site's time zone")
                << QString() << u"zixun"_s << QString()
                << QDateTime(QDate(2017, 7, 20), QTime(20, 0), Qt::UTC)
                << u"zixun/2017/0721/1.html"_s;
        QTest::newRow("root channel")
                << QString() << QString() << QString() << july21 << u"2017/0721/1.html"_s;
        QTest::newRow("custom name") << u"{channel}/{name}.html"_s << u"keji"_s << u"broadband"_s
                                     << july21 << u"keji/broadband.html"_s;
        QTest::newRow("no custom name: the id")
                << u"{channel}/{yyyy}{mm}{dd}/{name}.html"_s << u"keji"_s << QString() << july21
                << u"keji/20170721/1.html"_s;
        QTest::newRow("default rule ignores the name")
                << QString() << u"keji"_s << u"broadband"_s << july21 << u"keji/2017/0721/1.html"_s;
        QTest::newRow("unsafe name: the id") << u"{channel}/{name}.html"_s << u"keji"_s
                                             << u"../../etc/passwd"_s << july21 << u"keji/1.html"_s;
        QTest::newRow("rule leaving the bundle: default")
                << u"../{id}.html"_s << u"keji"_s << QString() << july21
                << u"keji/2017/0721/1.html"_s;
        QTest::newRow("rule without .html: default")
                << u"{channel}/{id}"_s << u"keji"_s << QString() << july21
                << u"keji/2017/0721/1.html"_s;
    }

    void articlePath_followsTheUrlRule()
    {
        QFETCH(QString, rule);
        QFETCH(QString, channel);
        QFETCH(QString, fileName);
        QFETCH(QDateTime, publishAt);
        QFETCH(QString, path);
        QCOMPARE(SitePaths::article(rule, channel, 1, fileName, publishAt, QTimeZone(8 * 3600)),
                 path);
    }

    void paths_ofTheBundle()
    {
        QCOMPARE(SitePaths::articlePage(u"a/b/1.html"_s, 1), u"a/b/1.html"_s);
        QCOMPARE(SitePaths::articlePage(u"a/b/1.html"_s, 3), u"a/b/1_3.html"_s);
        QCOMPARE(SitePaths::channelIndex(u"zixun/redian"_s), u"zixun/redian/index.html"_s);
        QCOMPARE(SitePaths::channelList(u"zixun/redian"_s, 4), u"zixun/redian/list_4.html"_s);
        QCOMPARE(SitePaths::tagIndex(u"fupin"_s), u"tags/fupin/index.html"_s);
        QCOMPARE(SitePaths::relativeRoot(u"a/b/c.html"_s), u"../../"_s);
        QCOMPARE(SitePaths::relativeRoot(u"index.html"_s), QString());
        Media m;
        m.sha256 = u"ab12cd"_s;
        m.mimeType = u"image/jpeg"_s;
        QCOMPARE(SitePaths::media(m), u"media/ab/ab12cd.jpg"_s);
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
