#include "useradmin.h"

#include "storage/library.h"
#include "storage/serverlogins.h"
#include "workflow/passwords.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

UserAdmin::UserAdmin(Library &library, const User &actor)
    : m_library(library)
    , m_actor(actor)
{
}

bool UserAdmin::requiresPassword(Role role)
{
    return role == Role::Chief || role == Role::Admin;
}

Result<User> UserAdmin::authorise(Permission permission) const
{
    Result<User> actor = m_actor.id > 0 ? m_library.users().byId(m_actor.id) : Result<User>(m_actor);
    if (!actor)
        return actor.error();
    if (Status s = Permissions::require(actor.value(), permission); !s)
        return s.error();
    return actor;
}

Status UserAdmin::record(const QString &action, const QString &detail)
{
    AuditEntry entry;
    entry.userId = m_actor.id;
    entry.action = action;
    entry.detail = detail;
    Result<qint64> id = m_library.history().audit(entry);
    if (!id)
        return id.error();
    return {};
}

Status UserAdmin::keepsAnAdmin(const User &target, const QString &change) const
{
    if (target.role != Role::Admin || !target.active)
        return {};
    Result<int> admins = m_library.users().activeAdminCount();
    if (!admins)
        return admins.error();
    if (admins.value() <= 1)
        return Error(Error::Kind::Denied,
                     tr("Cannot %1: %2 is the last active administrator, and a library always "
                        "needs one. Make someone else an administrator first.")
                             .arg(change, target.name));
    return {};
}

Result<QString> UserAdmin::passwordHash(const QString &password) const
{
    if (password.isEmpty())
        return QString();
    // On a server the password is the login's (ServerLogins); the library keeps only the
    // fact that there is one.
    if (ServerLogins(m_library.database()).applies()) {
        if (Status acceptable = Passwords::check(password); !acceptable)
            return acceptable.error();
        return ServerLogins::serverPasswordMarker();
    }
    return Passwords::hash(password);
}

Result<QList<User>> UserAdmin::list() const
{
    return m_library.users().all();
}

Result<User> UserAdmin::add(const QString &name, Role role, const QString &password)
{
    if (Result<User> actor = authorise(Permission::ManageUsers); !actor)
        return actor.error();
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A user needs a name."));
    if (requiresPassword(role) && password.isEmpty())
        return Error(Error::Kind::Invalid,
                     tr("%1 accounts need a password: give %2 one.")
                             .arg(Roles::displayName(role), trimmed));
    ServerLogins logins(m_library.database());
    Result<QString> hash = passwordHash(password);
    if (!hash)
        return hash.error();
    qint64 id = 0;
    const Status added = m_library.database().transaction([&]() -> Status {
        Result<qint64> inserted = m_library.users().add(trimmed, role, hash.value());
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (logins.applies()) {
            if (Status s = logins.create(trimmed, role, password); !s)
                return s;
        }
        return record(u"user.add"_s,
                      password.isEmpty()
                              ? tr("added %1 as %2").arg(trimmed, Roles::displayName(role))
                              : tr("added %1 as %2, with a password")
                                        .arg(trimmed, Roles::displayName(role)));
    });
    if (!added)
        return added.error();
    return m_library.users().byId(id);
}

Status UserAdmin::setRole(qint64 userId, Role role)
{
    Result<User> actor = authorise(Permission::ManageUsers);
    if (!actor)
        return actor.error();
    Result<User> target = m_library.users().byId(userId);
    if (!target)
        return target.error();
    const User &t = target.value();
    if (t.role == role)
        return {};
    if (t.id == actor.value().id)
        return Error(Error::Kind::Denied,
                     tr("You cannot change your own role; ask another administrator."));
    if (requiresPassword(role) && !t.hasPassword)
        return Error(Error::Kind::Invalid,
                     tr("%1 has no password, and %2 accounts need one: set a password for %1 "
                        "first.")
                             .arg(t.name, Roles::displayName(role)));
    if (Status s = keepsAnAdmin(t, tr("make %1 %2").arg(t.name, Roles::displayName(role))); !s)
        return s;
    return m_library.database().transaction([&]() -> Status {
        if (Status s = m_library.users().setRole(t.id, role); !s)
            return s;
        if (ServerLogins logins(m_library.database()); logins.applies()) {
            if (Status s = logins.setRole(t.name, role); !s)
                return s;
        }
        return record(u"user.role"_s,
                      tr("%1: %2 → %3")
                              .arg(t.name, Roles::displayName(t.role), Roles::displayName(role)));
    });
}

Status UserAdmin::setPassword(qint64 userId, const QString &newPassword,
                              const QString &oldPassword)
{
    Result<User> target = m_library.users().byId(userId);
    if (!target)
        return target.error();
    const User &t = target.value();
    const bool own = m_actor.id > 0 && t.id == m_actor.id;
    if (own) {
        if (!t.active)
            return Error(Error::Kind::Denied, tr("%1's account is deactivated.").arg(t.name));
        if (t.hasPassword) {
            Result<QString> stored = m_library.users().passwordHash(t.id);
            if (!stored)
                return stored.error();
            if (!Passwords::verify(stored.value(), oldPassword))
                return Error(Error::Kind::Unauthenticated,
                             tr("The current password is wrong; your password was not changed."));
        }
    } else if (Result<User> actor = authorise(Permission::ManageUsers); !actor) {
        return actor.error();
    }
    if (newPassword.isEmpty())
        return Error(Error::Kind::Invalid, tr("The new password is empty."));
    Result<QString> hash = passwordHash(newPassword);
    if (!hash)
        return hash.error();
    ServerLogins logins(m_library.database());
    return m_library.database().transaction([&]() -> Status {
        if (logins.applies()) {
            if (Status s = logins.setPassword(t.name, t.role, newPassword); !s)
                return s;
        }
        // On a server the row keeps the marker, written once (people may not write the
        // users table, but may change their own login's password).
        Result<QString> stored = m_library.users().passwordHash(t.id);
        if (!stored)
            return stored.error();
        if (!logins.applies() || stored.value() != hash.value()) {
            if (Status s = m_library.users().setPasswordHash(t.id, hash.value()); !s)
                return s;
        }
        return record(u"user.password"_s,
                      own ? tr("%1 changed their own password").arg(t.name)
                          : tr("set the password of %1").arg(t.name));
    });
}

Status UserAdmin::deactivate(qint64 userId)
{
    Result<User> actor = authorise(Permission::ManageUsers);
    if (!actor)
        return actor.error();
    Result<User> target = m_library.users().byId(userId);
    if (!target)
        return target.error();
    const User &t = target.value();
    if (!t.active)
        return {};
    if (t.id == actor.value().id)
        return Error(Error::Kind::Denied,
                     tr("You cannot deactivate your own account; ask another administrator."));
    if (Status s = keepsAnAdmin(t, tr("deactivate %1").arg(t.name)); !s)
        return s;
    return m_library.database().transaction([&]() -> Status {
        if (Status s = m_library.users().setActive(t.id, false); !s)
            return s;
        if (ServerLogins logins(m_library.database()); logins.applies()) {
            if (Status s = logins.setLoginAllowed(t.name, false); !s)
                return s;
        }
        return record(u"user.deactivate"_s, tr("deactivated %1").arg(t.name));
    });
}

Status UserAdmin::reactivate(qint64 userId)
{
    if (Result<User> actor = authorise(Permission::ManageUsers); !actor)
        return actor.error();
    Result<User> target = m_library.users().byId(userId);
    if (!target)
        return target.error();
    const User &t = target.value();
    if (t.active)
        return {};
    return m_library.database().transaction([&]() -> Status {
        if (Status s = m_library.users().setActive(t.id, true); !s)
            return s;
        if (ServerLogins logins(m_library.database()); logins.applies()) {
            if (Status s = logins.setLoginAllowed(t.name, true); !s)
                return s;
        }
        return record(u"user.activate"_s, tr("reactivated %1").arg(t.name));
    });
}

} // namespace Newsdesk
