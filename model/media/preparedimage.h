#pragma once

#include "core/media.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Newsdesk {

// An image checked and reduced by MediaImporter::prepare, ready for MediaRepository::add.
struct PreparedImage
{
    QString sourceName; // the file it came from (its name only), for Media::fileName
    QByteArray data; // the bytes to store: the source's own, or the re-encoded image
    QString mimeType; // image/jpeg, image/png, image/gif or image/webp
    QSize size; // of data, upright (EXIF orientation applied)
    QString sha256; // lower-case hex SHA-256 of data: identical images share it
    QSize originalSize; // of the source, upright
    bool downscaled = false; // the source was longer than ImageLimits::maxSide
    bool reencoded = false; // false: data are the source's bytes, untouched

    // A Media row for these bytes (no id yet), with figure's caption, credit and alt.
    Media toMedia(const Media &figure = {}) const
    {
        Media media = figure;
        media.sha256 = sha256;
        media.mimeType = mimeType;
        if (media.fileName.isEmpty())
            media.fileName = sourceName;
        media.width = size.width();
        media.height = size.height();
        media.byteSize = data.size();
        return media;
    }
};

} // namespace Newsdesk
