#include "pagekeys.h"

#include "export/digest.h"
#include "render/renderer.h"
#include "render/sitedata.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
void addArticleItem(Digest &digest, const SiteData &site, int index)
{
    const SiteArticle &a = site.articles().at(index);
    digest.add(a.id)
            .add(a.title)
            .add(a.shortTitle)
            .add(a.titleColor)
            .add(qint64(a.titleBold))
            .add(a.summary)
            .add(a.channelId)
            .add(qint64(a.flags.toInt()))
            .add(a.redirectUrl)
            .add(a.publishAt.toMSecsSinceEpoch())
            .add(a.clicks)
            .add(site.pathOf(index));
    if (const Media *m = site.media(a.coverMediaId)) {
        digest.add(m->sha256).add(m->mimeType).add(qint64(m->width)).add(qint64(m->height));
        digest.add(m->alt).add(m->caption);
    }
}

void addItems(Digest &digest, const QList<QByteArray> &items, const QList<int> &indexes)
{
    digest.add(qint64(indexes.size()));
    for (int index : indexes)
        digest.add(items.at(index));
}
} // namespace

PageKeys::PageKeys(const SiteData &site, const QByteArray &themeDigest, const QString &generator)
    : m_data(site)
{
    Digest digest;
    m_items.reserve(site.articles().size());
    for (int i = 0; i < site.articles().size(); ++i) {
        addArticleItem(digest, site, i);
        m_items.append(digest.result());
    }

    digest.add(generator).add(themeDigest);
    const SiteSettings &settings = site.settings();
    digest.add(settings.name).add(settings.baseUrl).add(settings.language).add(settings.footer);
    digest.add(settings.theme).add(site.timeZone().id());
    for (const AdSlot &slot : site.adSlots())
        digest.add(slot.key).add(slot.content);
    digest.add(qint64(site.channels().size()));
    for (const SiteChannel &c : site.channels()) {
        const Channel &channel = c.channel;
        digest.add(channel.id).add(channel.parentId).add(channel.name).add(c.path);
        digest.add(channel.slug).add(qint64(channel.sortOrder)).add(channel.seoTitle);
        digest.add(channel.seoKeywords);
        digest.add(channel.seoDescription).add(qint64(channel.pageSize)).add(channel.urlRule);
        digest.add(qint64(c.children.size()));
        for (qint64 child : c.children)
            digest.add(child);
    }
    addItems(digest, m_items, site.recommended());
    addItems(digest, m_items, site.hot());
    m_siteKey = digest.result();
}

QByteArray PageKeys::itemDigest(int index) const
{
    return m_items.at(index);
}

QByteArray PageKeys::article(int index, int version) const
{
    const SiteArticle &a = m_data.articles().at(index);
    Digest digest;
    digest.add(u"article"_s)
            .add(m_siteKey)
            .add(m_items.at(index))
            .add(qint64(version < 0 ? a.version : version));
    digest.add(qint64(a.tags.size()));
    for (const QString &tag : a.tags) {
        const SiteTag *t = m_data.tag(tag);
        digest.add(tag).add(t ? t->slug : QString());
    }
    const auto [previous, next] = m_data.neighbours(index);
    digest.add(previous >= 0 ? m_items.at(previous) : QByteArray());
    digest.add(next >= 0 ? m_items.at(next) : QByteArray());
    return digest.result();
}

QByteArray PageKeys::list(const QString &scope, const QList<int> &listing, int pageSize,
                          int number) const
{
    const Renderer::ListShape shape = Renderer::listShape(listing.size(), pageSize, number);
    Digest digest;
    digest.add(u"list"_s).add(m_siteKey).add(scope).add(qint64(pageSize)).add(qint64(number));
    digest.add(qint64(shape.pageCount)).add(qint64(shape.low)).add(qint64(shape.high));
    digest.add(qint64(shape.newer)).add(qint64(shape.older)).add(qint64(shape.oldest));
    for (qsizetype i = shape.end - 1; i >= shape.begin; --i)
        digest.add(m_items.at(listing.at(i)));
    return digest.result();
}

QByteArray PageKeys::home() const
{
    Digest digest;
    digest.add(u"home"_s).add(m_siteKey);
    addItems(digest, m_items, m_data.scrolling());
    addItems(digest, m_items, m_data.slides());
    addItems(digest, m_items, m_data.headlines());
    for (qint64 id : m_data.navigation()) {
        digest.add(id);
        addItems(digest, m_items, m_data.latestIn(id));
    }
    return digest.result();
}

QByteArray PageKeys::withdrawn(int index) const
{
    const SiteArticle &a = m_data.withdrawn().at(index);
    Digest digest;
    digest.add(u"withdrawn"_s).add(m_siteKey).add(a.id).add(a.title).add(a.channelId);
    digest.add(a.publishAt.toMSecsSinceEpoch()).add(m_data.withdrawnPathOf(index));
    return digest.result();
}

QByteArray PageKeys::plain(const QString &kind) const
{
    Digest digest;
    digest.add(kind).add(m_siteKey);
    return digest.result();
}

} // namespace Newsdesk
