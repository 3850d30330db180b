#include "renderer.h"

#include "render/bodyhtml.h"
#include "render/linker.h"
#include "render/remoteresources.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

using MustacheValue::number;
using MustacheValue::put;
using MustacheValue::take;
using MustacheValue::text;
using Data = Theme::Data;

namespace {
// How far a numbered page's links reach on either side. A page never links to the total, so
// a new page at the top changes only the pages within this distance.
constexpr int PageLinkReach = 4;

int percent(qint64 part, qint64 total)
{
    return total > 0 ? int((part * 200 + total) / (total * 2)) : 0;
}

Data link(const std::string &url)
{
    return Data("url", url);
}
} // namespace

// The articles of a channel or tag list, oldest first, and where its pages go.
struct Renderer::Listing
{
    const QList<int> *items = nullptr;
    int pageSize = 20;
    qint64 channelId = 0; // for the navigation and the sidebar
    QString tag; // for tag lists
    std::function<QString(int)> pagePath; // 0: the index
};

Renderer::Renderer(Theme theme, std::shared_ptr<const SiteData> site)
    : m_theme(std::move(theme))
    , m_site(std::move(site))
{
}

Renderer::~Renderer() = default;

QString Renderer::documentTitle(const QString &title, const QString &siteName)
{
    return title.isEmpty() || title == siteName ? siteName : title + u"_"_s + siteName;
}

const Data &Renderer::siteContext(const QString &root)
{
    if (auto it = m_siteContexts.find(root); it != m_siteContexts.end())
        return it->second;
    const SiteData &site = *m_site;
    const Linker linker(site, root);
    const SiteSettings &settings = site.settings();
    Data context;
    context.set("root", text(root));
    context.set("home", linker.link(SitePaths::HomePage));
    context.set("assets", linker.link(SitePaths::ThemeFolder));
    Data about;
    about.set("name", text(settings.name));
    about.set("language", text(settings.language.isEmpty() ? u"zh-CN"_s : settings.language));
    put(about, "footer", settings.footer);
    put(about, "baseUrl", settings.baseUrl);
    context.set("site", about);
    context.set("t", m_theme.strings(settings.language));
    // The sidebar's blocks, on every page. The home page's own blocks are in homePage(), so
    // a change to them rewrites the home page only (docs/themes.md).
    context.set("recommended", linker.articles(site.recommended()));
    context.set("hot", linker.articles(site.hot()));
    Data ads;
    for (const AdSlot &slot : site.adSlots())
        put(ads, text(slot.key), BodyHtml::adSlotHtml(slot.content));
    context.set("ads", ads);
    return m_siteContexts.emplace(root, std::move(context)).first->second;
}

const Data &Renderer::channelContext(qint64 channelId, const QString &root)
{
    const auto key = std::make_pair(channelId, root);
    if (auto it = m_channelContexts.find(key); it != m_channelContexts.end())
        return it->second;
    const Linker linker(*m_site, root);
    Data context;
    context.set("navigation", linker.navigation(channelId));
    context.set("sections", linker.sectionChannels(channelId));
    const SiteChannel *home = m_site->root();
    context.set("homeCurrent", !home || channelId == home->channel.id);
    return m_channelContexts.emplace(key, std::move(context)).first->second;
}

Result<RenderedPage> Renderer::render(Theme::Page kind, const QString &path, qint64 channelId,
                                      const QString &root, Data &page)
{
    page.set("path", text(path));
    Theme::Context context(&siteContext(root));
    context.push(&channelContext(channelId, root));
    context.push(&page);
    Result<QByteArray> html = m_theme.render(kind, context);
    if (!html)
        return html.error();
    return RenderedPage {path, std::move(html.value())};
}

int Renderer::articlePageCount(const Article &article)
{
    return int(BodyHtml::pages(article.body).size());
}

Result<RenderedPage> Renderer::articlePage(const Article &a, int number)
{
    const SiteData &site = *m_site;
    const QList<BodyHtml::Page> bodies = BodyHtml::pages(a.body);
    if (number < 1 || number > bodies.size()) {
        return Error(Error::Kind::NotFound,
                     tr("\"%1\" has no page %2 (it has %3).")
                             .arg(a.title)
                             .arg(number)
                             .arg(bodies.size()));
    }
    const QString firstPage = site.articlePath(a);
    const QString path = SitePaths::articlePage(firstPage, number);
    const Linker linker(site, SitePaths::relativeRoot(path));

    Data article;
    article.set("id", MustacheValue::number(a.id));
    article.set("title", text(a.title));
    put(article, "subtitle", a.subtitle);
    article.set("shortTitle", text(a.shortTitle.isEmpty() ? a.title : a.shortTitle));
    put(article, "style", MustacheValue::colorStyle(a.titleColor));
    article.set("bold", a.titleBold);
    article.set("date", linker.date(a.publishAt));
    article.set("dateTime", linker.dateTime(a.publishAt));
    article.set("datetime", linker.isoDateTime(a.publishAt));
    put(article, "source", a.source);
    put(article, "author", a.author);
    put(article, "editor", a.editor);
    put(article, "approvedBy", a.approvedByName);
    article.set("clicks", MustacheValue::number(a.clicks));
    put(article, "summary", a.summary);
    put(article, "keywords", a.keywords);
    const auto resolve = [&](qint64 id) {
        const Media *m = site.media(id);
        return m ? BodyHtml::Image {linker.root() + SitePaths::media(*m), m->width, m->height}
                 : BodyHtml::Image {};
    };
    article.set("body",
                text(QLatin1StringView(RemoteResources::BodyStart)
                     + BodyHtml::toPageHtml(bodies.at(number - 1).html, resolve)
                     + QLatin1StringView(RemoteResources::BodyEnd)));
    const qint64 votes = a.votesUp + a.votesDown;
    Data digg;
    digg.set("up", MustacheValue::number(a.votesUp));
    digg.set("down", MustacheValue::number(a.votesDown));
    digg.set("upPercent", MustacheValue::number(percent(a.votesUp, votes)));
    digg.set("downPercent", MustacheValue::number(percent(a.votesDown, votes)));
    take(article, "votes", std::move(digg));
    Data tags(Data::type::list);
    for (const QString &tag : a.tags)
        tags.push_back(linker.tag(tag));
    take(article, "tags", std::move(tags));
    article.set("hasTags", !a.tags.isEmpty());
    take(article, "channel", linker.channel(a.channelId));

    Data page;
    page.set("documentTitle", text(documentTitle(a.title, site.settings().name)));
    put(page, "description", a.summary);
    put(page, "keywords", a.keywords);
    take(page, "article", std::move(article));
    take(page, "breadcrumb", linker.trail(a.channelId));
    if (bodies.size() > 1) {
        Data pages(Data::type::list);
        for (int n = 1; n <= bodies.size(); ++n) {
            Data item = link(linker.link(SitePaths::articlePage(firstPage, n)));
            item.set("number", MustacheValue::number(n));
            put(item, "heading", bodies.at(n - 1).title);
            item.set("current", n == number);
            pages.push_back(item);
        }
        take(page, "pages", std::move(pages));
        page.set("paged", true);
        put(page, "pageTitle", bodies.at(number - 1).title);
        if (number > 1)
            page.set("previousPage",
                     link(linker.link(SitePaths::articlePage(firstPage, number - 1))));
        if (number < bodies.size())
            page.set("nextPage", link(linker.link(SitePaths::articlePage(firstPage, number + 1))));
    }
    const auto [previous, next] = site.neighbours(a);
    if (previous >= 0)
        take(page, "previous", linker.article(previous));
    if (next >= 0)
        take(page, "next", linker.article(next));
    return render(Theme::Page::Article, path, a.channelId, linker.root(), page);
}

int Renderer::channelPageCount(qint64 channelId) const
{
    const SiteChannel *channel = m_site->channel(channelId);
    if (!channel || channel->channel.isRoot())
        return 0;
    const int size = std::max(1, channel->channel.pageSize);
    return int((channel->listing.size() + size - 1) / size);
}

Result<RenderedPage> Renderer::channelIndex(qint64 channelId)
{
    return channelPage(channelId, 0);
}

Result<RenderedPage> Renderer::channelPage(qint64 channelId, int number)
{
    const SiteChannel *channel = m_site->channel(channelId);
    if (!channel || channel->channel.isRoot()) {
        if (channel && number == 0)
            return homePage();
        return Error(Error::Kind::NotFound,
                     tr("There is no channel %1 with list pages.").arg(channelId));
    }
    Listing listing;
    listing.items = &channel->listing;
    listing.pageSize = std::max(1, channel->channel.pageSize);
    listing.channelId = channelId;
    const QString channelPath = channel->path;
    listing.pagePath = [channelPath](int n) {
        return n == 0 ? SitePaths::channelIndex(channelPath)
                      : SitePaths::channelList(channelPath, n);
    };
    return listPage(Theme::Page::List, listing, number);
}

int Renderer::tagPageCount(const QString &tag) const
{
    const SiteTag *t = m_site->tag(tag);
    return t ? int((t->listing.size() + TagPageSize - 1) / TagPageSize) : 0;
}

Result<RenderedPage> Renderer::tagIndex(const QString &tag)
{
    return tagPage(tag, 0);
}

Result<RenderedPage> Renderer::tagPage(const QString &tag, int number)
{
    const SiteTag *t = m_site->tag(tag);
    if (!t)
        return Error(Error::Kind::NotFound, tr("No live article carries the tag \"%1\".").arg(tag));
    Listing listing;
    listing.items = &t->listing;
    listing.pageSize = TagPageSize;
    listing.channelId = m_site->root() ? m_site->root()->channel.id : 0;
    const QString slug = t->slug;
    listing.pagePath = [slug](int n) {
        return n == 0 ? SitePaths::tagIndex(slug) : SitePaths::tagList(slug, n);
    };
    listing.tag = tag;
    return listPage(Theme::Page::Tag, listing, number);
}

Renderer::ListShape Renderer::listShape(qsizetype itemCount, int pageSize, int number)
{
    ListShape shape;
    const int size = std::max(1, pageSize);
    shape.pageCount = int((itemCount + size - 1) / size);
    // The index shows the newest; numbered page n holds items (n-1)*size .. n*size-1 counted
    // from the oldest. Both newest first.
    shape.end = number == 0 ? itemCount : std::min<qsizetype>(qsizetype(number) * size, itemCount);
    shape.begin = number == 0 ? std::max<qsizetype>(0, shape.end - size)
                              : std::min<qsizetype>(qsizetype(number - 1) * size, shape.end);
    if (shape.pageCount > 1) {
        const int centre = number == 0 ? shape.pageCount : number;
        shape.high = std::min(shape.pageCount, centre + PageLinkReach);
        shape.low = std::max(1, centre - PageLinkReach);
        if (number > 0)
            shape.newer = number < shape.pageCount ? number + 1 : 0;
        const int older = number == 0 ? shape.pageCount - 1 : number - 1;
        if (older >= 1)
            shape.older = older;
        shape.oldest = shape.low > 1;
    }
    return shape;
}

Result<RenderedPage> Renderer::listPage(Theme::Page kind, const Listing &listing, int number)
{
    const QList<int> &items = *listing.items;
    const ListShape shape = listShape(items.size(), listing.pageSize, number);
    if (number < 0 || (number > 0 && number > shape.pageCount))
        return Error(Error::Kind::NotFound, tr("There is no list page %1.").arg(number));
    const QString path = listing.pagePath(number);
    const Linker linker(*m_site, SitePaths::relativeRoot(path));
    QList<int> shown;
    for (qsizetype i = shape.end - 1; i >= shape.begin; --i)
        shown.append(items.at(i));

    Data page;
    take(page, "articles", linker.articles(shown));
    page.set("hasArticles", !shown.isEmpty());
    page.set("pageNumber", MustacheValue::number(number));
    const QString suffix = number > 0 ? u"_"_s + QString::number(number) : QString();
    if (kind == Theme::Page::List) {
        const SiteChannel *c = m_site->channel(listing.channelId);
        put(page, "description", c->channel.seoDescription);
        put(page, "keywords", c->channel.seoKeywords);
        take(page, "channel", linker.channel(listing.channelId));
        take(page, "breadcrumb", linker.trail(listing.channelId));
        page.set("documentTitle",
                 text(c->channel.seoTitle.isEmpty()
                              ? documentTitle(c->channel.name + suffix, m_site->settings().name)
                              : c->channel.seoTitle + suffix));
    } else {
        const QString &name = listing.tag;
        Data tag = linker.tag(name);
        page.set("tag", tag);
        Data breadcrumb(Data::type::list);
        if (const SiteChannel *root = m_site->root())
            breadcrumb.push_back(linker.channel(root->channel.id));
        breadcrumb.push_back(tag);
        take(page, "breadcrumb", std::move(breadcrumb));
        page.set("documentTitle", text(documentTitle(name + suffix, m_site->settings().name)));
    }
    if (shape.pageCount > 1)
        take(page, "pagination", pageLinks(linker, listing, shape, number));
    return render(kind, path, listing.channelId, linker.root(), page);
}

Data Renderer::pageLinks(const Linker &linker, const Listing &listing, const ListShape &shape,
                         int number) const
{
    Data pagination;
    Data newest = link(linker.link(listing.pagePath(0)));
    newest.set("current", number == 0);
    pagination.set("newest", newest);
    Data pages(Data::type::list);
    for (int n = shape.high; n >= shape.low; --n) {
        Data item = link(linker.link(listing.pagePath(n)));
        item.set("number", MustacheValue::number(n));
        item.set("current", n == number);
        pages.push_back(item);
    }
    pagination.set("pages", pages);
    if (shape.newer >= 0)
        pagination.set("newer", link(linker.link(listing.pagePath(shape.newer))));
    if (shape.older >= 1)
        pagination.set("older", link(linker.link(listing.pagePath(shape.older))));
    if (shape.oldest)
        pagination.set("oldest", link(linker.link(listing.pagePath(1))));
    return pagination;
}

Result<RenderedPage> Renderer::homePage()
{
    const SiteChannel *root = m_site->root();
    const SiteData &site = *m_site;
    const Linker linker(site, QString());
    Data page;
    page.set("documentTitle", text(site.settings().name));
    page.set("isHome", true);
    take(page, "scrolling", linker.articles(site.scrolling()));
    page.set("hasScrolling", !site.scrolling().isEmpty());
    take(page, "slides", linker.articles(site.slides()));
    page.set("hasSlides", !site.slides().isEmpty());
    if (!site.headlines().isEmpty()) {
        take(page, "headline", linker.article(site.headlines().first()));
        take(page, "moreHeadlines", linker.articles(site.headlines().mid(1)));
        page.set("hasMoreHeadlines", site.headlines().size() > 1);
    }
    Data channelBlocks(Data::type::list);
    for (qint64 id : site.navigation()) {
        Data block = linker.channel(id);
        take(block, "articles", linker.articles(site.latestIn(id)));
        channelBlocks.push_back(block);
    }
    take(page, "channelBlocks", std::move(channelBlocks));
    if (root) {
        put(page, "description", root->channel.seoDescription);
        put(page, "keywords", root->channel.seoKeywords);
    }
    return render(Theme::Page::Home, SitePaths::HomePage, root ? root->channel.id : 0, QString(),
                  page);
}

Result<RenderedPage> Renderer::notFoundPage()
{
    // A server shows 404.html for a missing path at any depth, so its links start from the
    // site's root path instead of being relative.
    QString root = QUrl(m_site->settings().baseUrl).path();
    if (!root.endsWith(u'/'))
        root += u'/';
    Data page;
    page.set("documentTitle", text(m_site->settings().name));
    const SiteChannel *home = m_site->root();
    return render(Theme::Page::NotFound, SitePaths::NotFoundPage, home ? home->channel.id : 0, root,
                  page);
}

Result<RenderedPage> Renderer::withdrawnPage(int index)
{
    const SiteData &site = *m_site;
    const SiteArticle &a = site.withdrawn().at(index);
    const QString path = site.withdrawnPathOf(index);
    const Linker linker(site, SitePaths::relativeRoot(path));
    Data article;
    article.set("id", MustacheValue::number(a.id));
    article.set("title", text(a.title));
    article.set("date", linker.date(a.publishAt));
    article.set("datetime", linker.isoDateTime(a.publishAt));
    Data page;
    const QString notice = m_theme.text(site.settings().language, "withdrawnTitle");
    page.set("documentTitle",
             text(documentTitle(notice.isEmpty() ? a.title : notice, site.settings().name)));
    page.set("noindex", true);
    take(page, "article", std::move(article));
    take(page, "breadcrumb", linker.trail(a.channelId));
    return render(Theme::Page::Withdrawn, path, a.channelId, linker.root(), page);
}

QByteArray Renderer::errorPage(const Error &error)
{
    const QString title = tr("The page cannot be shown");
    const QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                         "<title>%1</title><style>body{font:16px/1.6 system-ui,sans-serif;"
                         "margin:2em;color:#1a1a1a}pre{white-space:pre-wrap;background:#fff4f4;"
                         "border-left:4px solid #b30000;padding:1em}</style></head>\n"
                         "<body><main><h1>%1</h1><pre>%2</pre></main></body></html>\n"_s.arg(
                                 title.toHtmlEscaped(), error.message().toHtmlEscaped());
    return html.toUtf8();
}

} // namespace Newsdesk
