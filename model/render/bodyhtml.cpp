#include "bodyhtml.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsdesk::BodyHtml {

QStringList pages(const QString &body)
{
    QStringList pages = body.split(PageBreak);
    for (QString &page : pages)
        page = page.trimmed();
    pages.removeIf([](const QString &page) { return page.isEmpty(); });
    if (pages.isEmpty())
        pages.append(QString());
    return pages;
}

QString toPageHtml(const QString &storedHtml, const MediaResolver &resolveMedia)
{
    // Canonical bodies quote attributes with " and write media references as src="media:ID".
    static const QRegularExpression mediaSource(u"<img\\b([^>]*?)\\ssrc=\"media:(\\d+)\""_s);
    QString html;
    html.reserve(storedHtml.size() + 256);
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = mediaSource.globalMatch(storedHtml);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html.append(QStringView(storedHtml).mid(copied, match.capturedStart() - copied));
        const Image image = resolveMedia(match.captured(2).toLongLong());
        if (image.src.isEmpty()) {
            html.append(match.captured(0)); // unknown media: left as stored
        } else {
            html.append(u"<img"_s + match.captured(1) + u" src=\""_s + image.src.toHtmlEscaped()
                        + u'"');
            const qsizetype tagEnd = storedHtml.indexOf(u'>', match.capturedEnd());
            const QStringView rest = QStringView(storedHtml)
                                             .mid(match.capturedEnd(),
                                                  tagEnd < 0 ? 0 : tagEnd - match.capturedEnd());
            if (image.width > 0 && image.height > 0 && !match.captured(1).contains(u"width="_s)
                && !rest.contains(u"width="_s))
                html.append(u" width=\"%1\" height=\"%2\""_s.arg(image.width).arg(image.height));
        }
        copied = match.capturedEnd();
    }
    html.append(QStringView(storedHtml).mid(copied));
    return html;
}

} // namespace Newsdesk::BodyHtml
