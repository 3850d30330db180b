#include "bodydocument.h"

#include "document/documentformat.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Newsdesk {

BodyDocument::BodyDocument(QObject *parent)
    : QTextDocument(parent)
{
}

void BodyDocument::setMediaSource(MediaSource source)
{
    m_source = std::move(source);
    m_images.clear();
    m_pending.clear();
    ++m_generation;
    markContentsDirty(0, characterCount());
}

void BodyDocument::addMediaImage(qint64 id, const QImage &image)
{
    if (image.isNull())
        return;
    const QUrl name(u"media:"_s + QString::number(id));
    m_images.insert(name, image);
    addResource(QTextDocument::ImageResource, name, image);
}

QImage BodyDocument::decodeForDisplay(const QByteArray &data, int maxWidth)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
        size.transpose();
    if (size.width() > maxWidth) {
        QSize scaled = size.scaled(maxWidth, size.height(), Qt::KeepAspectRatio);
        if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
            scaled.transpose();
        reader.setScaledSize(scaled);
    }
    return reader.read();
}

QVariant BodyDocument::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return QTextDocument::loadResource(type, name);
    if (const auto found = m_images.constFind(name); found != m_images.constEnd())
        return *found;
    if (name.scheme() == "media"_L1 && m_source)
        startLoad(name);
    return placeholder();
}

void BodyDocument::startLoad(const QUrl &name)
{
    if (m_pending.contains(name))
        return;
    bool ok = false;
    const qint64 id = name.path().toLongLong(&ok);
    Result<QByteArray> data =
            ok ? m_source(id) : Result<QByteArray>(Error(Error::Kind::Invalid, {}));
    if (!data) {
        m_images.insert(name, placeholder()); // shown as missing; not asked again
        return;
    }
    m_pending.insert(name);
    auto promise = std::make_shared<QPromise<QImage>>();
    QFuture<QImage> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, bytes = std::move(data).value()] {
        promise->addResult(decodeForDisplay(bytes, DocumentFormat::MaxDisplayWidth));
        promise->finish();
    });
    auto *watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_pending.remove(name);
        const QImage image = watcher->future().resultCount() ? watcher->result() : QImage();
        finishLoad(name, image.isNull() ? placeholder() : image);
    });
    watcher->setFuture(future);
}

void BodyDocument::finishLoad(const QUrl &name, const QImage &image)
{
    m_images.insert(name, image);
    addResource(QTextDocument::ImageResource, name, image);
    // Lay the document out again for the image's real size; this is not an edit (no undo
    // step, no contentsChanged()).
    markContentsDirty(0, characterCount());
    Q_EMIT imageLoaded(name);
}

QImage BodyDocument::placeholder() const
{
    if (!m_placeholder.isNull())
        return m_placeholder;
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0xe4, 0xe7, 0xeb));
    QPainter painter(&image);
    painter.setPen(QColor(0xb0, 0xb6, 0xbe));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.drawLine(image.rect().topLeft(), image.rect().bottomRight());
    painter.drawLine(image.rect().bottomLeft(), image.rect().topRight());
    painter.end();
    m_placeholder = image;
    return image;
}

} // namespace Newsdesk
