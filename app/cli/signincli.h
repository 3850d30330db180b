#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Newsdesk {

class Library;

// Who acts on the command line (--as USER) and where passwords come from, shared by the
// users, submit, approve and return subcommands. A password is read from the NEWSDESK_PASSWORD
// environment variable or, with --password-stdin, from one line of standard input (its line
// end removed); it never appears on the command line, where `ps` would show it.
class SignInCli final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SignInCli)

public:
    enum class PasswordSource { Environment, Stdin };
    static inline const char *const PasswordVariable = "NEWSDESK_PASSWORD";

    // The password from source: empty when the variable is unset or stdin is empty.
    static QString readPassword(PasswordSource source);
    // The person named by --as, signed in with the password from source (SignIn): the error
    // says what was wrong and, for a missing password, where to give it.
    //
    // On a PostgreSQL library the server checked the login's password already: when the login
    // is a person of the library, that person acts, and --as may only name them. The database's
    // owner may act as anyone, whose password is checked by logging in as them.
    static Result<User> actingUser(Library &library, const QString &name, PasswordSource source);
    // The person a PostgreSQL library's login is, if any (none for SQLite libraries and for
    // the owner's login when it is nobody's).
    static Result<std::optional<User>> connectedUser(Library &library);
};

} // namespace Newsdesk
