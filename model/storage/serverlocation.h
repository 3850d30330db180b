#pragma once

#include <QString>

#include <optional>

namespace Newsdesk {

// The parts of a PostgreSQL library's location, postgresql://USER[:PASSWORD]@HOST[:PORT]/DB:
// built from the connect dialog's fields, taken apart to fill it again, and shown to people
// as user@host/db. The password is held only as long as the value lives; url() without it is
// what settings, recent lists and messages keep.
struct ServerLocation
{
    static constexpr int DefaultPort = 5432;

    QString host;
    int port = DefaultPort;
    QString database;
    QString user;
    QString password;

    // The parts of a postgresql:// (or postgres://) location; nullopt for anything else (a
    // file path) or a URL without a host or a database.
    static std::optional<ServerLocation> parse(const QString &location);
    // What a library's location is called in titles and lists: user@host/db for a server
    // (with :port when not the default), the file name for a file.
    static QString displayNameOf(const QString &location);
    // location with any password removed (a file path as it is).
    static QString withoutPassword(const QString &location);

    // postgresql://user@host:port/db. Without the password, readable (林晓 rather than
    // %E6%9E%97%E6%99%93) as Library::location() names a server library; with it,
    // percent-encoded, to connect.
    enum class Password { Omit, Include };
    QString url(Password password = Password::Omit) const;
    QString displayName() const;
};

} // namespace Newsdesk
