#include "articlelistrepository.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SummaryColumns =
        u"a.id, a.title, a.channel_id, a.status, a.trashed_at IS NOT NULL, a.flags, a.author, "
        "a.editor, a.source, a.publish_at, a.updated_at, a.clicks, a.pending"_s;
const QString SelectTagsOf = u"SELECT at.article_id, t.name FROM article_tags at "
                             "JOIN tags t ON t.id = at.tag_id WHERE at.article_id IN (%1) "
                             "ORDER BY at.article_id, at.position"_s;
const QString SelectValues = u"SELECT %1 FROM articles WHERE %1 <> '' GROUP BY %1 "
                             "ORDER BY count(*) DESC, %1 LIMIT ?"_s;
// Workflow order, so that sorting by status reads draft → submitted → … → withdrawn.
const QString StatusRank =
        u"CASE a.status WHEN 'draft' THEN 0 WHEN 'submitted' THEN 1 WHEN 'returned' THEN 2 "
        "WHEN 'approved' THEN 3 WHEN 'published' THEN 4 ELSE 5 END"_s;

QString marks(qsizetype count)
{
    QStringList list;
    list.fill(u"?"_s, count);
    return list.join(u", "_s);
}

qint64 startOfDay(const QDate &date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.channelId = q.value(2).toLongLong();
    s.status = ArticleStatuses::fromKey(q.value(3).toString()).value_or(ArticleStatus::Draft);
    s.trashed = q.value(4).toBool();
    s.flags = ArticleFlags::fromInt(q.value(5).toUInt());
    s.author = q.value(6).toString();
    s.editor = q.value(7).toString();
    s.source = q.value(8).toString();
    s.publishAt = SqlValues::toTime(q.value(9));
    s.updatedAt = SqlValues::toTime(q.value(10));
    s.clicks = q.value(11).toLongLong();
    if (const QVariant pending = q.value(12); !pending.isNull())
        s.pending = ArticleStatuses::fromKey(pending.toString());
    return s;
}
} // namespace

ArticleListRepository::Clause ArticleListRepository::where(const ArticleFilter &f) const
{
    // Without a search, the unary + keeps SQLite from answering "trashed_at IS NULL" with
    // the (trashed_at, id) index and then sorting the whole library: the sort indexes test
    // the trash themselves. With a search, that index is the cheap way to check each hit.
    const QString trashed = f.hasSearch() ? u"a.trashed_at"_s : u"+a.trashed_at"_s;
    QStringList clauses {trashed
                         + (f.scope == ArticleFilter::Scope::Trash ? u" IS NOT NULL"_s
                                                                   : u" IS NULL"_s)};
    QVariantList values;
    if (!f.channelIds.isEmpty()) {
        clauses.append(u"a.channel_id IN ("_s % marks(f.channelIds.size()) % u')');
        for (qint64 id : f.channelIds)
            values.append(id);
    }
    if (f.status) {
        clauses.append(u"a.status = ?"_s);
        values.append(ArticleStatuses::key(*f.status));
    }
    if (!f.tag.isEmpty()) {
        clauses.append(u"a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
                       "ON t.id = at.tag_id WHERE t.name = ?)"_s);
        values.append(f.tag);
    }
    const QList<std::pair<QString, QString>> equal {
            {u"a.author"_s, f.author}, {u"a.editor"_s, f.editor}, {u"a.source"_s, f.source}};
    for (const auto &[column, value] : equal) {
        if (!value.isEmpty()) {
            clauses.append(column + u" = ?"_s);
            values.append(value);
        }
    }
    if (f.flags) {
        clauses.append(u"(a.flags & ?) = ?"_s);
        values.append(int(f.flags.toInt()));
        values.append(int(f.flags.toInt()));
    }
    if (f.publishedFrom.isValid()) {
        clauses.append(u"a.publish_at >= ?"_s);
        values.append(startOfDay(f.publishedFrom));
    }
    if (f.publishedUntil.isValid()) {
        clauses.append(u"a.publish_at < ?"_s);
        values.append(startOfDay(f.publishedUntil.addDays(1)));
    }
    if (const std::optional<SqlFragment> search = SearchIndex::matchFilter(m_database.dialect(), f.search)) {
        // The matching ids come from the full-text index as a set; the other conditions
        // are tested on those articles only.
        clauses.append(u"a.id IN ("_s % search->sql % u')');
        values += search->values;
    }
    return {u" WHERE "_s + clauses.join(u" AND "_s), values};
}

ArticleListRepository::Clause ArticleListRepository::orderBy(const ArticleSort &sort,
                                                             const ArticleFilter &filter) const
{
    if (sort.key == ArticleSortKey::Relevance) {
        // Best first whatever the direction: title matches, then the newest.
        if (const std::optional<SqlFragment> title = SearchIndex::titleMatchFilter(m_database.dialect(),
                                                                   filter.search))
            return {u"ORDER BY (a.id IN ("_s % title->sql % u")) DESC, a.id DESC"_s, title->values};
        return {u"ORDER BY a.id DESC"_s, {}};
    }
    const QString direction = sort.descending ? u" DESC"_s : u" ASC"_s;
    QString key;
    switch (sort.key) {
    case ArticleSortKey::Title:
        key = u"a.title"_s;
        break;
    case ArticleSortKey::Channel:
        key = u"a.channel_id"_s;
        break;
    case ArticleSortKey::Status:
        key = StatusRank;
        break;
    case ArticleSortKey::Author:
        key = u"a.author"_s;
        break;
    case ArticleSortKey::Editor:
        key = u"a.editor"_s;
        break;
    case ArticleSortKey::Source:
        key = u"a.source"_s;
        break;
    case ArticleSortKey::Flags:
        key = u"a.flags"_s;
        break;
    case ArticleSortKey::PublishTime:
        key = u"a.publish_at"_s;
        break;
    case ArticleSortKey::Clicks:
        key = u"a.clicks"_s;
        break;
    case ArticleSortKey::Relevance: // handled above
    case ArticleSortKey::Updated:
        key = u"a.updated_at"_s;
        break;
    }
    return {u"ORDER BY %1%2, a.id%2"_s.arg(key, direction), {}};
}

Result<int> ArticleListRepository::count(const ArticleFilter &filter) const
{
    const Clause w = where(filter);
    Result<QVariant> value =
            m_database.scalar(u"SELECT count(*) FROM articles a"_s + w.sql, w.values);
    if (!value)
        return value.error();
    return value.value().toInt();
}

Result<QList<ArticleSummary>> ArticleListRepository::window(const ArticleFilter &filter,
                                                            const ArticleSort &sort, int offset,
                                                            int limit) const
{
    const Clause w = where(filter);
    const Clause order = orderBy(sort, filter);
    Result<QSqlQuery> query =
            m_database.run(u"SELECT "_s % SummaryColumns % u" FROM articles a"_s % w.sql % u' '
                                   % order.sql % u" LIMIT ? OFFSET ?"_s,
                           w.values + order.values + QVariantList {limit, offset});
    if (!query)
        return query.error();
    QList<ArticleSummary> rows;
    rows.reserve(limit);
    while (query.value().next())
        rows.append(summaryFrom(query.value()));
    if (Status tagged = attachTags(rows); !tagged)
        return tagged.error();
    return rows;
}

Status ArticleListRepository::attachTags(QList<ArticleSummary> &rows) const
{
    if (rows.isEmpty())
        return {};
    QVariantList ids;
    QHash<qint64, qsizetype> rowOfId;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.append(rows.at(i).id);
        rowOfId.insert(rows.at(i).id, i);
    }
    Result<QSqlQuery> query = m_database.run(SelectTagsOf.arg(marks(ids.size())), ids);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const qint64 id = query.value().value(0).toLongLong();
        rows[rowOfId.value(id)].tags.append(query.value().value(1).toString());
    }
    return {};
}

Result<QList<qint64>> ArticleListRepository::ids(const ArticleFilter &filter,
                                                 const ArticleSort &sort, int offset,
                                                 int limit) const
{
    const Clause w = where(filter);
    const Clause order = orderBy(sort, filter);
    Result<QSqlQuery> query = m_database.run(
            u"SELECT a.id FROM articles a"_s % w.sql % u' ' % order.sql % u" LIMIT ? OFFSET ?"_s,
            w.values + order.values + QVariantList {limit, offset});
    if (!query)
        return query.error();
    QList<qint64> list;
    while (query.value().next())
        list.append(query.value().value(0).toLongLong());
    return list;
}

Result<QHash<qint64, int>> ArticleListRepository::rowsOf(const QList<qint64> &ids,
                                                         const ArticleFilter &filter,
                                                         const ArticleSort &sort) const
{
    QHash<qint64, int> rows;
    if (ids.isEmpty())
        return rows;
    const Clause w = where(filter);
    const Clause order = orderBy(sort, filter);
    // The window's ORDER BY comes first in the text, so its values are bound first.
    QVariantList values = order.values + w.values;
    for (qint64 id : ids)
        values.append(id);
    Result<QSqlQuery> query =
            m_database.run(u"SELECT id, position FROM (SELECT a.id AS id, row_number() OVER ("_s
                                   % order.sql % u") - 1 AS position FROM articles a"_s % w.sql
                                   % u") AS ranked WHERE id IN ("_s % marks(ids.size()) % u')',
                           values);
    if (!query)
        return query.error();
    while (query.value().next())
        rows.insert(query.value().value(0).toLongLong(), query.value().value(1).toInt());
    return rows;
}

Result<QStringList> ArticleListRepository::values(Field field, int limit) const
{
    const QString column = field == Field::Author ? u"author"_s
            : field == Field::Editor              ? u"editor"_s
                                                  : u"source"_s;
    Result<QSqlQuery> query = m_database.run(SelectValues.arg(column), {limit});
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query.value().value(0).toString());
    return list;
}

} // namespace Newsdesk
