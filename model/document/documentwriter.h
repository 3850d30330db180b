#pragma once

#include <QString>

class QTextDocument;

namespace Newsdesk {

// Writes the body in a QTextDocument (laid out as documentformat.h describes) as canonical
// article HTML. Our own serializer, never QTextDocument::toHtml(): it walks frames, blocks and
// fragments and writes the elements of docs/article-html.md, then passes the result through
// Sanitizer::clean(), the one normaliser (whitespace, empty elements, merged inline elements),
// so what it returns is always a fixed point of clean(). For a document DocumentReader built
// from a canonical body, the result is that body byte for byte.
class DocumentWriter final
{
public:
    static QString toHtml(const QTextDocument *document);
    // The serializer's output before normalisation (HTML clean() accepts unchanged in meaning).
    static QString serialize(const QTextDocument *document);
};

} // namespace Newsdesk
