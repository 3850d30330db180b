#include "htmldocument.h"

#include "html/nestingguard.h"

#include <gumbo.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
        return &node->v.element.children;
    return nullptr;
}

template<typename Visit>
void walkTree(const GumboNode *node, Visit visit)
{
    std::vector<const GumboNode *> stack {node};
    while (!stack.empty()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (!visit(current))
            continue;
        if (const GumboVector *children = childrenOf(current)) {
            for (unsigned i = children->length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children->data[i - 1]));
        }
    }
}

bool hasToken(const QString &value, QStringView token)
{
    for (const QStringView part : QStringView(value).split(u' ', Qt::SkipEmptyParts)) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

// NestingGuard keeps gumbo linear on hostile nesting, as it does for the sanitizer.
HtmlDocument::HtmlDocument(const QString &html)
    : m_utf8(NestingGuard::limit(html.toUtf8()).html)
{
    m_output = gumbo_parse_with_options(&kGumboDefaultOptions, m_utf8.constData(),
                                        size_t(m_utf8.size()));
    walkTree(m_output->document, [this](const GumboNode *node) {
        if (node->type == GUMBO_NODE_ELEMENT)
            m_elements.append(node);
        return true;
    });
}

HtmlDocument::~HtmlDocument()
{
    gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const HtmlDocument::Node *HtmlDocument::root() const
{
    return m_output->document;
}

QList<const HtmlDocument::Node *> HtmlDocument::elementsNamed(QStringView tag) const
{
    QList<const Node *> found;
    for (const Node *element : m_elements) {
        if (tagName(element) == tag)
            found.append(element);
    }
    return found;
}

QString HtmlDocument::meta(QStringView key) const
{
    for (const Node *element : m_elements) {
        if (element->v.element.tag != GUMBO_TAG_META)
            continue;
        const QString name = attribute(element, "name");
        const QString property = attribute(element, "property");
        if (name.compare(key, Qt::CaseInsensitive) == 0
            || property.compare(key, Qt::CaseInsensitive) == 0)
            return attribute(element, "content").trimmed();
    }
    return {};
}

bool HtmlDocument::isElement(const Node *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

QString HtmlDocument::tagName(const Node *node)
{
    if (!isElement(node))
        return {};
    const GumboElement &element = node->v.element;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

const HtmlDocument::Node *HtmlDocument::parent(const Node *node)
{
    const GumboNode *up = node ? node->parent : nullptr;
    return isElement(up) ? up : nullptr;
}

QString HtmlDocument::attribute(const Node *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

bool HtmlDocument::hasAttribute(const Node *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name);
}

bool HtmlDocument::hasClass(const Node *node, QStringView name)
{
    QString classes = attribute(node, "class");
    classes.replace(u'\t', u' ').replace(u'\n', u' ');
    return hasToken(classes, name);
}

bool HtmlDocument::hasId(const Node *node, QStringView id)
{
    return attribute(node, "id").trimmed().compare(id, Qt::CaseInsensitive) == 0;
}

bool HtmlDocument::isInside(const Node *node, const Node *ancestor)
{
    for (const GumboNode *up = node; up; up = up->parent) {
        if (up == ancestor)
            return true;
    }
    return false;
}

QString HtmlDocument::text(const Node *node, const std::function<bool(const Node *)> &skip)
{
    QString collected;
    walkTree(node, [&](const GumboNode *current) {
        switch (current->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            collected += QString::fromUtf8(current->v.text.text);
            return false;
        case GUMBO_NODE_ELEMENT: {
            const GumboTag tag = current->v.element.tag;
            if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT
                || tag == GUMBO_TAG_TEMPLATE || (skip && current != node && skip(current)))
                return false;
            if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV
                || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD)
                collected += u' ';
            return true;
        }
        case GUMBO_NODE_DOCUMENT:
            return true;
        default:
            return false;
        }
    });
    return collected.simplified();
}

void HtmlDocument::walk(const Node *node, const std::function<bool(const Node *)> &visit)
{
    walkTree(node, visit);
}

QList<const HtmlDocument::Node *>
HtmlDocument::descendants(const Node *node, const std::function<bool(const Node *)> &match)
{
    QList<const Node *> found;
    walkTree(node, [&](const GumboNode *current) {
        if (current != node && current->type == GUMBO_NODE_ELEMENT && match(current))
            found.append(current);
        return true;
    });
    return found;
}

} // namespace Newsdesk
