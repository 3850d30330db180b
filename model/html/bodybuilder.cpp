#include "bodybuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Spaces that indent rather than separate: kept between words, dropped at block edges.
bool isSoftSpace(QChar c)
{
    return c.unicode() == 0x00a0 || c.unicode() == 0x3000;
}

// Characters never stored: controls, the byte-order mark, noncharacters.
bool isJunk(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0xfeff || u == 0xfffe || u == 0xffff
            || (u >= 0xfdd0 && u <= 0xfdef);
}

} // namespace

BodyBuilder::BodyBuilder(BodyTree &tree)
    : m_tree(tree)
{
    m_frames.push_back(Frame {});
}

int BodyBuilder::newNode(BodyNodeType type, int parent, const BodyAttributes &attributes)
{
    const int node = m_tree.add(type, parent);
    m_tree.node(node).attributes = attributes;
    return node;
}

int BodyBuilder::push(FrameType type, int node, bool blocks)
{
    Frame frame;
    frame.type = type;
    frame.node = node;
    frame.id = m_nextId++;
    frame.blocks = blocks;
    m_frames.push_back(std::move(frame));
    return m_frames.back().id;
}

bool BodyBuilder::isTextBlock(const Frame &frame)
{
    switch (frame.type) {
    case FrameType::P:
    case FrameType::Heading:
    case FrameType::Figcaption:
    case FrameType::Caption:
        return true;
    case FrameType::Li:
    case FrameType::Cell:
        return !frame.blocks;
    default:
        return false;
    }
}

bool BodyBuilder::isFlow(const Frame &frame)
{
    return frame.type == FrameType::Root || frame.type == FrameType::Blockquote
            || frame.type == FrameType::Li || frame.type == FrameType::Cell;
}

bool BodyBuilder::insideFigure() const
{
    const FrameType t = m_frames.back().type;
    return t == FrameType::Figure
            || (t == FrameType::Figcaption && m_frames.size() > 1
                && m_frames[m_frames.size() - 2].type == FrameType::Figure);
}

void BodyBuilder::closeFigure()
{
    while (m_frames.size() > 1) {
        const bool figure = top().type == FrameType::Figure;
        pop();
        if (figure)
            return;
    }
}

void BodyBuilder::switchToBlocks(Frame &frame)
{
    frame.blocks = true;
    frame.open.clear();
    frame.pendingSpace.clear();
    frame.pendingBreak = false;
    std::vector<int> inlineChildren = m_tree.node(frame.node).children;
    if (inlineChildren.empty())
        return;
    const int p = newNode(BodyNodeType::P, frame.node);
    m_tree.node(p).children = std::move(inlineChildren);
    m_tree.node(frame.node).children = {p};
}

BodyBuilder::Frame &BodyBuilder::ensureFlow()
{
    for (;;) {
        Frame &t = top();
        if (isFlow(t)) {
            if ((t.type == FrameType::Li || t.type == FrameType::Cell) && !t.blocks)
                switchToBlocks(t);
            return t;
        }
        if (t.type == FrameType::List && !t.implicit) {
            push(FrameType::Li, newNode(BodyNodeType::Li, t.node), true);
            return top();
        }
        pop();
    }
}

BodyBuilder::Frame &BodyBuilder::captionFrame()
{
    if (top().type == FrameType::Figcaption)
        return top();
    const int figure = top().node;
    int caption = 0;
    for (int child : m_tree.node(figure).children) {
        if (m_tree.node(child).type == BodyNodeType::Figcaption)
            caption = child;
    }
    const bool existing = caption != 0;
    if (!existing)
        caption = newNode(BodyNodeType::Figcaption, figure);
    push(FrameType::Figcaption, caption);
    if (existing && !m_tree.node(caption).children.empty()) {
        top().hasContent = true;
        top().pendingBreak = true;
        // Continue inside the inline elements the caption ends with, so that equal
        // formatting merges across the break as it will when the output is parsed again.
        for (int node = caption;;) {
            const std::vector<int> &children = m_tree.node(node).children;
            if (children.empty())
                break;
            const BodyNode &last = m_tree.node(children.back());
            if (!BodyTree::isInline(last.type) || last.type == BodyNodeType::Text
                || last.type == BodyNodeType::Br)
                break;
            top().open.push_back({last.type, last.attributes, children.back()});
            node = children.back();
        }
    }
    return top();
}

BodyBuilder::Frame *BodyBuilder::ensureTextBlock()
{
    Frame &t = top();
    if (isTextBlock(t))
        return &t;
    switch (t.type) {
    case FrameType::Figure:
        return &captionFrame();
    case FrameType::List:
        if (t.implicit) {
            pop();
            return ensureTextBlock();
        }
        push(FrameType::Li, newNode(BodyNodeType::Li, t.node));
        return &top();
    case FrameType::Table:
    case FrameType::Section:
    case FrameType::Row:
        return nullptr; // text between table cells (gumbo moves it out already)
    default: {
        const int p = newNode(BodyNodeType::P, t.node);
        m_tree.node(p).centred = m_centred > 0;
        push(FrameType::P, p);
        return &top();
    }
    }
}

int BodyBuilder::flush(Frame &frame)
{
    std::vector<const WantedInline *> wanted;
    for (const WantedInline &w : m_wanted) {
        if (w.type != BodyNodeType::Credit || frame.type == FrameType::Figcaption)
            wanted.push_back(&w);
    }
    size_t common = 0;
    while (common < frame.open.size() && common < wanted.size()
           && frame.open[common].type == wanted[common]->type
           && frame.open[common].attributes == wanted[common]->attributes)
        ++common;
    frame.open.resize(common);
    int parent = common ? frame.open.back().node : frame.node;
    if (frame.pendingBreak)
        newNode(BodyNodeType::Br, parent);
    else if (!frame.pendingSpace.isEmpty())
        m_tree.addText(parent, frame.pendingSpace);
    frame.pendingBreak = false;
    frame.pendingSpace.clear();
    for (size_t i = common; i < wanted.size(); ++i) {
        parent = newNode(wanted[i]->type, parent, wanted[i]->attributes);
        frame.open.push_back({wanted[i]->type, wanted[i]->attributes, parent});
    }
    return parent;
}

void BodyBuilder::addSpace(QChar c)
{
    Frame &t = top();
    if (!isTextBlock(t) || !t.hasContent || t.pendingBreak)
        return;
    if (c == u' ' && t.pendingSpace.endsWith(u' '))
        return;
    t.pendingSpace.append(c);
}

void BodyBuilder::addContent(QStringView run)
{
    if (run.isEmpty())
        return;
    Frame *frame = ensureTextBlock();
    if (!frame)
        return;
    const int parent = flush(*frame);
    m_tree.addText(parent, run);
    frame->hasContent = true;
}

void BodyBuilder::text(QStringView text)
{
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool space = isAsciiSpace(c) || isSoftSpace(c);
        if (!space && !isJunk(c))
            continue;
        addContent(text.sliced(runStart, i - runStart));
        runStart = i + 1;
        if (space)
            addSpace(isAsciiSpace(c) ? QChar(u' ') : c);
    }
    addContent(text.sliced(runStart));
}

void BodyBuilder::lineBreak()
{
    if (top().type == FrameType::Figure)
        captionFrame();
    Frame &t = top();
    if (!isTextBlock(t) || !t.hasContent)
        return;
    if (t.type == FrameType::P && t.pendingBreak) {
        pop(); // two line breaks end a paragraph
        return;
    }
    t.pendingBreak = true;
    t.pendingSpace.clear();
}

void BodyBuilder::boundary()
{
    if (top().type == FrameType::P)
        pop();
    else if (isTextBlock(top()))
        lineBreak();
}

bool BodyBuilder::pushInline(BodyNodeType type, const BodyAttributes &attributes)
{
    for (const WantedInline &w : m_wanted) {
        if (w.type == type)
            return false;
    }
    m_wanted.push_back({type, attributes});
    return true;
}

void BodyBuilder::popInline()
{
    if (!m_wanted.empty())
        m_wanted.pop_back();
}

void BodyBuilder::image(const BodyAttributes &attributes)
{
    if (insideFigure()) {
        if (top().type == FrameType::Figcaption)
            pop();
        BodyNode &figure = m_tree.node(top().node);
        const bool hasImage =
                std::any_of(figure.children.begin(), figure.children.end(), [this](int child) {
                    return m_tree.node(child).type == BodyNodeType::Img;
                });
        if (hasImage) {
            // Another image: a figure of its own, in the same frame so that the rest of the
            // source figure (its caption) goes with it.
            const int parent = m_frames[m_frames.size() - 2].node;
            top().node = newNode(BodyNodeType::Figure, parent);
        }
        const int figureNode = top().node;
        newNode(BodyNodeType::Img, figureNode, attributes);
        std::vector<int> &children = m_tree.node(figureNode).children;
        std::rotate(children.begin(), children.end() - 1, children.end());
        return;
    }
    Frame &flow = ensureFlow();
    const int figure = newNode(BodyNodeType::Figure, flow.node);
    m_tree.node(figure).automatic = true;
    m_tree.node(figure).centred = m_centred > 0;
    newNode(BodyNodeType::Img, figure, attributes);
}

void BodyBuilder::rule(bool pageBreak, const QString &title)
{
    if (insideFigure())
        closeFigure();
    Frame &flow = ensureFlow();
    if (pageBreak && flow.type == FrameType::Root) {
        BodyAttributes attributes {{u"class"_s, u"page-break"_s}};
        if (!title.isEmpty())
            attributes.append({u"data-title"_s, title});
        newNode(BodyNodeType::PageBreak, flow.node, attributes);
    } else {
        newNode(BodyNodeType::Hr, flow.node);
    }
}

void BodyBuilder::close(int id)
{
    if (id == 0)
        return;
    for (size_t i = m_frames.size(); i-- > 1;) {
        if (m_frames[i].id == id) {
            m_frames.resize(i);
            return;
        }
    }
    // Already closed (a paragraph split by an image or by two line breaks): end what was
    // opened inside it since.
    boundary();
}

int BodyBuilder::open(Block block, const BodyAttributes &attributes)
{
    const FrameType t = top().type;
    const bool inlineOnly = t == FrameType::Heading || t == FrameType::Caption
            || (t == FrameType::Figcaption && !insideFigure());
    switch (block) {
    case Block::Figcaption:
        if (!insideFigure())
            return open(Block::P);
        if (t == FrameType::Figcaption) {
            lineBreak();
            return 0;
        }
        return captionFrame().id;
    case Block::P:
    case Block::H2:
    case Block::H3:
    case Block::H4:
    case Block::Blockquote:
    case Block::Ul:
    case Block::Ol:
    case Block::Li: {
        if (insideFigure()) {
            captionFrame();
            lineBreak();
            return 0;
        }
        if (inlineOnly) {
            lineBreak();
            return 0;
        }
        if (block == Block::Li) {
            while (top().type == FrameType::P
                   || (top().type == FrameType::Li && m_frames.size() > 1
                       && m_frames[m_frames.size() - 2].type == FrameType::List))
                pop();
            if (top().type != FrameType::List) {
                Frame &flow = ensureFlow();
                push(FrameType::List, newNode(BodyNodeType::Ul, flow.node));
                top().implicit = true;
            }
            return push(FrameType::Li, newNode(BodyNodeType::Li, top().node));
        }
        if ((block == Block::Ul || block == Block::Ol) && t == FrameType::List) {
            // A list directly inside a list belongs to the item before it.
            const std::vector<int> &items = m_tree.node(top().node).children;
            if (!items.empty()) {
                const std::vector<int> &content = m_tree.node(items.back()).children;
                const bool blocks = std::any_of(content.begin(), content.end(), [this](int c) {
                    return !BodyTree::isInline(m_tree.node(c).type);
                });
                push(FrameType::Li, items.back(), blocks);
            }
        }
        Frame &flow = ensureFlow();
        switch (block) {
        case Block::P: {
            const int p = newNode(BodyNodeType::P, flow.node);
            m_tree.node(p).centred = m_centred > 0;
            return push(FrameType::P, p);
        }
        case Block::H2:
            return push(FrameType::Heading, newNode(BodyNodeType::H2, flow.node));
        case Block::H3:
            return push(FrameType::Heading, newNode(BodyNodeType::H3, flow.node));
        case Block::H4:
            return push(FrameType::Heading, newNode(BodyNodeType::H4, flow.node));
        case Block::Blockquote:
            return push(FrameType::Blockquote, newNode(BodyNodeType::Blockquote, flow.node));
        case Block::Ul:
            return push(FrameType::List, newNode(BodyNodeType::Ul, flow.node));
        default:
            return push(FrameType::List, newNode(BodyNodeType::Ol, flow.node, attributes));
        }
    }
    case Block::Table:
    case Block::Figure: {
        if (insideFigure())
            closeFigure();
        Frame &flow = ensureFlow();
        if (block == Block::Table)
            return push(FrameType::Table, newNode(BodyNodeType::Table, flow.node));
        return push(FrameType::Figure, newNode(BodyNodeType::Figure, flow.node));
    }
    case Block::Caption: {
        if (t != FrameType::Table || m_frames.size() < 2) {
            boundary();
            return 0;
        }
        const int table = top().node;
        const int parent = m_frames[m_frames.size() - 2].node;
        const int p = newNode(BodyNodeType::P, parent);
        std::vector<int> &children = m_tree.node(parent).children;
        const auto at = std::find(children.begin(), children.end(), table);
        if (at != children.end())
            std::rotate(at, children.end() - 1, children.end());
        return push(FrameType::Caption, p);
    }
    case Block::Thead:
    case Block::Tbody: {
        if (t != FrameType::Table)
            return 0;
        std::vector<int> &sections = m_tree.node(top().node).children;
        if (block == Block::Thead && sections.empty())
            return push(FrameType::Section, newNode(BodyNodeType::Thead, top().node));
        if (!sections.empty() && m_tree.node(sections.back()).type == BodyNodeType::Tbody)
            return push(FrameType::Section, sections.back());
        return push(FrameType::Section, newNode(BodyNodeType::Tbody, top().node));
    }
    case Block::Tr:
        if (t == FrameType::Table)
            open(Block::Tbody);
        if (top().type != FrameType::Section)
            return 0;
        return push(FrameType::Row, newNode(BodyNodeType::Tr, top().node));
    case Block::Th:
    case Block::Td:
        if (t == FrameType::Table || t == FrameType::Section)
            open(Block::Tr);
        if (top().type != FrameType::Row)
            return 0;
        return push(FrameType::Cell,
                    newNode(block == Block::Th ? BodyNodeType::Th : BodyNodeType::Td, top().node,
                            attributes));
    }
    return 0;
}

} // namespace Newsdesk
