#pragma once

#include <QString>
#include <QStringView>

namespace Newsdesk {

// Decides which URLs a stored body may hold, reading them the way a browser does: the scheme is
// parsed from the attribute value (entities already decoded) after stripping what the URL
// parser strips (C0 controls and spaces at either end, tabs and newlines anywhere), so
// " jav&#x09;ascript:", "JaVaScRiPt:" and "\x01javascript:" are all seen as javascript:.
// As a second line it also rejects values that would become a forbidden scheme after one more
// round of entity or percent decoding, values with control characters left inside, and
// protocol-relative values ("//host", "\\host", "/\host").
class UrlPolicy final
{
public:
    enum class Kind {
        Link, // a href: http, https, mailto, relative paths and #fragments
        Image, // img src: media:<id>, http, https
    };
    enum class Verdict {
        Allowed, // safe and local: a link, a media:<id> image
        Remote, // an http(s) image: kept as an external reference, listed by the sanitizer
        DataUri, // a data: image: not stored in a body, but worth turning into media
        Relative, // a relative image URL: needs a base URL to become remote
        LocalFile, // a file: image (Word's clipboard HTML): the pasted image data has it
        Forbidden, // any other scheme or trick
    };

    // value as a browser's URL parser would read it, with a lower-case scheme.
    static QString cleaned(QStringView value);
    // The lower-case scheme of an already cleaned value; empty when it has none (relative).
    static QString scheme(QStringView cleanedValue);
    static Verdict classify(Kind kind, QStringView value);
    // Allowed or Remote.
    static bool isSafe(Kind kind, QStringView value);

private:
    static bool hasForbiddenVariant(Kind kind, const QString &cleanedValue);
    static bool schemeAllowed(Kind kind, const QString &cleanedValue);
};

} // namespace Newsdesk
