#include "figureediting.h"

#include "core/media.h"
#include "document/documentformat.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk::FigureEditing {

using namespace DocumentFormat;

namespace {

QTextCursor after(QTextFrame *frame)
{
    QTextCursor cursor = frame->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    return cursor;
}

QTextFrame *enclosingFigure(const QTextCursor &cursor)
{
    for (QTextFrame *frame = cursor.currentFrame(); frame; frame = frame->parentFrame()) {
        if (frameKind(frame) == FrameKind::Figure)
            return frame;
    }
    return nullptr;
}

} // namespace

QTextCursor insertFigure(QTextCursor cursor, const Media &media)
{
    cursor.beginEditBlock();
    if (QTextFrame *figure = enclosingFigure(cursor))
        cursor = after(figure);
    cursor.movePosition(QTextCursor::EndOfBlock);
    QTextFrame *frame = cursor.insertFrame(figureFrameFormat());
    cursor.setBlockFormat(specialBlockFormat(BlockKind::FigureImage));
    QTextImageFormat image;
    image.setName(u"media:"_s + QString::number(media.id));
    image.setProperty(ImageAlt, media.alt);
    image.setProperty(ImageWidth, media.width);
    image.setProperty(ImageHeight, media.height);
    if (media.width > 0) {
        const int shown = std::min(media.width, MaxDisplayWidth);
        image.setWidth(shown);
        if (media.height > 0)
            image.setHeight(qreal(media.height) * shown / media.width);
    }
    cursor.insertImage(image);
    cursor.insertBlock(specialBlockFormat(BlockKind::Caption),
                       QTextCharFormat());
    setFigureText(frame, {media.caption, media.credit, media.alt});
    cursor = after(frame);
    cursor.endEditBlock();
    return cursor;
}

FigureText figureText(QTextFrame *figure)
{
    FigureText text;
    for (auto it = figure->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        for (auto f = block.begin(); !f.atEnd(); ++f) {
            const QTextCharFormat format = f.fragment().charFormat();
            if (format.isImageFormat()) {
                text.alt = format.stringProperty(ImageAlt);
                continue;
            }
            if (blockKind(block) != BlockKind::Caption)
                continue;
            QString part = f.fragment().text();
            part.replace(QChar::LineSeparator, u' ');
            (format.boolProperty(Credit) ? text.credit : text.caption) += part;
        }
    }
    text.caption = text.caption.trimmed();
    text.credit = text.credit.trimmed();
    return text;
}

void setFigureText(QTextFrame *figure, const FigureText &text)
{
    QTextCursor cursor(figure->document());
    cursor.beginEditBlock();
    QTextBlock caption;
    for (auto it = figure->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (blockKind(block) == BlockKind::Caption && !caption.isValid())
            caption = block;
        for (auto f = block.begin(); !f.atEnd(); ++f) {
            QTextCharFormat format = f.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            format.setProperty(ImageAlt, text.alt);
            QTextCursor image(figure->document());
            image.setPosition(f.fragment().position());
            image.setPosition(f.fragment().position() + f.fragment().length(),
                              QTextCursor::KeepAnchor);
            image.setCharFormat(format);
        }
    }
    const FigureText old = figureText(figure);
    if (caption.isValid() && (old.caption != text.caption || old.credit != text.credit)) {
        // Rewrite the caption block: its text, then the credit.
        cursor.setPosition(caption.position());
        QTextBlock last = caption;
        while (last.next().isValid() && last.next().position() <= figure->lastPosition()
               && blockKind(last.next()) == BlockKind::Caption)
            last = last.next();
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.insertText(text.caption, QTextCharFormat());
        if (!text.credit.isEmpty()) {
            QTextCharFormat credit;
            credit.setProperty(Credit, true);
            credit.setProperty(QTextFormat::FontSizeAdjustment, -1);
            cursor.insertText(text.credit, credit);
        }
    }
    cursor.endEditBlock();
}

} // namespace Newsdesk::FigureEditing
