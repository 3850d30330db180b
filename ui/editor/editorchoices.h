#pragma once

#include "core/channel.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Newsdesk {

// What the metadata form offers to choose from or completes with, loaded from the library
// when an editor opens.
struct EditorChoices
{
    QList<Channel> channels;
    QHash<qint64, int> channelCounts;
    QStringList tags;
    QStringList authors;
    QStringList editors;
    QStringList sources;
};

// An image of the body that can be the cover: its media id and a label ("#42 caption").
struct CoverChoice
{
    qint64 mediaId = 0;
    QString label;
};

} // namespace Newsdesk
