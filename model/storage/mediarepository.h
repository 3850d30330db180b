#pragma once

#include "core/media.h"
#include "core/result.h"

#include <QCoreApplication>

namespace Newsdesk {

class Database;

// Stores images once by content hash, with their dimensions and figure texts.
class MediaRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::MediaRepository)

public:
    explicit MediaRepository(Database &database)
        : m_database(database)
    {
    }

    // Adds the image in data (fileName names it in messages), or returns the id of the
    // identical image already stored. Caption, credit and alt come from media.
    Result<qint64> add(const QByteArray &data, const Media &media);
    Result<Media> byId(qint64 id) const;
    // The row (without its bytes) of the image with this SHA-256 (lower-case hex).
    Result<Media> byHash(const QString &sha256) const;
    Result<QByteArray> data(qint64 id) const;
    // The image with this SHA-256 (lower-case hex) and its MIME type.
    Result<std::pair<QByteArray, QString>> dataByHash(const QString &sha256) const;

private:
    Database &m_database;
};

} // namespace Newsdesk
