#include "pastecleaner.h"

#include "html/sanitizer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// The bytes of a data:image/...;base64,... or percent-encoded data: URL; empty when it is not
// an image.
QByteArray dataUrlBytes(QStringView url)
{
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0)
        return {};
    const QString header = url.mid(5, comma - 5).toString().toLower(); // after "data:"
    if (!header.startsWith("image/"_L1))
        return {};
    const QByteArray payload = url.mid(comma + 1).toLatin1();
    if (header.endsWith(";base64"_L1)) {
        QByteArray compact = payload;
        compact.replace("%2B", "+").replace("%2F", "/").replace("%3D", "=");
        compact = compact.simplified().replace(" ", "");
        return QByteArray::fromBase64(compact);
    }
    return QByteArray::fromPercentEncoding(payload);
}

} // namespace

PasteCleaner::Result PasteCleaner::clean(const QString &html, bool clipboardHasImage)
{
    static const QRegularExpression image(
            uR"re((<img\b[^>]*?\bsrc\s*=\s*)(?:"\s*((?:data|file):[^"]*)"|'\s*((?:data|file):[^']*)'))re"_s,
            QRegularExpression::CaseInsensitiveOption);
    Result result;
    QString prepared;
    prepared.reserve(html.size());
    qsizetype copied = 0;
    for (auto it = image.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString url = match.captured(2).isNull() ? match.captured(3) : match.captured(2);
        QByteArray bytes;
        if (url.startsWith("data:"_L1, Qt::CaseInsensitive)) {
            bytes = dataUrlBytes(url);
            if (bytes.isEmpty())
                continue;
        } else if (!clipboardHasImage || result.clipboardImage >= 0) {
            continue; // a file: image without the picture: the sanitizer reports it
        } else {
            result.clipboardImage = int(result.images.size());
        }
        prepared += QStringView(html).mid(copied, match.capturedStart() - copied);
        prepared += match.captured(1) + u"\"media:"_s
                + QString::number(Sentinel + result.images.size()) + u'"';
        copied = match.capturedEnd();
        result.images.append(bytes);
    }
    prepared += QStringView(html).mid(copied);
    Sanitizer::Result clean = Sanitizer::clean(prepared);
    result.html = std::move(clean.html);
    result.report = std::move(clean.report);
    return result;
}

PasteCleaner::Result PasteCleaner::cleanText(const QString &text)
{
    Result result;
    Sanitizer::Result clean = Sanitizer::clean(Sanitizer::plainTextToHtml(text));
    result.html = std::move(clean.html);
    result.report = std::move(clean.report);
    return result;
}

QString PasteCleaner::resolve(const QString &html, int n, qint64 id)
{
    const QString placeholder = u"src=\"media:"_s + QString::number(Sentinel + n) + u'"';
    QString resolved = html;
    if (id > 0)
        return resolved.replace(placeholder, u"src=\"media:"_s + QString::number(id) + u'"');
    const QRegularExpression tag(u"<img "_s + QRegularExpression::escape(placeholder)
                                 + u"[^>]*>"_s);
    resolved.remove(tag);
    return Sanitizer::clean(resolved).html;
}

} // namespace Newsdesk
