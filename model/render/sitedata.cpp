#include "sitedata.h"

#include "render/sitepaths.h"
#include "storage/channelrepository.h"
#include "storage/library.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int HeadlineCount = 3;

QTimeZone siteTimeZone(const QTimeZone &requested)
{
    if (requested.isValid())
        return requested;
    // The newsroom's portal is in China; a time-zone site setting will replace this default.
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    return shanghai.isValid() ? shanghai : QTimeZone(8 * 3600);
}

bool olderThan(const SiteArticle &a, const QDateTime &publishAt, qint64 id)
{
    return a.publishAt < publishAt || (a.publishAt == publishAt && a.id < id);
}
} // namespace

Result<std::shared_ptr<const SiteData>> SiteData::load(Library &library, const Options &options)
{
    Options resolved = options;
    if (!resolved.asOf.isValid())
        resolved.asOf = QDateTime::currentDateTimeUtc();
    Result<SiteSettings> settings = library.site().settings();
    if (!settings)
        return settings.error();
    Result<QList<AdSlot>> adSlots = library.site().adSlots();
    if (!adSlots)
        return adSlots.error();
    Result<QList<Channel>> channels = library.channels().all();
    if (!channels)
        return channels.error();
    if (channels.value().isEmpty())
        return Error(Error::Kind::Invalid,
                     tr("The library %1 has no channels, so it has no site to show.")
                             .arg(library.location()));
    Result<QList<SiteArticle>> articles = library.publication().live(resolved.asOf);
    if (!articles)
        return articles.error();
    Result<QList<Media>> media = library.publication().mediaIndex();
    if (!media)
        return media.error();
    Result<QList<SiteArticle>> withdrawn = library.publication().withdrawn();
    if (!withdrawn)
        return withdrawn.error();
    return build(settings.value(), adSlots.value(), channels.value(), std::move(articles.value()),
                 media.value(), resolved, std::move(withdrawn.value()));
}

std::shared_ptr<const SiteData>
SiteData::build(const SiteSettings &settings, const QList<AdSlot> &adSlots,
                const QList<Channel> &channels, QList<SiteArticle> articles,
                const QList<Media> &media, const Options &options, QList<SiteArticle> withdrawn)
{
    std::shared_ptr<SiteData> site(new SiteData);
    site->m_settings = settings;
    if (!options.baseUrl.isEmpty())
        site->m_settings.baseUrl = options.baseUrl;
    for (const AdSlot &slot : adSlots) {
        if (slot.enabled)
            site->m_adSlots.append(slot);
    }
    site->m_timeZone = siteTimeZone(options.timeZone);
    site->m_asOf = options.asOf;
    for (const Media &m : media)
        site->m_media.insert(m.id, m);
    site->m_articles = std::move(articles);
    site->indexChannels(channels);
    site->indexArticles();
    site->indexTags(options.knownSlugs);
    site->indexWithdrawn(std::move(withdrawn));
    site->computeBlocks(options);
    return site;
}

void SiteData::indexChannels(const QList<Channel> &channels)
{
    for (const Channel &channel : channels) {
        SiteChannel entry;
        entry.channel = channel;
        const SiteChannel *parent = this->channel(channel.parentId);
        if (parent) {
            entry.path = parent->path.isEmpty() ? channel.slug : parent->path + u'/' + channel.slug;
            entry.trail = parent->trail;
        } else if (!m_channels.isEmpty()) {
            continue; // a second root cannot happen in a valid library
        }
        entry.trail.append(channel.id);
        entry.indexPage = SitePaths::channelIndex(entry.path);
        m_channelIndex.insert(channel.id, int(m_channels.size()));
        m_channels.append(entry);
        if (parent)
            m_channels[m_channelIndex.value(channel.parentId)].children.append(channel.id);
    }
}

void SiteData::indexArticles()
{
    QSet<QString> taken;
    m_articlePaths.reserve(m_articles.size());
    m_articleIndex.reserve(m_articles.size());
    for (int i = 0; i < m_articles.size(); ++i) {
        const SiteArticle &a = m_articles.at(i);
        QString path = pathFor(a);
        if (taken.contains(path)) {
            // Two custom file names that meet: the later article keeps its id as its name.
            SiteArticle byId = a;
            byId.fileName.clear();
            path = pathFor(byId);
        }
        taken.insert(path);
        m_articlePaths.append(path);
        m_articleIndex.insert(a.id, i);

        if (auto it = m_channelIndex.constFind(a.channelId); it != m_channelIndex.constEnd())
            m_channels[*it].own.append(i);
        QList<qint64> channelIds {a.channelId};
        channelIds.append(a.secondaryChannelIds);
        for (qint64 channelId : std::as_const(channelIds)) {
            const SiteChannel *channel = this->channel(channelId);
            if (!channel)
                continue;
            // Every channel on the way down from the root lists it (the root only on the
            // home page's blocks, so not here).
            for (qint64 upId : channel->trail.mid(1)) {
                QList<int> &listing = m_channels[m_channelIndex.value(upId)].listing;
                if (listing.isEmpty() || listing.constLast() != i)
                    listing.append(i);
            }
        }
    }
}

void SiteData::indexWithdrawn(QList<SiteArticle> withdrawn)
{
    QSet<QString> taken(m_articlePaths.cbegin(), m_articlePaths.cend());
    for (SiteArticle &a : withdrawn) {
        if (!a.publishAt.isValid())
            continue; // never had a URL
        const QString path = pathFor(a);
        if (taken.contains(path))
            continue; // a live article has the URL now
        taken.insert(path);
        m_withdrawnPaths.append(path);
        m_withdrawn.append(std::move(a));
    }
}

void SiteData::indexTags(const QHash<QString, QString> &knownSlugs)
{
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < m_articles.size(); ++i) {
        for (const QString &tag : m_articles.at(i).tags)
            byName[tag].append(i);
    }
    QStringList names = byName.keys();
    std::sort(names.begin(), names.end());
    QSet<QString> slugs;
    for (const QString &name : std::as_const(names)) {
        const auto known = knownSlugs.constFind(name);
        QString base = known != knownSlugs.constEnd() ? *known : ChannelRepository::slugFor(name);
        if (base.isEmpty())
            base = u"tag"_s;
        QString slug = base;
        for (int n = 2; slugs.contains(slug); ++n)
            slug = base + u'-' + QString::number(n);
        slugs.insert(slug);
        m_tagIndex.insert(name, int(m_tags.size()));
        m_tags.append({name, slug, base, byName.value(name)});
    }
}

void SiteData::computeBlocks(const Options &options)
{
    for (int i = int(m_articles.size()) - 1; i >= 0; --i) {
        const SiteArticle &a = m_articles.at(i);
        if (a.flags.testFlag(ArticleFlag::Recommended) && m_recommended.size() < options.blockSize)
            m_recommended.append(i);
        if (a.flags.testFlag(ArticleFlag::Headline) && m_headlines.size() < HeadlineCount)
            m_headlines.append(i);
        if (a.flags.testFlag(ArticleFlag::Slide) && m_media.contains(a.coverMediaId)
            && m_slides.size() < options.slideCount)
            m_slides.append(i);
        if (a.flags.testFlag(ArticleFlag::Scrolling) && m_scrolling.size() < options.blockSize)
            m_scrolling.append(i);
    }
    // 热点: most clicks; among equals the newer first, so the order is total.
    QList<int> all(m_articles.size());
    for (int i = 0; i < all.size(); ++i)
        all[i] = i;
    const auto end = all.begin() + std::min<qsizetype>(options.blockSize, all.size());
    std::partial_sort(all.begin(), end, all.end(), [this](int l, int r) {
        const qint64 lc = m_articles.at(l).clicks, rc = m_articles.at(r).clicks;
        return lc != rc ? lc > rc : l > r;
    });
    m_hot = QList<int>(all.begin(), end);

    for (qint64 id : navigation()) {
        const QList<int> &listing = channel(id)->listing;
        QList<int> &newest = m_latest[id];
        for (qsizetype i = listing.size() - 1; i >= 0 && newest.size() < options.latestPerChannel;
             --i)
            newest.append(listing.at(i));
    }
}

QString SiteData::pathFor(const SiteArticle &a) const
{
    const SiteChannel *channel = this->channel(a.channelId);
    return SitePaths::article(channel ? channel->channel.urlRule : QString(),
                              channel ? channel->path : QString(), a.id, a.fileName, a.publishAt,
                              m_timeZone);
}

SiteData::LocalTime SiteData::localTime(const QDateTime &time) const
{
    // offsetFromUtc and addSecs rather than toTimeZone: pages show many dates, and this is
    // several times faster.
    const int offset = m_timeZone.offsetFromUtc(time);
    const QDateTime shifted = time.toUTC().addSecs(offset);
    return {shifted.date(), shifted.time(), offset};
}

const SiteChannel *SiteData::channel(qint64 id) const
{
    const auto it = m_channelIndex.constFind(id);
    return it == m_channelIndex.constEnd() ? nullptr : &m_channels.at(*it);
}

QString SiteData::articlePath(const Article &article) const
{
    if (const int index = indexOf(article.id); index >= 0)
        return m_articlePaths.at(index);
    SiteArticle draft;
    draft.id = article.id;
    draft.channelId = article.channelId;
    draft.fileName = article.fileName;
    draft.publishAt = article.publishAt;
    return pathFor(draft);
}

std::pair<int, int> SiteData::neighbours(const Article &article) const
{
    return neighbours(article.id, article.channelId,
                      article.publishAt.isValid() ? article.publishAt : m_asOf);
}

std::pair<int, int> SiteData::neighbours(int index) const
{
    const SiteArticle &a = m_articles.at(index);
    return neighbours(a.id, a.channelId, a.publishAt);
}

std::pair<int, int> SiteData::neighbours(qint64 id, qint64 channelId, const QDateTime &at) const
{
    const SiteChannel *channel = this->channel(channelId);
    if (!channel)
        return {-1, -1};
    const QList<int> &own = channel->own;
    const auto it = std::lower_bound(own.begin(), own.end(), 0, [&](int index, int) {
        return olderThan(m_articles.at(index), at, id);
    });
    // The article itself is skipped wherever it is: a preview may have moved its time.
    const auto isSelf = [&](qsizetype i) {
        return m_articles.at(own.at(i)).id == id;
    };
    qsizetype before = (it - own.begin()) - 1;
    while (before >= 0 && isSelf(before))
        --before;
    qsizetype after = it - own.begin();
    while (after < own.size() && isSelf(after))
        ++after;
    const int previous = before >= 0 ? own.at(before) : -1;
    const int next = after < own.size() ? own.at(after) : -1;
    return {previous, next};
}

const Media *SiteData::media(qint64 id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.constEnd() ? nullptr : &*it;
}

QString SiteData::mediaPath(qint64 id) const
{
    const Media *m = media(id);
    return m ? SitePaths::media(*m) : QString();
}

const SiteTag *SiteData::tag(const QString &name) const
{
    const auto it = m_tagIndex.constFind(name);
    return it == m_tagIndex.constEnd() ? nullptr : &m_tags.at(*it);
}

} // namespace Newsdesk
