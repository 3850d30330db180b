#pragma once

#include <QString>
#include <QTextListFormat>

#include <functional>

class QTextCharFormat;
class QTextCursor;
class QTextFrame;

namespace Newsdesk {

// The editing operations of the body editor, on a cursor of a document laid out as
// model/document/documentformat.h describes. Each is one undo step. The actions of
// FormatActions call these; tests can too.
namespace BodyEditing {

// 0: paragraph, 2–4: heading. Every block of the selection.
void setBlockStyle(QTextCursor cursor, int level);
// Rewrites the character format of every fragment in the selection.
void rewriteCharFormats(QTextCursor cursor, const std::function<void(QTextCharFormat &)> &change);
// Drops character formatting (keeps links and captions' credit) and turns headings into
// paragraphs; with no selection, the current block.
void clearFormatting(QTextCursor cursor);

// The link under the cursor (selecting it) or the selection; href and title as found.
struct LinkRange
{
    QString href;
    QString title;
};
LinkRange selectLink(QTextCursor &cursor);
void applyLink(QTextCursor cursor, const QString &href, const QString &title);
void removeLink(QTextCursor cursor);

// Bullet or numbered list on the selected blocks; again on such a list removes it.
void toggleList(QTextCursor cursor, QTextListFormat::Style style);
// Nests (+1) or un-nests (-1) the list items of the selection; un-nesting a top-level item
// makes it a paragraph.
void changeListIndent(QTextCursor cursor, int delta);

// Wraps the selected blocks in a quote, or unwraps the quote the cursor is in.
// Both return where the cursor goes: the end of the (un)wrapped text, the paragraph after the
// rule.
QTextCursor toggleBlockquote(QTextCursor cursor);
QTextCursor insertRule(QTextCursor cursor);
// At the top level after the cursor's block; returns the cursor inside the new page break
// block (where its title is typed).
QTextCursor insertPageBreak(QTextCursor cursor, const QString &title);

// Returns the cursor in the first cell.
QTextCursor insertTable(QTextCursor cursor, int rows, int columns, bool headerRow);
void setTableHeaderRow(QTextCursor cursor, bool header);
bool tableHasHeaderRow(const QTextCursor &cursor);

} // namespace BodyEditing
} // namespace Newsdesk
