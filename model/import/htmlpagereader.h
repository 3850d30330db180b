#pragma once

#include "core/result.h"
#include "importeddocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace Newsdesk {

// Reads one saved article page: a portal page of the DedeCMS generation (breadcrumb, title,
// info line, intro, body with its credits, all in the classic article template's blocks) or
// any other article page (the <article>, <main>, or the block with the most paragraph text).
// The page's character set is found by TextDecoding. The body is returned as outside HTML for
// the Sanitizer, without the template's chrome. Thread-safe: no state between calls.
class HtmlPageReader final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::HtmlPageReader)
public:
    // zone: how to read times written without an offset (the importer passes Asia/Shanghai
    // or the site's zone). fileName names the file in messages.
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName,
                                         const QTimeZone &zone);
    // .html .htm .shtml .xhtml, in any case.
    static bool isHtmlFile(const QString &path);
};

} // namespace Newsdesk
