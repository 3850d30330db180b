#pragma once

#include "core/channel.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Database;

// Reads and writes the channel tree. Changes keep it a tree: no cycles, one root, slugs unique
// among siblings, and no article is left without a channel.
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
    Result<Channel> byId(qint64 id) const;
    Result<qint64> add(const Channel &channel);
    // Saves name, slug, SEO fields, page size and URL rule (not the place in the tree).
    Status update(const Channel &channel);
    // Makes channel id the last child of newParentId.
    Status move(qint64 id, qint64 newParentId);
    // Deletes a channel without sub-channels; its articles (main and secondary) move to
    // moveArticlesTo, which may be 0 only when the channel holds none.
    Status remove(qint64 id, qint64 moveArticlesTo);
    // Articles whose main channel is id, the trash included.
    Result<int> articleCount(qint64 id) const;
    // Ids of the articles in channel id, as main or secondary channel, the trash included.
    Result<QList<qint64>> articleIds(qint64 id) const;

    // A URL slug for a channel name: Chinese as pinyin, lower-case ASCII letters, digits and
    // hyphens ("热点" → "redian", "World News" → "world-news").
    static QString slugFor(const QString &name);

private:
    Status validate(const Channel &channel) const;

    Database &m_database;
};

} // namespace Newsdesk
