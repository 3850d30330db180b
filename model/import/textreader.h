#pragma once

#include "core/result.h"
#include "import/importeddocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Newsdesk {

// Plain text files: the first non-empty line is the title, the rest paragraphs separated by
// blank lines (single line breaks stay as <br>). UTF-8, or GB18030 (GBK) when the bytes are not
// UTF-8, as Chinese Windows editors save them.
class TextReader final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TextReader)

public:
    static Result<ImportedDocument> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Newsdesk
