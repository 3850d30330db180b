#include "articlebatch.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/leaserepository.h"
#include "storage/sqlvalues.h"
#include "workflow/transitions.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QStringList cleaned(const QStringList &tags)
{
    QStringList list;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !list.contains(trimmed))
            list.append(trimmed);
    }
    return list;
}
} // namespace

Result<BatchOutcome> ArticleBatch::apply(const QList<qint64> &ids, const QString &action,
                                         const QString &detail, const Change &change)
{
    BatchOutcome outcome;
    ArticleRepository articles(m_database);
    LeaseRepository leases(m_database);
    const QDateTime now = SqlValues::now();
    const Status status = m_database.transaction([&]() -> Status {
        for (qint64 id : ids) {
            Result<Article> loaded = articles.byId(id);
            if (!loaded)
                return loaded.error();
            const Article &stored = loaded.value();
            if (Status allowed = Transitions::check(WorkflowAction::Edit, m_user, stored);
                !allowed) {
                outcome.skipped.append({id, allowed.error().message()});
                continue;
            }
            Result<std::optional<Lease>> lease = leases.of(id);
            if (!lease)
                return lease.error();
            if (lease.value() && lease.value()->isActiveAt(now)
                && lease.value()->userId != m_user.id) {
                outcome.skipped.append({id, LeaseRepository::describe(*lease.value())});
                continue;
            }
            Article changed = stored;
            if (std::optional<QString> reason = change(changed)) {
                outcome.skipped.append({id, *reason});
                continue;
            }
            Result<Article> edited = Transitions::edit(m_user, stored, changed);
            if (!edited) {
                outcome.skipped.append({id, edited.error().message()});
                continue;
            }
            Result<Article> saved = articles.save(edited.value(), m_user.id, action, detail);
            if (!saved)
                return saved.error();
            outcome.changed.append(id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<BatchOutcome> ArticleBatch::changeState(const QList<qint64> &ids, WorkflowAction action)
{
    BatchOutcome outcome;
    ArticleRepository articles(m_database);
    const QDateTime now = SqlValues::now();
    const Status status = m_database.transaction([&]() -> Status {
        for (qint64 id : ids) {
            Result<Article> loaded = articles.byId(id);
            if (!loaded)
                return loaded.error();
            Result<Article> changed = Transitions::apply(action, m_user, loaded.value(), now);
            if (!changed) {
                outcome.skipped.append({id, changed.error().message()});
                continue;
            }
            Result<Article> saved =
                    articles.save(changed.value(), m_user.id, Transitions::key(action));
            if (!saved)
                return saved.error();
            outcome.changed.append(id);
        }
        return {};
    });
    if (!status)
        return status.error();
    return outcome;
}

Result<BatchOutcome> ArticleBatch::addTags(const QList<qint64> &ids, const QStringList &tags)
{
    const QStringList added = cleaned(tags);
    if (added.isEmpty())
        return Error(Error::Kind::Invalid, tr("No tags were given."));
    return apply(ids, u"tag"_s, added.join(u", "_s), [&](Article &a) -> std::optional<QString> {
        const qsizetype before = a.tags.size();
        for (const QString &tag : added) {
            if (!a.tags.contains(tag))
                a.tags.append(tag);
        }
        if (a.tags.size() == before)
            return tr("it already has these tags");
        return std::nullopt;
    });
}

Result<BatchOutcome> ArticleBatch::removeTags(const QList<qint64> &ids, const QStringList &tags)
{
    const QStringList removed = cleaned(tags);
    if (removed.isEmpty())
        return Error(Error::Kind::Invalid, tr("No tags were given."));
    return apply(ids, u"untag"_s, removed.join(u", "_s), [&](Article &a) -> std::optional<QString> {
        qsizetype count = 0;
        for (const QString &tag : removed)
            count += a.tags.removeAll(tag);
        if (count == 0)
            return tr("it has none of these tags");
        return std::nullopt;
    });
}

Result<BatchOutcome> ArticleBatch::moveToChannel(const QList<qint64> &ids, qint64 channelId)
{
    Result<QVariant> exists =
            m_database.scalar(u"SELECT count(*) FROM channels WHERE id = ?"_s, {channelId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return Error(Error::Kind::NotFound, tr("There is no channel %1.").arg(channelId));
    return apply(ids, u"move"_s, QString::number(channelId),
                 [&](Article &a) -> std::optional<QString> {
                     if (a.channelId == channelId)
                         return tr("it is already in that channel");
                     a.channelId = channelId;
                     a.secondaryChannelIds.removeAll(channelId);
                     return std::nullopt;
                 });
}

Result<BatchOutcome> ArticleBatch::setFlags(const QList<qint64> &ids, ArticleFlags set,
                                            ArticleFlags clear)
{
    const QString detail =
            u"+%1 -%2"_s.arg(ArticleFlagsText::letters(set), ArticleFlagsText::letters(clear));
    return apply(ids, u"flags"_s, detail, [&](Article &a) -> std::optional<QString> {
        ArticleFlags flags = (a.flags | set) & ~clear;
        if (flags.testFlag(ArticleFlag::Redirect) && a.redirectUrl.trimmed().isEmpty())
            flags &= ~ArticleFlags(ArticleFlag::Redirect);
        if (flags == a.flags)
            return tr("its flags are already so");
        a.flags = flags;
        a.titleBold = flags.testFlag(ArticleFlag::Bold);
        return std::nullopt;
    });
}

Result<BatchOutcome> ArticleBatch::submit(const QList<qint64> &ids)
{
    return changeState(ids, WorkflowAction::Submit);
}

Result<BatchOutcome> ArticleBatch::moveToTrash(const QList<qint64> &ids)
{
    return changeState(ids, WorkflowAction::Trash);
}

Result<BatchOutcome> ArticleBatch::restore(const QList<qint64> &ids)
{
    return changeState(ids, WorkflowAction::Restore);
}

} // namespace Newsdesk
