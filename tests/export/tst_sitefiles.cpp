// The site-wide files of an export bundle (SiteFiles): RSS feeds, the sitemap (split when
// long), robots.txt and the search index, with the default theme's search.js run on that
// index in node. Feeds and sitemaps are checked with QXmlStreamReader and, where xmllint is
// installed (Debian libxml2-utils), against the schemas in tests/data/export/.

#include "core/sitesettings.h"
#include "export/sitefiles.h"
#include "render/sitedata.h"
#include "render/theme.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
const QString Base = u"https://www.laochenguang.example/news/"_s;
const QString AtomNamespace = u"http://www.w3.org/2005/Atom"_s;
const QString SitemapNamespace = u"http://www.sitemaps.org/schemas/sitemap/0.9"_s;
const QString EscapedTitle = u"Tom & Jerry <b>\"quoted\"</b>"_s;
const QString RedirectUrl = u"https://elsewhere.example/zhuanti.html"_s;
constexpr int Fillers = 25;

QString url(const QString &path)
{
    return Base + path;
}

QDateTime beijing(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(8 * 3600)).toUTC();
}

Channel channel(qint64 id, qint64 parent, const QString &slug, const QString &name)
{
    Channel c;
    c.id = id;
    c.parentId = parent;
    c.slug = slug;
    c.name = name;
    return c;
}

SiteArticle article(qint64 id, qint64 channelId, const QString &title, const QDateTime &at)
{
    SiteArticle a;
    a.id = id;
    a.channelId = channelId;
    a.title = title;
    a.summary = title + u"的摘要。"_s;
    a.publishAt = at;
    a.updatedAt = at.addSecs(-600);
    return a;
}

// A site of four channels (首页 > 资讯 > 热点, 科技) and, oldest first, Fillers articles in
// 热点, then the articles the tests look for; with articles > 0, that many generated ones.
std::shared_ptr<const SiteData> makeSite(const QString &baseUrl, int generated = 0)
{
    SiteSettings settings;
    settings.name = u"老辰光"_s;
    settings.baseUrl = baseUrl;
    settings.language = u"zh-CN"_s;
    QList<Channel> channels {
            channel(1, 0, QString(), u"首页"_s), channel(2, 1, u"zixun"_s, u"资讯"_s),
            channel(3, 2, u"redian"_s, u"热点"_s), channel(4, 1, u"keji"_s, u"科技"_s)};
    channels[2].seoDescription = u"热点新闻"_s;
    QList<SiteArticle> articles;
    if (generated > 0) {
        for (int i = 1; i <= generated; ++i) {
            SiteArticle a = article(i, i % 2 ? 3 : 4, u"第%1条新闻:乡村振兴与扶贫协作"_s.arg(i),
                                    beijing(2020, 1, 1, 0, 0).addSecs(i * 600));
            a.tags = QStringList {u"标签%1"_s.arg(i % 50)};
            articles.append(a);
        }
    } else {
        for (int i = 1; i <= Fillers; ++i)
            articles.append(
                    article(100 + i, 3, u"热点快讯第%1条"_s.arg(i), beijing(2017, 6, i, 10, 0)));
        SiteArticle abc = article(3, 4, u"abc 宽带进村"_s, beijing(2017, 7, 1, 12, 0));
        abc.summary = u"Broadband reaches every village."_s;
        articles.append(abc);
        SiteArticle redirect = article(4, 4, u"专题:全民健身日"_s, beijing(2017, 7, 2, 12, 0));
        redirect.flags = ArticleFlag::Redirect;
        redirect.redirectUrl = RedirectUrl;
        articles.append(redirect);
        SiteArticle escaped = article(2, 4, EscapedTitle, beijing(2017, 7, 3, 8, 0));
        escaped.summary = u"宽带 A & B < C \x01 control"_s;
        escaped.tags = QStringList {u"R&D"_s};
        articles.append(escaped);
        SiteArticle reference = article(1, 3, u"一年来,习近平推动东西扶贫协作再上新台阶"_s,
                                        beijing(2017, 7, 21, 10, 7));
        reference.summary = u"东西部扶贫协作和对口支援,是推动区域协调发展的大战略。"_s;
        reference.tags = QStringList {u"扶贫"_s, u"东西部协作"_s};
        reference.updatedAt = beijing(2017, 7, 22, 9, 30);
        articles.append(reference);
    }
    SiteData::Options options;
    options.asOf = beijing(2026, 1, 1, 0, 0);
    return SiteData::build(settings, {}, channels, std::move(articles), {}, options);
}

// A copy: the lists are temporaries.
std::optional<BundleFile> find(const QList<BundleFile> &files, const QString &path)
{
    for (const BundleFile &file : files) {
        if (file.path == path)
            return file;
    }
    return std::nullopt;
}

// The elements of an XML document as "parent/name" → texts, and whether it parsed.
struct ParsedXml
{
    QString error;
    QString root;
    QString rootNamespace;
    QXmlStreamAttributes rootAttributes;
    QMultiMap<QString, QString> texts; // "item/title" → text, in document order per key
    QList<QXmlStreamAttributes> atomLinks;
    QList<QString> guidPermaLinks;
};

ParsedXml parse(const QByteArray &bytes)
{
    ParsedXml parsed;
    QXmlStreamReader xml(bytes);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (stack.isEmpty()) {
                parsed.root = xml.name().toString();
                parsed.rootNamespace = xml.namespaceUri().toString();
                parsed.rootAttributes = xml.attributes();
            }
            if (xml.namespaceUri() == AtomNamespace && xml.name() == u"link"_s)
                parsed.atomLinks.append(xml.attributes());
            if (xml.name() == u"guid"_s)
                parsed.guidPermaLinks.append(xml.attributes().value(u"isPermaLink"_s).toString());
            const QString key = (stack.isEmpty() ? QString() : stack.constLast()) + u'/'
                    + xml.qualifiedName().toString();
            stack.append(xml.name().toString());
            if (xml.name() != u"rss"_s && xml.name() != u"channel"_s && xml.name() != u"item"_s
                && xml.name() != u"url"_s && xml.name() != u"urlset"_s && xml.name() != u"sitemap"_s
                && xml.name() != u"sitemapindex"_s) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                parsed.texts.insert(key, text);
                stack.removeLast();
            }
        } else if (xml.isEndElement()) {
            stack.removeLast();
        }
    }
    if (xml.hasError())
        parsed.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return parsed;
}

// The values of key in document order (QMultiMap keeps the newest first).
QStringList values(const ParsedXml &parsed, const QString &key)
{
    QStringList list = parsed.texts.values(key);
    std::reverse(list.begin(), list.end());
    return list;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

// xmllint's verdict on file with schema (--schema or --relaxng); empty when valid.
QString xmllint(const QString &option, const QString &schema, const QString &file)
{
    QProcess lint;
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start(u"xmllint"_s, {u"--noout"_s, option, schema, file});
    if (!lint.waitForFinished(60'000))
        return u"xmllint did not finish"_s;
    const QString output = QString::fromUtf8(lint.readAll());
    return lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0 ? QString() : output;
}

const QRegularExpression Rfc822(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
        "|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"_s);
} // namespace

class TestSiteFiles final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const SiteData> m_site = makeSite(Base);
    QTemporaryDir m_dir;

    QString dataFile(const QString &name) const
    {
        return QStringLiteral(NEWSDESK_EXPORT_TEST_DATA) + u'/' + name;
    }

private Q_SLOTS:
    void feeds_siteAndEveryChannel()
    {
        const QList<BundleFile> feeds = SiteFiles::feeds(*m_site);
        QStringList paths;
        for (const BundleFile &feed : feeds)
            paths.append(feed.path);
        QCOMPARE(paths,
                 (QStringList {u"rss.xml"_s, u"zixun/rss.xml"_s, u"zixun/redian/rss.xml"_s,
                               u"keji/rss.xml"_s}));
    }

    void siteFeed_hasTheRequiredElements()
    {
        const std::optional<BundleFile> feed = find(SiteFiles::feeds(*m_site), u"rss.xml"_s);
        QVERIFY(feed);
        QVERIFY(feed->bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        const ParsedXml xml = parse(feed->bytes);
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.root, u"rss"_s);
        QCOMPARE(xml.rootAttributes.value(u"version"_s), u"2.0"_s);
        QCOMPARE(values(xml, u"channel/title"_s), QStringList {u"老辰光"_s});
        QCOMPARE(values(xml, u"channel/link"_s), QStringList {Base});
        QCOMPARE(values(xml, u"channel/description"_s), QStringList {u"老辰光"_s});
        QCOMPARE(values(xml, u"channel/language"_s), QStringList {u"zh-CN"_s});
        // The newest item's time, not the clock's.
        QCOMPARE(values(xml, u"channel/lastBuildDate"_s),
                 QStringList {u"Fri, 21 Jul 2017 10:07:00 +0800"_s});
        QCOMPARE(xml.atomLinks.size(), 1);
        QCOMPARE(xml.atomLinks.first().value(u"href"_s), url(u"rss.xml"_s));
        QCOMPARE(xml.atomLinks.first().value(u"rel"_s), u"self"_s);
        QCOMPARE(xml.atomLinks.first().value(u"type"_s), u"application/rss+xml"_s);

        // The newest 20 live articles, newest first, every one with its elements.
        const QStringList titles = values(xml, u"item/title"_s);
        QCOMPARE(titles.size(), SiteFiles::FeedSize);
        QCOMPARE(titles.first(), u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
        QCOMPARE(titles.at(1), EscapedTitle);
        QCOMPARE(titles.last(), u"热点快讯第10条"_s);
        QCOMPARE(values(xml, u"item/link"_s).size(), SiteFiles::FeedSize);
        QCOMPARE(values(xml, u"item/guid"_s).size(), SiteFiles::FeedSize);
        QCOMPARE(values(xml, u"item/pubDate"_s).size(), SiteFiles::FeedSize);
        QCOMPARE(values(xml, u"item/link"_s).first(), url(u"zixun/redian/2017/0721/1.html"_s));
        QCOMPARE(values(xml, u"item/guid"_s).first(), url(u"zixun/redian/2017/0721/1.html"_s));
        QCOMPARE(xml.guidPermaLinks.first(), u"true"_s);
        QCOMPARE(values(xml, u"item/description"_s).first(),
                 u"东西部扶贫协作和对口支援,是推动区域协调发展的大战略。"_s);
        const QStringList categories = values(xml, u"item/category"_s);
        QCOMPARE(categories.mid(0, 3), (QStringList {u"热点"_s, u"扶贫"_s, u"东西部协作"_s}));
        for (const QString &link : values(xml, u"item/link"_s))
            QVERIFY2(link.startsWith(u"https://"_s), qPrintable(link));
        QCOMPARE(feed->articles.size(), SiteFiles::FeedSize);
        QCOMPARE(feed->articles.first(), qint64(1));
    }

    void feed_escapesAndDropsWhatXmlCannotHold()
    {
        const std::optional<BundleFile> feed = find(SiteFiles::feeds(*m_site), u"keji/rss.xml"_s);
        QVERIFY(feed);
        QVERIFY(feed->bytes.contains("<title>Tom &amp; Jerry &lt;b&gt;"));
        QVERIFY(!feed->bytes.contains('\x01'));
        const ParsedXml xml = parse(feed->bytes);
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(values(xml, u"item/title"_s),
                 (QStringList {EscapedTitle, u"专题:全民健身日"_s, u"abc 宽带进村"_s}));
        QCOMPARE(values(xml, u"item/description"_s).first(), u"宽带 A & B < C  control"_s);
        QVERIFY(values(xml, u"item/category"_s).contains(u"R&D"_s));
        QCOMPARE(values(xml, u"channel/title"_s), QStringList {u"科技_老辰光"_s});
        QCOMPARE(values(xml, u"channel/link"_s), QStringList {url(u"keji/index.html"_s)});
        QCOMPARE(xml.atomLinks.first().value(u"href"_s), url(u"keji/rss.xml"_s));
        // A 跳转 article links to its target; its guid is its own URL, not a permalink.
        QCOMPARE(values(xml, u"item/link"_s).at(1), RedirectUrl);
        QCOMPARE(values(xml, u"item/guid"_s).at(1), url(u"keji/2017/0702/4.html"_s));
        QCOMPARE(xml.guidPermaLinks.at(1), u"false"_s);
        QCOMPARE(feed->articles, (QList<qint64> {2, 4, 3}));
    }

    void channelFeed_listsItsSubChannels()
    {
        const std::optional<BundleFile> feed = find(SiteFiles::feeds(*m_site), u"zixun/rss.xml"_s);
        QVERIFY(feed);
        const ParsedXml xml = parse(feed->bytes);
        QCOMPARE(values(xml, u"item/title"_s).size(), SiteFiles::FeedSize);
        QCOMPARE(feed->articles.first(), qint64(1));
        const std::optional<BundleFile> hot =
                find(SiteFiles::feeds(*m_site), u"zixun/redian/rss.xml"_s);
        QVERIFY(hot);
        QCOMPARE(values(parse(hot->bytes), u"channel/description"_s), QStringList {u"热点新闻"_s});
    }

    void pubDate_isRfc822InTheSiteTimeZone()
    {
        const std::optional<BundleFile> feed = find(SiteFiles::feeds(*m_site), u"rss.xml"_s);
        QVERIFY(feed);
        const QStringList dates = values(parse(feed->bytes), u"item/pubDate"_s);
        for (const QString &date : dates)
            QVERIFY2(Rfc822.match(date).hasMatch(), qPrintable(date));
        QCOMPARE(dates.first(), u"Fri, 21 Jul 2017 10:07:00 +0800"_s);
        QCOMPARE(dates.at(1), u"Mon, 03 Jul 2017 08:00:00 +0800"_s);
    }

    void feeds_areValidRss()
    {
        if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
            QSKIP("xmllint is not installed (Debian package libxml2-utils)");
        for (const BundleFile &feed : SiteFiles::feeds(*m_site)) {
            const QString file = m_dir.filePath(QString(feed.path).replace(u'/', u'-'));
            QVERIFY(writeFile(file, feed.bytes));
            const QString verdict = xmllint(u"--relaxng"_s, dataFile(u"rss-2.0.rng"_s), file);
            QVERIFY2(verdict.isEmpty(), qPrintable(feed.path + u": "_s + verdict));
        }
    }

    void sitemap_listsPagesAndArticles()
    {
        const QList<BundleFile> files = SiteFiles::sitemaps(*m_site);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().path, u"sitemap.xml"_s);
        const ParsedXml xml = parse(files.first().bytes);
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.root, u"urlset"_s);
        QCOMPARE(xml.rootNamespace, SitemapNamespace);
        const QStringList locs = values(xml, u"url/loc"_s);
        // Home, three channels, three tags, every article but the 跳转 one.
        const int articles = Fillers + 3;
        QCOMPARE(locs.size(), 1 + 3 + 3 + articles);
        QCOMPARE(locs.mid(0, 7),
                 (QStringList {Base, url(u"zixun/index.html"_s), url(u"zixun/redian/index.html"_s),
                               url(u"keji/index.html"_s), url(u"tags/r-d/index.html"_s),
                               url(u"tags/dongxibuxiezuo/index.html"_s),
                               url(u"tags/fupin/index.html"_s)}));
        QVERIFY(locs.contains(url(u"zixun/redian/2017/0721/1.html"_s)));
        QVERIFY(!locs.contains(url(u"keji/2017/0702/4.html"_s)));
        const QStringList lastmods = values(xml, u"url/lastmod"_s);
        QCOMPARE(lastmods.size(), locs.size());
        // The reference article was saved after it was published: its lastmod is the save.
        QCOMPARE(lastmods.first(), u"2017-07-22T09:30:00+08:00"_s);
        QCOMPARE(lastmods.last(), u"2017-07-22T09:30:00+08:00"_s);
        QCOMPARE(lastmods.at(3), u"2017-07-03T08:00:00+08:00"_s); // 科技
        QCOMPARE(files.first().articles.size(), articles);
        QVERIFY(!files.first().articles.contains(4));
    }

    void sitemap_isValid()
    {
        if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
            QSKIP("xmllint is not installed (Debian package libxml2-utils)");
        QList<BundleFile> files = SiteFiles::sitemaps(*m_site);
        files.append(SiteFiles::sitemaps(*m_site, 10));
        for (int i = 0; i < files.size(); ++i) {
            const QString file = m_dir.filePath(u"sitemap-%1.xml"_s.arg(i));
            QVERIFY(writeFile(file, files.at(i).bytes));
            const QString verdict = xmllint(u"--schema"_s, dataFile(u"sitemap-0.9.xsd"_s), file);
            QVERIFY2(verdict.isEmpty(), qPrintable(files.at(i).path + u": "_s + verdict));
        }
        // The schema does reject a broken sitemap.
        const QString broken = m_dir.filePath(u"broken.xml"_s);
        QVERIFY(writeFile(broken,
                          QByteArray(files.first().bytes)
                                  .replace("<loc>", "<location>")
                                  .replace("</loc>", "</location>")));
        QVERIFY(!xmllint(u"--schema"_s, dataFile(u"sitemap-0.9.xsd"_s), broken).isEmpty());
    }

    void longSitemap_isSplitWithAnIndex()
    {
        const QStringList all =
                values(parse(SiteFiles::sitemaps(*m_site).first().bytes), u"url/loc"_s);
        const QList<BundleFile> files = SiteFiles::sitemaps(*m_site, 10);
        QCOMPARE(files.size(), 1 + 4); // 35 URLs, 10 a file
        QCOMPARE(files.first().path, u"sitemap.xml"_s);
        const ParsedXml index = parse(files.first().bytes);
        QVERIFY2(index.error.isEmpty(), qPrintable(index.error));
        QCOMPARE(index.root, u"sitemapindex"_s);
        QCOMPARE(index.rootNamespace, SitemapNamespace);
        QCOMPARE(values(index, u"sitemap/loc"_s),
                 (QStringList {url(u"sitemap-1.xml"_s), url(u"sitemap-2.xml"_s),
                               url(u"sitemap-3.xml"_s), url(u"sitemap-4.xml"_s)}));
        QCOMPARE(values(index, u"sitemap/lastmod"_s).size(), 4);
        QStringList joined;
        QList<qint64> articles;
        for (int i = 1; i < files.size(); ++i) {
            QCOMPARE(files.at(i).path, u"sitemap-%1.xml"_s.arg(i));
            const ParsedXml part = parse(files.at(i).bytes);
            QCOMPARE(part.root, u"urlset"_s);
            const QStringList locs = values(part, u"url/loc"_s);
            QVERIFY(locs.size() <= 10);
            joined += locs;
            articles += files.at(i).articles;
        }
        QCOMPARE(joined, all);
        QCOMPARE(files.first().articles, articles);
    }

    void robots_allowsAllAndNamesTheSitemap()
    {
        const BundleFile robots = SiteFiles::robots(*m_site);
        QCOMPARE(robots.path, u"robots.txt"_s);
        QCOMPARE(robots.bytes,
                 "User-agent: *\nAllow: /\n\nSitemap: " + Base.toUtf8() + "sitemap.xml\n");
    }

    void withoutBaseUrl_noFeedsNoSitemap()
    {
        const std::shared_ptr<const SiteData> site = makeSite(QString());
        QVERIFY(SiteFiles::feeds(*site).isEmpty());
        QVERIFY(SiteFiles::sitemaps(*site).isEmpty());
        QCOMPARE(SiteFiles::robots(*site).bytes, QByteArray("User-agent: *\nAllow: /\n"));
        QVERIFY(!SiteFiles::searchIndex(*site).bytes.isEmpty());
    }

    void baseUrlWithoutSlash_getsOne()
    {
        const std::shared_ptr<const SiteData> site = makeSite(u"https://example.com/site"_s);
        const std::optional<BundleFile> feed = find(SiteFiles::feeds(*site), u"rss.xml"_s);
        QVERIFY(feed);
        QCOMPARE(values(parse(feed->bytes), u"channel/link"_s),
                 QStringList {u"https://example.com/site/"_s});
        QVERIFY(SiteFiles::robots(*site).bytes.contains(
                "Sitemap: https://example.com/site/sitemap.xml"));
    }

    void everyFile_isDeterministic()
    {
        // A second SiteData from the same input, as a second export builds it.
        const std::shared_ptr<const SiteData> again = makeSite(Base);
        const auto same = [](const QList<BundleFile> &a, const QList<BundleFile> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (a.at(i).path != b.at(i).path || a.at(i).bytes != b.at(i).bytes
                    || a.at(i).articles != b.at(i).articles)
                    return false;
            }
            return true;
        };
        QVERIFY(same(SiteFiles::feeds(*m_site), SiteFiles::feeds(*again)));
        QVERIFY(same(SiteFiles::sitemaps(*m_site), SiteFiles::sitemaps(*again)));
        QVERIFY(same(SiteFiles::sitemaps(*m_site, 7), SiteFiles::sitemaps(*again, 7)));
        QVERIFY(same({SiteFiles::robots(*m_site)}, {SiteFiles::robots(*again)}));
        QVERIFY(same({SiteFiles::searchIndex(*m_site)}, {SiteFiles::searchIndex(*again)}));
    }

    void searchIndex_isOneScriptOfEqualColumns()
    {
        const BundleFile index = SiteFiles::searchIndex(*m_site);
        QCOMPARE(index.path, u"search/index.js"_s);
        const QByteArray prefix = "window.NewsdeskSearch=";
        QVERIFY(index.bytes.startsWith(prefix));
        QVERIFY(index.bytes.endsWith("};\n"));
        QJsonParseError error;
        const QJsonDocument json =
                QJsonDocument::fromJson(index.bytes.mid(prefix.size()).chopped(2), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject o = json.object();
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        const int count = Fillers + 4;
        for (const QString &column :
             {u"paths"_s, u"titles"_s, u"dates"_s, u"channels"_s, u"tags"_s, u"summaries"_s})
            QCOMPARE(o.value(column).toArray().size(), count);
        QCOMPARE(o.value(u"channelNames"_s).toArray().size(), 4);
        QCOMPARE(o.value(u"channelPaths"_s).toArray().size(), 4);
        // Newest first; a 跳转 article points to its target.
        QCOMPARE(o.value(u"paths"_s).toArray().first().toString(),
                 u"zixun/redian/2017/0721/1.html"_s);
        QCOMPARE(o.value(u"paths"_s).toArray().at(2).toString(), RedirectUrl);
        QCOMPARE(o.value(u"titles"_s).toArray().at(1).toString(), EscapedTitle);
        QCOMPARE(o.value(u"dates"_s).toArray().first().toString(), u"2017-07-21"_s);
        const int channel = o.value(u"channels"_s).toArray().first().toInt();
        QCOMPARE(o.value(u"channelNames"_s).toArray().at(channel).toString(), u"热点"_s);
        QCOMPARE(o.value(u"channelPaths"_s).toArray().at(channel).toString(),
                 u"zixun/redian/index.html"_s);
        QStringList tags;
        for (const QJsonValue &t : o.value(u"tags"_s).toArray().first().toArray())
            tags.append(o.value(u"tagNames"_s).toArray().at(t.toInt()).toString());
        QCOMPARE(tags, (QStringList {u"扶贫"_s, u"东西部协作"_s}));
        QCOMPARE(index.articles.size(), count);
        QCOMPARE(index.articles.first(), qint64(1));
        // No bodies, no keys per article: small.
        QVERIFY(index.bytes.size() < count * 200);
    }

    void searchScript_findsArticlesInNode_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("marked");
        const QString reference = u"zixun/redian/2017/0721/1.html"_s;
        const QString abc = u"keji/2017/0701/3.html"_s;
        QTest::newRow("han") << u"扶贫"_s << QStringList {reference}
                             << u"一年来,习近平推动东西[[扶贫]]协作再上新台阶"_s;
        QTest::newRow("full-width") << u"ＡＢＣ"_s << QStringList {abc} << u"[[abc]] 宽带进村"_s;
        QTest::newRow("case") << u"BROADBAND"_s << QStringList {abc} << u"abc 宽带进村"_s;
        QTest::newRow("and") << u"扶贫 战略"_s << QStringList {reference}
                             << u"一年来,习近平推动东西[[扶贫]]协作再上新台阶"_s;
        QTest::newRow("and-none") << u"扶贫 宽带"_s << QStringList {} << QString();
        QTest::newRow("tag") << u"r&d"_s << QStringList {u"keji/2017/0703/2.html"_s}
                             << EscapedTitle;
        QTest::newRow("ideographic-space") << u"东西　协作"_s << QStringList {reference}
                                           << u"一年来,习近平推动[[东西]]扶贫[[协作]]再上新台阶"_s;
        // Title hits first (the older abc), then the others newest first.
        QTest::newRow("title-first") << u"宽带"_s << QStringList {abc, u"keji/2017/0703/2.html"_s}
                                     << u"abc [[宽带]]进村"_s;
        QTest::newRow("newest-first")
                << u"第2"_s << QStringList {u"zixun/redian/2017/0625/125.html"_s,
                                            u"zixun/redian/2017/0624/124.html"_s,
                                            u"zixun/redian/2017/0623/123.html"_s,
                                            u"zixun/redian/2017/0622/122.html"_s,
                                            u"zixun/redian/2017/0621/121.html"_s,
                                            u"zixun/redian/2017/0620/120.html"_s,
                                            u"zixun/redian/2017/0602/102.html"_s}
                << u"热点快讯[[第2]]5条"_s;
        QTest::newRow("empty") << u"  "_s << QStringList {} << QString();
    }

    void searchScript_findsArticlesInNode()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, paths);
        QFETCH(QString, marked);
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            QSKIP("node is not installed (Debian package nodejs)");
        // The script as the theme ships it (the built-in theme's resources).
        Result<Theme> theme = Theme::loadDefault();
        QVERIFY(theme.ok());
        Result<QByteArray> script = theme.value().asset(u"search.js"_s);
        QVERIFY2(script.ok(), qPrintable(script.ok() ? QString() : script.error().message()));
        // CSP-friendly: builds nodes, never parses HTML or code.
        QVERIFY(!script.value().contains("innerHTML"));
        QVERIFY(!script.value().contains("eval("));
        const QString searchJs = m_dir.filePath(u"search.js"_s);
        const QString indexJs = m_dir.filePath(u"index.js"_s);
        QVERIFY(writeFile(searchJs, script.value()));
        QVERIFY(writeFile(indexJs, SiteFiles::searchIndex(*m_site).bytes));

        QProcess run;
        run.start(node,
                  {QStringLiteral(NEWSDESK_EXPORT_TEST_DIR) + u"/searchmatch.js"_s, searchJs,
                   indexJs, query});
        QVERIFY(run.waitForFinished(60'000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        QCOMPARE(out.value(u"version"_s).toInt(), 1);
        const QJsonObject columns = out.value(u"columns"_s).toObject();
        for (const QString &column :
             {u"titles"_s, u"dates"_s, u"channels"_s, u"tags"_s, u"summaries"_s})
            QCOMPARE(columns.value(column).toInt(), columns.value(u"paths"_s).toInt());
        const QJsonObject result = out.value(u"results"_s).toObject().value(query).toObject();
        QStringList found;
        for (const QJsonValue &path : result.value(u"paths"_s).toArray())
            found.append(path.toString());
        QCOMPARE(found, paths);
        QCOMPARE(result.value(u"marked"_s).toString(), marked);
    }

    void tenThousandArticles_takeMillisecondsEach()
    {
        const std::shared_ptr<const SiteData> site = makeSite(Base, 10'000);
        QElapsedTimer timer;
        timer.start();
        const QList<BundleFile> feeds = SiteFiles::feeds(*site);
        const qint64 feedsMs = timer.restart();
        const QList<BundleFile> sitemaps = SiteFiles::sitemaps(*site);
        const qint64 sitemapMs = timer.restart();
        const BundleFile index = SiteFiles::searchIndex(*site);
        const qint64 indexMs = timer.restart();
        qInfo("10,000 articles: feeds %lld ms, sitemap %lld ms (%lld KB), search index %lld ms "
              "(%lld KB)",
              feedsMs, sitemapMs, qint64(sitemaps.first().bytes.size() / 1024), indexMs,
              qint64(index.bytes.size() / 1024));
        QCOMPARE(feeds.size(), 4);
        QCOMPARE(sitemaps.size(), 1);
        QCOMPARE(sitemaps.first().articles.size(), 10'000);
        QCOMPARE(index.articles.size(), 10'000);
        QVERIFY(parse(sitemaps.first().bytes).error.isEmpty());
        // Linear work is a few milliseconds here; a quadratic step would take seconds.
        QVERIFY2(feedsMs + sitemapMs + indexMs < 1500, "site files took too long");
    }
};

QTEST_GUILESS_MAIN(TestSiteFiles)
#include "tst_sitefiles.moc"
