#pragma once

#include <QString>
#include <QStringView>

namespace Newsdesk {

// The readable text of an article body (the canonical article HTML), for the search index and
// its snippets: tags removed, character references decoded, figure captions and photo credits
// kept. Inline formatting (<strong>, <em>, <a>, …) joins the text around it, every other tag
// separates words.
//
// Bodies are always the small canonical subset written by Newsdesk itself, never outside
// HTML, so a linear scan does here what a full HTML5 parser would, at a fraction of the cost:
// rebuilding the index reads every body of the library.
class HtmlText final
{
public:
    static QString toPlainText(QStringView html);
};

} // namespace Newsdesk
