#pragma once

#include "core/article.h"
#include "diff/textdiff.h"

#include <QCoreApplication>

#include <functional>

namespace Newsdesk {

// One field of two revisions of an article, as text (channels by name, flags by their names,
// times in local time), with the word diff between them.
struct FieldDiff
{
    QString key; // "title", "channel", "body", … stable, for code and tests
    QString label; // translated, as the editing form names the field
    QString before;
    QString after;
    bool changed = false;
    QList<DiffSegment> segments; // one Same segment when unchanged (none when empty)
};

// What changed between two revisions of an article: every field an editor can change, in the
// order of the editing form, and the body compared as text.
//
// The body is compared as bodyText() gives it: BodyText::plain() (one block a line, markup and
// figures left out), with each figure kept as a line "[Image #42: caption]" (the image by its
// media id or address, then its caption and credit) and each page break as "[Page break: title]",
// so a swapped photo, an edited caption or a moved page break shows in the diff. Formatting
// alone (bold, a link's address, a table's shape) shows no text change; bodyFormattingChanged
// says when the HTML differs where its text does not.
struct ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ArticleDiff)

public:
    using ChannelName = std::function<QString(qint64)>;

    QList<FieldDiff> fields; // the body excluded
    FieldDiff body;
    bool bodyFormattingChanged = false;
    int addedChars = 0; // over all fields and the body, whitespace not counted
    int removedChars = 0;

    bool identical() const;
    int changedFieldCount() const; // the body included

    // channelName gives a channel's name from its id; without it (or when it gives nothing)
    // channels show as "#id".
    static ArticleDiff compare(const Article &before, const Article &after,
                               const ChannelName &channelName = {});
    // The text of a body as compared (see above).
    static QString bodyText(const QString &html);
};

} // namespace Newsdesk
