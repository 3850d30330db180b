#pragma once

#include "bodytree.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Newsdesk {

// Builds a canonical BodyTree from a stream of events (a walk over parsed HTML), fixing the
// content model on the way, the way an HTML tree builder does for its own grammar:
// - text and inline elements outside a paragraph open an implicit <p>; blocks close the open
//   paragraph; a list item or cell that receives a block switches to holding blocks;
// - inline formatting is a wanted stack, applied lazily when text arrives, so empty inline
//   elements never appear, formatting that encloses blocks moves into each block, adjacent
//   equal elements merge, and spaces and line breaks at the edges of inline elements move out;
// - ASCII whitespace collapses, spaces at the start and end of a block and around <br> go, two
//   <br> in a row end the paragraph;
// - a bare <img> becomes a figure of its own, splitting the paragraph it was in; content inside
//   a figure other than its image goes to its caption.
// Every frame lives on explicit stacks; nothing recurses.
class BodyBuilder final
{
public:
    enum class Block {
        P,
        H2,
        H3,
        H4,
        Blockquote,
        Ul,
        Ol,
        Li,
        Table,
        Caption, // a table's caption: becomes a paragraph before the table
        Thead,
        Tbody,
        Tr,
        Th,
        Td,
        Figure,
        Figcaption,
    };

    explicit BodyBuilder(BodyTree &tree);

    // Opens a block; returns the id to pass to close(), or 0 when the block was absorbed (a
    // paragraph inside a caption, a row outside a table).
    int open(Block block, const BodyAttributes &attributes = {});
    void close(int id);
    // The edge of an unwrapped block wrapper (div, section): ends the open paragraph.
    void boundary();
    // Returns false when an equal element is already wanted (nested <strong>, nested links).
    bool pushInline(BodyNodeType type, const BodyAttributes &attributes = {});
    void popInline();
    void text(QStringView text);
    void lineBreak();
    void image(const BodyAttributes &attributes);
    void rule(bool pageBreak, const QString &title);
    // While > 0, new paragraphs and figures are marked centred (for the caption heuristic).
    void pushCentred() { ++m_centred; }
    void popCentred() { --m_centred; }

private:
    enum class FrameType {
        Root,
        P,
        Heading,
        Blockquote,
        List,
        Li,
        Table,
        Section,
        Row,
        Cell,
        Figure,
        Figcaption,
        Caption
    };
    struct OpenInline
    {
        BodyNodeType type;
        BodyAttributes attributes;
        int node;
    };
    struct Frame
    {
        FrameType type = FrameType::Root;
        int node = 0;
        int id = 0;
        bool blocks = false; // Li and Cell: holds blocks rather than text
        bool implicit = false; // a List made for list items found outside a list
        std::vector<OpenInline> open;
        QString pendingSpace;
        bool pendingBreak = false;
        bool hasContent = false;
    };
    struct WantedInline
    {
        BodyNodeType type;
        BodyAttributes attributes;
    };

    Frame &top() { return m_frames.back(); }
    int push(FrameType type, int node, bool blocks = false);
    void pop() { m_frames.pop_back(); }
    static bool isTextBlock(const Frame &frame);
    static bool isFlow(const Frame &frame);
    bool insideFigure() const;
    void closeFigure();
    Frame &ensureFlow();
    void switchToBlocks(Frame &frame);
    Frame *ensureTextBlock();
    Frame &captionFrame();
    int flush(Frame &frame);
    void addSpace(QChar c);
    void addContent(QStringView run);
    int newNode(BodyNodeType type, int parent, const BodyAttributes &attributes = {});

    BodyTree &m_tree;
    std::vector<Frame> m_frames;
    std::vector<WantedInline> m_wanted;
    int m_nextId = 1;
    int m_centred = 0;
};

} // namespace Newsdesk
