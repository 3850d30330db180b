#include "importsourcerepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectSources =
        u"SELECT key, article_id, content_hash, imported_at, imported_by FROM import_sources "_s;
const QString UpsertSource =
        u"INSERT INTO import_sources (key, article_id, content_hash, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "article_id = excluded.article_id, content_hash = excluded.content_hash, "
        "imported_at = excluded.imported_at, imported_by = excluded.imported_by"_s;

Result<std::optional<ImportSource>> first(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    if (!query.next())
        return std::optional<ImportSource>();
    ImportSource source {query.value(0).toString(), query.value(1).toLongLong(),
                         query.value(2).toString(), SqlValues::toTime(query.value(3)),
                         query.value(4).toLongLong()};
    query.finish();
    return std::optional<ImportSource>(std::move(source));
}
} // namespace

Result<std::optional<ImportSource>> ImportSourceRepository::byKey(const QString &key) const
{
    return first(m_database.runCached(SelectSources % u"WHERE key = ?"_s, {key}));
}

Result<std::optional<ImportSource>> ImportSourceRepository::byHash(const QString &contentHash) const
{
    return first(m_database.runCached(
            SelectSources % u"WHERE content_hash = ? ORDER BY imported_at, key LIMIT 1"_s,
            {contentHash}));
}

Status ImportSourceRepository::record(const ImportSource &source)
{
    const QVariantList values {source.key, source.articleId, source.contentHash,
                               SqlValues::fromTime(source.importedAt),
                               source.importedBy ? QVariant(source.importedBy) : QVariant()};
    if (Result<QSqlQuery *> q = m_database.runCached(UpsertSource, values); !q)
        return q.error();
    return {};
}

} // namespace Newsdesk
