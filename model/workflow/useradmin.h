#pragma once

#include "core/result.h"
#include "core/user.h"
#include "workflow/permissions.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Library;

// Managing the people of a library on behalf of actor, for the user manager and the command
// line alike: every change is checked (administrators manage users; anyone may change their
// own password after giving the old one), recorded in the audit log (user.add, user.role,
// user.password, user.deactivate, user.activate; the detail names the person, never a
// password), and written in one transaction with its audit entry.
//
// Invariants: chief editor and administrator accounts have passwords; the library always
// keeps an active administrator; nobody deactivates themselves or changes their own role.
//
// On a PostgreSQL library every person is also a server login (ServerLogins) with a password,
// in the group role of their role; adding, role changes, passwords and deactivation change the
// login in the same transaction, which takes a connection allowed to create roles (the owner).
class UserAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::UserAdmin)

public:
    UserAdmin(Library &library, const User &actor);

    // Every person, active or not, in the order they were added. Anyone signed in may list.
    Result<QList<User>> list() const;

    // password is required for chief editors and administrators, optional for editors.
    Result<User> add(const QString &name, Role role, const QString &password = {});
    Status setRole(qint64 userId, Role role);
    // An administrator sets or resets anyone's password (oldPassword ignored); anyone changes
    // their own after giving the old one (none needed when the account has no password yet).
    Status setPassword(qint64 userId, const QString &newPassword,
                       const QString &oldPassword = {});
    Status deactivate(qint64 userId);
    Status reactivate(qint64 userId);

    // Whether role needs a password (chief editors and administrators).
    static bool requiresPassword(Role role);

private:
    // The actor as the library knows them now (role or active may have changed), checked for
    // permission.
    Result<User> authorise(Permission permission) const;
    Status record(const QString &action, const QString &detail);
    Status keepsAnAdmin(const User &target, const QString &change) const;
    // What users.password_hash keeps for password ('' for none).
    Result<QString> passwordHash(const QString &password) const;

    Library &m_library;
    User m_actor;
};

} // namespace Newsdesk
