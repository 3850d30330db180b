#include "articlerow.h"

#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Newsdesk::ArticleRow {

const QString &columns()
{
    static const QString columns =
            u"a.id, a.title, a.short_title, a.subtitle, a.title_color, a.title_bold, a.summary, "
            "a.keywords, a.channel_id, a.flags, a.redirect_url, a.weight, a.cover_media_id, "
            "a.source, a.author, a.editor, a.approved_by, u.name, a.approved_at, "
            "a.approved_revision_id, a.approved_hash, a.body, a.publish_at, a.expire_at, "
            "a.file_name, a.status, a.trashed_at, a.version, a.clicks, a.votes_up, a.votes_down, "
            "a.created_by, a.created_at, a.updated_at, a.pending"_s;
    return columns;
}

const QString &from()
{
    static const QString from = u"articles a LEFT JOIN users u ON u.id = a.approved_by"_s;
    return from;
}

Article read(const QSqlQuery &q)
{
    using namespace SqlValues;
    Article a;
    int c = 0;
    a.id = q.value(c++).toLongLong();
    a.title = q.value(c++).toString();
    a.shortTitle = q.value(c++).toString();
    a.subtitle = q.value(c++).toString();
    a.titleColor = q.value(c++).toString();
    a.titleBold = q.value(c++).toBool();
    a.summary = q.value(c++).toString();
    a.keywords = q.value(c++).toString();
    a.channelId = q.value(c++).toLongLong();
    a.flags = ArticleFlags::fromInt(q.value(c++).toInt());
    a.redirectUrl = q.value(c++).toString();
    a.weight = q.value(c++).toInt();
    a.coverMediaId = toId(q.value(c++));
    a.source = q.value(c++).toString();
    a.author = q.value(c++).toString();
    a.editor = q.value(c++).toString();
    a.approvedById = toId(q.value(c++));
    a.approvedByName = q.value(c++).toString();
    a.approvedAt = toTime(q.value(c++));
    a.approvedRevisionId = toId(q.value(c++));
    a.approvedHash = q.value(c++).toString();
    a.body = q.value(c++).toString();
    a.publishAt = toTime(q.value(c++));
    a.expireAt = toTime(q.value(c++));
    a.fileName = q.value(c++).toString();
    a.status = ArticleStatuses::fromKey(q.value(c++).toString()).value_or(ArticleStatus::Draft);
    a.trashedAt = toTime(q.value(c++));
    a.version = q.value(c++).toInt();
    a.clicks = q.value(c++).toLongLong();
    a.votesUp = q.value(c++).toLongLong();
    a.votesDown = q.value(c++).toLongLong();
    a.createdById = toId(q.value(c++));
    a.createdAt = toTime(q.value(c++));
    a.updatedAt = toTime(q.value(c++));
    if (const QVariant pending = q.value(c++); !pending.isNull())
        a.pending = ArticleStatuses::fromKey(pending.toString());
    return a;
}

} // namespace Newsdesk::ArticleRow
