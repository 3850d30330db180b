#include "historyrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString InsertRevision =
        u"INSERT INTO revisions (article_id, version, saved_by, saved_at, snapshot, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s;
const QString SelectRevisions =
        u"SELECT id, article_id, version, saved_by, saved_at, snapshot, content_hash "
        "FROM revisions WHERE article_id = ? ORDER BY version"_s;
const QString InsertComment =
        u"INSERT INTO review_comments (article_id, revision_id, author_id, created_at, body) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id"_s;
const QString SelectComments =
        u"SELECT id, article_id, revision_id, author_id, created_at, body "
        "FROM review_comments WHERE article_id = ? ORDER BY created_at, id"_s;
const QString InsertAudit = u"INSERT INTO audit_log (at, user_id, action, article_id, detail) "
                            "VALUES (?, ?, ?, ?, ?) RETURNING id"_s;
const QString SelectAudit = u"SELECT id, at, user_id, action, article_id, detail "
                            "FROM audit_log WHERE article_id = ? ORDER BY at, id"_s;
const QString SelectAuditRows =
        u"SELECT l.id, l.at, l.user_id, l.action, l.article_id, l.detail, u.name, a.title "
        "FROM audit_log l LEFT JOIN users u ON u.id = l.user_id "
        "LEFT JOIN articles a ON a.id = l.article_id"_s;
const QString AuditRowsOrder = u" ORDER BY l.at DESC, l.id DESC"_s;
const QString SelectAuditActions = u"SELECT DISTINCT action FROM audit_log ORDER BY action"_s;

// A LIKE pattern matching text anywhere, with its own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

Result<qint64> HistoryRepository::addRevision(const Revision &r)
{
    return m_database.insert(
            InsertRevision,
            {r.articleId, r.version, SqlValues::fromId(r.savedById),
             SqlValues::fromTime(r.savedAt.isValid() ? r.savedAt : SqlValues::now()),
             QString::fromUtf8(r.snapshot), r.contentHash});
}

Result<QList<Revision>> HistoryRepository::revisions(qint64 articleId) const
{
    Result<QSqlQuery> query = m_database.run(SelectRevisions, {articleId});
    if (!query)
        return query.error();
    QList<Revision> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                     SqlValues::toId(q.value(3)), SqlValues::toTime(q.value(4)),
                     q.value(5).toString().toUtf8(), q.value(6).toString()});
    }
    return list;
}

Result<qint64> HistoryRepository::addComment(const ReviewComment &c)
{
    if (c.body.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("A review comment cannot be empty."));
    return m_database.insert(
            InsertComment,
            {c.articleId, SqlValues::fromId(c.revisionId), SqlValues::fromId(c.authorId),
             SqlValues::fromTime(c.createdAt.isValid() ? c.createdAt : SqlValues::now()), c.body});
}

Result<QList<ReviewComment>> HistoryRepository::comments(qint64 articleId) const
{
    Result<QSqlQuery> query = m_database.run(SelectComments, {articleId});
    if (!query)
        return query.error();
    QList<ReviewComment> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), SqlValues::toId(q.value(2)),
                     SqlValues::toId(q.value(3)), SqlValues::toTime(q.value(4)),
                     q.value(5).toString()});
    }
    return list;
}

Result<qint64> HistoryRepository::audit(const AuditEntry &e)
{
    return m_database.insert(InsertAudit,
                             {SqlValues::fromTime(e.at.isValid() ? e.at : SqlValues::now()),
                              SqlValues::fromId(e.userId), e.action, SqlValues::fromId(e.articleId),
                              e.detail});
}

Result<QList<AuditEntry>> HistoryRepository::auditFor(qint64 articleId) const
{
    Result<QSqlQuery> query = m_database.run(SelectAudit, {articleId});
    if (!query)
        return query.error();
    QList<AuditEntry> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        list.append({q.value(0).toLongLong(), SqlValues::toTime(q.value(1)),
                     SqlValues::toId(q.value(2)), q.value(3).toString(),
                     SqlValues::toId(q.value(4)), q.value(5).toString()});
    }
    return list;
}

Result<QList<AuditRow>> HistoryRepository::auditLog(const AuditFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.from.isValid()) {
        where << u"l.at >= ?"_s;
        values << SqlValues::fromTime(f.from);
    }
    if (f.to.isValid()) {
        where << u"l.at < ?"_s;
        values << SqlValues::fromTime(f.to);
    }
    if (f.userId > 0) {
        where << u"l.user_id = ?"_s;
        values << f.userId;
    }
    if (!f.action.isEmpty()) {
        where << u"l.action = ?"_s;
        values << f.action;
    }
    if (f.articleId > 0) {
        where << u"l.article_id = ?"_s;
        values << f.articleId;
    }
    if (!f.text.trimmed().isEmpty()) {
        // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does the same.
        const QString like =
                m_database.dialect() == Database::Dialect::Postgres ? u"ILIKE"_s : u"LIKE"_s;
        where << u"(l.detail %1 ? ESCAPE '\\' OR a.title %1 ? ESCAPE '\\')"_s.arg(like);
        const QString pattern = containsPattern(f.text.trimmed());
        values << pattern << pattern;
    }
    if (f.beforeAt.isValid()) {
        where << u"(l.at < ? OR (l.at = ? AND l.id < ?))"_s;
        values << SqlValues::fromTime(f.beforeAt) << SqlValues::fromTime(f.beforeAt)
               << f.beforeId;
    }
    QString sql = SelectAuditRows;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += AuditRowsOrder;
    if (f.limit > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values << f.limit << qMax(0, f.offset);
    }
    Result<QSqlQuery> query = m_database.run(sql, values);
    if (!query)
        return query.error();
    QList<AuditRow> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        rows.append({{q.value(0).toLongLong(), SqlValues::toTime(q.value(1)),
                      SqlValues::toId(q.value(2)), q.value(3).toString(),
                      SqlValues::toId(q.value(4)), q.value(5).toString()},
                     q.value(6).toString(),
                     q.value(7).toString()});
    }
    return rows;
}

Result<QStringList> HistoryRepository::auditActions() const
{
    Result<QSqlQuery> query = m_database.run(SelectAuditActions);
    if (!query)
        return query.error();
    QStringList actions;
    while (query.value().next())
        actions.append(query.value().value(0).toString());
    return actions;
}

} // namespace Newsdesk
