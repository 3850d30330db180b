#pragma once

#include "diff/articlediff.h"

#include <QCoreApplication>

namespace Newsdesk {

// What DiffHtml shows (outside the class so that it can be a default argument).
struct DiffHtmlOptions
{
    bool showUnchangedFields = false; // the body is always shown
    // Unchanged body lines kept before and after each change; the others collapse to one
    // "…" line. Negative: the whole body.
    int contextLines = -1;
};

// An ArticleDiff as HTML for a QTextBrowser, in the rich-text subset QTextDocument reads
// (tables, <span style="background-color; text-decoration; color">, <br>): removed text struck
// through on red, added text on green. Every piece of article text is HTML-escaped, so a body
// holding "<script>" shows that text. The body is laid out by lines (its blocks); long unchanged
// stretches may be cut to a few lines of context around the changes.
class DiffHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::DiffHtml)

public:
    using Options = DiffHtmlOptions;

    // One column: each field's before and after merged, changes marked in place.
    static QString inlineHtml(const ArticleDiff &diff, const Options &options = {});
    // Two columns: the earlier revision on the left with removed text marked, the later on
    // the right with added text marked; body lines aligned at unchanged line breaks.
    static QString sideBySideHtml(const ArticleDiff &diff, const QString &leftLabel,
                                  const QString &rightLabel, const Options &options = {});
};

} // namespace Newsdesk
