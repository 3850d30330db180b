#pragma once

#include "core/result.h"
#include "search/searchhit.h"
#include "search/searchquery.h"
#include "search/termmatcher.h"

#include <QHash>
#include <QList>

namespace Newsdesk {

class Database;

// Turns the ids a search found into SearchHits: loads those articles (only those), ranks the
// title matches among themselves, scores the rest by recency, and quotes each hit around its
// first match. Used by SearchIndex::search.
class HitBuilder final
{
public:
    HitBuilder(Database &database, const SearchQuery &query)
        : m_database(database)
        , m_matcher(query)
    {
    }

    // titleIds and otherIds newest first; the result lists title matches first.
    Result<QList<SearchHit>> build(const QList<qint64> &titleIds, const QList<qint64> &otherIds);

private:
    struct Row
    {
        SearchHit hit;
        QString shortTitle;
        QString subtitle;
        QString summary;
        QString source;
        QString author;
        QString body;
    };

    Result<QHash<qint64, Row>> load(const QList<qint64> &ids) const;
    Result<QString> snippetFor(const Row &row) const;
    QList<double> titleRelevance(const QList<const Row *> &rows) const;

    Database &m_database;
    TermMatcher m_matcher;
};

} // namespace Newsdesk
