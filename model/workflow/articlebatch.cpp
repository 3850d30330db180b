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

Result<BatchOutcome> ArticleBatch::each(const QList<qint64> &ids, const QString &action,
                                        const QString &detail, const Decide &decide)
{
    BatchOutcome outcome;
    ArticleRepository articles(m_database);
    const Status status = m_database.transaction([&]() -> Status {
        for (qint64 id : ids) {
            Result<Article> loaded = articles.byId(id);
            if (!loaded)
                return loaded.error();
            Result<Article> next = decide(loaded.value());
            if (!next) {
                // A refusal skips the article; anything else stops the batch.
                const Error::Kind kind = next.error().kind();
                if (kind != Error::Kind::Denied && kind != Error::Kind::Invalid
                    && kind != Error::Kind::Conflict)
                    return next.error();
                outcome.skipped.append({id, next.error().message()});
                continue;
            }
            Result<Article> saved = articles.save(next.value(), m_user.id, action, detail);
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

Result<BatchOutcome> ArticleBatch::apply(const QList<qint64> &ids, const QString &action,
                                         const QString &detail, const Change &change)
{
    LeaseRepository leases(m_database);
    const QDateTime now = SqlValues::now();
    return each(ids, action, detail, [&](const Article &stored) -> Result<Article> {
        if (Status allowed = Transitions::check(WorkflowAction::Edit, m_user, stored); !allowed)
            return allowed.error();
        Result<std::optional<Lease>> lease = leases.heldByOther(stored.id, m_user.id, now);
        if (!lease)
            return lease.error();
        if (lease.value())
            return Error(Error::Kind::Conflict, LeaseRepository::describe(*lease.value()));
        Article changed = stored;
        if (std::optional<QString> reason = change(changed))
            return Error(Error::Kind::Invalid, *reason);
        return Transitions::edit(m_user, stored, changed);
    });
}

Result<BatchOutcome> ArticleBatch::changeState(const QList<qint64> &ids, WorkflowAction action)
{
    const QDateTime now = SqlValues::now();
    return each(ids, Transitions::key(action), {}, [&](const Article &stored) {
        return Transitions::apply(action, m_user, stored, now);
    });
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
