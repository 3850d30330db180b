#pragma once

#include "core/article.h"
#include "core/channel.h"
#include "core/media.h"
#include "core/result.h"
#include "core/sitearticle.h"
#include "core/sitesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <memory>

namespace Newsdesk {

class Library;

// A channel of the site with what pages need around it.
struct SiteChannel
{
    Channel channel;
    QString path; // slug path "zixun/redian"; "" for the root
    QString indexPage; // "zixun/redian/index.html"; the home page for the root
    QList<qint64> trail; // ids from the root down to this channel, itself included
    QList<qint64> children; // in their sort order
    // Indexes into SiteData::articles(), oldest first: articles whose main or a secondary
    // channel is this channel or one below it (what its list pages show) ...
    QList<int> listing;
    // ... and those whose main channel is this one (previous and next article).
    QList<int> own;
};

struct SiteTag
{
    QString name;
    QString slug; // pinyin of the name, unique in the site
    QString baseSlug; // the pinyin before it was made unique (ChannelRepository::slugFor)
    QList<int> listing; // indexes into SiteData::articles(), oldest first
};

// Everything a site's pages need besides each page's own article, loaded from a library once
// per export or preview run: settings, ad slots, the channel tree with URLs, the index of live
// articles (no bodies) with their URLs, the media index, and the site-wide blocks (推荐, 热点,
// 头条, 幻灯, 滚动, latest per channel), each computed once here and never per page. Immutable
// once loaded; share it between renderers. Deterministic: the same library and options give
// the same SiteData (the clock is read only when options.asOf is not set).
class SiteData final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SiteData)

public:
    struct Options
    {
        QDateTime asOf; // what is live; invalid: now
        QTimeZone timeZone; // for dates and URL dates; invalid: the site's (Asia/Shanghai)
        int blockSize = 10; // articles in 推荐, 热点 and 滚动
        int slideCount = 5;
        int latestPerChannel = 8; // home page, per top-level channel
        QString baseUrl; // replaces the site setting when not empty (export --base-url)
        // Tag names with their ChannelRepository::slugFor pinyin, from an earlier run:
        // building ICU's Han-Latin transliterator for the rest costs about 0.4 s.
        QHash<QString, QString> knownSlugs;
    };

    static Result<std::shared_ptr<const SiteData>> load(Library &library, const Options &options);
    static Result<std::shared_ptr<const SiteData>> load(Library &library)
    {
        return load(library, Options {});
    }
    // Builds from data already loaded (tests, and load() itself). articles must be oldest
    // first, as PublicationRepository::live gives them.
    static std::shared_ptr<const SiteData> build(const SiteSettings &settings,
                                                 const QList<AdSlot> &adSlots,
                                                 const QList<Channel> &channels,
                                                 QList<SiteArticle> articles,
                                                 const QList<Media> &media, const Options &options,
                                                 QList<SiteArticle> withdrawn = {});

    const SiteSettings &settings() const { return m_settings; }
    const QList<AdSlot> &adSlots() const { return m_adSlots; } // the enabled ones
    const QTimeZone &timeZone() const { return m_timeZone; }
    // A time in the site's time zone, for dates on pages.
    struct LocalTime
    {
        QDate date;
        QTime time;
        int offsetSeconds = 0;
    };
    LocalTime localTime(const QDateTime &time) const;
    const QDateTime &asOf() const { return m_asOf; }

    const QList<SiteChannel> &channels() const { return m_channels; } // parents first
    const SiteChannel *channel(qint64 id) const;
    const SiteChannel *root() const { return m_channels.isEmpty() ? nullptr : &m_channels.first(); }
    // The channels of the main navigation: the root's children.
    const QList<qint64> &navigation() const { return root() ? root()->children : m_none; }

    const QList<SiteArticle> &articles() const { return m_articles; } // oldest first
    // Index into articles(), or -1 when the article is not live.
    int indexOf(qint64 articleId) const { return m_articleIndex.value(articleId, -1); }
    const QString &pathOf(int index) const { return m_articlePaths.at(index); }
    // The URL of any article, live or not (a preview renders drafts too).
    QString articlePath(const Article &article) const;
    // The articles before and after article in its main channel's order (-1: none).
    std::pair<int, int> neighbours(const Article &article) const;
    std::pair<int, int> neighbours(int index) const; // of a live article

    // Withdrawn (撤稿) articles whose URL no live article has taken: their pages become a
    // short notice. Oldest first, without bodies.
    const QList<SiteArticle> &withdrawn() const { return m_withdrawn; }
    const QString &withdrawnPathOf(int index) const { return m_withdrawnPaths.at(index); }

    const Media *media(qint64 id) const;
    QString mediaPath(qint64 id) const; // "" when unknown

    const QList<SiteTag> &tags() const { return m_tags; } // by name
    const SiteTag *tag(const QString &name) const;

    // The site-wide blocks, as indexes into articles(), newest first.
    const QList<int> &recommended() const { return m_recommended; } // 推荐 (flag c)
    const QList<int> &hot() const { return m_hot; } // 热点 (most clicks)
    const QList<int> &headlines() const { return m_headlines; } // 头条 (flag h)
    const QList<int> &slides() const { return m_slides; } // 幻灯 (flag f, with a cover)
    const QList<int> &scrolling() const { return m_scrolling; } // 滚动 (flag s)
    // The newest articles of a top-level channel and the channels below it (the home page's
    // channel blocks).
    QList<int> latestIn(qint64 topChannelId) const { return m_latest.value(topChannelId); }

private:
    SiteData() = default;
    void indexChannels(const QList<Channel> &channels);
    void indexArticles();
    void indexTags(const QHash<QString, QString> &knownSlugs);
    void computeBlocks(const Options &options);
    QString pathFor(const SiteArticle &article) const;
    void indexWithdrawn(QList<SiteArticle> withdrawn);
    std::pair<int, int> neighbours(qint64 id, qint64 channelId, const QDateTime &at) const;

    SiteSettings m_settings;
    QList<AdSlot> m_adSlots;
    QTimeZone m_timeZone;
    QDateTime m_asOf;
    QList<SiteChannel> m_channels;
    QHash<qint64, int> m_channelIndex;
    QList<SiteArticle> m_articles;
    QList<QString> m_articlePaths;
    QHash<qint64, int> m_articleIndex;
    QList<SiteArticle> m_withdrawn;
    QList<QString> m_withdrawnPaths;
    QHash<qint64, Media> m_media;
    QList<SiteTag> m_tags;
    QHash<QString, int> m_tagIndex;
    QList<int> m_recommended;
    QList<int> m_hot;
    QList<int> m_headlines;
    QList<int> m_slides;
    QList<int> m_scrolling;
    QHash<qint64, QList<int>> m_latest;
    QList<qint64> m_none;
};

} // namespace Newsdesk
