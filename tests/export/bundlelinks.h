#pragma once

#include <QString>
#include <QStringList>

namespace Newsdesk::Test {

// The links of a bundle's pages, as a link checker sees them: every href, src, srcset
// candidate and form action of a page (parsed with gumbo, as a browser would), and whether
// each names a file of the bundle.
namespace BundleLinks {

struct Page
{
    QStringList links; // as written, entities decoded
    QString error; // the page could not be read
};

// The links of root/page.
Page read(const QString &root, const QString &page);
// Whether link leaves the bundle: it has a scheme (https:, mailto:) or starts with "//".
bool isExternal(const QString &link);
// The file of root that link, written on page (a path relative to root; "" for the root's
// own documents such as a sitemap), names: without its query and fragment, percent-decoded,
// "folder/" meaning "folder/index.html", "/x" read under sitePath (the base URL's path, where
// the bundle is served: "/news/"). "" when it names no file or leaves root.
QString resolve(const QString &root, const QString &page, const QString &link,
                const QString &sitePath = QStringLiteral("/"));

} // namespace BundleLinks
} // namespace Newsdesk::Test
