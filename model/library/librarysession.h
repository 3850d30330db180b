#pragma once

#include "core/result.h"
#include "core/user.h"
#include "storage/changefeed.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Newsdesk {

class Library;
class Settings;

// The library the desktop application works in, and who is working: opens, creates and
// switches libraries, keeps the recent list, and tells views when anything changes, here or,
// through a ChangeFeed over the open library, on other desktops (changedElsewhere).
//
// Signing in: when a library opens, the person remembered for it (or, when nobody is, the
// login name or else the first editor) signs in silently if their account has no password.
// Otherwise the library is open but nobody is signed in (currentUser() is empty) and the
// window asks with the sign-in dialog, offering rememberedUser().
//
// On a PostgreSQL server people connect as their own login role, and the server checked their
// password: the users row named like the login is who works, without the sign-in dialog. A
// login without a users row (the database's owner) signs in as on a file.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    explicit LibrarySession(Settings &settings, QObject *parent = nullptr);
    ~LibrarySession() override;

    // Opens the library at location (a file path or a postgresql:// URL, which may hold a
    // password) in place of the current one. On failure the current library stays open and
    // the error names the file or server and the problem (Unauthenticated for a server that
    // wants a password).
    Status open(const QString &location);
    // Creates a new library at path (with the demo newsroom when demo is set) and opens it.
    Status create(const QString &path, bool demo);
    // Opens the default library, creating it with the demo newsroom when it does not exist.
    Status openDefault();
    void close();

    Library *library() const { return m_library.get(); }
    // What other desktops change in the open library; null when none is open.
    ChangeFeed *changeFeed() const { return m_feed.get(); }
    // The open library's file path or server URL, without any password: what settings keep
    // and windows show.
    QString location() const;
    // What a second connection to the open library (the preview's, an export's) opens: the
    // location with the password it was opened with. Never to be shown or stored.
    QString connectionLocation() const { return m_connectionLocation; }
    const std::optional<User> &currentUser() const { return m_user; }
    // Makes user the person working, without asking for a password: for sign-in once the
    // password was checked, and for tests.
    void setCurrentUser(const User &user);
    // The person to offer in the sign-in dialog: the one who last worked in this library.
    QString rememberedUser() const;

    // Signs name in with password (through SignIn), remembers them for this library and
    // emits currentUserChanged. On failure the current person stays signed in.
    Status signIn(const QString &name, const QString &password);
    void signOut();
    // Reads the signed-in person again (after their role or password changed).
    void refreshUser();

Q_SIGNALS:
    void libraryChanged();
    void currentUserChanged();
    // Other desktops changed the open library (the feed's batches, forwarded).
    void changedElsewhere(const Newsdesk::ChangeFeed::Changes &changes);

private:
    void adopt(std::unique_ptr<Library> library);
    void follow();
    void chooseUser();
    std::optional<User> silentUser() const;
    // On a server: the person the connection logged in as (nullopt with *isPerson false for a
    // login without a users row).
    std::optional<User> serverUser(bool *isPerson) const;

    Settings &m_settings;
    std::unique_ptr<Library> m_library;
    QString m_connectionLocation;
    std::unique_ptr<ChangeFeed> m_feed; // declared after the library: destroyed before it
    std::optional<User> m_user;
};

} // namespace Newsdesk
