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
// a revision (a snapshot of all fields) and an audit entry, in the same transaction.
class ArticleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleRepository)

public:
    explicit ArticleRepository(Database &database)
        : m_database(database)
    {
    }

    Result<qint64> create(const Article &article, qint64 userId);
    // Saves every field of article, which must still be at the version it was loaded at
    // (otherwise Error::Kind::Conflict). Returns the article as saved, one version later.
    // action names the change in the audit log ("save", "trash", "tag", ...).
    Result<Article> save(const Article &article, qint64 userId, const QString &action,
                         const QString &detail = {});
    Result<Article> byId(qint64 id) const;
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
};

} // namespace Newsdesk
