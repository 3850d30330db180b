#include "articlebatch.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sqlvalues.h"

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
    const Status status = m_database.transaction([&]() -> Status {
        for (qint64 id : ids) {
            Result<Article> loaded = articles.byId(id);
            if (!loaded)
                return loaded.error();
            Article article = std::move(loaded).value();
            if (std::optional<QString> reason = change(article)) {
                outcome.skipped.append({id, *reason});
                continue;
            }
            Result<Article> saved = articles.save(article, m_userId, action, detail);
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
    return apply(ids, u"submit"_s, {}, [](Article &a) -> std::optional<QString> {
        if (a.isTrashed())
            return tr("it is in the trash");
        if (a.status != ArticleStatus::Draft && a.status != ArticleStatus::Returned)
            return tr("it is %1, not a draft or returned")
                    .arg(ArticleStatuses::displayName(a.status));
        a.status = ArticleStatus::Submitted;
        return std::nullopt;
    });
}

Result<BatchOutcome> ArticleBatch::moveToTrash(const QList<qint64> &ids)
{
    return apply(ids, u"trash"_s, {}, [](Article &a) -> std::optional<QString> {
        if (a.isTrashed())
            return tr("it is already in the trash");
        a.trashedAt = SqlValues::now();
        return std::nullopt;
    });
}

Result<BatchOutcome> ArticleBatch::restore(const QList<qint64> &ids)
{
    return apply(ids, u"restore"_s, {}, [](Article &a) -> std::optional<QString> {
        if (!a.isTrashed())
            return tr("it is not in the trash");
        a.trashedAt = QDateTime();
        return std::nullopt;
    });
}

} // namespace Newsdesk
