#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>

#include <optional>

namespace Newsdesk {

class Library;

// Who is working: checks a name and password against a library's people, for the window's
// sign-in dialog and the command line's --as. An account without a password (an editor's,
// or a new library's first administrator until they set one) signs in without one.
class SignIn final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SignIn)

public:
    // The person, or Error::Kind::Unauthenticated (no such person, wrong or missing password)
    // or Error::Kind::Denied (a deactivated account), with a message fit to show as it is.
    static Result<User> authenticate(Library &library, const QString &name,
                                     const QString &password);
    // On a PostgreSQL library the server has checked the login's password: the person whose
    // users row is named like the login (PostgreSQL's session_user), active or not. None on
    // SQLite, and for a login that is nobody's (the database's owner, usually).
    static Result<std::optional<User>> connectedPerson(Library &library);
};

} // namespace Newsdesk
