#pragma once

#include "core/article.h"

#include <QString>

namespace Newsdesk {

// One article found by SearchIndex::search.
struct SearchHit
{
    qint64 id = 0;
    QString title;
    qint64 channelId = 0;
    ArticleStatus status = ArticleStatus::Draft;
    bool trashed = false;
    bool titleMatch = false; // the query matched the title, short title or subtitle
    // About 80 characters around the first match, as HTML: escaped text with the matched
    // words in <mark>…</mark>, and "…" where cut.
    QString snippet;
    // Higher is better: title matches score in [1, 2) by how well the title matches, other
    // hits in (0, 1), newest first.
    double score = 0;
};

} // namespace Newsdesk
