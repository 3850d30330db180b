#include "searchquery.h"

#include "search/textsegmenter.h"

#include <QStringBuilder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
bool isQuote(QChar c)
{
    return c == u'"' || c == QChar(0xFF02) || c == QChar(0x201C) || c == QChar(0x201D);
}

bool hasSpace(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

QString quoted(const SearchQuery::Term &term)
{
    QString phrase = term.tokens.join(u' ');
    phrase.replace(u'"', u"\"\""_s);
    return u'"' % phrase % u'"' % (term.prefix ? u"*"_s : QString());
}

void addPhrase(QList<SearchQuery::Term> &terms, QStringView text)
{
    SearchQuery::Term term;
    for (const TextSegmenter::Token &token : TextSegmenter::tokenize(text))
        term.tokens.append(token.text);
    if (!term.tokens.isEmpty())
        terms.append(term);
}

// Unquoted text: a run of adjacent Han characters is one term, and so are Latin words joined
// by punctuation without white space (covid-19); anything else separates terms.
void addWords(QList<SearchQuery::Term> &terms, QStringView text)
{
    const QList<TextSegmenter::Token> tokens = TextSegmenter::tokenize(text);
    SearchQuery::Term term;
    bool termIsHan = false;
    auto finish = [&]() {
        if (term.tokens.isEmpty())
            return;
        term.prefix = !termIsHan && term.tokens.last().size() >= SearchQuery::MinPrefixLength;
        terms.append(term);
        term = {};
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const TextSegmenter::Token &token = tokens.at(i);
        if (i > 0) {
            const TextSegmenter::Token &previous = tokens.at(i - 1);
            // Tokens from one character (NFKC turns ㍻ into 平成) have no gap between them.
            const QStringView gap =
                    text.sliced(previous.end, std::max<qsizetype>(0, token.begin - previous.end));
            const bool joined =
                    token.han == previous.han && (token.han ? gap.isEmpty() : !hasSpace(gap));
            if (!joined)
                finish();
        }
        termIsHan = token.han;
        term.tokens.append(token.text);
    }
    finish();
}
} // namespace

SearchQuery SearchQuery::parse(const QString &input)
{
    SearchQuery query;
    QString text = input.left(MaxLength);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    query.m_blank = text.trimmed().isEmpty();

    QList<qsizetype> quotes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isQuote(text.at(i)))
            quotes.append(i);
    }
    if (quotes.size() % 2 == 1) // an unbalanced quote is just a separator
        text[quotes.takeLast()] = u' ';
    qsizetype from = 0;
    for (qsizetype q = 0; q < quotes.size(); q += 2) {
        addWords(query.m_terms, QStringView(text).sliced(from, quotes.at(q) - from));
        addPhrase(query.m_terms,
                  QStringView(text).sliced(quotes.at(q) + 1, quotes.at(q + 1) - quotes.at(q) - 1));
        from = quotes.at(q + 1) + 1;
    }
    addWords(query.m_terms, QStringView(text).sliced(from));
    return query;
}

QString SearchQuery::matchExpression() const
{
    if (m_terms.isEmpty())
        return u"\"\""_s;
    QStringList parts;
    for (const Term &term : m_terms)
        parts.append(quoted(term));
    return parts.join(u" AND "_s);
}

QString SearchQuery::titleMatchExpression() const
{
    if (m_terms.isEmpty())
        return u"\"\""_s;
    return u"{title} : ("_s % matchExpression() % u')';
}

} // namespace Newsdesk
