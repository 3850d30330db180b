#include "bodyediting.h"

#include "document/documentformat.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsdesk::BodyEditing {

using namespace DocumentFormat;

namespace {

// Calls f for every block the selection touches (the cursor's block without a selection).
template<typename F>
void forEachBlock(const QTextCursor &cursor, F f)
{
    QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        const QTextBlock next = block.next();
        f(block);
        if (block == last)
            break;
        block = next;
    }
}

QTextFrame *enclosing(const QTextCursor &cursor, FrameKind kind)
{
    for (QTextFrame *frame = cursor.currentFrame(); frame; frame = frame->parentFrame()) {
        if (frameKind(frame) == kind)
            return frame;
    }
    return nullptr;
}

// A cursor just after frame, on an empty block Qt keeps there or a new one.
QTextCursor after(QTextFrame *frame)
{
    QTextCursor cursor = frame->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return cursor;
}

bool isCellStart(const QTextBlock &block)
{
    QTextCursor cursor(block);
    const QTextTable *table = cursor.currentTable();
    return table && table->cellAt(cursor).firstPosition() == block.position();
}

void clearLinkProperties(QTextCharFormat &format)
{
    if (!format.isAnchor())
        return;
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::ForegroundBrush);
    format.clearProperty(QTextFormat::TextToolTip);
    format.clearProperty(LinkTitle);
    if (format.underlineStyle() == QTextCharFormat::DotLine)
        format.clearProperty(QTextFormat::TextUnderlineStyle);
}

} // namespace

void setBlockStyle(QTextCursor cursor, int level)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        if (blockKind(block) != BlockKind::Text)
            return;
        QTextCursor c(block);
        QTextBlockFormat format = block.blockFormat();
        const QTextBlockFormat style = headingFormat(level);
        format.setHeadingLevel(level);
        format.setTopMargin(style.topMargin());
        c.setBlockFormat(format);
        if (!isCellStart(block)) // there the block's character format is the cell's
            c.setBlockCharFormat(headingCharFormat(level));
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.mergeCharFormat(headingCharFormat(level));
    });
    cursor.endEditBlock();
}

void rewriteCharFormats(QTextCursor cursor, const std::function<void(QTextCharFormat &)> &change)
{
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextDocument *document = cursor.document();
    // Read every range first: setting a format merges fragments under a running iterator.
    struct Range
    {
        int from, to;
        QTextCharFormat format;
    };
    std::vector<Range> ranges;
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            if (from >= to)
                continue;
            QTextCharFormat format = fragment.charFormat();
            change(format);
            ranges.push_back({from, to, format});
        }
    }
    cursor.beginEditBlock();
    for (const Range &range : ranges) {
        QTextCursor c(document);
        c.setPosition(range.from);
        c.setPosition(range.to, QTextCursor::KeepAnchor);
        c.setCharFormat(range.format);
    }
    cursor.endEditBlock();
}

void clearFormatting(QTextCursor cursor)
{
    if (!cursor.hasSelection()) {
        cursor.movePosition(QTextCursor::StartOfBlock);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    cursor.beginEditBlock();
    setBlockStyle(cursor, 0);
    rewriteCharFormats(cursor, [](QTextCharFormat &format) {
        if (format.isImageFormat())
            return;
        QTextCharFormat plain;
        if (format.boolProperty(Credit)) {
            plain.setProperty(Credit, true);
            plain.setProperty(QTextFormat::FontSizeAdjustment, -1);
        }
        if (format.isAnchor()) // a link is content, not formatting: it stays
            plain.merge(linkFormat(format.anchorHref(), format.stringProperty(LinkTitle)));
        format = plain;
    });
    cursor.endEditBlock();
}

LinkRange selectLink(QTextCursor &cursor)
{
    const QTextCharFormat here = cursor.charFormat();
    if (!cursor.hasSelection() && here.isAnchor()) {
        // Grow the selection over the fragments of the same link.
        const QTextBlock block = cursor.block();
        int from = cursor.position(), to = cursor.position();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor() || f.charFormat().anchorHref() != here.anchorHref())
                continue;
            if (f.position() <= to && f.position() + f.length() >= from) {
                from = std::min(from, f.position());
                to = std::max(to, f.position() + f.length());
            }
        }
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
    }
    QTextCursor probe = cursor;
    if (probe.hasSelection())
        probe.setPosition(cursor.selectionStart() + 1);
    const QTextCharFormat format = probe.charFormat();
    if (!format.isAnchor())
        return {};
    return {format.anchorHref(), format.stringProperty(LinkTitle)};
}

void applyLink(QTextCursor cursor, const QString &href, const QString &title)
{
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        cursor.insertText(href, linkFormat(href, title));
    } else {
        removeLink(cursor);
        cursor.mergeCharFormat(linkFormat(href, title));
    }
    cursor.endEditBlock();
}

void removeLink(QTextCursor cursor)
{
    rewriteCharFormats(cursor, clearLinkProperties);
}

void toggleList(QTextCursor cursor, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList()) {
        if (list->format().style() == style
            || (style == QTextListFormat::ListDisc
                && list->format().style() > QTextListFormat::ListDecimal)) {
            forEachBlock(cursor, [](const QTextBlock &block) {
                if (QTextList *l = block.textList()) {
                    l->remove(block);
                    QTextCursor c(block);
                    QTextBlockFormat format = block.blockFormat();
                    format.setIndent(0);
                    c.setBlockFormat(format);
                }
            });
        } else {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        }
        cursor.endEditBlock();
        return;
    }
    QTextListFormat format;
    format.setStyle(style);
    format.setIndent(1);
    cursor.createList(format);
    cursor.endEditBlock();
}

void changeListIndent(QTextCursor cursor, int delta)
{
    cursor.beginEditBlock();
    forEachBlock(cursor, [&](const QTextBlock &block) {
        QTextList *list = block.textList();
        if (!list)
            return;
        const int indent = list->format().indent() + delta;
        list->remove(block);
        QTextCursor c(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setIndent(0);
        c.setBlockFormat(blockFormat);
        if (indent < 1)
            return;
        // Join the nearest list of that depth above, unless a shallower item comes first.
        for (QTextBlock previous = block.previous(); previous.isValid();
             previous = previous.previous()) {
            QTextList *candidate = previous.textList();
            if (!candidate) {
                if (previous.blockFormat().boolProperty(ListContinuation) || previous.length() <= 1)
                    continue;
                break;
            }
            if (candidate->format().indent() == indent) {
                candidate->add(block);
                return;
            }
            if (candidate->format().indent() < indent)
                break;
        }
        QTextListFormat format = list->format();
        format.setIndent(indent);
        if (format.style() > QTextListFormat::ListDecimal)
            format.setStyle(indent % 2 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
        format.clearProperty(ListStart);
        c.createList(format);
    });
    cursor.endEditBlock();
}

QTextCursor toggleBlockquote(QTextCursor cursor)
{
    cursor.beginEditBlock();
    if (QTextFrame *quote = enclosing(cursor, FrameKind::Blockquote)) {
        QTextCursor inside(cursor.document());
        inside.setPosition(quote->firstPosition());
        inside.setPosition(quote->lastPosition(), QTextCursor::KeepAnchor);
        const QTextDocumentFragment content = inside.selection();
        QTextCursor whole(cursor.document());
        whole.setPosition(quote->firstPosition() - 1);
        whole.setPosition(quote->lastPosition() + 1, QTextCursor::KeepAnchor);
        whole.removeSelectedText();
        whole.insertFragment(content);
        cursor = whole;
    } else {
        QTextCursor blocks(cursor.document());
        blocks.setPosition(cursor.document()->findBlock(cursor.selectionStart()).position());
        const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
        blocks.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        const QTextDocumentFragment content = blocks.selection();
        blocks.removeSelectedText();
        blocks.insertFrame(blockquoteFrameFormat());
        blocks.insertFragment(content);
        cursor = blocks;
    }
    cursor.endEditBlock();
    return cursor;
}

QTextCursor insertRule(QTextCursor cursor)
{
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock);
    if (cursor.block().length() > 1)
        cursor.insertBlock(specialBlockFormat(BlockKind::Rule), {});
    else
        cursor.setBlockFormat(specialBlockFormat(BlockKind::Rule));
    cursor.insertBlock(paragraphFormat(), headingCharFormat(0));
    cursor.endEditBlock();
    return cursor;
}

QTextCursor insertPageBreak(QTextCursor cursor, const QString &title)
{
    // Page breaks live at the top level: leave any quote, figure or table first.
    QTextFrame *outer = cursor.currentFrame();
    while (outer && outer->parentFrame() && outer->parentFrame()->parentFrame())
        outer = outer->parentFrame();
    cursor.beginEditBlock();
    if (outer && outer->parentFrame())
        cursor = after(outer);
    cursor.movePosition(QTextCursor::EndOfBlock);
    if (cursor.block().length() > 1 || cursor.currentList())
        cursor.insertBlock(specialBlockFormat(BlockKind::PageBreak),
                           QTextCharFormat());
    else {
        cursor.setBlockFormat(specialBlockFormat(BlockKind::PageBreak));
        cursor.setBlockCharFormat(QTextCharFormat());
    }
    cursor.insertText(title, QTextCharFormat());
    cursor.insertBlock(paragraphFormat(), headingCharFormat(0));
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::PreviousBlock);
    cursor.movePosition(QTextCursor::EndOfBlock);
    return cursor;
}

QTextCursor insertTable(QTextCursor cursor, int rows, int columns, bool headerRow)
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock);
    if (cursor.block().length() > 1)
        cursor.insertBlock(paragraphFormat());
    QTextTable *table = cursor.insertTable(std::max(1, rows), std::max(1, columns), format);
    cursor.endEditBlock();
    if (headerRow) {
        // The table's cells are there once the edit block has ended; one undo step still.
        cursor.joinPreviousEditBlock();
        setTableHeaderRow(table->cellAt(0, 0).firstCursorPosition(), true);
        cursor.endEditBlock();
    }
    return table->cellAt(0, 0).firstCursorPosition();
}

void setTableHeaderRow(QTextCursor cursor, bool header)
{
    QTextTable *table = cursor.currentTable();
    if (!table)
        return;
    cursor.beginEditBlock();
    QTextTableFormat format = table->format();
    format.setHeaderRowCount(header ? 1 : 0);
    table->setFormat(format);
    for (int c = 0; c < table->columns(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setProperty(CellHeader, header);
        if (header)
            cellFormat.setBackground(headerCellBackground());
        else
            cellFormat.clearBackground();
        cell.setFormat(cellFormat);
    }
    cursor.endEditBlock();
}

bool tableHasHeaderRow(const QTextCursor &cursor)
{
    const QTextTable *table = cursor.currentTable();
    return table && table->format().headerRowCount() > 0;
}

} // namespace Newsdesk::BodyEditing
