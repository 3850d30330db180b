#pragma once

#include "core/channel.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Database;

// Reads and writes the channel tree.
class ChannelRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ChannelRepository)

public:
    explicit ChannelRepository(Database &database)
        : m_database(database)
    {
    }

    // Every channel, parents before children, siblings in their sort order.
    Result<QList<Channel>> all() const;
    Result<qint64> add(const Channel &channel);

private:
    Database &m_database;
};

} // namespace Newsdesk
