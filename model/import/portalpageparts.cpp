#include "portalpageparts.h"

#include "htmlchrome.h"
#include "portalinfoline.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <gumbo.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isHome(const QString &text, const QString &href)
{
    static const QStringList homeTexts = {u"首页"_s, u"主页"_s, u"网站首页"_s, u"网站主页"_s,
                                          u"主頁"_s, u"首頁"_s, u"返回首页"_s, u"home"_s};
    if (homeTexts.contains(text.toLower()))
        return true;
    static const QStringList homePaths = {u""_s,           u"/"_s,          u"/index.html"_s,
                                          u"/index.htm"_s, u"/index.php"_s, u"/index.shtml"_s};
    const QString trimmed = href.trimmed();
    if (trimmed == u"/"_s || homePaths.mid(2).contains(trimmed))
        return true;
    const QUrl url(trimmed);
    return !trimmed.isEmpty() && url.isValid() && !url.isRelative()
            && homePaths.contains(url.path());
}

} // namespace

const PortalPageParts::Node *PortalPageParts::content(const HtmlDocument &page)
{
    struct Selector
    {
        bool id;
        QString name;
    };
    static const QList<Selector> selectors = {
            {false, u"content"_s},         {true, u"content"_s}, {false, u"article-content"_s},
            {false, u"article_content"_s}, {true, u"article"_s}, {false, u"TRS_Editor"_s},
            {true, u"endText"_s}};
    const auto isArticle = [](const Node *node) {
        return node->v.element.tag == GUMBO_TAG_ARTICLE;
    };
    // The first selector in this order whose element holds a fair share of the text: a small
    // box called "content" in a sidebar does not win over the real .article_content.
    QList<std::pair<const Node *, qsizetype>> found;
    qsizetype most = 0;
    for (const Selector &selector : selectors) {
        QList<const Node *> candidates;
        for (const Node *element : page.elements()) {
            const bool match = selector.id ? HtmlDocument::hasId(element, selector.name)
                                           : HtmlDocument::hasClass(element, selector.name);
            if (match && !HtmlChrome::isInPageChrome(element))
                candidates.append(element);
        }
        const Node *best = largest(candidates);
        const qsizetype length = best ? textLength(best) : 0;
        found.append({best, length});
        most = qMax(most, length);
    }
    for (const auto &[candidate, length] : std::as_const(found)) {
        if (candidate && length * 3 >= most) {
            // A layout wrapper called "content" around an <article>: the article is it.
            const Node *article = largest(HtmlDocument::descendants(candidate, isArticle));
            return innermostBody(article ? article : candidate);
        }
    }
    if (const Node *article = largest(page.elementsNamed(u"article")))
        return innermostBody(article);
    if (const Node *main = largest(page.elementsNamed(u"main")))
        return innermostBody(main);
    return densest(page);
}

// Inside an article, the element that holds only its body (without the article's header,
// summary and footer), when it has one: Newsdesk's own pages and many blogs.
const PortalPageParts::Node *PortalPageParts::innermostBody(const Node *content)
{
    static const QStringList classes = {
            u"article-body"_s,  u"article-content"_s, u"article_content"_s, u"post-content"_s,
            u"entry-content"_s, u"post-body"_s,       u"TRS_Editor"_s};
    const Node *body = largest(HtmlDocument::descendants(content, [](const Node *node) {
        for (const QString &name : classes) {
            if (HtmlDocument::hasClass(node, name))
                return true;
        }
        return HtmlDocument::hasId(node, u"endText");
    }));
    return body ? body : content;
}

const PortalPageParts::Node *PortalPageParts::largest(const QList<const Node *> &candidates)
{
    const Node *best = nullptr;
    qsizetype bestLength = 0;
    for (const Node *candidate : candidates) {
        const qsizetype length = textLength(candidate);
        if (length > bestLength) {
            best = candidate;
            bestLength = length;
        }
    }
    return best;
}

qsizetype PortalPageParts::textLength(const Node *node)
{
    return HtmlDocument::text(node, &HtmlChrome::isChrome).size();
}

// The element whose own paragraphs hold the most text: each <p> counts for its parent only,
// so this is linear in the page.
const PortalPageParts::Node *PortalPageParts::densest(const HtmlDocument &page)
{
    QHash<const Node *, qsizetype> scores;
    const Node *best = nullptr;
    qsizetype bestScore = 0;
    for (const Node *element : page.elements()) {
        if (element->v.element.tag != GUMBO_TAG_P || HtmlChrome::isInPageChrome(element))
            continue;
        const Node *parent = HtmlDocument::parent(element);
        if (!parent || HtmlChrome::isChrome(parent))
            continue;
        qsizetype &score = scores[parent];
        score += HtmlDocument::text(element, &HtmlChrome::isChrome).size();
        if (score > bestScore) {
            best = parent;
            bestScore = score;
        }
    }
    return best;
}

QString PortalPageParts::title(const HtmlDocument &page, const Node *content)
{
    const auto isTitleBox = [](const Node *node) {
        return HtmlDocument::hasClass(node, u"title") && !HtmlChrome::isInPageChrome(node);
    };
    const auto headingIn = [](const Node *box, GumboTag tag) -> QString {
        for (const Node *heading : HtmlDocument::descendants(
                     box, [tag](const Node *node) { return node->v.element.tag == tag; })) {
            const QString text = HtmlDocument::text(heading);
            if (!text.isEmpty() && !HtmlChrome::isInPageChrome(heading))
                return text;
        }
        return {};
    };
    // Up from the content, at most a few levels: the title box sits beside it.
    const Node *scope = content;
    for (int level = 0; scope && level < 4; ++level, scope = HtmlDocument::parent(scope)) {
        const QList<const Node *> boxes = HtmlDocument::descendants(scope, isTitleBox);
        for (const GumboTag tag : {GUMBO_TAG_H2, GUMBO_TAG_H1}) {
            for (const Node *box : boxes) {
                if (const QString text = headingIn(box, tag); !text.isEmpty())
                    return text;
            }
        }
        if (const QString text = headingIn(scope, GUMBO_TAG_H1); !text.isEmpty())
            return text;
    }
    if (const QString og = page.meta(u"og:title").simplified(); !og.isEmpty())
        return og;
    const QList<const Node *> titles = page.elementsNamed(u"title");
    if (titles.isEmpty())
        return {};
    static const QRegularExpression separators(uR"(_|\s[-–—|]\s|\|)"_s);
    return HtmlDocument::text(titles.constFirst()).split(separators).constFirst().trimmed();
}

QString PortalPageParts::infoLine(const HtmlDocument &page)
{
    for (const Node *element : page.elements()) {
        if (HtmlDocument::hasClass(element, u"info") && !HtmlChrome::isInPageChrome(element)) {
            const QString text = HtmlDocument::text(element);
            if (PortalInfoLine::hasTimeLabel(text))
                return text;
        }
    }
    for (const Node *element : page.elements()) {
        const GumboTag tag = element->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE
            || !PortalInfoLine::hasTimeLabel(directText(element))
            || HtmlChrome::isInPageChrome(element))
            continue;
        return HtmlDocument::text(nearestBlock(element));
    }
    return {};
}

QStringList PortalPageParts::channelPath(const HtmlDocument &page, const QString &title)
{
    static const QStringList names = {u"place"_s,  u"position"_s,   u"location"_s,   u"crumb"_s,
                                      u"crumbs"_s, u"breadcrumb"_s, u"breadcrumbs"_s};
    const Node *crumb = nullptr;
    for (const Node *element : page.elements()) {
        for (const QString &name : names) {
            if (HtmlDocument::hasClass(element, name) || HtmlDocument::hasId(element, name)
                || HtmlDocument::attribute(element, "aria-label").compare(name, Qt::CaseInsensitive)
                        == 0)
                crumb = element;
        }
        if (!crumb
            && (directText(element).contains(u"当前位置"_s)
                || directText(element).contains(u"當前位置"_s)))
            crumb = nearestBlock(element);
        if (crumb)
            break;
    }
    if (!crumb)
        return {};
    QStringList path;
    const QList<const Node *> links = HtmlDocument::descendants(
            crumb, [](const Node *node) { return node->v.element.tag == GUMBO_TAG_A; });
    for (const Node *link : links) {
        const QString text = HtmlDocument::text(link);
        if (!text.isEmpty() && text != u">"_s
            && !isHome(text, HtmlDocument::attribute(link, "href")))
            path.append(text);
    }
    if (!path.isEmpty() && path.constLast() == title)
        path.removeLast();
    return path;
}

PortalPageParts::Credits PortalPageParts::credits(const HtmlDocument &page)
{
    static const QRegularExpression editorLine(uR"(^(?:编辑|編輯)\s*[:：]\s*(\S.{0,30}?)$)"_s);
    static const QRegularExpression chiefLine(
            uR"(^[(（]\s*(?:责任编辑|責任編輯)\s*[:：]\s*([^()（）]{1,40}?)\s*[)）]$)"_s);
    static const QStringList blocks = {u"p"_s, u"div"_s, u"span"_s, u"td"_s, u"li"_s};
    Credits credits;
    for (const Node *element : page.elements()) {
        if (!blocks.contains(HtmlDocument::tagName(element)) || HtmlChrome::isInPageChrome(element))
            continue;
        const QString text = directText(element).simplified();
        if (text.isEmpty())
            continue;
        if (const QRegularExpressionMatch match = editorLine.match(text);
            match.hasMatch() && credits.editor.isEmpty())
            credits.editor = match.captured(1);
        if (const QRegularExpressionMatch match = chiefLine.match(text);
            match.hasMatch() && credits.chiefEditor.isEmpty())
            credits.chiefEditor = match.captured(1);
    }
    return credits;
}

QString PortalPageParts::timeElement(const HtmlDocument &page, const Node *content)
{
    const auto isTime = [](const Node *node) {
        return node->v.element.tag == GUMBO_TAG_TIME;
    };
    QList<const Node *> times =
            content ? HtmlDocument::descendants(content, isTime) : QList<const Node *>();
    for (const Node *time : page.elementsNamed(u"time")) {
        if (!HtmlChrome::isInPageChrome(time))
            times.append(time);
    }
    for (const Node *time : std::as_const(times)) {
        const QString value = HtmlDocument::attribute(time, "datetime").trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString PortalPageParts::normalizedKeywords(const QString &keywords)
{
    // Spaces separate Chinese keywords too ("扶贫，东西部协作 习近平"), but not the words of
    // an English list's phrases ("press freedom, media").
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    static const QRegularExpression commas(u"[,;]"_s);
    static const QRegularExpression cjk(u"[\\x{3000}-\\x{9FFF}\\x{F900}-\\x{FFEF}]"_s);
    const bool phrases = keywords.contains(commas) && !keywords.contains(cjk);
    QStringList words = keywords.split(phrases ? commas : separators);
    for (QString &word : words)
        word = word.simplified();
    words.removeAll(QString());
    return words.join(u", "_s);
}

const PortalPageParts::Node *PortalPageParts::nearestBlock(const Node *node)
{
    static const QStringList inlines = {u"small"_s, u"span"_s, u"strong"_s, u"b"_s,    u"em"_s,
                                        u"i"_s,     u"a"_s,    u"label"_s,  u"font"_s, u"time"_s};
    const Node *block = node;
    while (inlines.contains(HtmlDocument::tagName(block)) && HtmlDocument::parent(block))
        block = HtmlDocument::parent(block);
    return block;
}

QString PortalPageParts::directText(const Node *node)
{
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const Node *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

} // namespace Newsdesk
