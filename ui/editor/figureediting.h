#pragma once

#include <QString>

class QTextCursor;
class QTextFrame;

namespace Newsdesk {

struct Media;

// Figures in the body (model/document/documentformat.h): inserting one for a media image, and
// reading and changing its caption, credit and alt text. Each change is one undo step.
namespace FigureEditing {

// A figure after the cursor's block (or the figure it is in) showing media, with caption and
// credit; returns the cursor after it.
QTextCursor insertFigure(QTextCursor cursor, const Media &media);
struct FigureText
{
    QString caption;
    QString credit;
    QString alt;
};
FigureText figureText(QTextFrame *figure);
void setFigureText(QTextFrame *figure, const FigureText &text);

} // namespace FigureEditing
} // namespace Newsdesk
