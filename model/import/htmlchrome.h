#pragma once

#include "htmldocument.h"

namespace Newsdesk {

// What on a page is template chrome rather than article: navigation, headers, footers,
// sidebars, scripts, forms, the DedeCMS article template's blocks (pagination .dede_pages,
// the .boxoff separator, .handle / .context prev-next, .newdigg votes, .actbox actions),
// info lines and bylines (read into fields of their own) and ad slots.
class HtmlChrome final
{
public:
    // The element itself is chrome (its subtree goes with it).
    static bool isChrome(const HtmlDocument::Node *node);
    // The element or one of its ancestors is page-level chrome (header, nav, footer, aside or
    // their class/id equivalents): where a page's title or info line is not.
    static bool isInPageChrome(const HtmlDocument::Node *node);
    // An ad slot: a class or id word "ad", "ads", "gg" (广告), "banner", "advert…", "ad1"…
    // Words, not substrings: "header", "shadow" and "loading" are not ads.
    static bool isAd(const HtmlDocument::Node *node);
};

} // namespace Newsdesk
