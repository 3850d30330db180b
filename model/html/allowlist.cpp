#include "allowlist.h"

#include "urlpolicy.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

// The canonical elements and their attributes in written order (docs/article-html.md).
struct ElementRule
{
    QLatin1StringView name;
    QList<QLatin1StringView> attributes;
    QLatin1StringView className; // the one class it may carry, if any
};

const QList<ElementRule> &elementRules()
{
    static const QList<ElementRule> rules = {
            {"p"_L1, {}, {}},
            {"h2"_L1, {}, {}},
            {"h3"_L1, {}, {}},
            {"h4"_L1, {}, {}},
            {"strong"_L1, {}, {}},
            {"em"_L1, {}, {}},
            {"u"_L1, {}, {}},
            {"s"_L1, {}, {}},
            {"sub"_L1, {}, {}},
            {"sup"_L1, {}, {}},
            {"a"_L1, {"href"_L1, "title"_L1}, {}},
            {"br"_L1, {}, {}},
            {"ul"_L1, {}, {}},
            {"ol"_L1, {"start"_L1}, {}},
            {"li"_L1, {}, {}},
            {"blockquote"_L1, {}, {}},
            {"hr"_L1, {"class"_L1, "data-title"_L1}, "page-break"_L1},
            {"table"_L1, {}, {}},
            {"thead"_L1, {}, {}},
            {"tbody"_L1, {}, {}},
            {"tr"_L1, {}, {}},
            {"th"_L1, {"colspan"_L1, "rowspan"_L1}, {}},
            {"td"_L1, {"colspan"_L1, "rowspan"_L1}, {}},
            {"figure"_L1, {}, {}},
            {"img"_L1, {"src"_L1, "alt"_L1, "width"_L1, "height"_L1}, {}},
            {"figcaption"_L1, {}, {}},
            {"small"_L1, {"class"_L1}, "credit"_L1},
    };
    return rules;
}

const ElementRule *findRule(QStringView element)
{
    for (const ElementRule &rule : elementRules()) {
        if (rule.name == element)
            return &rule;
    }
    return nullptr;
}

struct InputEntry
{
    QLatin1StringView name;
    AllowList::InputRule rule;
};

constexpr AllowList::InputRule keep(QLatin1StringView canonical)
{
    return {AllowList::Action::Keep, canonical, AllowList::DropReason::None};
}
constexpr AllowList::InputRule drop(AllowList::DropReason reason)
{
    return {AllowList::Action::Drop, {}, reason};
}
constexpr AllowList::InputRule block = {AllowList::Action::UnwrapBlock, {}, {}};

// Outside HTML: what each known element becomes. Anything not listed unwraps inline.
const QList<InputEntry> &inputEntries()
{
    using R = AllowList::DropReason;
    static const QList<InputEntry> entries = {
            // Kept, some renamed.
            {"p"_L1, keep("p"_L1)},
            {"h1"_L1, keep("h2"_L1)},
            {"h2"_L1, keep("h2"_L1)},
            {"h3"_L1, keep("h3"_L1)},
            {"h4"_L1, keep("h4"_L1)},
            {"h5"_L1, keep("h4"_L1)},
            {"h6"_L1, keep("h4"_L1)},
            {"strong"_L1, keep("strong"_L1)},
            {"b"_L1, keep("strong"_L1)},
            {"em"_L1, keep("em"_L1)},
            {"i"_L1, keep("em"_L1)},
            {"u"_L1, keep("u"_L1)},
            {"ins"_L1, keep("u"_L1)},
            {"s"_L1, keep("s"_L1)},
            {"strike"_L1, keep("s"_L1)},
            {"del"_L1, keep("s"_L1)},
            {"sub"_L1, keep("sub"_L1)},
            {"sup"_L1, keep("sup"_L1)},
            {"a"_L1, keep("a"_L1)},
            {"br"_L1, keep("br"_L1)},
            {"ul"_L1, keep("ul"_L1)},
            {"ol"_L1, keep("ol"_L1)},
            {"dir"_L1, keep("ul"_L1)},
            {"menu"_L1, keep("ul"_L1)},
            {"li"_L1, keep("li"_L1)},
            {"blockquote"_L1, keep("blockquote"_L1)},
            {"hr"_L1, keep("hr"_L1)},
            {"table"_L1, keep("table"_L1)},
            {"caption"_L1, keep("caption"_L1)},
            {"thead"_L1, keep("thead"_L1)},
            {"tbody"_L1, keep("tbody"_L1)},
            {"tfoot"_L1, keep("tbody"_L1)},
            {"tr"_L1, keep("tr"_L1)},
            {"th"_L1, keep("th"_L1)},
            {"td"_L1, keep("td"_L1)},
            {"figure"_L1, keep("figure"_L1)},
            {"img"_L1, keep("img"_L1)},
            {"image"_L1, keep("img"_L1)},
            {"figcaption"_L1, keep("figcaption"_L1)},
            {"small"_L1, keep("small"_L1)},
            // Wrappers that end a paragraph: their content stays.
            {"html"_L1, block},
            {"body"_L1, block},
            {"div"_L1, block},
            {"section"_L1, block},
            {"article"_L1, block},
            {"main"_L1, block},
            {"header"_L1, block},
            {"footer"_L1, block},
            {"nav"_L1, block},
            {"aside"_L1, block},
            {"address"_L1, block},
            {"center"_L1, block},
            {"hgroup"_L1, block},
            {"dl"_L1, block},
            {"dt"_L1, block},
            {"dd"_L1, block},
            {"details"_L1, block},
            {"summary"_L1, block},
            {"fieldset"_L1, block},
            {"legend"_L1, block},
            {"form"_L1, block},
            {"listing"_L1, block},
            {"xmp"_L1, block},
            {"plaintext"_L1, block},
            {"dialog"_L1, block},
            {"pre"_L1, block},
            {"colgroup"_L1, drop(R::None)},
            {"col"_L1, drop(R::None)},
            // Dropped with their content.
            {"script"_L1, drop(R::Script)},
            {"noscript"_L1, drop(R::Script)},
            {"template"_L1, drop(R::Script)},
            {"style"_L1, drop(R::Style)},
            {"iframe"_L1, drop(R::Embed)},
            {"frame"_L1, drop(R::Embed)},
            {"frameset"_L1, drop(R::Embed)},
            {"noframes"_L1, drop(R::Embed)},
            {"object"_L1, drop(R::Embed)},
            {"embed"_L1, drop(R::Embed)},
            {"applet"_L1, drop(R::Embed)},
            {"param"_L1, drop(R::Embed)},
            {"noembed"_L1, drop(R::Embed)},
            {"portal"_L1, drop(R::Embed)},
            {"input"_L1, drop(R::Form)},
            {"button"_L1, drop(R::Form)},
            {"select"_L1, drop(R::Form)},
            {"option"_L1, drop(R::Form)},
            {"optgroup"_L1, drop(R::Form)},
            {"textarea"_L1, drop(R::Form)},
            {"datalist"_L1, drop(R::Form)},
            {"output"_L1, drop(R::Form)},
            {"keygen"_L1, drop(R::Form)},
            {"isindex"_L1, drop(R::Form)},
            {"head"_L1, drop(R::Other)},
            {"title"_L1, drop(R::Other)},
            {"meta"_L1, drop(R::Other)},
            {"base"_L1, drop(R::Other)},
            {"link"_L1, drop(R::Other)},
            {"svg"_L1, drop(R::Other)},
            {"math"_L1, drop(R::Other)},
            {"audio"_L1, drop(R::Other)},
            {"video"_L1, drop(R::Other)},
            {"source"_L1, drop(R::Other)},
            {"track"_L1, drop(R::Other)},
            {"canvas"_L1, drop(R::Other)},
            {"map"_L1, drop(R::Other)},
            {"area"_L1, drop(R::Other)},
            {"progress"_L1, drop(R::Other)},
            {"meter"_L1, drop(R::Other)},
            {"slot"_L1, drop(R::Other)},
            {"bgsound"_L1, drop(R::Other)},
            {"basefont"_L1, drop(R::Other)},
    };
    return entries;
}

// Attributes that hold a URL somewhere in HTML, SVG or MathML.
constexpr QLatin1StringView UrlAttributes[] = {
        "href"_L1,       "src"_L1,        "srcset"_L1,      "action"_L1,  "formaction"_L1,
        "xlink:href"_L1, "background"_L1, "poster"_L1,      "data"_L1,    "codebase"_L1,
        "cite"_L1,       "longdesc"_L1,   "lowsrc"_L1,      "dynsrc"_L1,  "usemap"_L1,
        "manifest"_L1,   "ping"_L1,       "profile"_L1,     "classid"_L1, "archive"_L1,
        "icon"_L1,       "itemtype"_L1,   "imagesrcset"_L1, "from"_L1,    "to"_L1,
        "values"_L1,     "by"_L1,
};

} // namespace

QList<QLatin1StringView> AllowList::elements()
{
    QList<QLatin1StringView> names;
    for (const ElementRule &rule : elementRules())
        names.append(rule.name);
    return names;
}

bool AllowList::isAllowedElement(QStringView element)
{
    return findRule(element) != nullptr;
}

QList<QLatin1StringView> AllowList::allowedAttributes(QStringView element)
{
    const ElementRule *rule = findRule(element);
    return rule ? rule->attributes : QList<QLatin1StringView>();
}

bool AllowList::isAllowedAttribute(QStringView element, QStringView attribute)
{
    const ElementRule *rule = findRule(element);
    return rule && rule->attributes.contains(attribute);
}

bool AllowList::isAllowedClass(QStringView element, QStringView className)
{
    const ElementRule *rule = findRule(element);
    return rule && !rule->className.isEmpty() && rule->className == className;
}

bool AllowList::isUrlAttribute(QStringView element, QStringView attribute)
{
    return (element == u"a"_s && attribute == u"href"_s)
            || (element == u"img"_s && attribute == u"src"_s);
}

bool AllowList::isSafeUrl(QStringView attribute, QStringView value)
{
    if (attribute == u"href"_s)
        return UrlPolicy::isSafe(UrlPolicy::Kind::Link, value);
    if (attribute == u"src"_s)
        return UrlPolicy::isSafe(UrlPolicy::Kind::Image, value);
    return false;
}

AllowList::InputRule AllowList::inputRule(QStringView tagName)
{
    for (const InputEntry &entry : inputEntries()) {
        if (entry.name == tagName)
            return entry.rule;
    }
    return {};
}

bool AllowList::isAnyUrlAttribute(QStringView attribute)
{
    for (QLatin1StringView name : UrlAttributes) {
        if (name == attribute)
            return true;
    }
    return false;
}

} // namespace Newsdesk
