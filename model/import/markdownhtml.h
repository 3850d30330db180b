#pragma once

#include <QByteArrayView>
#include <QString>

namespace Newsdesk {

// Markdown (CommonMark with GitHub's tables and strikethrough) to HTML, with cmark-gfm. Raw
// HTML in the Markdown is passed through as written (CMARK_OPT_UNSAFE): the importer sends every
// body through the one Sanitizer, which drops scripts, event handlers and anything else outside
// the article HTML; cmark's own filtering would only turn some of it into visible text. Quotes
// and dashes stay as the author typed them (no CMARK_OPT_SMART).
//
// Thread-safe. The extensions are registered once, and the inline pass is serialised: cmark-gfm
// 0.29 keeps the extensions' special characters in a global table that every parse changes
// (github/cmark-gfm#176). The block pass and rendering, most of the work, run in parallel.
// Inputs on which this cmark-gfm is slow are defused beforehand by ShortcodeExpander.
class MarkdownHtml final
{
public:
    struct Converted
    {
        QString html; // no trailing newline
        QString title; // the text of the heading taken out, when asked to
    };

    // markdown: UTF-8. takeTitle: take the first top-level level-1 heading ("# Title" or
    // "Title\n===") out of the body and return its text as the title.
    static Converted convert(QByteArrayView markdown, bool takeTitle);
};

} // namespace Newsdesk
