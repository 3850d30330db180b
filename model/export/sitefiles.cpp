#include "sitefiles.h"

#include "export/sitedates.h"
#include "export/sitefileformat.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Newsdesk::SiteFiles {

using SiteFileFormat::absolute;
using SiteFileFormat::xmlText;

namespace {
const QString AtomNamespace = u"http://www.w3.org/2005/Atom"_s;
const QString SitemapNamespace = u"http://www.sitemaps.org/schemas/sitemap/0.9"_s;

// 跳转 articles link to their target wherever they are listed (as the renderer's Linker).
bool isRedirect(const SiteArticle &a)
{
    return !SiteFileFormat::redirectTarget(a).isEmpty();
}

// The newest `count` of items (indexes into SiteData::articles(), oldest first), newest first.
QList<int> newest(const QList<int> &items, int count)
{
    QList<int> result;
    for (qsizetype i = items.size() - 1; i >= 0 && result.size() < count; --i)
        result.append(items.at(i));
    return result;
}

QList<int> newestOfSite(const SiteData &site, int count)
{
    QList<int> result;
    for (qsizetype i = site.articles().size() - 1; i >= 0 && result.size() < count; --i)
        result.append(int(i));
    return result;
}

void startXml(QXmlStreamWriter &xml)
{
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
}

// What a feed's <channel> says about itself.
struct FeedHead
{
    QString path; // of the feed in the bundle
    QString page; // the page it follows
    QString title;
    QString description;
};

BundleFile writeFeed(const SiteData &site, SiteDates &dates, const QString &base,
                     const FeedHead &head, const QList<int> &items)
{
    BundleFile file {head.path, {}, {}};
    QXmlStreamWriter xml(&file.bytes);
    startXml(xml);
    xml.writeNamespace(AtomNamespace, u"atom"_s);
    xml.writeStartElement(u"rss"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"channel"_s);
    xml.writeTextElement(u"title"_s, xmlText(head.title));
    xml.writeTextElement(u"link"_s, absolute(base, head.page));
    xml.writeTextElement(u"description"_s, xmlText(head.description));
    const QString &language = site.settings().language;
    xml.writeTextElement(u"language"_s, language.isEmpty() ? u"zh-CN"_s : xmlText(language));
    // The newest item's time, never the clock: the same site gives the same feed.
    if (!items.isEmpty() && site.articles().at(items.first()).publishAt.isValid()) {
        xml.writeTextElement(u"lastBuildDate"_s,
                             dates.rfc822(site.articles().at(items.first()).publishAt));
    }
    xml.writeTextElement(u"generator"_s, u"Newsdesk"_s);
    xml.writeEmptyElement(AtomNamespace, u"link"_s);
    xml.writeAttribute(u"href"_s, absolute(base, head.path));
    xml.writeAttribute(u"rel"_s, u"self"_s);
    xml.writeAttribute(u"type"_s, u"application/rss+xml"_s);
    for (int index : items) {
        const SiteArticle &a = site.articles().at(index);
        const QString page = absolute(base, site.pathOf(index));
        xml.writeStartElement(u"item"_s);
        xml.writeTextElement(u"title"_s, xmlText(a.title));
        xml.writeTextElement(u"link"_s, isRedirect(a) ? xmlText(a.redirectUrl) : page);
        xml.writeStartElement(u"guid"_s);
        // A 跳转 article's link is another site's page: its own URL identifies it, but is
        // not where it reads.
        xml.writeAttribute(u"isPermaLink"_s, isRedirect(a) ? u"false"_s : u"true"_s);
        xml.writeCharacters(page);
        xml.writeEndElement();
        if (a.publishAt.isValid())
            xml.writeTextElement(u"pubDate"_s, dates.rfc822(a.publishAt));
        if (!a.summary.isEmpty())
            xml.writeTextElement(u"description"_s, xmlText(a.summary));
        if (const SiteChannel *channel = site.channel(a.channelId))
            xml.writeTextElement(u"category"_s, xmlText(channel->channel.name));
        for (const QString &tag : a.tags)
            xml.writeTextElement(u"category"_s, xmlText(tag));
        xml.writeEndElement();
        file.articles.append(a.id);
    }
    xml.writeEndElement(); // channel
    xml.writeEndElement(); // rss
    xml.writeEndDocument();
    return file;
}

// One URL of the sitemap.
struct SitemapUrl
{
    QString path;
    QDateTime lastModified; // invalid: none
    qint64 articleId = 0; // 0: a list page
};

QDateTime lastModified(const SiteArticle &a)
{
    return a.updatedAt.isValid() && a.updatedAt > a.publishAt ? a.updatedAt : a.publishAt;
}

// The latest of articles' times (indexes into them); invalid when there are none.
QDateTime latest(const QList<QDateTime> &times, const QList<int> &items)
{
    QDateTime result;
    for (int index : items) {
        const QDateTime &time = times.at(index);
        if (!result.isValid() || time > result)
            result = time;
    }
    return result;
}

QList<SitemapUrl> sitemapUrls(const SiteData &site)
{
    const QList<SiteArticle> &articles = site.articles();
    QList<QDateTime> modified;
    modified.reserve(articles.size());
    QDateTime newest;
    for (const SiteArticle &a : articles) {
        modified.append(lastModified(a));
        if (!newest.isValid() || modified.constLast() > newest)
            newest = modified.constLast();
    }
    QList<SitemapUrl> urls;
    urls.reserve(articles.size() + site.channels().size() + site.tags().size());
    urls.append({QString(), newest, 0}); // the home page: the base URL itself
    for (const SiteChannel &channel : site.channels()) {
        if (!channel.channel.isRoot())
            urls.append({channel.indexPage, latest(modified, channel.listing), 0});
    }
    for (const SiteTag &tag : site.tags())
        urls.append({SitePaths::tagIndex(tag.slug), latest(modified, tag.listing), 0});
    for (int i = 0; i < articles.size(); ++i) {
        if (!isRedirect(articles.at(i)))
            urls.append({site.pathOf(i), modified.at(i), articles.at(i).id});
    }
    return urls;
}

// A sitemap's URL set, written by hand: at 10,000 URLs QXmlStreamWriter's calls through
// QIODevice were half of the time. Its structure is fixed and small; the tests check it
// against the sitemap schema. One URL a line.
BundleFile writeUrlSet(SiteDates &dates, const QString &base, const QString &path,
                       QList<SitemapUrl>::const_iterator begin,
                       QList<SitemapUrl>::const_iterator end)
{
    BundleFile file {path, {}, {}};
    QByteArray &out = file.bytes;
    out.reserve((end - begin) * 140 + 256);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"");
    out.append(SitemapNamespace.toLatin1());
    out.append("\">\n");
    for (auto it = begin; it != end; ++it) {
        out.append("<url><loc>");
        SiteFileFormat::appendXmlText(out, absolute(base, it->path));
        out.append("</loc>");
        if (it->lastModified.isValid()) {
            out.append("<lastmod>");
            dates.appendW3c(out, it->lastModified);
            out.append("</lastmod>");
        }
        out.append("</url>\n");
        if (it->articleId != 0)
            file.articles.append(it->articleId);
    }
    out.append("</urlset>\n");
    return file;
}
} // namespace

QList<BundleFile> feeds(const SiteData &site)
{
    const QString base = SiteFileFormat::base(site.settings().baseUrl);
    if (base.isEmpty())
        return {};
    // RSS requires a title: the base URL names a site without a name.
    const QString siteName = site.settings().name.isEmpty() ? base : site.settings().name;
    QList<BundleFile> files;
    const SiteChannel *root = site.root();
    const QString rootDescription = root ? root->channel.seoDescription : QString();
    SiteDates dates(site.timeZone());
    files.append(writeFeed(site, dates, base,
                           {SitePaths::Feed, QString(), siteName,
                            rootDescription.isEmpty() ? siteName : rootDescription},
                           newestOfSite(site, FeedSize)));
    for (const SiteChannel &channel : site.channels()) {
        if (channel.channel.isRoot())
            continue;
        const Channel &c = channel.channel;
        const QString title = c.name + u'_' + siteName;
        files.append(writeFeed(site, dates, base,
                               {SitePaths::channelFeed(channel.path), channel.indexPage, title,
                                c.seoDescription.isEmpty() ? title : c.seoDescription},
                               newest(channel.listing, FeedSize)));
    }
    return files;
}

QList<BundleFile> sitemaps(const SiteData &site, int urlsPerFile)
{
    const QString base = SiteFileFormat::base(site.settings().baseUrl);
    if (base.isEmpty())
        return {};
    const QList<SitemapUrl> urls = sitemapUrls(site);
    SiteDates dates(site.timeZone());
    const qsizetype perFile = std::max(1, urlsPerFile);
    if (urls.size() <= perFile)
        return {writeUrlSet(dates, base, SitePaths::Sitemap, urls.cbegin(), urls.cend())};

    QList<BundleFile> files;
    BundleFile index {SitePaths::Sitemap, {}, {}};
    QXmlStreamWriter xml(&index.bytes);
    startXml(xml);
    xml.writeDefaultNamespace(SitemapNamespace);
    xml.writeStartElement(SitemapNamespace, u"sitemapindex"_s);
    for (qsizetype start = 0; start < urls.size(); start += perFile) {
        const auto begin = urls.cbegin() + start;
        const auto end = urls.cbegin() + std::min(urls.size(), start + perFile);
        BundleFile part =
                writeUrlSet(dates, base, SitePaths::sitemapPart(int(files.size()) + 1), begin, end);
        QDateTime latest;
        for (auto it = begin; it != end; ++it) {
            if (it->lastModified.isValid() && (!latest.isValid() || it->lastModified > latest))
                latest = it->lastModified;
        }
        xml.writeStartElement(SitemapNamespace, u"sitemap"_s);
        xml.writeTextElement(SitemapNamespace, u"loc"_s, absolute(base, part.path));
        if (latest.isValid())
            xml.writeTextElement(SitemapNamespace, u"lastmod"_s, dates.w3c(latest));
        xml.writeEndElement();
        index.articles.append(part.articles);
        files.append(std::move(part));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    files.prepend(std::move(index));
    return files;
}

BundleFile robots(const SiteData &site)
{
    QByteArray text = "User-agent: *\nAllow: /\n";
    const QString base = SiteFileFormat::base(site.settings().baseUrl);
    if (!base.isEmpty())
        text += "\nSitemap: " + absolute(base, SitePaths::Sitemap).toUtf8() + '\n';
    return {SitePaths::Robots, text, {}};
}

} // namespace Newsdesk::SiteFiles
