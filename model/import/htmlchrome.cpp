#include "htmlchrome.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

QStringList classAndIdWords(const HtmlDocument::Node *node)
{
    // camelCase is words too: DedeCMS's ad slot is id="contentRtPicAD".
    static const QRegularExpression camel(u"([a-z0-9])([A-Z])"_s);
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    QString names =
            HtmlDocument::attribute(node, "class") + u' ' + HtmlDocument::attribute(node, "id");
    names.replace(camel, u"\\1 \\2"_s);
    return names.toLower().split(separators, Qt::SkipEmptyParts);
}

// Whether one of the element's classes or its id is among names (lower case).
bool hasAnyClassOrId(const HtmlDocument::Node *node, const QStringList &names)
{
    // Most elements have neither: no strings to build.
    if (!HtmlDocument::hasAttribute(node, "class") && !HtmlDocument::hasAttribute(node, "id"))
        return false;
    if (names.contains(HtmlDocument::attribute(node, "id").trimmed().toLower()))
        return true;
    static const QRegularExpression spaces(u"\\s+"_s);
    const QStringList classes =
            HtmlDocument::attribute(node, "class").toLower().split(spaces, Qt::SkipEmptyParts);
    for (const QString &name : classes) {
        if (names.contains(name))
            return true;
    }
    return false;
}

} // namespace

bool HtmlChrome::isChrome(const HtmlDocument::Node *node)
{
    static const QStringList tags = {
            u"script"_s, u"style"_s,  u"noscript"_s, u"template"_s, u"form"_s,   u"input"_s,
            u"button"_s, u"select"_s, u"textarea"_s, u"nav"_s,      u"header"_s, u"footer"_s,
            u"aside"_s,  u"base"_s,   u"meta"_s,     u"link"_s,     u"title"_s};
    if (!HtmlDocument::isElement(node))
        return false;
    if (tags.contains(HtmlDocument::tagName(node)))
        return true;
    static const QStringList template_ = {
            u"dede_pages"_s, u"pagelist"_s, u"boxoff"_s, u"handle"_s, u"context"_s, u"newdigg"_s,
            u"digg"_s, u"diggbox"_s, u"actbox"_s, u"share"_s, u"bdsharebuttonbox"_s, u"sidebar"_s,
            u"pright"_s, u"comment"_s, u"comments"_s,
            // An info line or byline inside the content: its fields are read separately.
            u"info"_s, u"byline"_s, u"post-meta"_s, u"entry-meta"_s, u"article-meta"_s,
            u"article-info"_s};
    return hasAnyClassOrId(node, template_) || isAd(node);
}

bool HtmlChrome::isInPageChrome(const HtmlDocument::Node *node)
{
    static const QStringList tags = {u"nav"_s, u"aside"_s};
    // An article's own <header> holds its title and byline: only the page's is chrome.
    static const QStringList pageTags = {u"header"_s, u"footer"_s};
    static const QStringList names = {u"header"_s,  u"head"_s,  u"nav"_s,    u"navbar"_s,
                                      u"menu"_s,    u"logo"_s,  u"footer"_s, u"foot"_s,
                                      u"sidebar"_s, u"pright"_s};
    bool pageLevel = false; // an ancestor header or footer, not inside an <article>
    for (const HtmlDocument::Node *up = node; up; up = HtmlDocument::parent(up)) {
        const QString tag = HtmlDocument::tagName(up);
        if (tag == u"article"_s)
            pageLevel = false;
        else if (pageTags.contains(tag))
            pageLevel = true;
        if (tags.contains(tag) || hasAnyClassOrId(up, names))
            return true;
    }
    return pageLevel;
}

bool HtmlChrome::isAd(const HtmlDocument::Node *node)
{
    if (!HtmlDocument::hasAttribute(node, "class") && !HtmlDocument::hasAttribute(node, "id"))
        return false;
    static const QStringList words = {u"ad"_s,       u"ads"_s,           u"adv"_s,    u"advert"_s,
                                      u"adverts"_s,  u"advertisement"_s, u"adbox"_s,  u"gg"_s,
                                      u"guanggao"_s, u"banner"_s,        u"sponsor"_s};
    static const QRegularExpression numbered(u"^(ad|gg|banner|advert)\\d+$"_s);
    for (const QString &word : classAndIdWords(node)) {
        if (words.contains(word) || numbered.match(word).hasMatch() || word.startsWith(u"banner"_s)
            || word.startsWith(u"advert"_s))
            return true;
    }
    return false;
}

} // namespace Newsdesk
