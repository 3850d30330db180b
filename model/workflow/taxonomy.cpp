#include "taxonomy.h"

#include "core/approvedcontent.h"
#include "storage/library.h"
#include "workflow/permissions.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Taxonomy::Taxonomy(Library &library, User user)
    : m_library(library)
    , m_user(std::move(user))
{
}

Result<qint64> Taxonomy::createTag(const QString &name)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageChannels); !allowed)
        return allowed.error();
    return m_library.tags().create(name, m_user.id);
}

Result<QList<qint64>> Taxonomy::renameTag(qint64 id, const QString &newName)
{
    return changeArticles(tr("tag renamed to %1").arg(newName.trimmed()),
                          [&] { return m_library.tags().rename(id, newName, m_user.id); });
}

Result<QList<qint64>> Taxonomy::mergeTags(const QList<qint64> &ids, const QString &into)
{
    return changeArticles(tr("tags merged into %1").arg(into.trimmed()),
                          [&] { return m_library.tags().merge(ids, into, m_user.id); });
}

Result<QList<qint64>> Taxonomy::removeTag(qint64 id)
{
    return changeArticles(tr("tag deleted"),
                          [&] { return m_library.tags().remove(id, m_user.id); });
}

Result<qint64> Taxonomy::addChannel(const Channel &channel)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageChannels); !allowed)
        return allowed.error();
    return m_library.channels().add(channel);
}

Status Taxonomy::updateChannel(const Channel &channel)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageChannels); !allowed)
        return allowed;
    return m_library.channels().update(channel);
}

Status Taxonomy::moveChannel(qint64 id, qint64 newParentId)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageChannels); !allowed)
        return allowed;
    return m_library.channels().move(id, newParentId);
}

Status Taxonomy::removeChannel(qint64 id, qint64 moveArticlesTo)
{
    Result<QList<qint64>> changed = changeArticles(tr("channel deleted"), [&]() -> Result<QList<qint64>> {
        Result<QList<qint64>> ids = m_library.channels().articleIds(id);
        if (!ids)
            return ids.error();
        if (Status removed = m_library.channels().remove(id, moveArticlesTo); !removed)
            return removed.error();
        return ids;
    });
    if (!changed)
        return changed.error();
    return {};
}

Result<QList<qint64>> Taxonomy::changeArticles(
        const QString &reason, const std::function<Result<QList<qint64>>()> &change)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageChannels); !allowed)
        return allowed.error();
    QList<qint64> ids;
    const Status status = m_library.database().transaction([&]() -> Status {
        Result<QList<qint64>> changed = change();
        if (!changed)
            return changed.error();
        ids = changed.value();
        return repin(ids, reason);
    });
    if (!status)
        return status.error();
    return ids;
}

Status Taxonomy::repin(const QList<qint64> &ids, const QString &reason)
{
    for (qint64 id : ids) {
        Result<Article> loaded = m_library.articles().byId(id);
        if (!loaded)
            return loaded.error();
        const Article &a = loaded.value();
        // A staged edit keeps the approved revision it has; a row that was the approved
        // content (no staged edit) moves its approval along with the chief editor's change.
        if (!(a.isLive() || a.status == ArticleStatus::Withdrawn) || a.pending
            || ApprovedContent::hash(a) == a.approvedHash)
            continue;
        Result<ArticleRepository::Saved> saved =
                m_library.articles().saveRecorded(a, m_user.id, u"repin"_s, reason);
        if (!saved)
            return saved.error();
        const Article &now = saved.value().article;
        if (Status pinned = m_library.articles().pinApproval(now.id, saved.value().revision.id,
                                                              ApprovedContent::hash(now));
            !pinned)
            return pinned;
    }
    return {};
}

} // namespace Newsdesk
