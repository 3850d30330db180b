#pragma once

#include "core/article.h"
#include "core/result.h"
#include "render/theme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <map>
#include <memory>

namespace Newsdesk {

class Linker;
class SiteData;

// One page of the site: where it goes in the bundle and its bytes (UTF-8 HTML).
struct RenderedPage
{
    QString path;
    QByteArray html;
};

// Renders the pages of a site with a theme: the same code serves the preview and the export,
// so what a chief editor approves in the preview is byte for byte what the site serves.
// Rendering a page costs the same whatever the library's size: it reads only SiteData (built
// once per run) and the page's own article, and the site-wide blocks are turned into
// template data once per folder depth and reused. Deterministic: no clock, no randomness.
// Not thread-safe: one Renderer per thread (they can share one SiteData).
class Renderer final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Renderer)

public:
    Renderer(Theme theme, std::shared_ptr<const SiteData> site);
    ~Renderer();
    Q_DISABLE_COPY_MOVE(Renderer)

    const SiteData &site() const { return *m_site; }
    Theme &theme() { return m_theme; }

    // The number of pages of a multi-page article (split at its page breaks).
    static int articlePageCount(const Article &article);
    // Page number (1-based) of an article, live or not (the preview renders unsaved edits).
    Result<RenderedPage> articlePage(const Article &article, int number = 1);

    // The newest articles of a channel and links down its numbered pages.
    Result<RenderedPage> channelIndex(qint64 channelId);
    // Numbered list pages count from the oldest article: page 1 holds the oldest, so a new
    // article changes the index, the last page and the few pages that link to it.
    int channelPageCount(qint64 channelId) const;
    Result<RenderedPage> channelPage(qint64 channelId, int number);

    Result<RenderedPage> homePage();

    // Tag pages work like channel pages: an index and numbered pages from the oldest.
    int tagPageCount(const QString &tag) const;
    Result<RenderedPage> tagIndex(const QString &tag);
    Result<RenderedPage> tagPage(const QString &tag, int number);

    Result<RenderedPage> notFoundPage();
    // The notice at the URL of a withdrawn article (index into SiteData::withdrawn()).
    Result<RenderedPage> withdrawnPage(int index);

    // What a list page shows and links, from the size of its listing alone: positions in the
    // listing (oldest first) of the items it shows, newest first, and its pagination. The
    // export compares these to decide whether a page changed without rendering it.
    struct ListShape
    {
        qsizetype begin = 0; // items [begin, end) of the listing, shown newest first
        qsizetype end = 0;
        int pageCount = 0;
        int low = 0; // numbered pages linked, high down to low
        int high = 0;
        int newer = -1; // page linked as newer (0: the index), -1: none
        int older = -1; // page linked as older, -1: none
        bool oldest = false; // whether page 1 is linked as the oldest
    };
    static ListShape listShape(qsizetype itemCount, int pageSize, int number);
    static constexpr int TagPageSize = 20;

    // A page that shows error (a broken theme, a failed render) instead of the site: plain
    // HTML needing no theme, with the message escaped. The preview shows it.
    static QByteArray errorPage(const Error &error);

private:
    struct Listing;
    Result<RenderedPage> listPage(Theme::Page kind, const Listing &listing, int number);
    Result<RenderedPage> render(Theme::Page kind, const QString &path, qint64 channelId,
                                const QString &root, Theme::Data &page);
    const Theme::Data &siteContext(const QString &root);
    const Theme::Data &channelContext(qint64 channelId, const QString &root);
    Theme::Data pageLinks(const Linker &linker, const Listing &listing, const ListShape &shape,
                          int number) const;
    static QString documentTitle(const QString &title, const QString &siteName);

    Theme m_theme;
    std::shared_ptr<const SiteData> m_site;
    // Built on first use per folder depth (root) and per (channel, root); std::map keeps
    // references stable while it grows.
    std::map<QString, Theme::Data> m_siteContexts;
    std::map<std::pair<qint64, QString>, Theme::Data> m_channelContexts;
};

} // namespace Newsdesk
