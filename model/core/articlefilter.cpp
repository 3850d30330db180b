#include "articlefilter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Newsdesk {

bool ArticleFilter::isNarrowed() const
{
    return status || !tag.isEmpty() || !author.isEmpty() || !editor.isEmpty() || !source.isEmpty()
            || flags || publishedFrom.isValid() || publishedUntil.isValid() || hasSearch();
}

QJsonObject ArticleFilter::toJson() const
{
    QJsonObject o;
    QJsonArray channels;
    for (qint64 id : channelIds)
        channels.append(id);
    if (!channels.isEmpty())
        o.insert(u"channels"_s, channels);
    if (scope == Scope::Trash)
        o.insert(u"scope"_s, u"trash"_s);
    if (status)
        o.insert(u"status"_s, ArticleStatuses::key(*status));
    const QList<std::pair<QString, QString>> texts {{u"tag"_s, tag},
                                                    {u"author"_s, author},
                                                    {u"editor"_s, editor},
                                                    {u"source"_s, source},
                                                    {u"search"_s, search}};
    for (const auto &[key, value] : texts) {
        if (!value.isEmpty())
            o.insert(key, value);
    }
    if (flags)
        o.insert(u"flags"_s, ArticleFlagsText::letters(flags));
    if (publishedFrom.isValid())
        o.insert(u"from"_s, publishedFrom.toString(Qt::ISODate));
    if (publishedUntil.isValid())
        o.insert(u"until"_s, publishedUntil.toString(Qt::ISODate));
    return o;
}

ArticleFilter ArticleFilter::fromJson(const QJsonObject &o)
{
    ArticleFilter f;
    for (const QJsonValue &id : o.value(u"channels"_s).toArray())
        f.channelIds.append(id.toInteger());
    f.scope = o.value(u"scope"_s).toString() == u"trash"_s ? Scope::Trash : Scope::Library;
    f.status = ArticleStatuses::fromKey(o.value(u"status"_s).toString());
    f.tag = o.value(u"tag"_s).toString();
    f.author = o.value(u"author"_s).toString();
    f.editor = o.value(u"editor"_s).toString();
    f.source = o.value(u"source"_s).toString();
    f.search = o.value(u"search"_s).toString();
    f.flags = ArticleFlagsText::fromLetters(o.value(u"flags"_s).toString());
    f.publishedFrom = QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate);
    f.publishedUntil = QDate::fromString(o.value(u"until"_s).toString(), Qt::ISODate);
    return f;
}

} // namespace Newsdesk
