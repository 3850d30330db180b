#pragma once

#include "core/article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// What lists, sidebars, tag pages and article URLs need of an article that is live on the
// site: everything but the body and the people. Loaded once per export or preview run.
struct SiteArticle
{
    qint64 id = 0;
    QString title;
    QString shortTitle;
    QString titleColor;
    bool titleBold = false;
    QString summary;
    qint64 channelId = 0;
    QList<qint64> secondaryChannelIds;
    QStringList tags;
    ArticleFlags flags;
    QString redirectUrl;
    qint64 coverMediaId = 0;
    QDateTime publishAt;
    QString fileName;
    qint64 clicks = 0;
    // Goes up with every save (and when an export publishes it): an article page whose
    // article has the version an export rendered is unchanged (incremental export).
    int version = 0;
    ArticleStatus status = ArticleStatus::Approved; // approved or published
};

} // namespace Newsdesk
