#include "userscommand.h"

#include "cli/commandline.h"
#include "cli/signincli.h"
#include "storage/library.h"
#include "storage/serverlogins.h"
#include "workflow/useradmin.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString Name = u"users"_s;
const QStringList Actions {u"list"_s, u"add"_s, u"passwd"_s, u"deactivate"_s, u"activate"_s};

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}
} // namespace

QString UsersCommand::helpText()
{
    return tr("Actions: list [--json]; add NAME --role editor|chief|admin [--password-stdin]; "
              "passwd NAME [--password-stdin]; deactivate NAME; activate NAME.\n"
              "Changes are made as --as USER, an administrator whose password is read from the "
              "%1 environment variable; without --as only while the library has no "
              "administrator with a password yet (a new library). A new password is one line "
              "of standard input with --password-stdin, or %1 when --as is not given. "
              "\"passwd NAME --as NAME\" changes your own password: the old one in %1, the new "
              "one on standard input. Chief editor and administrator accounts need a password.")
            .arg(QString::fromLatin1(SignInCli::PasswordVariable));
}

int UsersCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library(u"library"_s, tr("The library."), u"LIB"_s);
    const QCommandLineOption json(u"json"_s, tr("list: print the people as a JSON array."));
    const QCommandLineOption role(u"role"_s, tr("add: the role, editor, chief or admin."),
                                  u"ROLE"_s);
    const QCommandLineOption passwordStdin(
            u"password-stdin"_s, tr("Read the new password from one line of standard input."));
    const QCommandLineOption as(u"as"_s, tr("The administrator making the change."), u"USER"_s);
    parser.addOptions({library, json, role, passwordStdin, as});
    parser.addPositionalArgument(u"ACTION"_s, tr("list, add, passwd, deactivate or activate."));
    parser.addPositionalArgument(u"NAME"_s, tr("The person concerned."), u"[NAME]"_s);
    int exit = CommandLine::Success;
    if (!CommandLine::parse(parser, Name, arguments, &exit)) {
        if (exit == CommandLine::Success)
            CommandLine::print(u'\n' + helpText());
        return exit;
    }
    const QString location = parser.value(library);
    if (location.isEmpty())
        return CommandLine::usageError(Name, tr("--library LIB is required."));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return CommandLine::usageError(Name, tr("say what to do: %1.").arg(Actions.join(u", ")));
    const QString action = positional.first();
    if (!Actions.contains(action))
        return CommandLine::usageError(Name, tr("unknown action \"%1\".").arg(action));
    const bool wantsName = action != u"list"_s;
    if (positional.size() != (wantsName ? 2 : 1)) {
        return CommandLine::usageError(
                Name,
                wantsName ? tr("%1 needs one NAME.").arg(action)
                          : tr("unexpected argument \"%1\".").arg(positional.last()));
    }
    std::optional<Role> newRole;
    if (action == u"add"_s) {
        newRole = Roles::fromKey(parser.value(role));
        if (!newRole)
            return CommandLine::usageError(Name, tr("add needs --role editor, chief or admin."));
    } else if (parser.isSet(role)) {
        return CommandLine::usageError(Name, tr("--role only applies to add."));
    }
    if (parser.isSet(json) && action != u"list"_s)
        return CommandLine::usageError(Name, tr("--json only applies to list."));

    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    Library &lib = *opened.value();
    if (action == u"list"_s)
        return list(lib, parser.isSet(json));

    Result<User> acting = actor(lib, parser.value(as));
    if (!acting)
        return CommandLine::fail(acting.error().message());
    UserAdmin admin(lib, acting.value());
    const QString name = positional.at(1);
    if (action == u"add"_s) {
        QString password;
        if (parser.isSet(passwordStdin))
            password = SignInCli::readPassword(SignInCli::PasswordSource::Stdin);
        else if (!parser.isSet(as))
            password = SignInCli::readPassword(SignInCli::PasswordSource::Environment);
        Result<User> added = admin.add(name, *newRole, password);
        if (!added)
            return CommandLine::fail(added.error().message());
        CommandLine::print(
                tr("Added %1 as %2.")
                        .arg(added.value().name, Roles::displayName(added.value().role)));
        return CommandLine::Success;
    }
    Result<User> target = lib.users().byName(name);
    if (!target)
        return CommandLine::fail(target.error().message());
    Status done;
    if (action == u"passwd"_s) {
        const bool own = acting.value().id == target.value().id;
        QString password;
        if (parser.isSet(passwordStdin))
            password = SignInCli::readPassword(SignInCli::PasswordSource::Stdin);
        else if (!parser.isSet(as))
            password = SignInCli::readPassword(SignInCli::PasswordSource::Environment);
        else
            return CommandLine::usageError(Name,
                                           tr("with --as, give the new password on standard input "
                                              "(--password-stdin)."));
        const QString old = own && parser.isSet(as)
                ? SignInCli::readPassword(SignInCli::PasswordSource::Environment)
                : QString();
        done = admin.setPassword(target.value().id, password, old);
    } else if (action == u"deactivate"_s) {
        done = admin.deactivate(target.value().id);
    } else {
        done = admin.reactivate(target.value().id);
    }
    if (!done)
        return CommandLine::fail(done.error().message());
    if (action == u"passwd"_s)
        CommandLine::print(tr("Set the password of %1.").arg(target.value().name));
    else if (action == u"deactivate"_s)
        CommandLine::print(tr("Deactivated %1.").arg(target.value().name));
    else
        CommandLine::print(tr("Reactivated %1.").arg(target.value().name));
    return CommandLine::Success;
}

Result<User> UsersCommand::actor(Library &library, const QString &as)
{
    if (!as.isEmpty())
        return SignInCli::actingUser(library, as, SignInCli::PasswordSource::Environment);
    Result<std::optional<User>> connected = SignInCli::connectedUser(library);
    if (!connected)
        return connected.error();
    if (connected.value())
        return *connected.value();
    // The database's owner (a login that is nobody in the library) administers it, as the
    // holder of a library file does.
    Result<bool> databaseOwner = ServerLogins(library.database()).connectedAsOwner();
    if (!databaseOwner)
        return databaseOwner.error();
    if (databaseOwner.value()) {
        User owner;
        owner.name = tr("database owner");
        owner.role = Role::Admin;
        return owner;
    }
    Result<QList<User>> users = library.users().all();
    if (!users)
        return users.error();
    std::optional<User> firstAdmin;
    for (const User &user : users.value()) {
        if (user.role != Role::Admin || !user.active)
            continue;
        if (user.hasPassword)
            return Error(Error::Kind::Unauthenticated,
                         tr("%1 has administrators with passwords: name one with --as ADMIN and "
                            "give their password in the %2 environment variable.")
                                 .arg(library.location(),
                                      QString::fromLatin1(SignInCli::PasswordVariable)));
        if (!firstAdmin)
            firstAdmin = user;
    }
    if (firstAdmin)
        return *firstAdmin;
    // No active administrator at all: whoever holds the file acts as one.
    User local;
    local.name = tr("local operator");
    local.role = Role::Admin;
    return local;
}

int UsersCommand::list(Library &library, bool json)
{
    Result<QList<User>> users = library.users().all();
    if (!users)
        return CommandLine::fail(users.error().message());
    if (json) {
        QJsonArray array;
        for (const User &user : users.value()) {
            array.append(QJsonObject {
                    {u"name"_s, user.name},
                    {u"role"_s, Roles::key(user.role)},
                    {u"password"_s, user.hasPassword},
                    {u"active"_s, user.active},
                    {u"created"_s, user.createdAt.toString(Qt::ISODate)},
            });
        }
        CommandLine::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CommandLine::Success;
    }
    QString text = u"NAME\tROLE\tPASSWORD\tACTIVE\n"_s;
    for (const User &user : users.value()) {
        text += user.name + u'\t' + Roles::key(user.role) + u'\t' + yesNo(user.hasPassword) + u'\t'
                + yesNo(user.active) + u'\n';
    }
    CommandLine::print(text);
    return CommandLine::Success;
}

} // namespace Newsdesk
