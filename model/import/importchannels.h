#pragma once

#include "core/channel.h"
#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Newsdesk {

class Library;

// Where imported articles go in the channel tree. A channel path from an item (a breadcrumb,
// categories) is matched by name or slug from the root's children down (a leading name of the
// root itself, 首页, is passed over); what is missing below the deepest match is added when the
// person may manage channels, else the article goes to the deepest match with a note. Folders
// are matched against existing channels only. Without any match: the first channel under the
// root. Read once, then kept in step with the channels it adds.
class ImportChannels final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportChannels)

public:
    // dryRun: nothing is added; placements name the channels that would be.
    ImportChannels(Library &library, User user, bool dryRun);

    Status load();

    struct Placement
    {
        qint64 channelId = 0; // 0 in a dry run for a channel that would be added
        QString note; // what the report should say (a channel added, a path not found)
        QString added; // the path of a channel added (or that would be), "资讯 > 新栏目"
    };
    Result<Placement> place(const QStringList &channelPath, const QStringList &folders);

    // --channel PATH: names or slugs separated by '/' or '>' ("资讯/热点", "news/hot").
    Result<qint64> find(const QString &pathText) const;
    // "资讯 > 热点".
    QString pathName(qint64 channelId) const;
    bool exists(qint64 channelId) const { return m_channels.contains(channelId); }

private:
    qint64 child(qint64 parentId, const QString &segment) const;
    // The shallowest channel below the top level named segment, 0 when none.
    qint64 anywhere(const QString &segment) const;
    // The deepest channel matching a prefix of segments, and how many segments it matched.
    std::pair<qint64, int> deepest(const QStringList &segments) const;
    Result<qint64> add(qint64 parentId, const QString &name);

    Library &m_library;
    User m_user;
    bool m_dryRun = false;
    qint64 m_rootId = 0;
    QHash<qint64, Channel> m_channels;
    QHash<qint64, QList<qint64>> m_children;
};

} // namespace Newsdesk
