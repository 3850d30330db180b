#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk {

class SiteData;

// The inputs of each page of a site as one digest, computed from SiteData without rendering:
// an incremental export renders a page only when its key differs from the one the manifest
// recorded. A key covers everything the Renderer puts on the page (docs/export.md lists it):
// the site key (settings, ad slots, channel tree, the sidebar's blocks, the theme and the
// generator) and what the page itself shows. Keys mirror Renderer: a change to what a page
// shows must change its key here too (tst_exporter checks incremental == full).
class PageKeys final
{
public:
    // themeDigest: of every file of the theme; generator: the program and its version.
    PageKeys(const SiteData &site, const QByteArray &themeDigest, const QString &generator);

    const QByteArray &site() const { return m_siteKey; }
    // Every page of the live article at index (the article's version stands for its body
    // and the fields lists do not show).
    // version: the article's version to key (-1: its version now).
    QByteArray article(int index, int version = -1) const;
    // A channel's (scope "c" + id) or a tag's (scope "t" + name) list page number (0: index).
    QByteArray list(const QString &scope, const QList<int> &listing, int pageSize,
                    int number) const;
    QByteArray home() const;
    QByteArray withdrawn(int index) const;
    // A page that shows only the site-wide data (404, search).
    QByteArray plain(const QString &kind) const;

private:
    QByteArray itemDigest(int index) const;

    const SiteData &m_data;
    QByteArray m_siteKey;
    QList<QByteArray> m_items; // what a list shows of each live article
};

} // namespace Newsdesk
