#include "publicationrepository.h"

#include "core/approvedcontent.h"
#include "core/articlejson.h"
#include "storage/articlerepository.h"
#include "storage/articlerow.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/sqlvalues.h"

#include <QHash>

#include <algorithm>
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
        "AND a.pending IS NULL AND a.publish_at IS NOT NULL AND a.publish_at <= ? "
        "AND (a.expire_at IS NULL OR a.expire_at > ?)"_s;
const QString SelectLive =
        u"SELECT a.id, a.title, a.short_title, a.title_color, a.title_bold, a.summary, "
        "a.channel_id, a.flags, a.redirect_url, a.cover_media_id, a.publish_at, a.file_name, "
        "a.clicks, a.version, a.status, a.updated_at FROM articles a WHERE "_s
        % LiveCondition % u" ORDER BY a.publish_at, a.id"_s;
const QString SelectSecondary =
        u"SELECT article_id, channel_id FROM article_channels ORDER BY article_id, channel_id"_s;
const QString SelectTags = u"SELECT at.article_id, t.name FROM article_tags at "
                           "JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, at.position"_s;
// Live articles with a staged edit: the site shows their approved revision (stagedLive()).
const QString SelectStaged =
        u"SELECT a.id FROM articles a WHERE a.pending IS NOT NULL AND +a.trashed_at IS NULL "
        "AND a.status IN ('approved', 'published') ORDER BY a.id"_s;
const QString SelectSnapshot = u"SELECT snapshot FROM revisions WHERE id = ? AND article_id = ?"_s;
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
        a.updatedAt = SqlValues::toTime(q.value(15));
        a.secondaryChannelIds = linked.value().secondary.value(a.id);
        a.tags = linked.value().tags.value(a.id);
        articles.append(std::move(a));
    }
    Result<QList<Article>> staged = stagedLive(asOf);
    if (!staged)
        return staged.error();
    if (staged.value().isEmpty())
        return articles;
    for (const Article &whole : std::as_const(staged.value())) {
        SiteArticle a;
        a.id = whole.id;
        a.title = whole.title;
        a.shortTitle = whole.shortTitle;
        a.titleColor = whole.titleColor;
        a.titleBold = whole.titleBold;
        a.summary = whole.summary;
        a.channelId = whole.channelId;
        a.secondaryChannelIds = whole.secondaryChannelIds;
        a.tags = whole.tags;
        a.flags = whole.flags;
        a.redirectUrl = whole.redirectUrl;
        a.coverMediaId = whole.coverMediaId;
        a.publishAt = whole.publishAt;
        a.updatedAt = whole.updatedAt;
        a.fileName = whole.fileName;
        a.clicks = whole.clicks;
        a.version = whole.version;
        a.status = whole.status;
        articles.append(std::move(a));
    }
    std::sort(articles.begin(), articles.end(), [](const SiteArticle &x, const SiteArticle &y) {
        return std::pair(x.publishAt.toSecsSinceEpoch(), x.id)
                < std::pair(y.publishAt.toSecsSinceEpoch(), y.id);
    });
    return articles;
}

Status PublicationRepository::verify(const Article &a)
{
    const QString hash = ApprovedContent::hash(a);
    if (hash == a.approvedHash)
        return {};
    return Error(Error::Kind::Corrupt,
                 tr("Article %1 \"%2\" does not match what was approved: its approval hash is "
                    "%3, but the text to be published hashes to %4. It was changed outside the "
                    "workflow, so it is not published; a chief editor must review and approve "
                    "it again.")
                         .arg(a.id)
                         .arg(a.title, a.approvedHash.isEmpty() ? tr("missing") : a.approvedHash.left(12),
                              hash.left(12)));
}

Result<Article> PublicationRepository::approvedVersion(qint64 id) const
{
    Result<Article> row = ArticleRepository(m_database).byId(id);
    if (!row)
        return row.error();
    if (!row.value().pending) {
        if (Status ok = verify(row.value()); !ok)
            return ok.error();
        return row;
    }
    Result<QVariant> snapshot =
            m_database.scalar(SelectSnapshot, {row.value().approvedRevisionId, id});
    if (!snapshot)
        return snapshot.error();
    if (snapshot.value().isNull())
        return Error(Error::Kind::Corrupt,
                     tr("Article %1 \"%2\" has no approved revision %3 to publish.")
                             .arg(id)
                             .arg(row.value().title)
                             .arg(row.value().approvedRevisionId));
    Result<Article> approved = ArticleJson::fromSnapshot(
            snapshot.value().toString().toUtf8(), tr("revision %1 of article %2")
                                                          .arg(row.value().approvedRevisionId)
                                                          .arg(id));
    if (!approved)
        return approved.error();
    // The approved text; the state, counters, approval and front-page place of now.
    const Article &now = row.value();
    Article a = ApprovedContent::withCurationOf(approved.value(), now);
    a.id = now.id;
    a.status = now.status;
    a.pending.reset();
    a.version = now.version;
    a.clicks = now.clicks;
    a.votesUp = now.votesUp;
    a.votesDown = now.votesDown;
    a.approvedById = now.approvedById;
    a.approvedByName = now.approvedByName;
    a.approvedAt = now.approvedAt;
    a.approvedRevisionId = now.approvedRevisionId;
    a.approvedHash = now.approvedHash;
    a.createdById = now.createdById;
    a.createdAt = now.createdAt;
    a.updatedAt = now.approvedAt.isValid() ? now.approvedAt : now.updatedAt;
    a.trashedAt = now.trashedAt;
    if (Status ok = verify(a); !ok)
        return ok.error();
    return a;
}

Result<QList<Article>> PublicationRepository::stagedLive(const QDateTime &asOf) const
{
    Result<QSqlQuery> query = m_database.run(SelectStaged);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    QList<Article> articles;
    for (qint64 id : std::as_const(ids)) {
        Result<Article> a = approvedVersion(id);
        if (!a)
            return a.error();
        const Article &article = a.value();
        if (!article.publishAt.isValid() || article.publishAt > asOf
            || (article.expireAt.isValid() && article.expireAt <= asOf))
            continue;
        articles.append(article);
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
    Result<QList<Article>> staged = stagedLive(asOf);
    if (!staged)
        return staged.error();
    qsizetype next = 0; // the next staged article, merged in id order
    QSqlQuery &q = query.value();
    while (q.next()) {
        Article a = ArticleRow::read(q);
        for (; next < staged.value().size() && staged.value().at(next).id < a.id; ++next) {
            if (Status s = visit(staged.value().at(next)); !s)
                return s;
        }
        a.secondaryChannelIds = linked.value().secondary.value(a.id);
        a.tags = linked.value().tags.value(a.id);
        if (Status ok = verify(a); !ok)
            return ok;
        if (Status s = visit(a); !s)
            return s;
    }
    for (; next < staged.value().size(); ++next) {
        if (Status s = visit(staged.value().at(next)); !s)
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
