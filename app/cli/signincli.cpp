#include "signincli.h"

#include "storage/library.h"
#include "storage/serverlogins.h"
#include "workflow/signin.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Newsdesk {

QString SignInCli::readPassword(PasswordSource source)
{
    if (source == PasswordSource::Environment)
        return qEnvironmentVariable(PasswordVariable);
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QString line = in.readLine(); // without the line end ("\n" or "\r\n")
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

Result<std::optional<User>> SignInCli::connectedUser(Library &library)
{
    Result<std::optional<User>> person = SignIn::connectedPerson(library);
    if (!person || !person.value() || person.value()->active)
        return person;
    return Error(Error::Kind::Denied,
                 tr("%1's account is deactivated; an administrator can reactivate it.")
                         .arg(person.value()->name));
}

Result<User> SignInCli::actingUser(Library &library, const QString &name, PasswordSource source)
{
    Result<std::optional<User>> connected = connectedUser(library);
    if (!connected)
        return connected.error();
    if (connected.value()) {
        const User &person = *connected.value();
        if (name.trimmed().isEmpty() || name.trimmed() == person.name)
            return person;
        Result<bool> owner = ServerLogins(library.database()).connectedAsOwner();
        if (!owner)
            return owner.error();
        if (!owner.value())
            return Error(
                    Error::Kind::Denied,
                    tr("%1 is connected to %2 as %3 and cannot act as %4: connect as %4 "
                       "instead.")
                            .arg(person.name, library.location(), person.name, name.trimmed()));
    }
    const QString password = readPassword(source);
    Result<User> user = SignIn::authenticate(library, name, password);
    if (user || !password.isEmpty() || user.error().kind() != Error::Kind::Unauthenticated)
        return user;
    // No password given for an account that has one: say where it goes.
    if (!library.users().byName(name.trimmed()))
        return user;
    return Error(Error::Kind::Unauthenticated,
                 source == PasswordSource::Environment
                         ? tr("%1's account has a password: give it in the %2 environment "
                              "variable.")
                                   .arg(name.trimmed(), QString::fromLatin1(PasswordVariable))
                         : tr("%1's account has a password: give it on standard input.")
                                   .arg(name.trimmed()));
}

} // namespace Newsdesk
