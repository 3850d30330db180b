#include "channelrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectChannels =
        u"SELECT id, parent_id, slug, name, sort_order, seo_title, seo_keywords, "
        "seo_description, page_size, url_rule FROM channels ORDER BY sort_order, id"_s;
const QString InsertChannel =
        u"INSERT INTO channels (parent_id, slug, name, sort_order, seo_title, seo_keywords, "
        "seo_description, page_size, url_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;
const QString UpdateChannel =
        u"UPDATE channels SET slug = ?, name = ?, seo_title = ?, seo_keywords = ?, "
        "seo_description = ?, page_size = ?, url_rule = ? WHERE id = ?"_s;
const QString NextSortOrder = u"SELECT coalesce(max(sort_order), -1) + 1 FROM channels"_s;
const QString MoveChannel = u"UPDATE channels SET parent_id = ?, sort_order = ? WHERE id = ?"_s;
// IS NOT DISTINCT FROM: equal, or both NULL (the home channel's siblings), in both dialects.
const QString SiblingSlug = u"SELECT count(*) FROM channels WHERE parent_id IS NOT DISTINCT "
                            "FROM ? AND slug = ? AND id <> ?"_s;
const QString ChildCount = u"SELECT count(*) FROM channels WHERE parent_id = ?"_s;
const QString ArticleCount = u"SELECT count(*) FROM articles WHERE channel_id = ?"_s;
const QString MoveArticles = u"UPDATE articles SET channel_id = ? WHERE channel_id = ?"_s;
// Secondary links to the target are dropped where the article would list it twice.
const QString DropDuplicateLinks =
        u"DELETE FROM article_channels WHERE channel_id = ? AND article_id IN "
        "(SELECT article_id FROM article_channels WHERE channel_id = ?)"_s;
const QString MoveLinks = u"UPDATE article_channels SET channel_id = ? WHERE channel_id = ?"_s;
const QString DropSelfLinks = u"DELETE FROM article_channels WHERE channel_id = ? AND "
                              "article_id IN (SELECT id FROM articles WHERE channel_id = ?)"_s;
const QString DeleteChannel = u"DELETE FROM channels WHERE id = ?"_s;

Channel channelFrom(const QSqlQuery &q)
{
    Channel c;
    c.id = q.value(0).toLongLong();
    c.parentId = SqlValues::toId(q.value(1));
    c.slug = q.value(2).toString();
    c.name = q.value(3).toString();
    c.sortOrder = q.value(4).toInt();
    c.seoTitle = q.value(5).toString();
    c.seoKeywords = q.value(6).toString();
    c.seoDescription = q.value(7).toString();
    c.pageSize = q.value(8).toInt();
    c.urlRule = q.value(9).toString();
    return c;
}

void appendSubtree(qint64 parentId, const QHash<qint64, QList<Channel>> &children,
                   QList<Channel> &out)
{
    for (const Channel &channel : children.value(parentId)) {
        out.append(channel);
        appendSubtree(channel.id, children, out);
    }
}
} // namespace

QString ChannelRepository::slugFor(const QString &name)
{
    UErrorCode status = U_ZERO_ERROR;
    static const std::unique_ptr<icu::Transliterator> toLatin(icu::Transliterator::createInstance(
            "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    const auto transliterate = [&](const QString &text) {
        if (!toLatin || U_FAILURE(status))
            return text.toLower();
        icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int(text.size()));
        toLatin->transliterate(buffer);
        return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
    };
    // A run of Chinese characters becomes one word of pinyin ("热点" → "redian"); words in
    // other scripts stay words ("World News" → "world-news").
    static const QRegularExpression hanRun(u"\\p{Han}+"_s);
    QString latin;
    qsizetype position = 0;
    for (QRegularExpressionMatchIterator it = hanRun.globalMatch(name); it.hasNext();) {
        const QRegularExpressionMatch run = it.next();
        latin += transliterate(name.mid(position, run.capturedStart() - position));
        latin += u' ' + transliterate(run.captured()).remove(u' ') + u' ';
        position = run.capturedEnd();
    }
    latin += transliterate(name.mid(position));
    static const QRegularExpression other(u"[^a-z0-9]+"_s);
    latin.replace(other, u"-"_s);
    while (latin.startsWith(u'-'))
        latin.remove(0, 1);
    while (latin.endsWith(u'-'))
        latin.chop(1);
    return latin.left(64);
}

Result<QList<Channel>> ChannelRepository::all() const
{
    Result<QSqlQuery> query = m_database.run(SelectChannels);
    if (!query)
        return query.error();
    QHash<qint64, QList<Channel>> children;
    while (query.value().next()) {
        const Channel c = channelFrom(query.value());
        children[c.parentId].append(c);
    }
    QList<Channel> ordered;
    appendSubtree(0, children, ordered);
    return ordered;
}

Result<Channel> ChannelRepository::byId(qint64 id) const
{
    Result<QList<Channel>> channels = all();
    if (!channels)
        return channels.error();
    for (const Channel &channel : channels.value()) {
        if (channel.id == id)
            return channel;
    }
    return Error(Error::Kind::NotFound,
                 tr("There is no channel %1 in %2.").arg(id).arg(m_database.location()));
}

Status ChannelRepository::validate(const Channel &c) const
{
    if (c.name.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("A channel needs a name."));
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (c.parentId != 0 && !slug.match(c.slug).hasMatch())
        return Error(Error::Kind::Invalid,
                     tr("The URL name \"%1\" of channel \"%2\" may hold only lower-case letters, "
                        "digits, - and _.")
                             .arg(c.slug, c.name));
    if (c.pageSize < 1 || c.pageSize > 1000)
        return Error(Error::Kind::Invalid,
                     tr("The page size of channel \"%1\" must be from 1 to 1000, not %2.")
                             .arg(c.name)
                             .arg(c.pageSize));
    Result<QVariant> taken =
            m_database.scalar(SiblingSlug, {SqlValues::fromId(c.parentId), c.slug, c.id});
    if (!taken)
        return taken.error();
    if (taken.value().toInt() > 0)
        return Error(Error::Kind::AlreadyExists,
                     tr("Another channel at the same place already uses the URL name \"%1\".")
                             .arg(c.slug));
    return {};
}

Result<qint64> ChannelRepository::add(const Channel &c)
{
    if (Status valid = validate(c); !valid)
        return valid.error();
    return m_database.insert(InsertChannel,
                             {SqlValues::fromId(c.parentId), c.slug, c.name, c.sortOrder,
                              c.seoTitle, c.seoKeywords, c.seoDescription, c.pageSize, c.urlRule});
}

Status ChannelRepository::update(const Channel &c)
{
    if (Status valid = validate(c); !valid)
        return valid;
    Result<QSqlQuery> q = m_database.run(UpdateChannel,
                                         {c.slug, c.name, c.seoTitle, c.seoKeywords,
                                          c.seoDescription, c.pageSize, c.urlRule, c.id});
    if (!q)
        return q.error();
    return {};
}

Status ChannelRepository::move(qint64 id, qint64 newParentId)
{
    Result<QList<Channel>> channels = all();
    if (!channels)
        return channels.error();
    QHash<qint64, Channel> byId;
    for (const Channel &c : channels.value())
        byId.insert(c.id, c);
    if (!byId.contains(id) || !byId.contains(newParentId))
        return Error(Error::Kind::NotFound, tr("The channel or its new place no longer exists."));
    if (byId.value(id).isRoot())
        return Error(Error::Kind::Invalid, tr("The home channel cannot be moved."));
    for (qint64 p = newParentId; p != 0; p = byId.value(p).parentId) {
        if (p == id)
            return Error(Error::Kind::Invalid,
                         tr("\"%1\" cannot move into itself or one of its sub-channels.")
                                 .arg(byId.value(id).name));
    }
    Channel moved = byId.value(id);
    moved.parentId = newParentId;
    if (Status valid = validate(moved); !valid)
        return valid;
    Result<QVariant> order = m_database.scalar(NextSortOrder);
    if (!order)
        return order.error();
    Result<QSqlQuery> q = m_database.run(MoveChannel, {newParentId, order.value(), id});
    if (!q)
        return q.error();
    return {};
}

Result<int> ChannelRepository::articleCount(qint64 id) const
{
    Result<QVariant> count = m_database.scalar(ArticleCount, {id});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<QList<qint64>> ChannelRepository::articleIds(qint64 id) const
{
    Result<QSqlQuery> q = m_database.run(
            u"SELECT id FROM articles WHERE channel_id = ? UNION "
            "SELECT article_id FROM article_channels WHERE channel_id = ? ORDER BY 1"_s,
            {id, id});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    return ids;
}

Status ChannelRepository::remove(qint64 id, qint64 moveArticlesTo)
{
    Result<Channel> channel = byId(id);
    if (!channel)
        return channel.error();
    if (channel.value().isRoot())
        return Error(Error::Kind::Invalid, tr("The home channel cannot be deleted."));
    Result<QVariant> children = m_database.scalar(ChildCount, {id});
    if (!children)
        return children.error();
    if (children.value().toInt() > 0)
        return Error(Error::Kind::Invalid,
                     tr("\"%1\" has sub-channels: move or delete them first.")
                             .arg(channel.value().name));
    Result<int> articles = articleCount(id);
    if (!articles)
        return articles.error();
    if (moveArticlesTo == id || (articles.value() > 0 && moveArticlesTo == 0))
        return Error(Error::Kind::Invalid,
                     tr("\"%1\" holds %2 articles: choose another channel for them.")
                             .arg(channel.value().name)
                             .arg(articles.value()));
    return m_database.transaction([&]() -> Status {
        QList<std::pair<QString, QVariantList>> steps;
        if (moveArticlesTo != 0) {
            steps = {{MoveArticles, {moveArticlesTo, id}},
                     {DropDuplicateLinks, {id, moveArticlesTo}},
                     {MoveLinks, {moveArticlesTo, id}},
                     {DropSelfLinks, {moveArticlesTo, moveArticlesTo}}};
        }
        steps.append({DeleteChannel, {id}});
        for (const auto &[sql, values] : steps) {
            if (Result<QSqlQuery> q = m_database.run(sql, values); !q)
                return q.error();
        }
        return {};
    });
}

} // namespace Newsdesk
