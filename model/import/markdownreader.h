#pragma once

#include "core/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTimeZone;

namespace Newsdesk {

// Reads one Hugo or Jekyll Markdown file: its front matter (YAML, TOML or JSON: FrontMatter,
// mapped by FrontMatterMapping), the template tags in its body (ShortcodeExpander) and the
// Markdown itself (MarkdownHtml), into an ImportedDocument whose bodyHtml is outside HTML for
// the importer's Sanitizer. A UTF-8 BOM is skipped; bytes that are not UTF-8 are replaced
// (with a warning).
//
//     const Result<ImportedDocument> read = MarkdownReader::read(bytes, path, zone);
//     if (!read)
//         report(read.error().message()); // "post.md, front matter line 4: …"
//
// The title is the front matter's; else the first "# heading" of the body (then taken out of
// it); else the file's base name without Jekyll's date prefix (a Hugo bundle's index.md: its
// folder's name). The date is the front matter's, else the one in a Jekyll file name
// ("2017-07-21-slug.md").
//
// Thread-safe: the importer reads files on a thread pool.
class MarkdownReader final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MarkdownReader)

public:
    // fileName: the file's name or path, for messages and for Jekyll's date in the name.
    // zone: how to read times without an offset (the site's zone, e.g. Asia/Shanghai).
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName,
                                         const QTimeZone &zone);
    // .md, .markdown, .mdown, .mkd, in any case.
    static bool isMarkdownFile(const QString &path);
};

} // namespace Newsdesk
