#pragma once

#include "core/article.h"
#include "core/history.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Newsdesk {

class Database;

// Which articles a plain list holds (the library view uses ArticleListRepository).
struct ArticleQuery
{
    QList<qint64> channelIds; // empty: every channel
    std::optional<ArticleStatus> status; // none: every state
    bool trashed = false; // the trash, or everything but the trash
    int limit = -1;
};

// Reads and writes articles with their tags and secondary channels. Every write also records
// a revision (a snapshot of all fields) and an audit entry, and updates the search index, in
// the same transaction. Bodies are stored only as canonical article HTML: create() and save()
// pass them through Sanitizer::clean (docs/article-html.md), whoever the caller is.
class ArticleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleRepository)

public:
    // Whether create() indexes each article for search in its own transaction (always, but for
    // bulk writers), or leaves that to the caller, who then indexes its articles in batches
    // with SearchIndex::index(QList<Article>) before its transaction ends. SQLite's FTS5 writes
    // its pending index out at every savepoint, so indexing one by one inside a transaction of
    // 100,000 articles costs more than writing the articles.
    enum class SearchIndexing { PerArticle, ByCaller };

    explicit ArticleRepository(Database &database,
                               SearchIndexing indexing = SearchIndexing::PerArticle)
        : m_database(database)
        , m_indexing(indexing)
    {
    }

    // action and detail name the creation in the audit log ("create", or "import" and where
    // from).
    Result<qint64> create(const Article &article, qint64 userId,
                          const QString &action = QStringLiteral("create"),
                          const QString &detail = {});
    // Saves every field of article, which must still be at the version it was loaded at
    // (otherwise Error::Kind::Conflict). Returns the article as saved, one version later.
    // action names the change in the audit log ("save", "trash", "tag", ...).
    Result<Article> save(const Article &article, qint64 userId, const QString &action,
                         const QString &detail = {});
    // save(), also giving the revision it recorded (an approval pins it).
    struct Saved
    {
        Article article;
        Revision revision;
    };
    Result<Saved> saveRecorded(const Article &article, qint64 userId, const QString &action,
                               const QString &detail = {});
    Result<Article> byId(qint64 id) const;
    // Pins an article's approval to a revision and the hash of its approved content.
    Status pinApproval(qint64 id, qint64 revisionId, const QString &hash);
    // Newest changes first.
    Result<QList<ArticleSummary>> list(const ArticleQuery &query) const;
    // Articles outside the trash per main channel.
    Result<QHash<qint64, int>> countsByChannel() const;
    Result<qint64> count() const;

    static Status validate(const Article &article);

private:
    Status replaceLinks(const Article &article, bool existing);
    Result<Revision> record(const Article &article, qint64 userId, const QString &action,
                            const QString &detail);

    Database &m_database;
    SearchIndexing m_indexing = SearchIndexing::PerArticle;
};

} // namespace Newsdesk
