#pragma once

#include "search/searchquery.h"

#include <QList>
#include <QStringView>

namespace Newsdesk {

// Finds where the terms of a query occur in original text, token by token as the index
// matches them (a phrase ignores the punctuation between its tokens), so that snippets can
// mark the matched text and titles can be ranked by how they match.
class TermMatcher final
{
public:
    struct Match
    {
        qsizetype begin = 0; // in the text (UTF-16 code units)
        qsizetype end = 0;
        int term = 0; // index in SearchQuery::terms()
    };
    struct Scan
    {
        QList<Match> matches; // by position
        qsizetype tokenCount = 0; // tokens in the text
    };

    explicit TermMatcher(const SearchQuery &query)
        : m_terms(query.terms())
    {
    }

    Scan scan(QStringView text) const;
    int termCount() const { return int(m_terms.size()); }

private:
    QList<SearchQuery::Term> m_terms;
};

} // namespace Newsdesk
