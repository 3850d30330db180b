#include "articlebodyview.h"

#include "storage/library.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
constexpr int MaxImageWidth = 360;
}

ArticleBodyView::ArticleBodyView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
}

void ArticleBodyView::setBody(const QString &html)
{
    setHtml(html);
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
