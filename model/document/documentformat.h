#pragma once

#include <QTextFormat>

class QTextBlock;
class QTextFrame;
class QTextCharFormat;
class QTextBlockFormat;
class QTextFrameFormat;
class QColor;

namespace Newsdesk {

// How canonical article HTML (docs/article-html.md) lives in a QTextDocument, so the reader,
// the writer and the editor agree on where things are:
//
// - p, h2–h4: blocks; a heading is QTextBlockFormat::headingLevel() 2–4 (shown larger through
//   the characters' fontSizeAdjustment, never through bold: bold always means <strong>).
// - strong, em, u, s, sub, sup: the character format (weight ≥ DemiBold, italic, single
//   underline, strike-out, vertical alignment). a: anchor + href, title in LinkTitle (shown
//   as a tool tip; links have a dotted underline so they never read as <u>, and the editor
//   draws them in the palette's link colour).
//   The credit of a caption (<small class="credit">): the Credit character property.
//   InlineOrder keeps the nesting order read from HTML (<em><strong> vs <strong><em>) so a body
//   comes back byte for byte. br: U+2028 (QChar::LineSeparator) in the block's text.
// - ul/ol: QTextList (disc or decimal style), indent = nesting depth (1 for a top-level list);
//   ListStart holds <ol start> (QTextListFormat::setStart needs Qt 6.6). A list item holding
//   several blocks: its first block is in the list, the others are blocks outside it with
//   ListContinuation set and the list's indent. A nested list follows its item with indent + 1.
// - blockquote: a QTextFrame with FrameKind::Blockquote holding its blocks.
// - figure: a QTextFrame with FrameKind::Figure holding a BlockKind::FigureImage block with one
//   image (QTextImageFormat name = the src, "media:42" or an http(s) URL; ImageAlt,
//   ImageWidth, ImageHeight hold the attributes; the format's own width/height are only the
//   display size) and a BlockKind::Caption block with the caption text (credit at its end).
// - hr: a BlockKind::Rule block (drawn with Qt's trailing horizontal ruler).
// - hr class="page-break": a BlockKind::PageBreak block whose text is data-title.
// - table: QTextTable; headerRowCount() rows form <thead>; a cell is <th> when CellHeader is set;
//   spans are merged cells; CellAbsent marks the cells Qt adds to fill ragged rows (written only
//   when someone typed into them).
// Empty blocks are never written, so the empty blocks Qt keeps around frames are harmless.
namespace DocumentFormat {

enum Property {
    BlockKindProperty = QTextFormat::UserProperty + 1, // int, BlockKind
    ListContinuation, // bool on a block
    FrameKindProperty, // int, FrameKind
    LinkTitle, // QString on characters
    Credit, // bool on characters
    InlineOrder, // QStringList on characters: tag names, outermost first
    ImageAlt, // QString on an image
    ImageWidth, // int on an image: the width attribute, 0 when absent
    ImageHeight, // int
    ListStart, // int on a list format
    CellHeader, // bool on a table cell
    CellAbsent, // bool on a table cell
};

enum class BlockKind { Text = 0, FigureImage, Caption, Rule, PageBreak };
enum class FrameKind { Plain = 0, Blockquote, Figure };

BlockKind blockKind(const QTextBlock &block);
FrameKind frameKind(const QTextFrame *frame);

// The formats the reader and the editor give new things.
QTextBlockFormat paragraphFormat();
QTextBlockFormat headingFormat(int level);
QTextCharFormat headingCharFormat(int level); // size only; 0 = a paragraph's
QTextBlockFormat specialBlockFormat(BlockKind kind);
QTextFrameFormat blockquoteFrameFormat();
QTextFrameFormat figureFrameFormat();
QTextCharFormat linkFormat(const QString &href, const QString &title);

// The few colours a document holds are backgrounds with alpha (a page break's band, a header
// cell's shade, a quotation's, a figure's border), so they suit a light or a dark palette;
// text keeps no colour: the editor draws links and captions in the palette's colours.
QColor pageBreakBackground();
QColor headerCellBackground();

// The widest an image is shown in the editor, in pixels: narrow enough for the body beside
// the form and the preview (the page shows it at its own size).
constexpr int MaxDisplayWidth = 320;

} // namespace DocumentFormat
} // namespace Newsdesk
