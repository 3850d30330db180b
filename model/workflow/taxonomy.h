#pragma once

#include "core/channel.h"
#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace Newsdesk {

class Library;

// Channels and tags, managed by chief editors (Permission::ManageChannels), with the same
// checks whichever entry point asks. Renaming, merging or deleting a tag and deleting a
// channel change articles that may be live: each live article that was exactly what was
// approved gets a new revision with the change, and its approval moves to it (audit entry
// "repin"), because a chief editor's change to the site's taxonomy needs no second review.
// A live article with a staged edit keeps its approved revision as it was (the old tag name
// shows on the site until its edit is approved).
class Taxonomy final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Taxonomy)

public:
    Taxonomy(Library &library, User user);

    Result<qint64> createTag(const QString &name);
    Result<QList<qint64>> renameTag(qint64 id, const QString &newName);
    Result<QList<qint64>> mergeTags(const QList<qint64> &ids, const QString &into);
    Result<QList<qint64>> removeTag(qint64 id);

    Result<qint64> addChannel(const Channel &channel);
    Status updateChannel(const Channel &channel);
    Status moveChannel(qint64 id, qint64 newParentId);
    Status removeChannel(qint64 id, qint64 moveArticlesTo);

private:
    // Runs change (which returns the articles it touched) and re-pins their approvals, in
    // one transaction.
    Result<QList<qint64>> changeArticles(const QString &reason,
                                         const std::function<Result<QList<qint64>>()> &change);
    Status repin(const QList<qint64> &ids, const QString &reason);

    Library &m_library;
    User m_user;
};

} // namespace Newsdesk
