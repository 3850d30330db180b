#include "tagrepository.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/historyrepository.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectTagId = u"SELECT id FROM tags WHERE name = ?"_s;
const QString SelectTagName = u"SELECT name FROM tags WHERE id = ?"_s;
const QString InsertTag = u"INSERT INTO tags (name) VALUES (?) RETURNING id"_s;
const QString SelectNames = u"SELECT name FROM tags ORDER BY name"_s;
const QString SelectUsage = u"SELECT t.id, t.name, count(at.article_id) FROM tags t "
                            "LEFT JOIN article_tags at ON at.tag_id = t.id "
                            "GROUP BY t.id, t.name ORDER BY t.name"_s;
const QString RenameTag = u"UPDATE tags SET name = ? WHERE id = ?"_s;
const QString DeleteTag = u"DELETE FROM tags WHERE id = ?"_s;
// Moving an article's link from one tag to another: drop the link where the article already
// has the target, move the others.
const QString DropDuplicateLinks = u"DELETE FROM article_tags WHERE tag_id = ? AND article_id IN "
                                   "(SELECT article_id FROM article_tags WHERE tag_id = ?)"_s;
const QString MoveLinks = u"UPDATE article_tags SET tag_id = ? WHERE tag_id = ?"_s;

QString marks(qsizetype count)
{
    QStringList list;
    list.fill(u"?"_s, count);
    return list.join(u", "_s);
}
} // namespace

Result<qint64> TagRepository::ensure(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A tag cannot be empty."));
    {
        Result<QSqlQuery *> found = m_database.runCached(SelectTagId, {trimmed});
        if (!found)
            return found.error();
        if (found.value()->next()) {
            const qint64 id = found.value()->value(0).toLongLong();
            found.value()->finish();
            return id;
        }
    }
    return m_database.insert(InsertTag, {trimmed});
}

Result<QStringList> TagRepository::names() const
{
    Result<QSqlQuery> query = m_database.run(SelectNames);
    if (!query)
        return query.error();
    QStringList list;
    while (query.value().next())
        list.append(query.value().value(0).toString());
    return list;
}

Result<QList<TagUsage>> TagRepository::usage() const
{
    Result<QSqlQuery> query = m_database.run(SelectUsage);
    if (!query)
        return query.error();
    QList<TagUsage> list;
    while (query.value().next()) {
        list.append({query.value().value(0).toLongLong(), query.value().value(1).toString(),
                     query.value().value(2).toInt()});
    }
    return list;
}

Result<QString> TagRepository::nameOf(qint64 id) const
{
    Result<QVariant> name = m_database.scalar(SelectTagName, {id});
    if (!name)
        return name.error();
    if (name.value().isNull())
        return Error(Error::Kind::NotFound, tr("The tag no longer exists."));
    return name.value().toString();
}

Result<QList<qint64>> TagRepository::articlesWith(const QList<qint64> &tagIds) const
{
    QVariantList values;
    for (qint64 id : tagIds)
        values.append(id);
    Result<QSqlQuery> query =
            m_database.run(u"SELECT DISTINCT article_id FROM article_tags WHERE tag_id IN ("_s
                                   % marks(tagIds.size()) % u") ORDER BY article_id"_s,
                           values);
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Status TagRepository::reindex(const QList<qint64> &articleIds)
{
    // Tags are part of the searchable text: the articles that carried the tag are indexed
    // again in the same transaction.
    SearchIndex index(m_database);
    for (qint64 id : articleIds) {
        if (Status indexed = index.reindex(id); !indexed)
            return indexed;
    }
    return {};
}

Status TagRepository::audit(qint64 userId, const QString &action, const QString &detail)
{
    Result<qint64> entry = HistoryRepository(m_database).audit({0, {}, userId, action, 0, detail});
    if (!entry)
        return entry.error();
    return {};
}

Result<qint64> TagRepository::create(const QString &name, qint64 userId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A tag cannot be empty."));
    Result<QVariant> existing = m_database.scalar(SelectTagId, {trimmed});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull())
        return Error(Error::Kind::AlreadyExists, tr("The tag \"%1\" already exists.").arg(trimmed));
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        Result<qint64> inserted = m_database.insert(InsertTag, {trimmed});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return audit(userId, u"tag.create"_s, trimmed);
    });
    if (!status)
        return status.error();
    return id;
}

Result<QList<qint64>> TagRepository::rename(qint64 id, const QString &newName, qint64 userId)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A tag cannot be empty."));
    Result<QString> old = nameOf(id);
    if (!old)
        return old.error();
    Result<QVariant> existing = m_database.scalar(SelectTagId, {trimmed});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull() && existing.value().toLongLong() != id)
        return Error(Error::Kind::AlreadyExists,
                     tr("The tag \"%1\" already exists: merge \"%2\" into it instead.")
                             .arg(trimmed, old.value()));
    Result<QList<qint64>> articles = articlesWith({id});
    if (!articles)
        return articles.error();
    const Status status = m_database.transaction([&]() -> Status {
        if (Result<QSqlQuery> q = m_database.run(RenameTag, {trimmed, id}); !q)
            return q.error();
        if (Status indexed = reindex(articles.value()); !indexed)
            return indexed;
        return audit(userId, u"tag.rename"_s, old.value() + u" → "_s + trimmed);
    });
    if (!status)
        return status.error();
    return articles;
}

Result<QList<qint64>> TagRepository::merge(const QList<qint64> &ids, const QString &into,
                                           qint64 userId)
{
    if (ids.isEmpty())
        return Error(Error::Kind::Invalid, tr("No tags were chosen to merge."));
    QStringList names;
    for (qint64 id : ids) {
        Result<QString> name = nameOf(id);
        if (!name)
            return name.error();
        names.append(name.value());
    }
    Result<QList<qint64>> articles = articlesWith(ids);
    if (!articles)
        return articles.error();
    const Status status = m_database.transaction([&]() -> Status {
        Result<qint64> target = ensure(into);
        if (!target)
            return target.error();
        for (qint64 id : ids) {
            if (id == target.value())
                continue;
            for (const auto &[sql, values] :
                 {std::pair {DropDuplicateLinks, QVariantList {id, target.value()}},
                  std::pair {MoveLinks, QVariantList {target.value(), id}},
                  std::pair {DeleteTag, QVariantList {id}}}) {
                if (Result<QSqlQuery> q = m_database.run(sql, values); !q)
                    return q.error();
            }
        }
        if (Status indexed = reindex(articles.value()); !indexed)
            return indexed;
        return audit(userId, u"tag.merge"_s, names.join(u", "_s) + u" → "_s + into.trimmed());
    });
    if (!status)
        return status.error();
    return articles;
}

Result<QList<qint64>> TagRepository::remove(qint64 id, qint64 userId)
{
    Result<QString> name = nameOf(id);
    if (!name)
        return name.error();
    Result<QList<qint64>> articles = articlesWith({id});
    if (!articles)
        return articles.error();
    const Status status = m_database.transaction([&]() -> Status {
        if (Result<QSqlQuery> q = m_database.run(DeleteTag, {id}); !q)
            return q.error();
        if (Status indexed = reindex(articles.value()); !indexed)
            return indexed;
        return audit(userId, u"tag.delete"_s, name.value());
    });
    if (!status)
        return status.error();
    return articles;
}

} // namespace Newsdesk
