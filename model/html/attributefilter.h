#pragma once

#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

namespace Newsdesk {

struct SanitizerReport;

// The attribute side of the sanitizer: reads the values it keeps the way a browser does,
// decides link and image URLs with UrlPolicy (resolving relative ones against a base URL), and
// counts every attribute it does not keep in the SanitizerReport by what it was.
class AttributeFilter final
{
public:
    // Where a relative or file: image address leads, decided by the caller before the base URL
    // is tried (the importer turns images next to an imported page into media): the src to
    // store, or an empty string to carry on without it.
    using LocalImages = std::function<QString(const QString &src)>;

    AttributeFilter(SanitizerReport &report, const QUrl &baseUrl, LocalImages localImages = {});

    // Counts an attribute that is not kept: event handler, style, dangerous URL or other.
    void countDropped(const QString &name, const QString &value);
    // The href to store, or empty when the link must go (its attribute is then counted by
    // countDropped as the unwrapped element's).
    QString linkUrl(const QString &value);
    // The src to store, or empty when the image must go; counts data:, file:, relative and
    // forbidden images and lists remote ones (once each) in the report.
    QString imageUrl(const QString &value);

    // Text to store: whitespace collapsed, controls dropped.
    static QString collapsed(const QString &value);
    // A non-negative integer read like a browser ("300px" is 300); -1 when unusable.
    static int leadingNumber(const QString &value);
    // Whether the attribute centres its element (align="center", style="text-align: center").
    static bool isCentred(const QString &name, const QString &value);

private:
    SanitizerReport &m_report;
    QUrl m_baseUrl;
    LocalImages m_localImages;
    QSet<QString> m_remoteSeen;
};

} // namespace Newsdesk
