#include "documentformat.h"

#include <QBrush>
#include <QColor>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLength>

namespace Newsdesk::DocumentFormat {

BlockKind blockKind(const QTextBlock &block)
{
    return BlockKind(block.blockFormat().intProperty(BlockKindProperty));
}

FrameKind frameKind(const QTextFrame *frame)
{
    return frame ? FrameKind(frame->frameFormat().intProperty(FrameKindProperty))
                 : FrameKind::Plain;
}

QTextBlockFormat paragraphFormat()
{
    QTextBlockFormat format;
    format.setBottomMargin(8);
    return format;
}

QTextBlockFormat headingFormat(int level)
{
    QTextBlockFormat format = paragraphFormat();
    format.setHeadingLevel(level);
    format.setTopMargin(level > 0 ? 10 : 0);
    return format;
}

QTextCharFormat headingCharFormat(int level)
{
    QTextCharFormat format;
    // xx-large, x-large, large for h2, h3, h4; medium for paragraphs.
    format.setProperty(QTextFormat::FontSizeAdjustment, level >= 2 && level <= 4 ? 5 - level : 0);
    return format;
}

// Tints with alpha: they darken a light text field and lighten a dark one alike.
QColor pageBreakBackground()
{
    return QColor(0x3c, 0x78, 0xd8, 0x30);
}

QColor headerCellBackground()
{
    return QColor(0x80, 0x80, 0x80, 0x28);
}

QTextBlockFormat specialBlockFormat(BlockKind kind)
{
    QTextBlockFormat format = paragraphFormat();
    format.setProperty(BlockKindProperty, int(kind));
    switch (kind) {
    case BlockKind::FigureImage:
    case BlockKind::Caption:
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(4);
        break;
    case BlockKind::Rule:
        format.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                           QTextLength(QTextLength::PercentageLength, 100));
        break;
    case BlockKind::PageBreak:
        format.setAlignment(Qt::AlignHCenter);
        format.setBackground(pageBreakBackground());
        format.setTopMargin(12);
        format.setBottomMargin(12);
        break;
    case BlockKind::Text:
        break;
    }
    return format;
}

QTextFrameFormat blockquoteFrameFormat()
{
    QTextFrameFormat format;
    format.setProperty(FrameKindProperty, int(FrameKind::Blockquote));
    format.setLeftMargin(24);
    format.setPadding(6);
    format.setBorder(0);
    format.setBackground(QColor(0x80, 0x80, 0x80, 0x20));
    return format;
}

QTextFrameFormat figureFrameFormat()
{
    QTextFrameFormat format;
    format.setProperty(FrameKindProperty, int(FrameKind::Figure));
    format.setPadding(4);
    format.setBorder(1);
    format.setBorderBrush(QColor(0x80, 0x80, 0x80, 0x60));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setTopMargin(6);
    format.setBottomMargin(6);
    return format;
}

QTextCharFormat linkFormat(const QString &href, const QString &title)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setProperty(LinkTitle, title);
    format.setToolTip(title.isEmpty() ? href : title);
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    return format;
}

} // namespace Newsdesk::DocumentFormat
