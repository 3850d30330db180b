#pragma once

#include "core/article.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Newsdesk {

// Which articles the library view lists: every criterion set here must hold (they combine with
// AND). Saved searches store it as JSON.
struct ArticleFilter
{
    enum class Scope {
        Library, // everything outside the trash
        Trash, // only the trash
    };

    QList<qint64> channelIds; // main channel among these; empty: every channel
    Scope scope = Scope::Library;
    std::optional<ArticleStatus> status; // none: every state
    QString tag;
    QString author;
    QString editor;
    QString source;
    ArticleFlags flags; // all of these flags
    QDate publishedFrom; // publish date range, inclusive, in local days; invalid: open
    QDate publishedUntil;
    QString search; // full-text query; blank: no search

    bool hasSearch() const { return !search.trimmed().isEmpty(); }
    // Whether anything beyond channel and scope narrows the list.
    bool isNarrowed() const;

    QJsonObject toJson() const;
    static ArticleFilter fromJson(const QJsonObject &json);

    bool operator==(const ArticleFilter &other) const = default;
};

// The sort orders of the library list. Every order ends with the article id, so rows never
// swap places between two queries.
enum class ArticleSortKey {
    Title,
    Channel,
    Status,
    Author,
    Editor,
    Source,
    Flags,
    PublishTime,
    Updated,
    Clicks,
    Relevance, // title matches of the search first, then the newest
};

struct ArticleSort
{
    ArticleSortKey key = ArticleSortKey::Updated;
    bool descending = true;

    bool operator==(const ArticleSort &other) const = default;
};

} // namespace Newsdesk
