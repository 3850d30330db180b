#pragma once

#include "core/article.h"
#include "core/result.h"
#include "search/searchhit.h"
#include "search/searchquery.h"
#include "search/sqlfragment.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Newsdesk {

// The full-text index of a library's articles (table search_index, see
// docs/library-format.md): keeps it in step with the articles, and answers searches. SQLite
// libraries use FTS5; PostgreSQL libraries a tsvector per article with a GIN index
// (TsvectorText), over the same segmented words, so both find the same articles.
//
// Each article is one row, its rowid the article id, with two columns of segmented text
// (TextSegmenter): title (title, short title, subtitle) and body (summary, body text with
// figure captions and credits, tags, source, author). Writes run in the caller's transaction
// when there is one, so an article and its index row are saved, or rolled back, together.
// Trashed articles stay indexed; lists filter the trash themselves.
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SearchIndex)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The most hits search() returns.
    static constexpr int MaxLimit = 10'000;

    explicit SearchIndex(Database &database)
        : m_database(database)
    {
    }

    // Inserts or replaces the row of article.id.
    Status index(const Article &article);
    // The same for many articles at once, much faster inside a large transaction (see
    // ArticleRepository::SearchIndexing).
    Status index(const QList<Article> &articles);
    Status remove(qint64 articleId);
    // Loads the article and indexes it.
    Status reindex(qint64 articleId);
    // Empties the index and indexes every article again, in one transaction.
    Status rebuild(const Progress &progress = {});

    // The best `limit` articles for query: the newest title matches ranked by how well their
    // titles match, then the newest of the other matches. Blank queries find nothing.
    Result<QList<SearchHit>> search(const QString &query, int limit) const;

    // Snippets (see SearchHit::snippet) of the given articles for query, by article id; for
    // lists that show articles in their own order.
    Result<QHash<qint64, QString>> snippets(const QString &query, const QList<qint64> &ids) const;

    // For list models: the ids of articles matching query, as SQL to use in
    // "articles.id IN (…)"; none for a blank query (no search: list everything).
    static std::optional<SqlFragment> matchFilter(Database::Dialect dialect,
                                                  const QString &query);
    // The same for matches in the title columns only (to sort title matches first).
    static std::optional<SqlFragment> titleMatchFilter(Database::Dialect dialect,
                                                       const QString &query);

    // The segmented text of an article's two columns.
    struct Document
    {
        QString title;
        QString body;
        bool operator==(const Document &) const = default;
    };
    static Document documentFor(const Article &article);

private:
    static QString expression(Database::Dialect dialect, const SearchQuery &query,
                              bool titleOnly);
    static std::optional<SqlFragment> filter(Database::Dialect dialect, const QString &text,
                                             bool titleOnly);
    bool postgres() const { return m_database.dialect() == Database::Dialect::Postgres; }
    Status replace(qint64 articleId, const Document &document);
    Result<std::optional<Document>> stored(qint64 articleId) const;
    Status write(qint64 articleId, const Document &document);
    Status erase(qint64 articleId, const Document &document);
    Result<QList<qint64>> newest(const QString &expression, bool titleOnly, int limit,
                                 std::optional<std::pair<qint64, qint64>> range = {}) const;
    Error damaged() const;

    Database &m_database;
};

} // namespace Newsdesk
