#pragma once

#include "core/result.h"
#include "core/sitesettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Newsdesk {

// Checks site settings and ad slots before they are stored, and puts them in their canonical
// form. Each error is Error::Kind::Invalid and names the field and the value. The theme folder
// is checked only for its form here (empty, or an absolute path): whether it holds a theme is
// Theme::load's to say, on the desktop that renders.
class SiteSettingsCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SiteSettingsCheck)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxFooterLength = 4000;

    // Every field, trimmed: the name is required; the base URL is empty or an absolute
    // http(s) URL, returned ending in '/'; the language a BCP 47 tag in canonical case.
    static Result<SiteSettings> normalized(const SiteSettings &settings);

    // An absolute http or https URL with a host and no query or fragment ("" stays "").
    static Result<QString> baseUrl(const QString &url);
    // A BCP 47 language tag: language, optional script, region and variants ("zh-Hans-CN",
    // "en", "es-419"), in canonical case; "zh_CN" is refused with the hint to use a hyphen.
    static Result<QString> languageTag(const QString &tag);
    // Keys are required, unique, and made of a-z, 0-9, '-' and '_' (templates write
    // {{{ads.KEY}}}); a missing name becomes the key.
    static Result<QList<AdSlot>> adSlots(const QList<AdSlot> &slots);
};

} // namespace Newsdesk
