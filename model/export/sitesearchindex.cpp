// SiteFiles::searchIndex: the index of the search page (search.html), searched in the browser
// by the theme's search.js. Columns rather than an object per article: each key once, tags
// and channels as numbers into name tables, so 10,000 articles cost little more than their
// titles and summaries.

#include "sitefiles.h"

#include "export/sitedates.h"
#include "export/sitefileformat.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Newsdesk::SiteFiles {

using SiteFileFormat::appendJsonString;

namespace {
// The version of the index's layout; search.js checks it.
constexpr int IndexVersion = 1;

// "key":[item,item,…] with item appending each of count values.
template<typename Append>
void appendColumn(QByteArray &out, const char *key, qsizetype count, Append append)
{
    out.append(",\"").append(key).append("\":[");
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out.append(',');
        append(i);
    }
    out.append(']');
}
} // namespace

BundleFile searchIndex(const SiteData &site)
{
    BundleFile file {SitePaths::SearchIndex, {}, {}};
    const QList<SiteArticle> &articles = site.articles();
    const QList<SiteChannel> &channels = site.channels();
    const QList<SiteTag> &tags = site.tags();
    QHash<qint64, int> channelNumber;
    for (int i = 0; i < channels.size(); ++i)
        channelNumber.insert(channels.at(i).channel.id, i);
    QHash<QString, int> tagNumber;
    for (int i = 0; i < tags.size(); ++i)
        tagNumber.insert(tags.at(i).name, i);
    // Newest first: the order results show in among equals.
    const qsizetype count = articles.size();
    const auto at = [&](qsizetype row) -> const SiteArticle & {
        return articles.at(count - 1 - row);
    };

    SiteDates dates(site.timeZone());
    QByteArray &out = file.bytes;
    out.reserve(count * 200 + 1024);
    out.append("window.NewsdeskSearch={\"version\":");
    out.append(QByteArray::number(IndexVersion));
    appendColumn(out, "channelNames", channels.size(),
                 [&](qsizetype i) { appendJsonString(out, channels.at(i).channel.name); });
    appendColumn(out, "channelPaths", channels.size(),
                 [&](qsizetype i) { appendJsonString(out, channels.at(i).indexPage); });
    appendColumn(out, "tagNames", tags.size(),
                 [&](qsizetype i) { appendJsonString(out, tags.at(i).name); });
    appendColumn(out, "paths", count, [&](qsizetype row) {
        // 跳转 articles point to their target, as everywhere on the site.
        const QString target = SiteFileFormat::redirectTarget(at(row));
        appendJsonString(out, target.isEmpty() ? site.pathOf(int(count - 1 - row)) : target);
    });
    appendColumn(out, "titles", count,
                 [&](qsizetype row) { appendJsonString(out, at(row).title); });
    appendColumn(out, "dates", count, [&](qsizetype row) {
        out.append('"');
        dates.appendDate(out, at(row).publishAt);
        out.append('"');
    });
    appendColumn(out, "channels", count, [&](qsizetype row) {
        out.append(QByteArray::number(channelNumber.value(at(row).channelId, -1)));
    });
    appendColumn(out, "tags", count, [&](qsizetype row) {
        out.append('[');
        const QStringList &names = at(row).tags;
        for (qsizetype t = 0; t < names.size(); ++t) {
            if (t > 0)
                out.append(',');
            out.append(QByteArray::number(tagNumber.value(names.at(t), -1)));
        }
        out.append(']');
    });
    appendColumn(out, "summaries", count,
                 [&](qsizetype row) { appendJsonString(out, at(row).summary); });
    out.append("};\n");

    file.articles.reserve(count);
    for (qsizetype row = 0; row < count; ++row)
        file.articles.append(at(row).id);
    return file;
}

} // namespace Newsdesk::SiteFiles
