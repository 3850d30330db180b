#pragma once

#include <QString>

namespace Newsdesk {

// A node of the channel tree (首页 > 资讯 > 热点). The root has parentId 0 and an empty slug.
struct Channel
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString slug; // one path segment, e.g. "redian"
    QString name; // 热点
    int sortOrder = 0;
    QString seoTitle;
    QString seoKeywords;
    QString seoDescription;
    int pageSize = 20;
    QString urlRule; // empty: the site's default rule

    bool isRoot() const { return parentId == 0; }
};

// The default rule for article URLs, like the reference portal's.
inline constexpr char16_t DefaultArticleUrlRule[] = u"{channel}/{yyyy}/{mmdd}/{id}.html";

} // namespace Newsdesk
