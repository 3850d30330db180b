#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Newsdesk {

class Database;

// Which articles a list shows.
struct ArticleQuery
{
    QList<qint64> channelIds; // empty: every channel
    std::optional<ArticleStatus> status; // none: every state
    bool trashed = false; // the trash, or everything but the trash
    int limit = -1;
};

// Reads and writes articles with their tags and secondary channels. Creating an article also
// records its first revision and an audit entry, in one transaction.
class ArticleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleRepository)

public:
    explicit ArticleRepository(Database &database)
        : m_database(database)
    {
    }

    Result<qint64> create(const Article &article, qint64 userId);
    Result<Article> byId(qint64 id) const;
    // Newest changes first.
    Result<QList<ArticleSummary>> list(const ArticleQuery &query) const;
    // Articles outside the trash per main channel.
    Result<QHash<qint64, int>> countsByChannel() const;
    Result<qint64> count() const;

    static Status validate(const Article &article);

private:
    Status insertLinks(const Article &article);

    Database &m_database;
};

} // namespace Newsdesk
