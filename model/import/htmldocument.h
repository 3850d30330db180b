#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace Newsdesk {

// A whole HTML page parsed by gumbo, with the queries the page readers need: its elements in
// document order, attributes, class and id tests, text. Every walk keeps its own stack, so a
// deeply nested (hostile) page costs heap, not call stack. Owns the parse.
class HtmlDocument final
{
public:
    using Node = GumboInternalNode;

    explicit HtmlDocument(const QString &html);
    ~HtmlDocument();
    Q_DISABLE_COPY_MOVE(HtmlDocument)

    const Node *root() const;
    // Every element, in document order.
    const QList<const Node *> &elements() const { return m_elements; }
    // The elements named tag ("h1", "meta"), in document order.
    QList<const Node *> elementsNamed(QStringView tag) const;
    // The content of the first <meta name=…> or <meta property=…> equal to key (any case).
    QString meta(QStringView key) const;

    static bool isElement(const Node *node);
    static QString tagName(const Node *node); // lower case; empty for non-elements
    static const Node *parent(const Node *node); // the parent element, or nullptr
    static QString attribute(const Node *node, const char *name);
    static bool hasAttribute(const Node *node, const char *name);
    static bool hasClass(const Node *node, QStringView name); // a class token, any case
    static bool hasId(const Node *node, QStringView id); // any case
    static bool isInside(const Node *node, const Node *ancestor); // or is it
    // The text of a subtree, without scripts, styles and what skip() accepts, whitespace
    // collapsed and trimmed. An <img> counts as nothing.
    static QString text(const Node *node, const std::function<bool(const Node *)> &skip = nullptr);
    // Calls visit() on node and its descendants (any node type) in document order; visit()
    // returns whether to go into the node's children.
    static void walk(const Node *node, const std::function<bool(const Node *)> &visit);
    // The descendants of node (not itself) for which match() holds, in document order.
    static QList<const Node *> descendants(const Node *node,
                                           const std::function<bool(const Node *)> &match);

private:
    GumboInternalOutput *m_output = nullptr;
    QByteArray m_utf8; // gumbo points into it
    QList<const Node *> m_elements;
};

} // namespace Newsdesk
