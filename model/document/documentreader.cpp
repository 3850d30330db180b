#include "documentreader.h"

#include "document/documentformat.h"
#include "html/bodytree.h"
#include "html/sanitizer.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

using namespace DocumentFormat;

QString attribute(const BodyNode &node, QLatin1StringView name)
{
    for (const auto &[key, value] : node.attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool isHeading(BodyNodeType type)
{
    return type == BodyNodeType::H2 || type == BodyNodeType::H3 || type == BodyNodeType::H4;
}

int headingLevel(BodyNodeType type)
{
    return type == BodyNodeType::H2 ? 2 : type == BodyNodeType::H3 ? 3 : 4;
}

// Walks a finished BodyTree once, appending to the document through one cursor. `m_fresh` says
// the cursor's block is an empty one Qt made (the document's first block, a frame's or a cell's
// first block, the block after a frame) that the next block should take over.
class Reader
{
public:
    Reader(QTextDocument *document, const BodyTree &tree)
        : m_cursor(document)
        , m_tree(tree)
    {
    }

    void flow(int parent, int continuationIndent)
    {
        const BodyNode &n = m_tree.node(parent);
        if (!n.children.empty() && BodyTree::isInline(m_tree.node(n.children.front()).type)) {
            startBlock(paragraphFormat(), {}, continuationIndent);
            inlines(parent, {}, {});
            return;
        }
        for (int child : n.children)
            block(child, continuationIndent);
    }

private:
    void block(int index, int continuationIndent)
    {
        const BodyNode &n = m_tree.node(index);
        switch (n.type) {
        case BodyNodeType::P:
            startBlock(paragraphFormat(), headingCharFormat(0), continuationIndent);
            inlines(index, headingCharFormat(0), {});
            break;
        case BodyNodeType::H2:
        case BodyNodeType::H3:
        case BodyNodeType::H4:
            startBlock(headingFormat(headingLevel(n.type)), headingCharFormat(headingLevel(n.type)),
                       continuationIndent);
            inlines(index, headingCharFormat(headingLevel(n.type)), {});
            break;
        case BodyNodeType::Ul:
        case BodyNodeType::Ol:
            list(index, std::max(continuationIndent, 0) + 1);
            break;
        case BodyNodeType::Blockquote:
            frame(blockquoteFrameFormat(), [&] { flow(index, 0); });
            break;
        case BodyNodeType::Hr:
            startBlock(specialBlockFormat(BlockKind::Rule), {}, continuationIndent);
            break;
        case BodyNodeType::PageBreak:
            startBlock(specialBlockFormat(BlockKind::PageBreak),
                       QTextCharFormat(), continuationIndent);
            m_cursor.insertText(attribute(n, "data-title"_L1),
                                QTextCharFormat());
            break;
        case BodyNodeType::Table:
            table(index);
            break;
        case BodyNodeType::Figure:
            figure(index);
            break;
        default:
            break;
        }
    }

    void startBlock(QTextBlockFormat format, const QTextCharFormat &charFormat,
                    int continuationIndent)
    {
        if (continuationIndent > 0) {
            format.setProperty(ListContinuation, true);
            format.setIndent(continuationIndent);
        }
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            // The first block of a table cell keeps its character format: it is the cell's.
            if (!m_freshCell)
                m_cursor.setBlockCharFormat(charFormat);
            m_fresh = false;
            m_freshCell = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void list(int index, int depth)
    {
        const BodyNode &n = m_tree.node(index);
        QTextListFormat format;
        const bool ordered = n.type == BodyNodeType::Ol;
        format.setStyle(
                ordered ? QTextListFormat::ListDecimal
                        : (depth % 2 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle));
        format.setIndent(depth);
        if (const QString start = attribute(n, "start"_L1); !start.isEmpty())
            format.setProperty(ListStart, start.toInt());
        QTextList *textList = nullptr;
        for (int item : n.children) {
            const BodyNode &li = m_tree.node(item);
            const std::vector<int> &children = li.children;
            const bool inlineItem =
                    !children.empty() && BodyTree::isInline(m_tree.node(children.front()).type);
            size_t rest = 0;
            if (inlineItem) {
                startBlock(paragraphFormat(), {}, 0);
            } else if (!children.empty()
                       && (m_tree.node(children.front()).type == BodyNodeType::P
                           || isHeading(m_tree.node(children.front()).type))) {
                const BodyNodeType type = m_tree.node(children.front()).type;
                const int level = type == BodyNodeType::P ? 0 : headingLevel(type);
                startBlock(level ? headingFormat(level) : paragraphFormat(),
                           headingCharFormat(level), 0);
                rest = 1;
            } else {
                startBlock(paragraphFormat(), {}, 0);
            }
            if (!textList)
                textList = m_cursor.createList(format);
            else
                textList->add(m_cursor.block());
            if (inlineItem) {
                inlines(item, {}, {});
                continue;
            }
            if (rest == 1) {
                const BodyNodeType type = m_tree.node(children.front()).type;
                inlines(children.front(),
                        headingCharFormat(type == BodyNodeType::P ? 0 : headingLevel(type)), {});
            }
            for (size_t i = rest; i < children.size(); ++i) {
                const BodyNodeType type = m_tree.node(children[i]).type;
                if (type == BodyNodeType::Ul || type == BodyNodeType::Ol)
                    list(children[i], depth + 1);
                else
                    block(children[i], depth);
            }
        }
    }

    template<typename Body>
    void frame(const QTextFrameFormat &format, Body body)
    {
        QTextFrame *inserted = m_cursor.insertFrame(format);
        m_cursor = inserted->firstCursorPosition();
        m_fresh = true;
        body();
        leave(inserted);
    }

    void leave(QTextFrame *frame)
    {
        m_cursor = frame->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_fresh = true;
        m_freshCell = false;
    }

    void table(int index)
    {
        struct Cell
        {
            int node, row, column, rows, columns;
        };
        std::vector<Cell> cells;
        std::map<std::pair<int, int>, bool> taken;
        int rowCount = 0, columnCount = 0, headerRows = 0;
        for (int section : m_tree.node(index).children) {
            const bool head = m_tree.node(section).type == BodyNodeType::Thead;
            for (int row : m_tree.node(section).children) {
                int column = 0;
                for (int cell : m_tree.node(row).children) {
                    while (taken.count({rowCount, column}))
                        ++column;
                    const int columns =
                            std::max(1, attribute(m_tree.node(cell), "colspan"_L1).toInt());
                    const int rows =
                            std::max(1, attribute(m_tree.node(cell), "rowspan"_L1).toInt());
                    cells.push_back({cell, rowCount, column, rows, columns});
                    for (int r = 0; r < rows; ++r) {
                        for (int c = 0; c < columns; ++c)
                            taken[{rowCount + r, column + c}] = true;
                    }
                    column += columns;
                    columnCount = std::max(columnCount, column);
                }
                ++rowCount;
                if (head)
                    ++headerRows;
            }
        }
        if (rowCount == 0 || columnCount == 0)
            return;
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setBorder(1);
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (!m_fresh)
            m_cursor.insertBlock(paragraphFormat());
        QTextTable *table = m_cursor.insertTable(rowCount, columnCount, format);
        for (int r = 0; r < rowCount; ++r) {
            for (int c = 0; c < columnCount; ++c) {
                if (!taken.count({r, c})) {
                    QTextTableCellFormat absent;
                    absent.setProperty(CellAbsent, true);
                    table->cellAt(r, c).setFormat(absent);
                }
            }
        }
        for (const Cell &cell : cells) {
            const int rows = std::min(cell.rows, rowCount - cell.row);
            if (rows > 1 || cell.columns > 1)
                table->mergeCells(cell.row, cell.column, rows, cell.columns);
            QTextTableCell tableCell = table->cellAt(cell.row, cell.column);
            if (m_tree.node(cell.node).type == BodyNodeType::Th) {
                QTextTableCellFormat header;
                header.setProperty(CellHeader, true);
                header.setBackground(headerCellBackground());
                tableCell.setFormat(header);
            }
            m_cursor = tableCell.firstCursorPosition();
            m_fresh = true;
            m_freshCell = true;
            flow(cell.node, 0);
        }
        leave(table);
    }

    void figure(int index)
    {
        frame(figureFrameFormat(), [&] {
            startBlock(specialBlockFormat(BlockKind::FigureImage), {}, 0);
            int caption = -1;
            for (int child : m_tree.node(index).children) {
                const BodyNode &n = m_tree.node(child);
                if (n.type == BodyNodeType::Figcaption)
                    caption = child;
                if (n.type != BodyNodeType::Img)
                    continue;
                QTextImageFormat image;
                image.setName(attribute(n, "src"_L1));
                image.setProperty(ImageAlt, attribute(n, "alt"_L1));
                const int width = attribute(n, "width"_L1).toInt();
                const int height = attribute(n, "height"_L1).toInt();
                image.setProperty(ImageWidth, width);
                image.setProperty(ImageHeight, height);
                if (width > 0) {
                    const int shown = std::min(width, MaxDisplayWidth);
                    image.setWidth(shown);
                    if (height > 0)
                        image.setHeight(qreal(height) * shown / width);
                }
                m_cursor.insertImage(image);
            }
            startBlock(specialBlockFormat(BlockKind::Caption),
                       QTextCharFormat(), 0);
            if (caption >= 0)
                inlines(caption, QTextCharFormat(), {});
        });
    }

    void inlines(int parent, const QTextCharFormat &format, const QStringList &order)
    {
        for (int child : m_tree.node(parent).children) {
            const BodyNode &n = m_tree.node(child);
            if (n.type == BodyNodeType::Text) {
                m_cursor.insertText(n.text, format);
                continue;
            }
            if (n.type == BodyNodeType::Br) {
                m_cursor.insertText(QString(QChar::LineSeparator), format);
                continue;
            }
            QTextCharFormat inner = format;
            QString name = BodyTree::tagName(n.type);
            switch (n.type) {
            case BodyNodeType::Strong:
                inner.setFontWeight(QFont::Bold);
                break;
            case BodyNodeType::Em:
                inner.setFontItalic(true);
                break;
            case BodyNodeType::U:
                inner.setFontUnderline(true);
                break;
            case BodyNodeType::S:
                inner.setFontStrikeOut(true);
                break;
            case BodyNodeType::Sub:
                inner.setVerticalAlignment(QTextCharFormat::AlignSubScript);
                break;
            case BodyNodeType::Sup:
                inner.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
                break;
            case BodyNodeType::A: {
                QTextCharFormat link =
                        linkFormat(attribute(n, "href"_L1), attribute(n, "title"_L1));
                if (inner.fontUnderline())
                    link.clearProperty(QTextFormat::TextUnderlineStyle);
                inner.merge(link);
                break;
            }
            case BodyNodeType::Credit:
                inner.setProperty(Credit, true);
                inner.setProperty(QTextFormat::FontSizeAdjustment, -1);
                name = u"credit"_s;
                break;
            default:
                continue;
            }
            const QStringList innerOrder = order + QStringList {name};
            inner.setProperty(InlineOrder, innerOrder);
            inlines(child, inner, innerOrder);
        }
    }

    QTextCursor m_cursor;
    const BodyTree &m_tree;
    bool m_fresh = true;
    bool m_freshCell = false;
};

} // namespace

void DocumentReader::read(QTextDocument *document, const QString &html)
{
    read(document, Sanitizer::cleanTree(html));
}

void DocumentReader::read(QTextDocument *document, const BodyTree &tree)
{
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    document->clear();
    Reader(document, tree).flow(0, 0);
    document->setUndoRedoEnabled(undo);
}

} // namespace Newsdesk
