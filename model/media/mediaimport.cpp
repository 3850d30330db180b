#include "mediaimport.h"

#include "media/mediaimporter.h"

#include <QFutureWatcher>

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
    // A watcher connected before its future is set, rather than QFuture::then(this, …): in Qt
    // 6.4 a continuation attached while the future finishes can be lost (ImportRun hung on
    // it). The watcher is this object's child: nothing runs once it is destroyed.
    auto *watcher = new QFutureWatcher<Result<PreparedImage>>(this);
    connect(watcher, &QFutureWatcher<Result<PreparedImage>>::finished, this,
            [this, watcher, id, figure] {
        watcher->deleteLater();
        const Result<PreparedImage> prepared = watcher->result();
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
    watcher->setFuture(std::move(future));
    return id;
}

} // namespace Newsdesk
