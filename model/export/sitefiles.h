#pragma once

#include "export/bundlefile.h"

#include <QList>

namespace Newsdesk {

class SiteData;

// The files of a site bundle that are not pages: the RSS feeds, the sitemap, robots.txt and
// the search page's index. Each is a pure function of SiteData: no clock, stable order, the
// same bytes for the same site, and linear in the number of articles (see docs/themes.md for
// the files and their formats). Every BundleFile lists the articles whose data it shows.
namespace SiteFiles {

// Items per feed.
inline constexpr int FeedSize = 20;
// URLs per sitemap file (sitemaps.org's limit).
inline constexpr int SitemapLimit = 50'000;

// RSS 2.0: "rss.xml" for the site (its newest FeedSize live articles) and "<channel
// path>/rss.xml" for every other channel (the newest of its list pages), with absolute links
// from the site's base URL. Nothing without a base URL: a feed needs absolute links.
QList<BundleFile> feeds(const SiteData &site);

// "sitemap.xml" (sitemaps.org 0.9): the home page, every channel's and tag's index page and
// every live article's first page (跳转 articles, which point elsewhere, left out), with
// lastmod. Over urlsPerFile URLs, the URLs go to "sitemap-1.xml", "sitemap-2.xml", … and
// "sitemap.xml" is their sitemap index. Nothing without a base URL.
QList<BundleFile> sitemaps(const SiteData &site, int urlsPerFile = SitemapLimit);

// "robots.txt": everything allowed, and the sitemap's absolute URL when there is a base URL.
BundleFile robots(const SiteData &site);

// "search/index.js": every live article's path, title, date, channel, tags and summary in
// columns, newest first, as one script that sets window.NewsdeskSearch (a script rather than
// JSON: the search page then works from file://, where fetch() fails). The default theme's
// assets/search.js searches it.
BundleFile searchIndex(const SiteData &site);

} // namespace SiteFiles

} // namespace Newsdesk
