#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Newsdesk {

// Article bodies (and ad slot contents) on their way into a page.
namespace BodyHtml {

// One page of a multi-page article (分页): its canonical HTML and, from the second page on,
// the title its page break gave it (<hr class="page-break" data-title="…">), if any.
struct Page
{
    QString html;
    QString title;
};

// The pages of a stored body, split at its top-level page breaks (one page when there is
// none; empty pages are dropped). Stored bodies are canonical article HTML: the library
// passes every body through the sanitizer when it is saved (ArticleRepository), and the
// editor's serializer writes nothing else. Rendering does not clean them again: it would
// cost 2.5 times the rendering itself (bench_render: 5,500 → 2,200 pages per CPU second).
QList<Page> pages(const QString &body);

struct Image
{
    QString src; // relative URL of the image file
    int width = 0;
    int height = 0;
    // Candidates for srcset ("…-480w.jpg 480w, ….jpg 640w"), empty when the image has no
    // resized variants (MediaVariants).
    QString srcset;
};
using MediaResolver = std::function<Image(qint64 mediaId)>;

// A page's canonical HTML (from pages()) as it goes into the page: src="media:ID" becomes
// the image's URL in the bundle, with its width and height, so the page does not jump while
// images load, and its srcset with imageSizes() when it has variants.
QString toPageHtml(const QString &canonicalHtml, const MediaResolver &resolveMedia);
// The sizes attribute of a body image width px wide that has variants: how wide the default
// theme shows it. Figures are at most FigureMaxWidth px wide (.article-body figure); on
// narrow screens the content box takes the whole width less its paddings (style.css: below
// 600 px 50 px of paddings and borders, below 900 px 82 px).
inline constexpr int FigureMaxWidth = 720;
QString imageSizes(int width);
// An ad slot's contents, sanitized like a body (they come from settings anyone with the
// admin role can edit, and are shown on every page).
QString adSlotHtml(const QString &storedHtml);

} // namespace BodyHtml

} // namespace Newsdesk
