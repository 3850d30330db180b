#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>

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
};

} // namespace Newsdesk
