#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// What the sanitizer removed or noticed in one piece of outside HTML. The counts are for
// notices and logs; remoteImages and dataImages tell import and paste what to fetch or turn
// into media.
struct SanitizerReport
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SanitizerReport)

public:
    int scripts = 0; // script, noscript and template elements
    int eventHandlers = 0; // on* attributes
    int dangerousUrls = 0; // URL attributes with a forbidden scheme or trick
    int embeds = 0; // iframe, object, embed, applet, frame
    int formControls = 0; // input, button, select, textarea, ...
    int styleSheets = 0; // style elements
    int styleAttributes = 0;
    int otherElements = 0; // other elements dropped with their content (svg, math, meta, video)
    int dataImages = 0; // images given as data: URLs, not stored in a body
    int relativeImages = 0; // images with a relative address and no base URL to resolve it
    int localImages = 0; // file: images (Word, WPS): the clipboard holds their data
    int unwrappedElements = 0; // wrappers removed, content kept (div, span, font)
    int otherAttributes = 0; // class, id, align, width on a table, ...
    int comments = 0;
    int limitedTags = 0; // tags dropped to bound nesting (pathological input only)
    QStringList remoteImages; // http(s) images kept as external references, in body order

    // One translated sentence for a notice ("Removed 2 scripts and 5 style attributes."), or
    // an empty string when nothing worth telling was removed. Unwrapped wrappers, class and id
    // attributes and comments are normalisation and are not mentioned.
    QString summary() const;
    bool removedActiveContent() const
    {
        return scripts + eventHandlers + dangerousUrls + embeds + formControls > 0;
    }
};

} // namespace Newsdesk
