#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace Newsdesk {

// The canonical article HTML (docs/article-html.md) as one table: which elements a stored body
// may hold, which attributes each may carry and in which order they are written, which classes
// are allowed, and which URLs each URL attribute accepts. The sanitizer, and later the editor's
// serializer and the exporter, ask this class rather than keeping lists of their own.
//
// Names are canonical lower-case HTML names ("p", "h2", "img"). Values given to isSafeUrl() are
// parsed attribute values (entities already decoded, as a DOM or gumbo gives them).
class AllowList final
{
public:
    // What an element of pasted or imported HTML becomes.
    enum class Action {
        Keep, // an allowed element, possibly renamed (b → strong, h1 → h2)
        UnwrapBlock, // not allowed; its content stays and it ends a paragraph (div, section)
        UnwrapInline, // not allowed; its content stays in the running text (span, font)
        Drop, // dangerous or meaningless outside a page: dropped with all its content
    };
    // Why a dropped element is dropped; the sanitizer's report counts by it.
    enum class DropReason { None, Script, Style, Embed, Form, Other };

    struct InputRule
    {
        Action action = Action::UnwrapInline;
        QLatin1StringView canonicalName; // for Keep: the element written out
        DropReason reason = DropReason::None;
    };

    // Elements of the canonical form, in the order of the specification.
    static QList<QLatin1StringView> elements();
    static bool isAllowedElement(QStringView element);
    // Attributes element may carry, in canonical (written) order; empty for unknown elements.
    static QList<QLatin1StringView> allowedAttributes(QStringView element);
    static bool isAllowedAttribute(QStringView element, QStringView attribute);
    // The only classes: "page-break" on hr, "credit" on small.
    static bool isAllowedClass(QStringView element, QStringView className);
    // Whether attribute of element holds a URL (href of a, src of img).
    static bool isUrlAttribute(QStringView element, QStringView attribute);
    // Whether value may be stored in attribute: "href" takes http, https, mailto, relative and
    // fragment URLs; "src" takes media:<id>, http and https. Any other attribute: false.
    static bool isSafeUrl(QStringView attribute, QStringView value);

    // How the sanitizer treats an element of outside HTML, by its lower-case tag name. Unknown
    // names (custom elements, Word's o:p) unwrap inline.
    static InputRule inputRule(QStringView tagName);
    // Whether an attribute of outside HTML holds a URL on any element (href, src, action,
    // formaction, srcset, xlink:href, background, poster, ...): used to count dangerous ones.
    static bool isAnyUrlAttribute(QStringView attribute);
};

} // namespace Newsdesk
