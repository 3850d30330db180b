#include "serverlocation.h"

#include "storage/library.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

std::optional<ServerLocation> ServerLocation::parse(const QString &location)
{
    if (!Library::isServerLocation(location))
        return std::nullopt;
    // Tolerant: a location as shown (Library::location()) may hold spaces or 林晓 unencoded.
    const QUrl url(location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return std::nullopt;
    ServerLocation parts;
    parts.host = url.host();
    parts.port = url.port(DefaultPort);
    parts.database = url.path(QUrl::FullyDecoded).mid(1);
    parts.user = url.userName(QUrl::FullyDecoded);
    parts.password = url.password(QUrl::FullyDecoded);
    return parts;
}

QString ServerLocation::displayNameOf(const QString &location)
{
    if (const std::optional<ServerLocation> server = parse(location))
        return server->displayName();
    if (Library::isServerLocation(location))
        return withoutPassword(location);
    return QFileInfo(location).fileName();
}

QString ServerLocation::withoutPassword(const QString &location)
{
    if (!Library::isServerLocation(location))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

QString ServerLocation::url(Password withPassword) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database, QUrl::DecodedMode);
    url.setUserName(user, QUrl::DecodedMode);
    if (withPassword == Password::Include) {
        if (!password.isEmpty())
            url.setPassword(password, QUrl::DecodedMode);
        return url.toString(QUrl::FullyEncoded);
    }
    return url.toDisplayString(QUrl::RemovePassword);
}

QString ServerLocation::displayName() const
{
    const QString server = port == DefaultPort ? host : u"%1:%2"_s.arg(host).arg(port);
    const QString at = user.isEmpty() ? server : user + u'@' + server;
    return at + u'/' + database;
}

} // namespace Newsdesk
