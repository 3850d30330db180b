#include "termmatcher.h"

#include "search/textsegmenter.h"

namespace Newsdesk {

TermMatcher::Scan TermMatcher::scan(QStringView text) const
{
    const QList<TextSegmenter::Token> tokens = TextSegmenter::tokenize(text);
    Scan result;
    result.tokenCount = tokens.size();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (int t = 0; t < int(m_terms.size()); ++t) {
            const SearchQuery::Term &term = m_terms.at(t);
            const qsizetype length = term.tokens.size();
            if (length == 0 || i + length > tokens.size())
                continue;
            bool matched = true;
            for (qsizetype k = 0; matched && k < length; ++k) {
                const QString &wanted = term.tokens.at(k);
                const QString &found = tokens.at(i + k).text;
                const bool last = k == length - 1;
                matched = (last && term.prefix) ? found.startsWith(wanted) : found == wanted;
            }
            if (matched)
                result.matches.append({tokens.at(i).begin, tokens.at(i + length - 1).end, t});
        }
    }
    return result;
}

} // namespace Newsdesk
