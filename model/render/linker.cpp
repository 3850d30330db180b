#include "linker.h"

#include "export/mediavariants.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Newsdesk {

using MustacheValue::number;
using MustacheValue::put;
using MustacheValue::take;
using MustacheValue::text;

QString MustacheValue::colorStyle(const QString &color)
{
    static const QRegularExpression valid(u"^#[0-9a-fA-F]{6}$"_s);
    return valid.match(color).hasMatch() ? u"color:"_s + color : QString();
}

namespace {
bool isWebUrl(const QString &url)
{
    return url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s);
}

qint64 topChannel(const SiteData &site, qint64 channelId)
{
    const SiteChannel *channel = site.channel(channelId);
    return channel && channel->trail.size() > 1 ? channel->trail.at(1) : 0;
}
} // namespace

Linker::Linker(const SiteData &site, QString root)
    : m_site(site)
    , m_root(std::move(root))
{
}

std::string Linker::link(const QString &path) const
{
    return text(m_root + path);
}

Linker::Data Linker::article(int index) const
{
    const SiteArticle &a = m_site.articles().at(index);
    Data item;
    item.set("id", number(a.id));
    item.set("title", text(a.title));
    item.set("shortTitle", text(a.shortTitle.isEmpty() ? a.title : a.shortTitle));
    // 跳转 articles link to their target wherever they are listed.
    const bool redirect = a.flags.testFlag(ArticleFlag::Redirect) && isWebUrl(a.redirectUrl);
    item.set("url", redirect ? text(a.redirectUrl) : link(m_site.pathOf(index)));
    item.set("date", date(a.publishAt));
    item.set("datetime", isoDateTime(a.publishAt));
    put(item, "style", MustacheValue::colorStyle(a.titleColor));
    item.set("bold", a.titleBold || a.flags.testFlag(ArticleFlag::Bold));
    put(item, "summary", a.summary);
    item.set("clicks", number(a.clicks));
    if (const SiteChannel *channel = m_site.channel(a.channelId)) {
        Data c("name", text(channel->channel.name));
        c.set("url", link(channel->indexPage));
        take(item, "channel", std::move(c));
    }
    if (m_site.media(a.coverMediaId))
        take(item, "image", image(a.coverMediaId));
    return item;
}

Linker::Data Linker::articles(const QList<int> &indexes) const
{
    std::vector<Data> items;
    items.reserve(size_t(indexes.size()));
    for (int index : indexes)
        items.push_back(article(index));
    return MustacheValue::list(std::move(items));
}

Linker::Data Linker::channel(qint64 id) const
{
    Data item;
    if (const SiteChannel *c = m_site.channel(id)) {
        item.set("id", number(id));
        item.set("name", text(c->channel.name));
        item.set("url", link(c->indexPage));
        put(item, "description", c->channel.seoDescription);
    }
    return item;
}

Linker::Data Linker::trail(qint64 id) const
{
    std::vector<Data> items;
    if (const SiteChannel *c = m_site.channel(id)) {
        for (qint64 up : c->trail)
            items.push_back(channel(up));
    }
    return MustacheValue::list(std::move(items));
}

Linker::Data Linker::navigation(qint64 channelId) const
{
    const qint64 current = topChannel(m_site, channelId);
    Data list(Data::type::list);
    for (qint64 id : m_site.navigation()) {
        Data item = channel(id);
        item.set("current", id == current);
        list.push_back(item);
    }
    return list;
}

Linker::Data Linker::sectionChannels(qint64 channelId) const
{
    const qint64 top = topChannel(m_site, channelId);
    const SiteChannel *section = m_site.channel(top);
    QList<qint64> ids =
            section && !section->children.isEmpty() ? section->children : m_site.navigation();
    Data list(Data::type::list);
    for (qint64 id : std::as_const(ids)) {
        Data item = channel(id);
        item.set("current", id == channelId);
        list.push_back(item);
    }
    return list;
}

Linker::Data Linker::tag(const QString &name) const
{
    Data item("name", text(name));
    if (const SiteTag *t = m_site.tag(name))
        item.set("url", link(SitePaths::tagIndex(t->slug)));
    return item;
}

Linker::Data Linker::image(qint64 mediaId) const
{
    Data item;
    if (const Media *m = m_site.media(mediaId)) {
        item.set("src", link(SitePaths::media(*m)));
        put(item, "alt", m->alt.isEmpty() ? m->caption : m->alt);
        item.set("width", number(m->width));
        item.set("height", number(m->height));
        put(item, "srcset", srcset(*m));
    }
    return item;
}

QString Linker::srcset(const Media &media) const
{
    const QList<int> widths = MediaVariants::widths(media);
    if (widths.isEmpty())
        return {};
    QString candidates;
    for (int width : widths) {
        candidates += m_root % MediaVariants::path(media, width) % u' ' % QString::number(width)
                % u"w, "_s;
    }
    return candidates % m_root % SitePaths::media(media) % u' ' % QString::number(media.width)
            % u'w';
}

std::string Linker::date(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDate d = m_site.localTime(time).date;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return buffer;
}

std::string Linker::dateTime(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const SiteData::LocalTime local = m_site.localTime(time);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", local.date.year(),
                  local.date.month(), local.date.day(), local.time.hour(), local.time.minute());
    return buffer;
}

std::string Linker::isoDateTime(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const SiteData::LocalTime local = m_site.localTime(time);
    const int offset = std::abs(local.offsetSeconds) / 60;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
                  local.date.year(), local.date.month(), local.date.day(), local.time.hour(),
                  local.time.minute(), local.time.second(), local.offsetSeconds < 0 ? '-' : '+',
                  offset / 60, offset % 60);
    return buffer;
}

} // namespace Newsdesk
