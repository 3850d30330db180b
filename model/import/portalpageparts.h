#pragma once

#include "htmldocument.h"

#include <QString>
#include <QStringList>

namespace Newsdesk {

// Finds the parts of an article page: the element holding the body, the title, the info line
// and the breadcrumb. DedeCMS's article template (.place, .title h2, .info, .content) first,
// then what any article page has (<article>, <main>, <h1>, <time>), then the block with the
// most paragraph text.
class PortalPageParts final
{
public:
    using Node = HtmlDocument::Node;

    // The element holding the article body, or nullptr.
    static const Node *content(const HtmlDocument &page);
    // The title near the content (.title h2, .title h1, the first h1), else og:title, else
    // the first part of <title>. Empty when the page has none.
    static QString title(const HtmlDocument &page, const Node *content);
    // The text of the info line ("时间:… 来源:… 作者:…"), empty when there is none.
    static QString infoLine(const HtmlDocument &page);
    // The breadcrumb's links, outermost first, without the home link and without a last item
    // that is the title itself.
    static QStringList channelPath(const HtmlDocument &page, const QString &title);
    // Credit lines anywhere on the page outside its chrome: "编辑:北风" and "(责任编辑:北风)"
    // as whole paragraphs (Newsdesk's own pages keep them in the article's footer).
    struct Credits
    {
        QString editor;
        QString chiefEditor;
    };
    static Credits credits(const HtmlDocument &page);
    // The datetime of the first <time> element (in content first), empty when none.
    static QString timeElement(const HtmlDocument &page, const Node *content);
    // Keywords separated by Chinese or ASCII commas or spaces as "a, b, c" (ASCII lists with
    // commas keep the spaces inside their phrases).
    static QString normalizedKeywords(const QString &keywords);

private:
    static qsizetype textLength(const Node *node);
    static const Node *largest(const QList<const Node *> &candidates);
    static const Node *innermostBody(const Node *content);
    static const Node *densest(const HtmlDocument &page);
    static const Node *nearestBlock(const Node *node);
    static QString directText(const Node *node);
};

} // namespace Newsdesk
