#include "articlebodyview.h"

#include "common/colors.h"
#include "storage/library.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int MaxImageWidth = 360;
}

ArticleBodyView::ArticleBodyView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

void ArticleBodyView::setBody(const QString &headerHtml, const QString &bodyHtml)
{
    // Qt's rich text does not know <figure> and <figcaption> and would run the caption on
    // beside the image; show them as blocks, the caption small and grey under the photo.
    QString blocks = bodyHtml;
    blocks.replace(u"<figure>"_s, u"<div>"_s)
            .replace(u"</figure>"_s, u"</div>"_s)
            .replace(u"<figcaption>"_s,
                     u"<p style=\"font-size: small; color: %1;\">"_s.arg(
                             Colors::muted(palette()).name()))
            .replace(u"</figcaption>"_s, u"</p>"_s)
            .replace(u"<hr class=\"page-break\">"_s, u"<hr>"_s);
    setHtml(headerHtml + blocks);
}

void ArticleBodyView::focusInEvent(QFocusEvent *event)
{
    setFrameShape(QFrame::StyledPanel);
    QTextBrowser::focusInEvent(event);
}

void ArticleBodyView::focusOutEvent(QFocusEvent *event)
{
    setFrameShape(QFrame::NoFrame);
    QTextBrowser::focusOutEvent(event);
}

QVariant ArticleBodyView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != u"media"_s || !m_library)
        return {};
    bool numeric = false;
    const qint64 id = name.path().toLongLong(&numeric);
    if (!numeric)
        return {};
    Result<QByteArray> data = m_library->media().data(id);
    if (!data)
        return {};
    QImage image = QImage::fromData(data.value());
    if (image.width() > MaxImageWidth)
        image = image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
    return image;
}

} // namespace Newsdesk
