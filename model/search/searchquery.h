#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// What a person typed into a search field, as terms that every hit must contain, and as a safe
// FTS5 MATCH expression over the segmented index text (see TextSegmenter).
//
//   扶贫            a run of Han characters: the phrase of its characters, "扶 贫"
//   polic           a Latin word: a prefix, "polic"*  (words of two letters and more)
//   covid-19        words joined by punctuation: one phrase, "covid 19"*
//   "rural areas"   a double-quoted part (also “…”): that exact phrase, no prefix
//   扶贫 policy      several terms: all of them, "扶 贫" AND "policy"*
//
// Every term is emitted as a quoted FTS5 string (with quotes doubled), so FTS5 operators
// (AND OR NOT NEAR - + * ^ : ( ) { }), unbalanced quotes, control characters and emoji are
// plain text: a query never fails to parse. A blank query means "no search"; a query with no
// searchable characters (only punctuation or emoji) matches nothing.
class SearchQuery final
{
public:
    struct Term
    {
        QStringList tokens; // normalised tokens, in order
        bool prefix = false; // the last token is a prefix
    };

    // Queries are cut at this many characters: a pasted page is not a search.
    static constexpr qsizetype MaxLength = 256;
    // Latin words shorter than this match whole words only: a one-letter prefix would expand
    // to a large part of the vocabulary.
    static constexpr qsizetype MinPrefixLength = 2;

    static SearchQuery parse(const QString &text);

    // Nothing but white space was typed.
    bool isBlank() const { return m_blank; }
    // There is something to look for (not blank and not only punctuation).
    bool hasTerms() const { return !m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    // The FTS5 expression matching articles with every term in any column; "" (which matches
    // nothing) when there are no terms.
    QString matchExpression() const;
    // The same, limited to the title column (title, short title and subtitle).
    QString titleMatchExpression() const;

private:
    bool m_blank = true;
    QList<Term> m_terms;
};

} // namespace Newsdesk
