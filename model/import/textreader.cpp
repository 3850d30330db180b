#include "textreader.h"

#include "html/sanitizer.h"
#include "import/textdecoding.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Result<ImportedDocument> TextReader::read(const QByteArray &bytes, const QString &fileName)
{
    TextDecoding::Decoded decoded = TextDecoding::decodeText(bytes);
    QString text = decoded.text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    if (start == text.size())
        return Error(Error::Kind::Invalid, tr("%1 is empty: no title, no text.").arg(fileName));
    const qsizetype end = text.indexOf(u'\n', start);
    ImportedDocument document;
    document.title = text.mid(start, end < 0 ? -1 : end - start).simplified();
    const QString rest = end < 0 ? QString() : text.mid(end + 1).trimmed();
    document.bodyHtml = Sanitizer::plainTextToHtml(rest);
    for (const QString &warning : std::as_const(decoded.warnings))
        document.warnings.append(warning);
    return document;
}

} // namespace Newsdesk
