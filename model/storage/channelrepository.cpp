#include "channelrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectChannels =
        u"SELECT id, parent_id, slug, name, sort_order, seo_title, seo_keywords, "
        "seo_description, page_size, url_rule FROM channels ORDER BY sort_order, id"_s;
const QString InsertChannel =
        u"INSERT INTO channels (parent_id, slug, name, sort_order, seo_title, seo_keywords, "
        "seo_description, page_size, url_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;

void appendSubtree(qint64 parentId, const QHash<qint64, QList<Channel>> &children,
                   QList<Channel> &out)
{
    for (const Channel &channel : children.value(parentId)) {
        out.append(channel);
        appendSubtree(channel.id, children, out);
    }
}
} // namespace

Result<QList<Channel>> ChannelRepository::all() const
{
    Result<QSqlQuery> query = m_database.run(SelectChannels);
    if (!query)
        return query.error();
    QHash<qint64, QList<Channel>> children;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Channel c;
        c.id = q.value(0).toLongLong();
        c.parentId = SqlValues::toId(q.value(1));
        c.slug = q.value(2).toString();
        c.name = q.value(3).toString();
        c.sortOrder = q.value(4).toInt();
        c.seoTitle = q.value(5).toString();
        c.seoKeywords = q.value(6).toString();
        c.seoDescription = q.value(7).toString();
        c.pageSize = q.value(8).toInt();
        c.urlRule = q.value(9).toString();
        children[c.parentId].append(c);
    }
    QList<Channel> ordered;
    appendSubtree(0, children, ordered);
    return ordered;
}

Result<qint64> ChannelRepository::add(const Channel &c)
{
    if (c.name.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("A channel needs a name."));
    return m_database.insert(InsertChannel,
                             {SqlValues::fromId(c.parentId), c.slug, c.name, c.sortOrder,
                              c.seoTitle, c.seoKeywords, c.seoDescription, c.pageSize, c.urlRule});
}

} // namespace Newsdesk
