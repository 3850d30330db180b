#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Newsdesk {

// Article bodies (and ad slot contents) on their way into a page.
namespace BodyHtml {

// The marker between the pages of a multi-page article, as bodies store it.
inline const QString PageBreak = QStringLiteral("<hr class=\"page-break\">");

// The pages of a stored body, split at its page breaks (one page when there is none).
QStringList pages(const QString &body);

struct Image
{
    QString src; // relative URL of the image file
    int width = 0;
    int height = 0;
};
using MediaResolver = std::function<Image(qint64 mediaId)>;

// The one place where stored HTML enters a page: every article body page and every ad slot
// goes through here. It resolves src="media:ID" to the image's URL in the bundle (with its
// width and height, so the page does not jump while images load). Bodies are canonical HTML
// from the library's allow-list and are inserted as they are; the sanitizer of model/html
// will run here at integration, so nothing reaches a page without passing it.
QString toPageHtml(const QString &storedHtml, const MediaResolver &resolveMedia);

} // namespace BodyHtml

} // namespace Newsdesk
