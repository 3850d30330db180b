#pragma once

#include <QString>

class QTextDocument;

namespace Newsdesk {

class BodyTree;

// Builds the QTextDocument of an article body, laid out as documentformat.h describes. The
// input goes through Sanitizer::cleanTree() first, so any HTML can be read and what lands in the
// document is always canonical; DocumentWriter writes it back byte for byte.
class DocumentReader final
{
public:
    // Replaces the content of document (its undo history is not touched; callers that load a
    // stored body clear it).
    static void read(QTextDocument *document, const QString &html);
    static void read(QTextDocument *document, const BodyTree &tree);
};

} // namespace Newsdesk
