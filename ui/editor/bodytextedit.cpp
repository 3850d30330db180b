#include "bodytextedit.h"

#include "document/documentformat.h"
#include "document/documentwriter.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace Newsdesk {

using namespace DocumentFormat;

BodyTextEdit::BodyTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(u"bodyTextEdit"_s);
    setAcceptRichText(true);
    setTabChangesFocus(false);
    setAccessibleName(tr("Article body"));
}

QTextFrame *BodyTextEdit::figureAt(const QTextCursor &cursor)
{
    for (QTextFrame *frame = cursor.currentFrame(); frame; frame = frame->parentFrame()) {
        if (frameKind(frame) == FrameKind::Figure)
            return frame;
    }
    return nullptr;
}

bool BodyTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText() || source->hasImage() || source->hasUrls();
}

void BodyTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!isReadOnly())
        Q_EMIT insertRequested(source);
}

QMimeData *BodyTextEdit::createMimeDataFromSelection() const
{
    QTextDocument selection;
    QTextCursor(&selection).insertFragment(textCursor().selection());
    auto *data = new QMimeData;
    data->setHtml(DocumentWriter::toHtml(&selection));
    QString text = textCursor().selection().toPlainText();
    text.replace(QChar::LineSeparator, u'\n');
    data->setText(text);
    return data;
}

void BodyTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && !(event->modifiers() & Qt::ShiftModifier);
    if (!enter || isReadOnly() || textCursor().hasSelection() || !handleEnter())
        QTextEdit::keyPressEvent(event);
}

bool BodyTextEdit::handleEnter()
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const BlockKind kind = blockKind(block);
    if (kind == BlockKind::FigureImage) { // on to the caption
        cursor.movePosition(QTextCursor::NextBlock);
        setTextCursor(cursor);
        return true;
    }
    if (kind == BlockKind::Caption) { // out of the figure, into a paragraph after it
        QTextFrame *figure = figureAt(cursor);
        if (!figure)
            return false;
        cursor = figure->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock);
        if (cursor.block().length() > 1 || cursor.currentTable()) {
            cursor.beginEditBlock();
            cursor.insertBlock(paragraphFormat(), headingCharFormat(0));
            cursor.movePosition(QTextCursor::PreviousBlock);
            cursor.setBlockFormat(paragraphFormat());
            cursor.endEditBlock();
        }
        setTextCursor(cursor);
        return true;
    }
    const bool atEnd = cursor.position() == block.position() + block.length() - 1;
    if (kind != BlockKind::Rule && kind != BlockKind::PageBreak
        && !(block.blockFormat().headingLevel() > 0 && atEnd))
        return false;
    const QTextBlock next = block.next();
    if ((kind == BlockKind::Rule || kind == BlockKind::PageBreak) && next.isValid()
        && next.length() <= 1 && blockKind(next) == BlockKind::Text && !next.textList()
        && QTextCursor(next).currentFrame() == cursor.currentFrame()) {
        setTextCursor(QTextCursor(next)); // the empty paragraph already there
        return true;
    }
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock);
    QTextBlockFormat format = paragraphFormat();
    if (block.blockFormat().boolProperty(ListContinuation)) {
        format.setProperty(ListContinuation, true);
        format.setIndent(block.blockFormat().indent());
    }
    cursor.insertBlock(format, headingCharFormat(0));
    cursor.endEditBlock();
    setTextCursor(cursor);
    return true;
}

void BodyTextEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (QTextFrame *figure = figureAt(cursorForPosition(event->position().toPoint()))) {
        Q_EMIT figureActivated(figure);
        return;
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

} // namespace Newsdesk
