#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace Newsdesk {

// The canonical elements of an article body (docs/article-html.md), plus Root and Text.
enum class BodyNodeType : quint8 {
    Root,
    Text,
    P,
    H2,
    H3,
    H4,
    Strong,
    Em,
    U,
    S,
    Sub,
    Sup,
    A,
    Credit, // <small class="credit">
    Br,
    Ul,
    Ol,
    Li,
    Blockquote,
    Hr,
    PageBreak, // <hr class="page-break" [data-title]>
    Table,
    Thead,
    Tbody,
    Tr,
    Th,
    Td,
    Figure,
    Img,
    Figcaption,
};

using BodyAttributes = QList<QPair<QString, QString>>; // in canonical order

struct BodyNode
{
    BodyNodeType type = BodyNodeType::Text;
    QString text; // Text nodes
    BodyAttributes attributes;
    std::vector<int> children;
    bool centred = false; // P and automatic figures: came from centred source HTML
    bool automatic = false; // a figure made from a bare <img>
    bool dead = false;
    bool splice = false; // replaced by its children in its parent (a layout table)
};

// A canonical body under construction: nodes in one vector (index 0 is the root), finished by
// finish() (empty elements removed, one-paragraph list items and cells unwrapped, captions
// found for bare images) and written by toHtml(). Every walk uses an explicit stack, so depth
// costs heap, never call stack.
class BodyTree final
{
public:
    BodyTree();

    int add(BodyNodeType type, int parent);
    int addText(int parent, QStringView text); // appends to a last text child when there is one
    BodyNode &node(int index) { return m_nodes[size_t(index)]; }
    const BodyNode &node(int index) const { return m_nodes[size_t(index)]; }

    static bool isInline(BodyNodeType type);
    static QLatin1StringView tagName(BodyNodeType type);

    void finish();
    QString toHtml() const;

private:
    void finishNode(int index);
    void findCaptions(int index);
    void unwrapLayoutTable(int index);
    void flattenCaption(int index);
    bool isSeparator(int index) const;

    std::vector<BodyNode> m_nodes;
};

} // namespace Newsdesk
