#include "signin.h"

#include "storage/library.h"
#include "storage/serverlocation.h"
#include "storage/serverlogins.h"
#include "workflow/passwords.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

Result<std::optional<User>> SignIn::connectedPerson(Library &library)
{
    ServerLogins logins(library.database());
    if (!logins.applies())
        return std::optional<User>();
    Result<QString> login = logins.sessionLogin();
    if (!login)
        return login.error();
    Result<User> user = library.users().byName(login.value());
    if (!user) {
        if (user.error().kind() == Error::Kind::NotFound)
            return std::optional<User>();
        return user.error();
    }
    return std::optional<User>(user.value());
}

Result<User> SignIn::authenticate(Library &library, const QString &name, const QString &password)
{
    Result<User> user = library.users().byName(name.trimmed());
    if (!user) {
        if (user.error().kind() != Error::Kind::NotFound)
            return user.error();
        // The list of people is visible in the window anyway: say plainly which part is wrong.
        return Error(Error::Kind::Unauthenticated,
                     tr("There is no user named \"%1\" in this library.").arg(name.trimmed()));
    }
    if (!user.value().active)
        return Error(Error::Kind::Denied,
                     tr("%1's account is deactivated; an administrator can reactivate it.")
                             .arg(user.value().name));
    if (!user.value().hasPassword)
        return user;
    Result<QString> stored = library.users().passwordHash(user.value().id);
    if (!stored)
        return stored.error();
    if (password.isEmpty())
        return Error(Error::Kind::Unauthenticated,
                     tr("%1's account has a password: give it to sign in.").arg(user.value().name));
    if (stored.value() == ServerLogins::serverPasswordMarker()) {
        // The server keeps the password: it is right when the server lets them log in.
        ServerLocation login = ServerLocation::parse(library.location()).value_or(ServerLocation());
        login.user = user.value().name;
        login.password = password;
        if (!Database::openPostgres(login.url(ServerLocation::Password::Include)))
            return Error(Error::Kind::Unauthenticated,
                         tr("Wrong password for %1.").arg(user.value().name));
        return user;
    }
    if (!Passwords::verify(stored.value(), password))
        return Error(Error::Kind::Unauthenticated,
                     tr("Wrong password for %1.").arg(user.value().name));
    return user;
}

} // namespace Newsdesk
