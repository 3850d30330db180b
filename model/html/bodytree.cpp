#include "bodytree.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// The caption heuristic (docs/article-html.md, "Captions of bare images"): a paragraph right
// after a figure made from a bare image becomes its caption when it is centred and at most
// CentredCaptionLength characters, or when the image was centred and the paragraph is at most
// ShortCaptionLength characters; never when it holds a link or a line break.
constexpr qsizetype CentredCaptionLength = 120;
constexpr qsizetype ShortCaptionLength = 40;

bool isVoid(BodyNodeType type)
{
    return type == BodyNodeType::Br || type == BodyNodeType::Hr || type == BodyNodeType::PageBreak
            || type == BodyNodeType::Img;
}

bool isFlowContainer(BodyNodeType type)
{
    return type == BodyNodeType::Root || type == BodyNodeType::Blockquote
            || type == BodyNodeType::Li || type == BodyNodeType::Td || type == BodyNodeType::Th;
}

} // namespace

BodyTree::BodyTree()
{
    m_nodes.push_back(BodyNode {BodyNodeType::Root, {}, {}, {}, false, false, false});
}

int BodyTree::add(BodyNodeType type, int parent)
{
    const int index = int(m_nodes.size());
    BodyNode created;
    created.type = type;
    m_nodes.push_back(std::move(created));
    m_nodes[size_t(parent)].children.push_back(index);
    return index;
}

int BodyTree::addText(int parent, QStringView text)
{
    std::vector<int> &children = m_nodes[size_t(parent)].children;
    if (!children.empty() && m_nodes[size_t(children.back())].type == BodyNodeType::Text) {
        m_nodes[size_t(children.back())].text.append(text);
        return children.back();
    }
    const int index = add(BodyNodeType::Text, parent);
    m_nodes[size_t(index)].text = text.toString();
    return index;
}

bool BodyTree::isInline(BodyNodeType type)
{
    switch (type) {
    case BodyNodeType::Text:
    case BodyNodeType::Strong:
    case BodyNodeType::Em:
    case BodyNodeType::U:
    case BodyNodeType::S:
    case BodyNodeType::Sub:
    case BodyNodeType::Sup:
    case BodyNodeType::A:
    case BodyNodeType::Credit:
    case BodyNodeType::Br:
        return true;
    default:
        return false;
    }
}

QLatin1StringView BodyTree::tagName(BodyNodeType type)
{
    switch (type) {
    case BodyNodeType::Root:
    case BodyNodeType::Text:
        return {};
    case BodyNodeType::P:
        return "p"_L1;
    case BodyNodeType::H2:
        return "h2"_L1;
    case BodyNodeType::H3:
        return "h3"_L1;
    case BodyNodeType::H4:
        return "h4"_L1;
    case BodyNodeType::Strong:
        return "strong"_L1;
    case BodyNodeType::Em:
        return "em"_L1;
    case BodyNodeType::U:
        return "u"_L1;
    case BodyNodeType::S:
        return "s"_L1;
    case BodyNodeType::Sub:
        return "sub"_L1;
    case BodyNodeType::Sup:
        return "sup"_L1;
    case BodyNodeType::A:
        return "a"_L1;
    case BodyNodeType::Credit:
        return "small"_L1;
    case BodyNodeType::Br:
        return "br"_L1;
    case BodyNodeType::Ul:
        return "ul"_L1;
    case BodyNodeType::Ol:
        return "ol"_L1;
    case BodyNodeType::Li:
        return "li"_L1;
    case BodyNodeType::Blockquote:
        return "blockquote"_L1;
    case BodyNodeType::Hr:
    case BodyNodeType::PageBreak:
        return "hr"_L1;
    case BodyNodeType::Table:
        return "table"_L1;
    case BodyNodeType::Thead:
        return "thead"_L1;
    case BodyNodeType::Tbody:
        return "tbody"_L1;
    case BodyNodeType::Tr:
        return "tr"_L1;
    case BodyNodeType::Th:
        return "th"_L1;
    case BodyNodeType::Td:
        return "td"_L1;
    case BodyNodeType::Figure:
        return "figure"_L1;
    case BodyNodeType::Img:
        return "img"_L1;
    case BodyNodeType::Figcaption:
        return "figcaption"_L1;
    }
    return {};
}

void BodyTree::finishNode(int index)
{
    BodyNode &n = m_nodes[size_t(index)];
    std::vector<int> children;
    children.reserve(n.children.size());
    for (int child : n.children) {
        const BodyNode &c = m_nodes[size_t(child)];
        if (c.splice)
            children.insert(children.end(), c.children.begin(), c.children.end());
        else if (!c.dead)
            children.push_back(child);
    }
    n.children = std::move(children);
    const auto hasChild = [&](BodyNodeType type) {
        for (int child : n.children) {
            if (m_nodes[size_t(child)].type == type)
                return true;
        }
        return false;
    };
    switch (n.type) {
    case BodyNodeType::Text:
        n.dead = n.text.isEmpty();
        break;
    case BodyNodeType::Ul:
    case BodyNodeType::Ol:
        n.dead = !hasChild(BodyNodeType::Li);
        break;
    case BodyNodeType::Table:
        n.dead = !hasChild(BodyNodeType::Thead) && !hasChild(BodyNodeType::Tbody);
        if (!n.dead)
            unwrapLayoutTable(index);
        break;
    case BodyNodeType::Thead:
    case BodyNodeType::Tbody:
        n.dead = !hasChild(BodyNodeType::Tr);
        break;
    case BodyNodeType::Tr:
        n.dead = !hasChild(BodyNodeType::Td) && !hasChild(BodyNodeType::Th);
        break;
    case BodyNodeType::Figure:
        if (!hasChild(BodyNodeType::Img)) {
            // No usable image: the caption's text stays as a paragraph.
            std::vector<int> text;
            for (int child : n.children) {
                if (m_nodes[size_t(child)].type == BodyNodeType::Figcaption)
                    text = m_nodes[size_t(child)].children;
            }
            n.type = BodyNodeType::P;
            n.children = std::move(text);
            n.dead = n.children.empty();
            flattenCaption(index);
        }
        break;
    case BodyNodeType::Li:
    case BodyNodeType::Td:
    case BodyNodeType::Th:
        if (n.children.size() == 1 && m_nodes[size_t(n.children[0])].type == BodyNodeType::P)
            n.children = std::vector<int>(m_nodes[size_t(n.children[0])].children);
        n.dead = n.type == BodyNodeType::Li && n.children.empty();
        break;
    case BodyNodeType::Root:
    case BodyNodeType::Hr:
    case BodyNodeType::PageBreak:
    case BodyNodeType::Img:
    case BodyNodeType::Br:
        break;
    default: // paragraphs, headings, quotes, captions and inline elements
        n.dead = n.children.empty();
        break;
    }
    if (!n.dead && isFlowContainer(n.type))
        findCaptions(index);
}

bool BodyTree::isSeparator(int index) const
{
    const BodyNode &n = m_nodes[size_t(index)];
    if (n.type == BodyNodeType::Br)
        return true;
    if (n.type != BodyNodeType::Text)
        return false;
    for (const QChar c : n.text) {
        if (c != u' ' && c.unicode() != 0x00a0 && c.unicode() != 0x3000)
            return false;
    }
    return true;
}

void BodyTree::flattenCaption(int index)
{
    // A caption become a paragraph: credits are unwrapped, and what that makes adjacent merges
    // (text with text, equal inline elements), as parsing the output again would.
    std::vector<int> stack {index};
    while (!stack.empty()) {
        const int parent = stack.back();
        stack.pop_back();
        std::vector<int> children;
        std::vector<int> pending(m_nodes[size_t(parent)].children.rbegin(),
                                 m_nodes[size_t(parent)].children.rend());
        while (!pending.empty()) {
            const int child = pending.back();
            pending.pop_back();
            BodyNode &c = m_nodes[size_t(child)];
            if (c.type == BodyNodeType::Credit) {
                pending.insert(pending.end(), c.children.rbegin(), c.children.rend());
                continue;
            }
            if (!children.empty()) {
                BodyNode &previous = m_nodes[size_t(children.back())];
                if (previous.type == BodyNodeType::Text && c.type == BodyNodeType::Text) {
                    previous.text += c.text;
                    continue;
                }
            }
            if (c.type != BodyNodeType::Text && c.type != BodyNodeType::Br) {
                // An equal element before it with only line breaks or spaces between: the
                // builder puts those inside one element, so merge them.
                size_t back = children.size();
                while (back > 0 && isSeparator(children[back - 1]))
                    --back;
                if (back > 0 && m_nodes[size_t(children[back - 1])].type == c.type
                    && m_nodes[size_t(children[back - 1])].attributes == c.attributes) {
                    std::vector<int> &into = m_nodes[size_t(children[back - 1])].children;
                    into.insert(into.end(), children.begin() + qsizetype(back), children.end());
                    into.insert(into.end(), c.children.begin(), c.children.end());
                    children.resize(back);
                    continue;
                }
            }
            children.push_back(child);
        }
        m_nodes[size_t(parent)].children = children;
        for (int child : children) {
            if (m_nodes[size_t(child)].type != BodyNodeType::Text)
                stack.push_back(child);
        }
    }
}

void BodyTree::unwrapLayoutTable(int index)
{
    // One row of one cell: a page layout table (DedeCMS and older sites wrap the whole article
    // in one), not data. Its content takes its place.
    const auto only = [this](int node) {
        const std::vector<int> &children = m_nodes[size_t(node)].children;
        return children.size() == 1 ? children.front() : -1;
    };
    const int section = only(index);
    const int row = section < 0 ? -1 : only(section);
    const int cell = row < 0 ? -1 : only(row);
    if (cell < 0)
        return;
    BodyNode &table = m_nodes[size_t(index)];
    table.children = m_nodes[size_t(cell)].children;
    const bool inlineContent =
            std::all_of(table.children.begin(), table.children.end(),
                        [this](int child) { return isInline(m_nodes[size_t(child)].type); });
    if (inlineContent) {
        table.type = BodyNodeType::P;
        table.dead = table.children.empty();
    } else {
        table.splice = true;
    }
}

void BodyTree::findCaptions(int index)
{
    for (size_t i = 0; i + 1 < m_nodes[size_t(index)].children.size(); ++i) {
        const int figureIndex = m_nodes[size_t(index)].children[i];
        const int pIndex = m_nodes[size_t(index)].children[i + 1];
        const BodyNode &figure = m_nodes[size_t(figureIndex)];
        const BodyNode &p = m_nodes[size_t(pIndex)];
        if (figure.type != BodyNodeType::Figure || !figure.automatic || figure.children.size() != 1
            || p.type != BodyNodeType::P)
            continue;
        qsizetype length = 0;
        bool plain = true;
        std::vector<int> stack(p.children);
        while (!stack.empty() && plain) {
            const BodyNode &n = m_nodes[size_t(stack.back())];
            stack.pop_back();
            plain = n.type != BodyNodeType::A && n.type != BodyNodeType::Br;
            length += n.text.size();
            stack.insert(stack.end(), n.children.begin(), n.children.end());
        }
        const bool caption = plain
                && ((p.centred && length <= CentredCaptionLength)
                    || (figure.centred && length <= ShortCaptionLength));
        if (!caption)
            continue;
        BodyNode created;
        created.type = BodyNodeType::Figcaption;
        created.children = std::move(m_nodes[size_t(pIndex)].children);
        m_nodes[size_t(pIndex)].dead = true;
        const int figcaption = int(m_nodes.size());
        m_nodes.push_back(std::move(created));
        m_nodes[size_t(figureIndex)].children.push_back(figcaption);
        std::vector<int> &children = m_nodes[size_t(index)].children;
        children.erase(children.begin() + qsizetype(i) + 1);
    }
}

void BodyTree::finish()
{
    // Post-order without recursion: children are finished before their parent.
    std::vector<std::pair<int, bool>> stack {{0, false}};
    while (!stack.empty()) {
        auto [index, expanded] = stack.back();
        stack.pop_back();
        if (expanded) {
            finishNode(index);
            continue;
        }
        stack.push_back({index, true});
        for (int child : m_nodes[size_t(index)].children)
            stack.push_back({child, false});
    }
}

QString BodyTree::toHtml() const
{
    QString out;
    struct Step
    {
        int index;
        size_t next;
    };
    std::vector<Step> stack {{0, 0}};
    while (!stack.empty()) {
        Step &step = stack.back();
        const BodyNode &n = m_nodes[size_t(step.index)];
        if (step.next == n.children.size()) {
            if (n.type != BodyNodeType::Root && n.type != BodyNodeType::Text && !isVoid(n.type))
                out += u"</"_s + tagName(n.type) + u'>';
            stack.pop_back();
            continue;
        }
        const int childIndex = n.children[step.next++];
        const BodyNode &child = m_nodes[size_t(childIndex)];
        if (n.type == BodyNodeType::Root && step.next > 1)
            out += u'\n';
        if (child.type == BodyNodeType::Text) {
            out += child.text.toHtmlEscaped();
            continue;
        }
        out += u'<' + tagName(child.type);
        for (const auto &[name, value] : child.attributes)
            out += u' ' + name + u"=\""_s + value.toHtmlEscaped() + u'"';
        out += u'>';
        stack.push_back({childIndex, 0});
    }
    return out;
}

} // namespace Newsdesk
