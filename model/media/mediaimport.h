#pragma once

#include "core/media.h"
#include "media/imagelimits.h"
#include "media/preparedimage.h"

#include <QObject>
#include <QString>

namespace Newsdesk {

class MediaRepository;

// Imports images into one library's media for a view (the body editor: insert, paste, drop).
// Each request is decoded off the UI thread by MediaImporter, then stored through repository
// on the thread that owns this object, and answered there with imported() or failed(), in the
// order the images finish. Destroy it before the library closes: answers still on their way
// are then dropped (the decode finishes on its worker and is discarded).
//
//     auto *import = new MediaImport(library.media(), this);
//     import->setLimits(limitsFromSettings);
//     connect(import, &MediaImport::imported, this, &Editor::insertFigure);
//     connect(import, &MediaImport::failed, this, &Editor::showImportError);
//     const quint64 request = import->importFile(u"/home/me/photo.jpg"_s);
class MediaImport final : public QObject
{
    Q_OBJECT

public:
    explicit MediaImport(MediaRepository &repository, QObject *parent = nullptr);

    const ImageLimits &limits() const { return m_limits; }
    void setLimits(const ImageLimits &limits) { m_limits = limits; }

    // Each returns the request's id, which imported() or failed() carries. figure gives the
    // caption, credit and alt to store with a new image.
    quint64 importFile(const QString &path, const Media &figure = {});
    quint64 importData(const QByteArray &data, const QString &sourceName, const Media &figure = {});
    // Requests not answered yet.
    int pendingCount() const { return m_pending; }

Q_SIGNALS:
    // media is the stored row (with its id; the existing row when the library already held
    // the same bytes); image tells how it was prepared (downscaled, original size).
    void imported(quint64 requestId, const Newsdesk::Media &media,
                  const Newsdesk::PreparedImage &image);
    void failed(quint64 requestId, const QString &message);

private:
    template<typename Future>
    quint64 follow(Future future, const Media &figure);

    MediaRepository &m_repository;
    ImageLimits m_limits;
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace Newsdesk
