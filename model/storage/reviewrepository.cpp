#include "reviewrepository.h"

#include "core/articlejson.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// What waits for review: the article itself submitted, or a staged edit of a live one. Both
// conditions are served by an index (articles_status, articles_pending).
const QString QueueCondition = u"(a.status = 'submitted' OR a.pending = 'submitted') "
                               "AND a.trashed_at IS NULL"_s;
// The latest submission of each article comes from audit_log_article (article_id, at): a
// short backwards walk over that article's entries, not a scan of the log.
const QString SelectQueue =
        u"SELECT a.id, a.title, a.channel_id, a.author, c.name, s.user_id, su.name, "
        "COALESCE(s.at, a.updated_at) AS submitted_at, a.pending IS NOT NULL, a.version "
        "FROM articles a "
        "LEFT JOIN users c ON c.id = a.created_by "
        "LEFT JOIN audit_log s ON s.id = (SELECT l.id FROM audit_log l "
        "WHERE l.article_id = a.id AND l.action = 'submit' ORDER BY l.at DESC, l.id DESC LIMIT 1) "
        "LEFT JOIN users su ON su.id = s.user_id WHERE "_s
        + QueueCondition + u" ORDER BY submitted_at, a.id"_s;
const QString CountQueue = u"SELECT count(*) FROM articles a WHERE "_s + QueueCondition;

// A revision and its audit entry are written together with the same time (the article's
// updated_at), so the k-th revision saved in a second goes with the k-th entry of that second
// among the actions that record a revision (all but comments, publication and lease
// take-overs, which change no content).
const QString SelectHistory =
        u"WITH r AS (SELECT id, version, saved_by, saved_at, "
        "ROW_NUMBER() OVER (PARTITION BY saved_at ORDER BY version) AS k "
        "FROM revisions WHERE article_id = ?), "
        "l AS (SELECT action, detail, at, ROW_NUMBER() OVER (PARTITION BY at ORDER BY id) AS k "
        "FROM audit_log WHERE article_id = ? "
        "AND action NOT IN ('comment', 'publish', 'lease.takeover')) "
        "SELECT r.id, r.version, r.saved_by, u.name, r.saved_at, l.action, l.detail "
        "FROM r LEFT JOIN l ON l.at = r.saved_at AND l.k = r.k "
        "LEFT JOIN users u ON u.id = r.saved_by ORDER BY r.version"_s;
const QString SelectComments =
        u"SELECT c.id, c.revision_id, c.author_id, u.name, c.created_at, c.body "
        "FROM review_comments c LEFT JOIN users u ON u.id = c.author_id "
        "WHERE c.article_id = ? ORDER BY c.created_at, c.id"_s;
const QString SelectSnapshot =
        u"SELECT snapshot FROM revisions WHERE article_id = ? AND version = ?"_s;
} // namespace

Result<QList<ReviewQueueEntry>> ReviewRepository::queue() const
{
    Result<QSqlQuery> query = m_database.run(SelectQueue);
    if (!query)
        return query.error();
    QList<ReviewQueueEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        ReviewQueueEntry e;
        e.articleId = q.value(0).toLongLong();
        e.title = q.value(1).toString();
        e.channelId = q.value(2).toLongLong();
        e.author = q.value(3).toString();
        e.createdByName = q.value(4).toString();
        e.submittedById = SqlValues::toId(q.value(5));
        e.submittedByName = q.value(6).toString();
        e.submittedAt = SqlValues::toTime(q.value(7));
        e.stagedEdit = q.value(8).toBool();
        e.version = q.value(9).toInt();
        entries.append(std::move(e));
    }
    return entries;
}

Result<int> ReviewRepository::queueSize() const
{
    Result<QVariant> count = m_database.scalar(CountQueue);
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<QList<HistoryEntry>> ReviewRepository::historyOf(qint64 articleId) const
{
    Result<QSqlQuery> query = m_database.run(SelectHistory, {articleId, articleId});
    if (!query)
        return query.error();
    QList<HistoryEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), q.value(1).toInt(), SqlValues::toId(q.value(2)),
                        q.value(3).toString(), SqlValues::toTime(q.value(4)), q.value(5).toString(),
                        q.value(6).toString()});
    }
    return entries;
}

Result<QList<CommentEntry>> ReviewRepository::commentsOf(qint64 articleId) const
{
    Result<QSqlQuery> query = m_database.run(SelectComments, {articleId});
    if (!query)
        return query.error();
    QList<CommentEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), SqlValues::toId(q.value(1)),
                        SqlValues::toId(q.value(2)), q.value(3).toString(),
                        SqlValues::toTime(q.value(4)), q.value(5).toString()});
    }
    return entries;
}

Result<Article> ReviewRepository::revision(qint64 articleId, int version) const
{
    Result<QSqlQuery> query = m_database.run(SelectSnapshot, {articleId, version});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("Article %1 has no version %2.").arg(articleId).arg(version));
    return ArticleJson::fromSnapshot(query.value().value(0).toString().toUtf8(),
                                     tr("version %1 of article %2").arg(version).arg(articleId));
}

} // namespace Newsdesk
