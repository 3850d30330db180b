#include "previewscheme.h"

#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace Newsdesk::PreviewScheme {

namespace {
bool registered = false;
} // namespace

bool isRegistered()
{
    return registered;
}

void registerScheme()
{
    registered = true;
    QWebEngineUrlScheme scheme(Name);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Local and secure like a file the app owns; no CORS exceptions, no fetches elsewhere.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed
                    | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl urlFor(const QString &bundlePath)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(Name));
    url.setHost(QString::fromUtf16(Host));
    url.setPath(u'/' + bundlePath);
    return url;
}

QString pathOf(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView(Name) || url.host() != QString::fromUtf16(Host))
        return {};
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

} // namespace Newsdesk::PreviewScheme
