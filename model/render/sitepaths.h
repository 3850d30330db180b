#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Newsdesk {

struct Media;

// Where every page and file of a site bundle lives. Paths are relative to the bundle's root,
// without a leading slash ("zixun/redian/2017/0721/1.html"); a page links to another through
// relativeRoot() of its own path, so the bundle works from any folder, from file:// and from
// the preview. Every function is pure: the same input always gives the same path.
class SitePaths final
{
public:
    static inline const QString HomePage = QStringLiteral("index.html");
    static inline const QString NotFoundPage = QStringLiteral("404.html");
    static inline const QString ThemeFolder = QStringLiteral("theme/");
    // The site-wide files (SiteFiles, model/export/sitefiles.h) and the search page.
    static inline const QString SearchPage = QStringLiteral("search.html");
    static inline const QString SearchIndex = QStringLiteral("search/index.js");
    static inline const QString Feed = QStringLiteral("rss.xml");
    static inline const QString Sitemap = QStringLiteral("sitemap.xml");
    static inline const QString Robots = QStringLiteral("robots.txt");

    // The article's page (page 1) under a channel URL rule. Tokens: {channel} the channel's
    // slug path, {yyyy} {mm} {dd} {mmdd} the publish date in the site's time zone, {id}, and
    // {name}: the custom file name, or the id when there is none. A rule that would leave the
    // bundle or gives no file name falls back to the default rule.
    static QString article(const QString &rule, const QString &channelPath, qint64 id,
                           const QString &fileName, const QDateTime &publishAt,
                           const QTimeZone &zone);
    // Page number (1-based) of a multi-page article: 1.html, 1_2.html, 1_3.html ...
    static QString articlePage(const QString &firstPage, int number);
    // A channel's index page ("zixun/redian/index.html"; the home page for the root channel).
    static QString channelIndex(const QString &channelPath);
    // A channel's numbered list page, counted from its oldest article ("…/list_3.html").
    static QString channelList(const QString &channelPath, int number);
    // A channel's RSS feed ("zixun/redian/rss.xml"; the site's feed for the root channel).
    static QString channelFeed(const QString &channelPath);
    // Part N (1-based) of a sitemap too long for one file: "sitemap-N.xml".
    static QString sitemapPart(int number);
    static QString tagIndex(const QString &tagSlug);
    static QString tagList(const QString &tagSlug, int number);
    // media/<first two hex digits>/<sha256>.<ext>: content-addressed, so a file never changes
    // under its name and can be cached for ever.
    static QString media(const Media &media);
    static QString mediaExtension(const QString &mimeType);
    // "../../" for "a/b/page.html", "" for a page at the root.
    static QString relativeRoot(const QString &pagePath);
    // Whether a custom file name can be used in a URL as it is.
    static bool isValidFileName(const QString &fileName);
};

} // namespace Newsdesk
