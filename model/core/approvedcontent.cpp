#include "approvedcontent.h"

#include "articlejson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk::ApprovedContent {

ArticleFlags curationFlags()
{
    return ArticleFlag::Headline | ArticleFlag::Recommended | ArticleFlag::Slide
            | ArticleFlag::Featured | ArticleFlag::Scrolling;
}

QByteArray canonical(const Article &a)
{
    QList<qint64> secondary = a.secondaryChannelIds;
    secondary.removeAll(a.channelId);
    std::sort(secondary.begin(), secondary.end());
    secondary.erase(std::unique(secondary.begin(), secondary.end()), secondary.end());
    QJsonArray secondaryJson;
    for (qint64 id : secondary)
        secondaryJson.append(id);
    const ArticleFlags contentFlags = a.flags & ~curationFlags();
    const QJsonObject o {
            {u"title"_s, a.title},
            {u"shortTitle"_s, a.shortTitle},
            {u"subtitle"_s, a.subtitle},
            {u"titleColor"_s, a.titleColor},
            {u"titleBold"_s, a.titleBold},
            {u"summary"_s, a.summary},
            {u"keywords"_s, a.keywords},
            {u"channelId"_s, a.channelId},
            {u"secondaryChannelIds"_s, secondaryJson},
            {u"tags"_s, QJsonArray::fromStringList(a.tags)},
            {u"flags"_s, ArticleFlagsText::letters(contentFlags)},
            {u"redirectUrl"_s, a.redirectUrl},
            {u"coverMediaId"_s, a.coverMediaId},
            {u"source"_s, a.source},
            {u"author"_s, a.author},
            {u"editor"_s, a.editor},
            {u"body"_s, a.body},
            {u"publishAt"_s, ArticleJson::timeValue(a.publishAt)},
            {u"expireAt"_s, ArticleJson::timeValue(a.expireAt)},
            {u"fileName"_s, a.fileName},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hash(const Article &article)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(canonical(article), QCryptographicHash::Sha256).toHex());
}

bool curationDiffers(const Article &a, const Article &b)
{
    return (a.flags & curationFlags()) != (b.flags & curationFlags()) || a.weight != b.weight;
}

Article withCurationOf(Article approved, const Article &current)
{
    approved.flags = (approved.flags & ~curationFlags()) | (current.flags & curationFlags());
    approved.weight = current.weight;
    return approved;
}

} // namespace Newsdesk::ApprovedContent
