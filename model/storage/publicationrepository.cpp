#include "publicationrepository.h"

#include "storage/articlerow.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Approved articles go live with the export that publishes them; withdrawn ones do not.
// "+a.trashed_at" keeps it off the (trashed_at, id) index for the same reason, and
// "a.status || ''" keeps SQLite off the status index: with it, the index query sorts in a
// temporary B-tree and the stream sorts whole bodies there (measured at 100,000 articles:
// the publish-time index and a plain scan in id order are faster). Portable to PostgreSQL.
const QString LiveCondition =
        u"+a.trashed_at IS NULL AND (a.status || '') IN ('approved', 'published') "
        "AND a.publish_at IS NOT NULL AND a.publish_at <= ? "
        "AND (a.expire_at IS NULL OR a.expire_at > ?)"_s;
const QString SelectLive =
        u"SELECT a.id, a.title, a.short_title, a.title_color, a.title_bold, a.summary, "
        "a.channel_id, a.flags, a.redirect_url, a.cover_media_id, a.publish_at, a.file_name, "
        "a.clicks, a.version, a.status FROM articles a WHERE "_s
        % LiveCondition % u" ORDER BY a.publish_at, a.id"_s;
const QString SelectSecondary =
        u"SELECT article_id, channel_id FROM article_channels ORDER BY article_id, channel_id"_s;
const QString SelectTags = u"SELECT at.article_id, t.name FROM article_tags at "
                           "JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, at.position"_s;
const QString SelectWithdrawn =
        u"SELECT a.id, a.title, a.channel_id, a.publish_at, a.file_name, a.version "
        "FROM articles a WHERE a.trashed_at IS NULL AND a.status = 'withdrawn' "
        "AND a.publish_at IS NOT NULL ORDER BY a.publish_at, a.id"_s;
const QString MarkPublished = u"UPDATE articles SET status = 'published', version = version + 1 "
                              "WHERE id = ? AND version = ? AND status = 'approved'"_s;
const QString SelectMedia =
        u"SELECT id, sha256, mime_type, file_name, width, height, byte_size, caption, credit, "
        "alt, created_at FROM media ORDER BY id"_s;

const QString &selectLiveWhole()
{
    static const QString sql = u"SELECT "_s % ArticleRow::columns() % u" FROM "_s
            % ArticleRow::from() % u" WHERE "_s % LiveCondition % u" ORDER BY a.id"_s;
    return sql;
}
} // namespace

// Tags and secondary channels of every article, read in two statements.
struct PublicationRepository::Links
{
    QHash<qint64, QList<qint64>> secondary;
    QHash<qint64, QStringList> tags;
};

Result<PublicationRepository::Links> PublicationRepository::links() const
{
    Links links;
    Result<QSqlQuery> secondary = m_database.run(SelectSecondary);
    if (!secondary)
        return secondary.error();
    while (secondary.value().next()) {
        links.secondary[secondary.value().value(0).toLongLong()].append(
                secondary.value().value(1).toLongLong());
    }
    Result<QSqlQuery> tags = m_database.run(SelectTags);
    if (!tags)
        return tags.error();
    while (tags.value().next())
        links.tags[tags.value().value(0).toLongLong()].append(tags.value().value(1).toString());
    return links;
}

Result<QList<SiteArticle>> PublicationRepository::live(const QDateTime &asOf) const
{
    Result<Links> linked = links();
    if (!linked)
        return linked.error();
    const QVariant at = SqlValues::fromTime(asOf);
    Result<QSqlQuery> query = m_database.run(SelectLive, {at, at});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    QList<SiteArticle> articles;
    while (q.next()) {
        SiteArticle a;
        a.id = q.value(0).toLongLong();
        a.title = q.value(1).toString();
        a.shortTitle = q.value(2).toString();
        a.titleColor = q.value(3).toString();
        a.titleBold = q.value(4).toBool();
        a.summary = q.value(5).toString();
        a.channelId = q.value(6).toLongLong();
        a.flags = ArticleFlags::fromInt(q.value(7).toInt());
        a.redirectUrl = q.value(8).toString();
        a.coverMediaId = SqlValues::toId(q.value(9));
        a.publishAt = SqlValues::toTime(q.value(10));
        a.fileName = q.value(11).toString();
        a.clicks = q.value(12).toLongLong();
        a.version = q.value(13).toInt();
        a.status =
                ArticleStatuses::fromKey(q.value(14).toString()).value_or(ArticleStatus::Approved);
        a.secondaryChannelIds = linked.value().secondary.value(a.id);
        a.tags = linked.value().tags.value(a.id);
        articles.append(std::move(a));
    }
    return articles;
}

Status PublicationRepository::forEachLive(const QDateTime &asOf,
                                          const std::function<Status(const Article &)> &visit) const
{
    Result<Links> linked = links();
    if (!linked)
        return linked.error();
    const QVariant at = SqlValues::fromTime(asOf);
    Result<QSqlQuery> query = m_database.run(selectLiveWhole(), {at, at});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    while (q.next()) {
        Article a = ArticleRow::read(q);
        a.secondaryChannelIds = linked.value().secondary.value(a.id);
        a.tags = linked.value().tags.value(a.id);
        if (Status s = visit(a); !s)
            return s;
    }
    return {};
}

Result<QList<Media>> PublicationRepository::mediaIndex() const
{
    Result<QSqlQuery> query = m_database.run(SelectMedia);
    if (!query)
        return query.error();
    QList<Media> media;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Media m;
        m.id = q.value(0).toLongLong();
        m.sha256 = q.value(1).toString();
        m.mimeType = q.value(2).toString();
        m.fileName = q.value(3).toString();
        m.width = q.value(4).toInt();
        m.height = q.value(5).toInt();
        m.byteSize = q.value(6).toLongLong();
        m.caption = q.value(7).toString();
        m.credit = q.value(8).toString();
        m.alt = q.value(9).toString();
        m.createdAt = SqlValues::toTime(q.value(10));
        media.append(std::move(m));
    }
    return media;
}

Result<QList<SiteArticle>> PublicationRepository::withdrawn() const
{
    Result<QSqlQuery> query = m_database.run(SelectWithdrawn);
    if (!query)
        return query.error();
    QList<SiteArticle> articles;
    QSqlQuery &q = query.value();
    while (q.next()) {
        SiteArticle a;
        a.id = q.value(0).toLongLong();
        a.title = q.value(1).toString();
        a.channelId = q.value(2).toLongLong();
        a.publishAt = SqlValues::toTime(q.value(3));
        a.fileName = q.value(4).toString();
        a.version = q.value(5).toInt();
        articles.append(std::move(a));
    }
    return articles;
}

Result<QList<qint64>> PublicationRepository::markPublished(const QList<Exported> &articles,
                                                           qint64 userId, const QString &detail)
{
    QList<qint64> marked;
    HistoryRepository history(m_database);
    const QDateTime now = SqlValues::now();
    Status status = m_database.transaction([&]() -> Status {
        for (const Exported &e : articles) {
            Result<QSqlQuery> update = m_database.run(MarkPublished, {e.id, e.version});
            if (!update)
                return update.error();
            if (update.value().numRowsAffected() != 1)
                continue;
            Result<qint64> audit = history.audit({0, now, userId, u"publish"_s, e.id, detail});
            if (!audit)
                return audit.error();
            marked.append(e.id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return marked;
}

} // namespace Newsdesk
