#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Newsdesk {

struct SiteArticle;

// The small formats the site-wide files share (SiteFiles): absolute URLs from the base URL
// and text made safe for XML and for JSON inside a script (dates: SiteDates). All pure.
namespace SiteFileFormat {

// The base URL with a trailing slash; "" when there is none.
QString base(const QString &baseUrl);
// base + path, with anything in path that a URL cannot hold as it is percent-encoded (bundle
// paths are ASCII already; this keeps a feed valid if one is not). An empty path is the base.
QString absolute(const QString &base, const QString &path);
// text without the characters XML 1.0 does not allow (controls other than tab, line feed and
// carriage return; unpaired surrogates; U+FFFE, U+FFFF): QXmlStreamWriter writes them as
// they are, which no parser accepts.
QString xmlText(const QString &text);
// Appends text to out as UTF-8 XML character data: without what xmlText() drops, with & < >
// and " escaped. For files written without QXmlStreamWriter (the sitemap's URL sets).
void appendXmlText(QByteArray &out, const QString &text);
// Appends run to out as UTF-8.
void appendUtf8(QByteArray &out, QStringView run);
// The web address a 跳转 article points to, or "" when it is read on the site: the same rule
// as the renderer's lists.
QString redirectTarget(const SiteArticle &article);
// Appends text as a JSON string in UTF-8, also escaping U+2028 and U+2029 (line ends to
// JavaScript before ES2019).
void appendJsonString(QByteArray &out, QStringView text);

} // namespace SiteFileFormat

} // namespace Newsdesk
