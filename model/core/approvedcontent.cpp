#include "approvedcontent.h"

#include "articlejson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

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
    // The written fields without the front-page flags, secondary channels as a set.
    Article content = a;
    content.secondaryChannelIds.removeAll(a.channelId);
    std::sort(content.secondaryChannelIds.begin(), content.secondaryChannelIds.end());
    content.secondaryChannelIds.erase(
            std::unique(content.secondaryChannelIds.begin(), content.secondaryChannelIds.end()),
            content.secondaryChannelIds.end());
    content.flags &= ~curationFlags();
    return QJsonDocument(ArticleJson::contentObject(content)).toJson(QJsonDocument::Compact);
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
