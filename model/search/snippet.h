#pragma once

#include "search/termmatcher.h"

#include <QString>
#include <QStringView>

namespace Newsdesk {

// A short quotation of a search hit for result lists: about Length characters of the original
// text around its first match, HTML-escaped, with every match inside wrapped in <mark>…</mark>
// and "…" where the text was cut. White space runs become single spaces.
class Snippet final
{
public:
    static constexpr qsizetype Length = 80;

    // text must already be simplified (white space collapsed): matches refer to it.
    static QString around(QStringView text, const QList<TermMatcher::Match> &matches);
    // The beginning of text, for a hit whose match is not in its displayed text.
    static QString beginning(QStringView text);
};

} // namespace Newsdesk
