#pragma once

#include "search/searchquery.h"

#include <QString>

namespace Newsdesk {

// PostgreSQL's full-text types written by the application, so that a PostgreSQL library
// searches exactly like an SQLite one: the words are TextSegmenter's (one per Han character),
// never PostgreSQL's parser's, and a query is a tsquery of those words.
//
// An article has two tsvectors: all its words (title, then body after a gap, so that no
// phrase spans the two) and its title words alone, for title matches without rechecking
// weights. Each pair of adjacent Han characters is a word of its own at the first one's
// position, and a query's run of Han characters is the phrase of its pairs (扶贫 → '扶贫',
// 脱贫攻坚 → '脱贫' <-> '贫攻' <-> '攻坚'), a single character the character: the same
// matches as the characters' phrase, found from much shorter lists.
//
class TsvectorText final
{
public:
    // A tsvector literal (for ?::tsvector) of segmented title and body text.
    static QString document(const QString &segmentedTitle, const QString &segmentedBody);
    // The same of the title alone.
    static QString title(const QString &segmentedTitle);
    // A tsquery literal (for ?::tsquery) with every term of query; empty when the query has
    // no terms.
    static QString query(const SearchQuery &query);

private:
    static QString literal(const QStringList &segmentedTexts);
};

} // namespace Newsdesk
