#pragma once

#include "bodytree.h"
#include "sanitizerreport.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace Newsdesk {

// The one way outside HTML becomes an article body. Paste, import, rows written by others into
// a shared database, and the editor's own output all pass through clean(), which returns the
// canonical article HTML of docs/article-html.md and what it removed:
//
//     const Sanitizer::Result clean = Sanitizer::clean(pastedHtml);
//     article.body = clean.html;
//     if (const QString notice = clean.report.summary(); !notice.isEmpty())
//         showNotice(notice);
//     for (const QString &url : clean.report.remoteImages) ... // offer to import them
//
// The input is parsed with gumbo, a complete HTML5 tree builder, as the content of a <body>,
// and the output is written from the parsed tree by BodyTree: no byte of the input is echoed.
// Input without markup is plain text: blank lines separate paragraphs, single line breaks
// become <br>. Cleaning is idempotent: clean(clean(x).html).html == clean(x).html, byte for
// byte, and canonical bodies come back unchanged. Any input is accepted (invalid UTF-16 is
// replaced, NUL and control characters dropped); time and memory grow linearly with its size
// (NestingGuard bounds the nesting the parser sees) and nothing recurses on its depth.
//
// Thread-safe: clean() keeps no state between calls.
class Sanitizer final
{
public:
    struct Options
    {
        // Where imported HTML came from: relative link and image addresses are resolved
        // against it. Without it, relative links stay relative and relative images are dropped
        // (counted in SanitizerReport::relativeImages).
        QUrl baseUrl;
        // For import: where a relative or file: image address leads, asked before baseUrl is
        // tried. Returns the src to store (a media:<id>, placeholder ids included), or an
        // empty string to go on as without it; any other answer is ignored. Called on the
        // cleaning thread.
        std::function<QString(const QString &src)> localImages;
    };

    struct Result
    {
        QString html; // canonical body: top-level blocks separated by '\n', no trailing newline
        SanitizerReport report;
    };

    static Result clean(const QString &html, const Options &options = {});
    static Result clean(const QString &html, const QUrl &baseUrl)
    {
        Options options;
        options.baseUrl = baseUrl;
        return clean(html, options);
    }

    // The same cleaning, returning the finished canonical tree instead of its HTML (its
    // toHtml() is clean().html): for readers that build something else from a body, such as
    // the editor's QTextDocument (model/document/documentreader.h).
    static BodyTree cleanTree(const QString &html, const Options &options = {},
                              SanitizerReport *report = nullptr);

    // Whether text should be read as HTML: it holds something that looks like a tag, comment
    // or character reference start ("<p", "</", "<!"). Otherwise clean() reads it as plain text.
    static bool looksLikeHtml(QStringView text);
    // Plain text as (not yet canonical) HTML paragraphs.
    static QString plainTextToHtml(QStringView text);
};

} // namespace Newsdesk
