#include "articlerepository.h"

#include "core/approvedcontent.h"
#include "core/articlejson.h"
#include "html/sanitizer.h"
#include "search/searchindex.h"
#include "storage/articlerow.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/sqlvalues.h"
#include "storage/tagrepository.h"

#include <QRegularExpression>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// The stored columns of an article, in the order of columnValues().
const QStringList Columns {u"title"_s,         u"short_title"_s, u"subtitle"_s,
                           u"title_color"_s,   u"title_bold"_s,  u"summary"_s,
                           u"keywords"_s,      u"channel_id"_s,  u"flags"_s,
                           u"redirect_url"_s,  u"weight"_s,      u"cover_media_id"_s,
                           u"source"_s,        u"author"_s,      u"editor"_s,
                           u"approved_by"_s,   u"approved_at"_s, u"approved_revision_id"_s,
                           u"approved_hash"_s, u"publish_at"_s,  u"expire_at"_s,
                           u"file_name"_s,     u"status"_s,      u"trashed_at"_s,
                           u"version"_s,       u"clicks"_s,      u"votes_up"_s,
                           u"votes_down"_s,    u"created_by"_s,  u"created_at"_s,
                           u"updated_at"_s,    u"pending"_s,     u"body"_s};

QString insertStatement()
{
    QStringList marks;
    marks.fill(u"?"_s, Columns.size());
    return u"INSERT INTO articles (%1) VALUES (%2) RETURNING id"_s.arg(Columns.join(u", "_s),
                                                                       marks.join(u", "_s));
}

QString updateStatement()
{
    return u"UPDATE articles SET %1 = ? WHERE id = ? AND version = ?"_s.arg(
            Columns.join(u" = ?, "_s));
}

QVariantList columnValues(const Article &a)
{
    using namespace SqlValues;
    return {a.title,
            a.shortTitle,
            a.subtitle,
            a.titleColor,
            a.titleBold ? 1 : 0,
            a.summary,
            a.keywords,
            a.channelId,
            int(a.flags.toInt()),
            a.redirectUrl,
            a.weight,
            fromId(a.coverMediaId),
            a.source,
            a.author,
            a.editor,
            fromId(a.approvedById),
            fromTime(a.approvedAt),
            fromId(a.approvedRevisionId),
            a.approvedHash,
            fromTime(a.publishAt),
            fromTime(a.expireAt),
            a.fileName,
            ArticleStatuses::key(a.status),
            fromTime(a.trashedAt),
            a.version,
            a.clicks,
            a.votesUp,
            a.votesDown,
            fromId(a.createdById),
            fromTime(a.createdAt),
            fromTime(a.updatedAt),
            a.pending ? QVariant(ArticleStatuses::key(*a.pending)) : QVariant(),
            a.body};
}

const QString InsertArticle = insertStatement();
const QString UpdateArticle = updateStatement();
const QString &selectArticle()
{
    static const QString sql = u"SELECT "_s % ArticleRow::columns() % u" FROM "_s
            % ArticleRow::from() % u" WHERE a.id = ?"_s;
    return sql;
}
const QString SelectVersion = u"SELECT version FROM articles WHERE id = ?"_s;
const QString SelectSecondary =
        u"SELECT channel_id FROM article_channels WHERE article_id = ? ORDER BY channel_id"_s;
const QString SelectTags = u"SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                           "WHERE at.article_id = ? ORDER BY at.position"_s;
const QString DeleteSecondary = u"DELETE FROM article_channels WHERE article_id = ?"_s;
const QString DeleteTags = u"DELETE FROM article_tags WHERE article_id = ?"_s;
const QString InsertSecondary =
        u"INSERT INTO article_channels (article_id, channel_id) VALUES (?, ?)"_s;
const QString InsertArticleTag =
        u"INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"_s;
const QString SelectSummaries =
        u"SELECT id, title, channel_id, status, trashed_at IS NOT NULL, flags, author, editor, "
        "source, publish_at, updated_at, clicks FROM articles"_s;
const QString CountByChannel = u"SELECT channel_id, count(*) FROM articles "
                               "WHERE +trashed_at IS NULL GROUP BY channel_id"_s;
const QString CountAll = u"SELECT count(*) FROM articles"_s;
const QString PinApproval =
        u"UPDATE articles SET approved_revision_id = ?, approved_hash = ? WHERE id = ?"_s;

bool isApprovedState(ArticleStatus status)
{
    return status == ArticleStatus::Approved || status == ArticleStatus::Published
            || status == ArticleStatus::Withdrawn;
}
} // namespace

Status ArticleRepository::validate(const Article &a)
{
    if (a.title.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("The article has no title."));
    if (a.channelId <= 0)
        return Error(Error::Kind::Invalid, tr("The article \"%1\" has no channel.").arg(a.title));
    static const QRegularExpression color(u"^#[0-9a-fA-F]{6}$"_s);
    if (!a.titleColor.isEmpty() && !color.match(a.titleColor).hasMatch())
        return Error(Error::Kind::Invalid,
                     tr("The title colour \"%1\" of \"%2\" is not a colour like #cc0000.")
                             .arg(a.titleColor, a.title));
    if (a.flags.testFlag(ArticleFlag::Redirect) && a.redirectUrl.trimmed().isEmpty())
        return Error(Error::Kind::Invalid,
                     tr("The article \"%1\" is flagged as a redirect but has no redirect URL.")
                             .arg(a.title));
    if (a.expireAt.isValid() && a.publishAt.isValid() && a.expireAt <= a.publishAt)
        return Error(Error::Kind::Invalid,
                     tr("The article \"%1\" expires before it is published.").arg(a.title));
    return {};
}

Result<qint64> ArticleRepository::create(const Article &input, qint64 userId,
                                         const QString &action, const QString &detail)
{
    if (Status valid = validate(input); !valid)
        return valid.error();
    Article a = input;
    // The one sanitizer guards the library: whatever a caller passes, only canonical article
    // HTML is stored, so pages can be rendered from stored bodies as they are.
    a.body = Sanitizer::clean(a.body).html;
    if (!a.createdAt.isValid())
        a.createdAt = SqlValues::now();
    if (!a.updatedAt.isValid())
        a.updatedAt = a.createdAt;
    if (a.createdById == 0)
        a.createdById = userId;

    Status status = m_database.transaction([&]() -> Status {
        Result<qint64> inserted = m_database.insert(InsertArticle, columnValues(a));
        if (!inserted)
            return inserted.error();
        a.id = inserted.value();
        if (Status links = replaceLinks(a, false); !links)
            return links;
        // In this transaction: a rolled-back save leaves no index row behind.
        if (m_indexing == SearchIndexing::PerArticle) {
            if (Status indexed = SearchIndex(m_database).index(a); !indexed)
                return indexed;
        }
        Result<Revision> revision = record(a, userId, action, detail);
        if (!revision)
            return revision.error();
        // An article created already approved (demo, import) was approved as first saved.
        if (isApprovedState(a.status) && a.approvedRevisionId == 0) {
            a.approvedRevisionId = revision.value().id;
            a.approvedHash = ApprovedContent::hash(a);
            if (Result<QSqlQuery *> q = m_database.runCached(
                        PinApproval, {a.approvedRevisionId, a.approvedHash, a.id});
                !q)
                return q.error();
        }
        return {};
    });
    if (!status)
        return status.error();
    return a.id;
}

Result<Article> ArticleRepository::save(const Article &input, qint64 userId, const QString &action,
                                        const QString &detail)
{
    Result<Saved> saved = saveRecorded(input, userId, action, detail);
    if (!saved)
        return saved.error();
    return std::move(saved.value().article);
}

Result<ArticleRepository::Saved> ArticleRepository::saveRecorded(const Article &input,
                                                                 qint64 userId,
                                                                 const QString &action,
                                                                 const QString &detail)
{
    if (Status valid = validate(input); !valid)
        return valid.error();
    Article a = input;
    a.body = Sanitizer::clean(a.body).html;
    const int loadedVersion = a.version;
    a.version = loadedVersion + 1;
    a.updatedAt = SqlValues::now();
    Revision revision;
    Status status = m_database.transaction([&]() -> Status {
        QVariantList values = columnValues(a);
        values << a.id << loadedVersion;
        Result<QSqlQuery *> updated = m_database.runCached(UpdateArticle, values);
        if (!updated)
            return updated.error();
        if (updated.value()->numRowsAffected() != 1) {
            Result<QVariant> stored = m_database.scalar(SelectVersion, {a.id});
            if (!stored)
                return stored.error();
            if (stored.value().isNull())
                return Error(
                        Error::Kind::NotFound,
                        tr("There is no article %1 in %2.").arg(a.id).arg(m_database.location()));
            return Error(Error::Kind::Conflict,
                         tr("\"%1\" was changed by someone else (it is at version %2; you "
                            "started from version %3). Nothing was overwritten.")
                                 .arg(a.title)
                                 .arg(stored.value().toInt())
                                 .arg(loadedVersion));
        }
        if (Status links = replaceLinks(a, true); !links)
            return links;
        if (Status indexed = SearchIndex(m_database).index(a); !indexed)
            return indexed;
        Result<Revision> recorded = record(a, userId, action, detail);
        if (!recorded)
            return recorded.error();
        revision = std::move(recorded.value());
        return {};
    });
    if (!status)
        return status.error();
    return Saved {std::move(a), std::move(revision)};
}

Status ArticleRepository::pinApproval(qint64 id, qint64 revisionId, const QString &hash)
{
    if (Result<QSqlQuery *> q = m_database.runCached(PinApproval, {revisionId, hash, id}); !q)
        return q.error();
    return {};
}

Result<Revision> ArticleRepository::record(const Article &a, qint64 userId, const QString &action,
                                           const QString &detail)
{
    HistoryRepository history(m_database);
    const QByteArray snapshot = ArticleJson::snapshot(a);
    Revision revision {
            0, a.id, a.version, userId, a.updatedAt, snapshot, ArticleJson::hash(snapshot)};
    Result<qint64> id = history.addRevision(revision);
    if (!id)
        return id.error();
    revision.id = id.value();
    if (Result<qint64> audited = history.audit({0, a.updatedAt, userId, action, a.id, detail});
        !audited)
        return audited.error();
    return revision;
}

Status ArticleRepository::replaceLinks(const Article &a, bool existing)
{
    if (existing) {
        for (const QString &sql : {DeleteSecondary, DeleteTags}) {
            if (Result<QSqlQuery *> q = m_database.runCached(sql, {a.id}); !q)
                return q.error();
        }
    }
    QList<qint64> secondary;
    for (qint64 channelId : a.secondaryChannelIds) {
        if (channelId != a.channelId && !secondary.contains(channelId))
            secondary.append(channelId);
    }
    for (qint64 channelId : secondary) {
        if (Result<QSqlQuery *> q = m_database.runCached(InsertSecondary, {a.id, channelId}); !q)
            return q.error();
    }
    TagRepository tags(m_database);
    QList<qint64> tagIds;
    for (const QString &name : a.tags) {
        Result<qint64> tagId = tags.ensure(name);
        if (!tagId)
            return tagId.error();
        if (tagIds.contains(tagId.value()))
            continue;
        tagIds.append(tagId.value());
        if (Result<QSqlQuery *> q = m_database.runCached(
                    InsertArticleTag, {a.id, tagId.value(), int(tagIds.size() - 1)});
            !q)
            return q.error();
    }
    return {};
}

Result<Article> ArticleRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = m_database.run(selectArticle(), {id});
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return Error(Error::Kind::NotFound,
                     tr("There is no article %1 in %2.").arg(id).arg(m_database.location()));
    Article a = ArticleRow::read(q);

    Result<QSqlQuery> secondary = m_database.run(SelectSecondary, {id});
    if (!secondary)
        return secondary.error();
    while (secondary.value().next())
        a.secondaryChannelIds.append(secondary.value().value(0).toLongLong());
    Result<QSqlQuery> tags = m_database.run(SelectTags, {id});
    if (!tags)
        return tags.error();
    while (tags.value().next())
        a.tags.append(tags.value().value(0).toString());
    return a;
}

Result<QList<ArticleSummary>> ArticleRepository::list(const ArticleQuery &filter) const
{
    QStringList where {filter.trashed ? u"trashed_at IS NOT NULL"_s : u"trashed_at IS NULL"_s};
    QVariantList values;
    if (!filter.channelIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.channelIds) {
            marks.append(u"?"_s);
            values.append(id);
        }
        where.append(u"channel_id IN ("_s % marks.join(u", "_s) % u')');
    }
    if (filter.status) {
        where.append(u"status = ?"_s);
        values.append(ArticleStatuses::key(*filter.status));
    }
    QString sql = SelectSummaries % u" WHERE "_s % where.join(u" AND "_s)
            % u" ORDER BY updated_at DESC, id DESC"_s;
    if (filter.limit >= 0) {
        sql += u" LIMIT ?"_s;
        values.append(filter.limit);
    }
    Result<QSqlQuery> query = m_database.run(sql, values);
    if (!query)
        return query.error();
    QList<ArticleSummary> list;
    QSqlQuery &q = query.value();
    while (q.next()) {
        ArticleSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.channelId = q.value(2).toLongLong();
        s.status = ArticleStatuses::fromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
        s.trashed = q.value(4).toBool();
        s.flags = ArticleFlags::fromInt(q.value(5).toInt());
        s.author = q.value(6).toString();
        s.editor = q.value(7).toString();
        s.source = q.value(8).toString();
        s.publishAt = SqlValues::toTime(q.value(9));
        s.updatedAt = SqlValues::toTime(q.value(10));
        s.clicks = q.value(11).toLongLong();
        list.append(s);
    }
    return list;
}

Result<QHash<qint64, int>> ArticleRepository::countsByChannel() const
{
    Result<QSqlQuery> query = m_database.run(CountByChannel);
    if (!query)
        return query.error();
    QHash<qint64, int> counts;
    while (query.value().next())
        counts.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return counts;
}

Result<qint64> ArticleRepository::count() const
{
    Result<QVariant> value = m_database.scalar(CountAll);
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

} // namespace Newsdesk
