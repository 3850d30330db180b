#pragma once

#include "search/searchquery.h"

#include <QString>

namespace Newsdesk {

// PostgreSQL's full-text types written by the application, so that a PostgreSQL library
// searches exactly like an SQLite one: the words are TextSegmenter's (one per Han character),
// never PostgreSQL's parser's, and a query is a tsquery of those words.
//
// One tsvector holds an article: its title words weighted A, its body words (after a gap, so
// that no phrase spans the two) weighted D, and each pair of adjacent Han characters as a word
// of its own at the first one's position. A query's run of Han characters is the phrase of its
// pairs (扶贫 → '扶贫', 脱贫攻坚 → '脱贫' <-> '贫攻' <-> '攻坚'), a single character the
// character: the same matches as the characters' phrase, found from much shorter lists. A
// title match is the same tsquery restricted to A.
//
// PostgreSQL's limits: positions stop at 16,383 and a word keeps its first 256 positions, so a
// phrase is found within the first 16,383 words of an article (about 16,000 Chinese
// characters); single words and characters are found anywhere.
class TsvectorText final
{
public:
    // A tsvector literal (for ?::tsvector) of segmented title and body text.
    static QString document(const QString &segmentedTitle, const QString &segmentedBody);
    // A tsquery literal (for ?::tsquery) with every term of query, in any column or in the
    // title only; empty when the query has no terms.
    static QString query(const SearchQuery &query, bool titleOnly);
};

} // namespace Newsdesk
