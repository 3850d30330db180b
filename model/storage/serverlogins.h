#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QString>

namespace Newsdesk {

class Database;

// The PostgreSQL login roles of a server library's people (see docs/postgresql.md). Each
// person logs in as a role with their name, a member of one of the library's group roles
// (DB_editor, DB_chief, DB_admin), which is what the database's rules go by. Only a login
// allowed to create roles (the database's owner, usually) may change them. Logins are the
// server's, not one database's: someone in two libraries on one server has one login, one
// password, and a group in each.
//
// Passwords are hashed here with SCRAM-SHA-256 (libpq's PQencryptPasswordConn, as psql's
// \password does): the statement, and so the server's log, never holds the password.
class ServerLogins final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ServerLogins)

public:
    explicit ServerLogins(Database &database)
        : m_database(database)
    {
    }

    // Whether the library keeps its people as server logins (a PostgreSQL library).
    bool applies() const;
    // What users.password_hash holds for a person whose password the server keeps: the
    // account has a password, and SignIn checks it by logging in.
    static QString serverPasswordMarker() { return QStringLiteral("server:scram-sha-256"); }

    // Creates name's login with password (or, when it exists, sets its password) in role's
    // group.
    Status create(const QString &name, Role role, const QString &password);
    // Moves name's login to role's group.
    Status setRole(const QString &name, Role role);
    // Sets the password of name's login (anyone may set their own), creating the login in
    // role's group when missing.
    Status setPassword(const QString &name, Role role, const QString &password);
    // Lets name log in, or not.
    Status setLoginAllowed(const QString &name, bool allowed);
    // The library's group role for role: "newsroom_chief" in database newsroom.
    Result<QString> groupRole(Role role) const;
    // The login connected now (session_user).
    Result<QString> sessionLogin() const;
    // Whether that login is the database's owner (or a superuser): not bound by the library's
    // rules, and allowed to act for anyone. False on SQLite.
    Result<bool> connectedAsOwner() const;

private:
    Result<bool> exists(const QString &name) const;
    // Whether name's login is in one of this library's groups.
    Result<bool> inLibraryGroup(const QString &name) const;
    Result<QString> scram(const QString &name, const QString &password) const;
    // Runs a statement built by the server's format() (identifiers %I, literals %L).
    Status runFormatted(const QString &pattern, const QStringList &arguments);

    Database &m_database;
};

} // namespace Newsdesk
