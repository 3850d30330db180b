#pragma once

#include <QString>

namespace Newsdesk {

// Site-wide settings stored in the library (not the desktop's preferences).
struct SiteSettings
{
    QString name; // 老辰光
    QString baseUrl; // https://example.com/
    QString language; // BCP 47, e.g. zh-CN
    QString footer; // plain text
    QString theme; // theme folder; empty for the built-in default theme
};

// A named place on the portal's pages whose content (allow-listed HTML) comes from settings.
struct AdSlot
{
    qint64 id = 0;
    QString key; // stable identifier templates use, e.g. "sidebar"
    QString name; // 侧栏广告位
    QString content;
    bool enabled = true;
};

} // namespace Newsdesk
