#pragma once

#include "html/sanitizerreport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Newsdesk {

// Cleans HTML from the clipboard for the editor, keeping its embedded images: a data: image
// (a web page's inline picture, WPS) and, when the clipboard also holds a picture, the first
// file: image (Word's clipboard HTML points at a temporary file; the clipboard holds the
// picture itself) would be dropped by Sanitizer::clean(). Before cleaning, their src becomes a
// placeholder media id (Sentinel + n), and their bytes are handed back; the caller stores them
// in the library (on the thread that owns it) and replaces each placeholder with the real id.
// Thread-safe, so a large paste is cleaned on a worker thread.
class PasteCleaner final
{
public:
    static constexpr qint64 Sentinel = 900'000'000'000'000;

    struct Result
    {
        QString html; // canonical body with media:Sentinel+n images
        SanitizerReport report;
        QList<QByteArray> images; // n → bytes; empty bytes for the clipboard's picture
        int clipboardImage = -1; // which n is the clipboard's picture, or -1
    };

    static Result clean(const QString &html, bool clipboardHasImage);
    // Plain text (paragraphs on blank lines, <br> for line breaks), never read as HTML.
    static Result cleanText(const QString &text);
    // Points placeholder n at media id, or, when id is 0, removes its image (its figure's
    // caption stays as a paragraph).
    static QString resolve(const QString &html, int n, qint64 id);
};

} // namespace Newsdesk
