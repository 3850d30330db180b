#pragma once

#include "core/result.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextDocument>

#include <functional>

namespace Newsdesk {

// The QTextDocument of an article body (laid out as documentformat.h describes) that shows the
// body's images: "media:N" images come from a media source (the library), are decoded and
// scaled to at most DocumentFormat::MaxDisplayWidth on the thread pool, and are drawn as a grey
// placeholder until then, so a 50-megapixel photo never blocks typing. Remote (http) images
// are not fetched by the editor: they show the placeholder.
class BodyDocument final : public QTextDocument
{
    Q_OBJECT

public:
    // The bytes of a media image; called on the document's thread.
    using MediaSource = std::function<Result<QByteArray>(qint64 id)>;

    explicit BodyDocument(QObject *parent = nullptr);

    // Forgets the decoded images and loads from source from now on; an empty source shows
    // placeholders.
    void setMediaSource(MediaSource source);
    // An image already decoded (just inserted): shown at once.
    void addMediaImage(qint64 id, const QImage &image);
    // Images still being decoded.
    int pendingImages() const { return int(m_pending.size()); }

    // Decodes data scaled to fit maxWidth (thread-safe); a null image when it cannot.
    static QImage decodeForDisplay(const QByteArray &data, int maxWidth);

Q_SIGNALS:
    void imageLoaded(const QUrl &name);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void startLoad(const QUrl &name);
    void finishLoad(const QUrl &name, const QImage &image);
    QImage placeholder() const;

    MediaSource m_source;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_pending;
    quint64 m_generation = 0;
    mutable QImage m_placeholder;
};

} // namespace Newsdesk
