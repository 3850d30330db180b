#include "bodyhtml.h"

#include "html/sanitizer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk::BodyHtml {

namespace {
// The entities canonical HTML writes in attribute values.
QString unescape(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s);
    value.replace(u"&lt;"_s, u"<"_s);
    value.replace(u"&gt;"_s, u">"_s);
    value.replace(u"&amp;"_s, u"&"_s);
    return value;
}
} // namespace

QList<Page> pages(const QString &body)
{
    // Canonical bodies write a page break as its own top-level block, one per line, with the
    // title (if any) escaped as an attribute: <hr class="page-break" data-title="…">.
    static const QRegularExpression pageBreak(
            u"(?:^|\\n)<hr class=\"page-break\"(?: data-title=\"([^\"]*)\")?>(?=\\n|$)"_s);
    QList<Page> pages;
    qsizetype start = 0;
    QString title; // of the page being collected: from the break before it
    const auto add = [&](qsizetype end) {
        const QString html = body.mid(start, end - start).trimmed();
        if (!html.isEmpty())
            pages.append(Page {html, title});
    };
    QRegularExpressionMatchIterator it = pageBreak.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        add(match.capturedStart());
        title = unescape(match.captured(1));
        start = match.capturedEnd();
    }
    add(body.size());
    if (pages.isEmpty())
        pages.append(Page {});
    return pages;
}

QString imageSizes(int width)
{
    const int shown = width > 0 ? std::min(width, FigureMaxWidth) : FigureMaxWidth;
    return u"(max-width: 600px) calc(100vw - 50px), (max-width: 900px) calc(100vw - 82px), "
           "%1px"_s.arg(shown);
}

QString adSlotHtml(const QString &storedHtml)
{
    return toPageHtml(Sanitizer::clean(storedHtml).html, [](qint64) { return Image {}; });
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
            if (!image.srcset.isEmpty()) {
                html.append(u" srcset=\""_s + image.srcset.toHtmlEscaped() + u"\" sizes=\""_s
                            + imageSizes(image.width) + u'"');
            }
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
