#include "searchindex.h"

#include "search/hitbuilder.h"
#include "search/htmltext.h"
#include "search/searchquery.h"
#include "search/textsegmenter.h"
#include "search/tsvectortext.h"
#include "storage/articlerepository.h"
#include "storage/database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// search_index is contentless (see schema.cpp): removing a row takes the 'delete' command
// with exactly the text that was indexed, which search_documents keeps (the body compressed).
const QString InsertRow = u"INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)"_s;
const QString DeleteRow = u"INSERT INTO search_index (search_index, rowid, title, body) "
                          "VALUES ('delete', ?, ?, ?)"_s;
const QString DeleteAllRows = u"INSERT INTO search_index (search_index) VALUES ('delete-all')"_s;
const QString SelectDocument = u"SELECT title, body FROM search_documents WHERE article_id = ?"_s;
const QString UpsertDocument =
        u"INSERT INTO search_documents (article_id, title, body) VALUES (?, ?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, body = excluded.body"_s;
const QString DeleteDocument = u"DELETE FROM search_documents WHERE article_id = ?"_s;
const QString DeleteAllDocuments = u"DELETE FROM search_documents"_s;

// FTS5 walks a match's hits in rowid order without ranking them, so "the newest N" is cheap
// even for a character found in most articles.
const QString NewestMatches = u"SELECT rowid FROM search_index WHERE search_index MATCH ? "
                              "ORDER BY rowid DESC LIMIT ?"_s;
const QString NewestMatchesBetween =
        u"SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?"_s;
const QString MatchingRowids = u"SELECT rowid FROM search_index WHERE search_index MATCH ?"_s;

// PostgreSQL: two tsvectors per article, all words and title words (TsvectorText), replaced in
// place. %1 below is the column searched: words, or title_words.
const QString PgUpsertRow =
        u"INSERT INTO search_index (article_id, words, title_words) "
        "VALUES (?, ?::tsvector, ?::tsvector) ON CONFLICT (article_id) "
        "DO UPDATE SET words = excluded.words, title_words = excluded.title_words"_s;
const QString PgDeleteRow = u"DELETE FROM search_index WHERE article_id = ?"_s;
const QString PgDeleteAllRows = u"DELETE FROM search_index"_s;
const QString PgNewestMatches = u"SELECT article_id FROM search_index WHERE %1 @@ ?::tsquery "
                                "ORDER BY article_id DESC LIMIT ?"_s;
const QString PgNewestMatchesBetween =
        u"SELECT article_id FROM search_index WHERE %1 @@ ?::tsquery "
        "AND article_id BETWEEN ? AND ? ORDER BY article_id DESC LIMIT ?"_s;
const QString PgMatchingIds = u"SELECT article_id FROM search_index WHERE %1 @@ ?::tsquery"_s;

QString pgColumn(bool titleOnly)
{
    return titleOnly ? u"title_words"_s : u"words"_s;
}
const QString PgMatchingNothing = u"SELECT article_id FROM search_index WHERE false"_s;

const QString CountArticles = u"SELECT count(*) FROM articles"_s;
const QString SelectIndexedColumns =
        u"SELECT id, title, short_title, subtitle, summary, source, author, body "
        "FROM articles ORDER BY id"_s;
const QString SelectAllTags =
        u"SELECT at.article_id, t.name FROM article_tags at "
        "JOIN tags t ON t.id = at.tag_id ORDER BY at.article_id, at.position"_s;

constexpr qint64 ProgressStep = 500;

QString joined(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts) {
        if (part.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u'\n';
        text += part;
    }
    return text;
}
} // namespace

SearchIndex::Document SearchIndex::documentFor(const Article &a)
{
    return {TextSegmenter::segment(joined({a.title, a.shortTitle, a.subtitle})),
            TextSegmenter::segment(joined({a.summary, HtmlText::toPlainText(a.body),
                                           a.tags.join(u'\n'), a.source, a.author}))};
}

Error SearchIndex::damaged() const
{
    return {Error::Kind::Corrupt,
            tr("The search index of %1 is damaged. Rebuild it with \"newsdesk search --library "
               "%1 --rebuild\".")
                    .arg(m_database.location())};
}

Result<std::optional<SearchIndex::Document>> SearchIndex::stored(qint64 articleId) const
{
    Result<QSqlQuery *> query = m_database.runCached(SelectDocument, {articleId});
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    if (!q.next())
        return std::optional<Document>();
    const QByteArray compressed = q.value(1).toByteArray();
    const QByteArray body = qUncompress(compressed);
    Document document {q.value(0).toString(), QString::fromUtf8(body)};
    q.finish();
    // qCompress() output starts with the length of the original, big-endian: nothing back
    // from a blob that does not announce an empty text means the blob is damaged.
    if (body.isEmpty() && !compressed.startsWith(QByteArray(4, '\0')))
        return damaged();
    return std::optional<Document>(std::move(document));
}

Status SearchIndex::erase(qint64 articleId, const Document &document)
{
    if (Result<QSqlQuery *> q =
                m_database.runCached(DeleteRow, {articleId, document.title, document.body});
        !q)
        return q.error();
    if (Result<QSqlQuery *> q = m_database.runCached(DeleteDocument, {articleId}); !q)
        return q.error();
    return {};
}

Status SearchIndex::write(qint64 articleId, const Document &document)
{
    if (postgres()) {
        Result<QSqlQuery *> q = m_database.runCached(
                PgUpsertRow, {articleId, TsvectorText::document(document.title, document.body),
                              TsvectorText::title(document.title)});
        return q ? Status() : Status(q.error());
    }
    if (Result<QSqlQuery *> q =
                m_database.runCached(InsertRow, {articleId, document.title, document.body});
        !q)
        return q.error();
    if (Result<QSqlQuery *> q = m_database.runCached(
                UpsertDocument, {articleId, document.title, qCompress(document.body.toUtf8())});
        !q)
        return q.error();
    return {};
}

Status SearchIndex::replace(qint64 articleId, const Document &document)
{
    if (postgres())
        return write(articleId, document);
    Result<std::optional<Document>> old = stored(articleId);
    if (!old)
        return old.error();
    if (old.value()) {
        if (*old.value() == document)
            return {};
        if (Status erased = erase(articleId, *old.value()); !erased)
            return erased;
    }
    return write(articleId, document);
}

Status SearchIndex::index(const Article &article)
{
    const Document document = documentFor(article);
    return m_database.transaction([&]() { return replace(article.id, document); });
}

Status SearchIndex::index(const QList<Article> &articles)
{
    return m_database.transaction([&]() -> Status {
        for (const Article &article : articles) {
            if (Status replaced = replace(article.id, documentFor(article)); !replaced)
                return replaced;
        }
        return {};
    });
}

Status SearchIndex::remove(qint64 articleId)
{
    if (postgres()) {
        Result<QSqlQuery *> q = m_database.runCached(PgDeleteRow, {articleId});
        return q ? Status() : Status(q.error());
    }
    return m_database.transaction([&]() -> Status {
        Result<std::optional<Document>> old = stored(articleId);
        if (!old)
            return old.error();
        if (!old.value())
            return {};
        return erase(articleId, *old.value());
    });
}

Status SearchIndex::reindex(qint64 articleId)
{
    Result<Article> article = ArticleRepository(m_database).byId(articleId);
    if (!article)
        return article.error();
    return index(article.value());
}

Status SearchIndex::rebuild(const Progress &progress)
{
    return m_database.transaction([&]() -> Status {
        const QStringList clear = postgres() ? QStringList {PgDeleteAllRows}
                                             : QStringList {DeleteAllRows, DeleteAllDocuments};
        for (const QString &sql : clear) {
            if (Result<QSqlQuery> q = m_database.run(sql); !q)
                return q.error();
        }
        Result<QVariant> total = m_database.scalar(CountArticles);
        if (!total)
            return total.error();
        // Two cursors in article order, merged: every article with its tags, in constant
        // memory whatever the size of the library.
        Result<QSqlQuery> articles = m_database.run(SelectIndexedColumns);
        if (!articles)
            return articles.error();
        Result<QSqlQuery> tags = m_database.run(SelectAllTags);
        if (!tags)
            return tags.error();
        QSqlQuery &a = articles.value();
        QSqlQuery &t = tags.value();
        bool moreTags = t.next();
        qint64 done = 0;
        while (a.next()) {
            Article article;
            article.id = a.value(0).toLongLong();
            article.title = a.value(1).toString();
            article.shortTitle = a.value(2).toString();
            article.subtitle = a.value(3).toString();
            article.summary = a.value(4).toString();
            article.source = a.value(5).toString();
            article.author = a.value(6).toString();
            article.body = a.value(7).toString();
            while (moreTags && t.value(0).toLongLong() <= article.id) {
                if (t.value(0).toLongLong() == article.id)
                    article.tags.append(t.value(1).toString());
                moreTags = t.next();
            }
            if (Status written = write(article.id, documentFor(article)); !written)
                return written;
            ++done;
            if (progress && (done % ProgressStep == 0 || done == total.value().toLongLong()))
                progress(done, total.value().toLongLong());
        }
        if (a.lastError().isValid())
            return m_database.errorFor(a.lastError());
        if (progress && done == 0)
            progress(0, 0);
        return {};
    });
}

Result<QList<qint64>> SearchIndex::newest(const QString &expression, bool titleOnly, int limit,
                                          std::optional<std::pair<qint64, qint64>> range) const
{
    const QString between =
            postgres() ? PgNewestMatchesBetween.arg(pgColumn(titleOnly)) : NewestMatchesBetween;
    const QString any = postgres() ? PgNewestMatches.arg(pgColumn(titleOnly)) : NewestMatches;
    Result<QSqlQuery *> query = range
            ? m_database.runCached(between, {expression, range->first, range->second, limit})
            : m_database.runCached(any, {expression, limit});
    if (!query)
        return query.error();
    QList<qint64> ids;
    QSqlQuery &q = *query.value();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

Result<QList<SearchHit>> SearchIndex::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    limit = std::min(limit, MaxLimit);
    if (!query.hasTerms() || limit <= 0)
        return QList<SearchHit>();
    // The newest 2 × limit hits anywhere: enough to fill the list after the title matches,
    // which are at most limit. Ranking only these keeps a search over a character found in
    // half the library as fast as a rare one (bm25() would score every hit).
    const int window = 2 * limit;
    Result<QList<qint64>> all =
            newest(expression(m_database.dialect(), query, false), false, window);
    if (!all)
        return all.error();
    if (all.value().isEmpty())
        return QList<SearchHit>();
    // When those are all the hits, title matches are among them: look only between the
    // oldest and the newest, which spares a rare query of common characters a second walk
    // through the whole index.
    std::optional<std::pair<qint64, qint64>> range;
    if (all.value().size() < window)
        range = std::pair {all.value().constLast(), all.value().constFirst()};
    Result<QList<qint64>> titled =
            newest(expression(m_database.dialect(), query, true), true, limit, range);
    if (!titled)
        return titled.error();
    const QSet<qint64> titleSet(titled.value().cbegin(), titled.value().cend());
    QList<qint64> others;
    for (qint64 id : all.value()) {
        if (others.size() + titled.value().size() >= limit)
            break;
        if (!titleSet.contains(id))
            others.append(id);
    }
    return HitBuilder(m_database, query).build(titled.value(), others);
}

Result<QHash<qint64, QString>> SearchIndex::snippets(const QString &text,
                                                     const QList<qint64> &ids) const
{
    const SearchQuery query = SearchQuery::parse(text);
    QHash<qint64, QString> snippets;
    if (!query.hasTerms() || ids.isEmpty())
        return snippets;
    Result<QList<SearchHit>> hits = HitBuilder(m_database, query).build({}, ids);
    if (!hits)
        return hits.error();
    for (const SearchHit &hit : hits.value())
        snippets.insert(hit.id, hit.snippet);
    return snippets;
}

QString SearchIndex::expression(Database::Dialect dialect, const SearchQuery &query,
                               bool titleOnly)
{
    if (dialect == Database::Dialect::Postgres)
        return TsvectorText::query(query);
    return titleOnly ? query.titleMatchExpression() : query.matchExpression();
}

std::optional<SqlFragment> SearchIndex::filter(Database::Dialect dialect, const QString &text,
                                               bool titleOnly)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (query.isBlank())
        return std::nullopt;
    if (dialect == Database::Dialect::Sqlite)
        return SqlFragment {MatchingRowids, {expression(dialect, query, titleOnly)}};
    if (!query.hasTerms())
        return SqlFragment {PgMatchingNothing, {}};
    return SqlFragment {PgMatchingIds.arg(pgColumn(titleOnly)),
                        {expression(dialect, query, titleOnly)}};
}

std::optional<SqlFragment> SearchIndex::matchFilter(Database::Dialect dialect,
                                                    const QString &text)
{
    return filter(dialect, text, false);
}

std::optional<SqlFragment> SearchIndex::titleMatchFilter(Database::Dialect dialect,
                                                         const QString &text)
{
    return filter(dialect, text, true);
}

} // namespace Newsdesk
