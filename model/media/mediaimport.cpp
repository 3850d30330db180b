#include "mediaimport.h"

#include "media/mediaimporter.h"

#include <QFuture>

namespace Newsdesk {

MediaImport::MediaImport(MediaRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
}

quint64 MediaImport::importFile(const QString &path, const Media &figure)
{
    return follow(MediaImporter::prepareFileAsync(path, m_limits), figure);
}

quint64 MediaImport::importData(const QByteArray &data, const QString &sourceName,
                                const Media &figure)
{
    return follow(MediaImporter::prepareAsync(data, sourceName, m_limits), figure);
}

template<typename Future>
quint64 MediaImport::follow(Future future, const Media &figure)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    // The continuation runs in this object's thread, and not at all once it is destroyed.
    future.then(this, [this, id, figure](const Result<PreparedImage> &prepared) {
        --m_pending;
        if (!prepared) {
            Q_EMIT failed(id, prepared.error().message());
            return;
        }
        Result<Media> stored = MediaImporter::store(m_repository, prepared.value(), figure);
        if (!stored) {
            Q_EMIT failed(id, stored.error().message());
            return;
        }
        Q_EMIT imported(id, stored.value(), prepared.value());
    });
    return id;
}

} // namespace Newsdesk
