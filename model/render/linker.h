#pragma once

#include "render/theme.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace Newsdesk {

class SiteData;
struct Media;
struct SiteArticle;

// Turns SiteData into Mustache data for pages at one depth of the bundle: every URL it gives
// is relative to a page whose path starts with root ("../../" for "a/b/x.html"), so a page's
// links work from any folder. Blocks shared by many pages are built once per depth.
class Linker final
{
public:
    using Data = Theme::Data;

    Linker(const SiteData &site, QString root);

    const QString &root() const { return m_root; }
    // A path of the bundle ("zixun/index.html") as this page links to it.
    std::string link(const QString &path) const;

    // {title, shortTitle, url, date, datetime, style, bold, summary, channel, image, clicks}
    Data article(int index) const;
    Data articles(const QList<int> &indexes) const;
    // {name, url, description}
    Data channel(qint64 id) const;
    // The channels from the root down to id, as breadcrumb items.
    Data trail(qint64 id) const;
    // The main navigation, with current set on the top channel above channelId.
    Data navigation(qint64 channelId) const;
    // 栏目列表: the channels under the top-level channel above channelId (or the top-level
    // channels on the home page), with current set on channelId.
    Data sectionChannels(qint64 channelId) const;
    // {name, url}
    Data tag(const QString &name) const;
    // {src, alt, width, height, srcset}: srcset only when the image has resized variants.
    Data image(qint64 mediaId) const;
    // The srcset candidates of media ("…-480w.jpg 480w, ….jpg 640w"): its variants
    // (MediaVariants) and the original at its own width; empty when it has no variants.
    QString srcset(const Media &media) const;

    std::string date(const QDateTime &time) const; // 2017-07-21 in the site's time zone
    std::string dateTime(const QDateTime &time) const; // 2017-07-21 10:07
    std::string isoDateTime(const QDateTime &time) const; // for <time datetime>

private:
    const SiteData &m_site;
    QString m_root;
};

// Mustache values from Qt ones.
namespace MustacheValue {
inline std::string text(const QString &value)
{
    return value.toStdString();
}
inline std::string number(qint64 value)
{
    return std::to_string(value);
}
// Sets key only when value is not empty: kainjow treats an empty string as true in a section,
// so optional values are left out and {{#key}} … {{/key}} tests whether they are there.
inline void put(Theme::Data &data, const std::string &key, const QString &value)
{
    if (!value.isEmpty())
        data.set(key, value.toStdString());
}
// Moves value into object under key (Data::set copies, deeply).
inline void take(Theme::Data &object, const std::string &key, Theme::Data &&value)
{
    object[key] = std::move(value);
}
// A list Data of items, moved in. kainjow can only copy into a list (deeply), so the list is
// made of empty objects first and each item moved into its place; the elements are not
// const objects, only kainjow's accessor is.
inline Theme::Data list(std::vector<Theme::Data> &&items)
{
    Theme::Data list(Theme::Data::type::list);
    for (size_t i = 0; i < items.size(); ++i)
        list.push_back(Theme::Data());
    for (size_t i = 0; i < items.size(); ++i)
        const_cast<Theme::Data &>(list.list_value()[i]) = std::move(items[i]);
    return list;
}
// "color:#cc0000" for a valid title colour, "" otherwise (nothing else enters a style).
QString colorStyle(const QString &color);
} // namespace MustacheValue

} // namespace Newsdesk
