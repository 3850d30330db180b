#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Newsdesk {

class Library;
class Settings;

// The library the desktop application works in, and who is working: opens, creates and
// switches libraries, keeps the recent list, and tells views when anything changes.
class LibrarySession final : public QObject
{
    Q_OBJECT

public:
    explicit LibrarySession(Settings &settings, QObject *parent = nullptr);
    ~LibrarySession() override;

    // Opens the library at path in place of the current one. On failure the current library
    // stays open and the error names the file and the problem.
    Status open(const QString &path);
    // Creates a new library at path (with the demo newsroom when demo is set) and opens it.
    Status create(const QString &path, bool demo);
    // Opens the default library, creating it with the demo newsroom when it does not exist.
    Status openDefault();
    void close();

    Library *library() const { return m_library.get(); }
    QString location() const;
    const std::optional<User> &currentUser() const { return m_user; }
    // Makes user the person working, without asking for a password: for sign-in once the
    // password was checked, and for tests.
    void setCurrentUser(const User &user);

Q_SIGNALS:
    void libraryChanged();
    void currentUserChanged();

private:
    void adopt(std::unique_ptr<Library> library);
    void chooseUser();

    Settings &m_settings;
    std::unique_ptr<Library> m_library;
    std::optional<User> m_user;
};

} // namespace Newsdesk
