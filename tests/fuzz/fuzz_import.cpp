// libFuzzer harness for the import readers: any bytes, read as a portal page, as Markdown with
// front matter and as text, must give a document or an error without a crash, sanitizer report
// (ASan, UBSan) or timeout, and each body a reader found must clean (Sanitizer) without one.
// Built by the `fuzz` preset (clang); run with `make fuzz` (seeded with the readers' fixtures).

#include "html/sanitizer.h"
#include "import/htmlpagereader.h"
#include "import/markdownreader.h"
#include "import/textreader.h"

#include <QByteArray>
#include <QTimeZone>

#include <cstdint>

using namespace Newsdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QTimeZone zone(8 * 3600);
    for (const Result<ImportedDocument> &read :
         {HtmlPageReader::read(bytes, QStringLiteral("fuzz.html"), zone),
          MarkdownReader::read(bytes, QStringLiteral("2017-07-21-fuzz.md"), zone),
          TextReader::read(bytes, QStringLiteral("fuzz.txt"))}) {
        if (read)
            (void)Sanitizer::clean(read.value().bodyHtml);
    }
    return 0;
}
