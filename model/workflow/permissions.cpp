#include "permissions.h"

#include "core/article.h"

namespace Newsdesk {

Role Permissions::leastRole(Permission permission)
{
    switch (permission) {
    case Permission::WriteArticles:
        return Role::Editor;
    case Permission::EditOthers:
    case Permission::Review:
    case Permission::CurateFrontPage:
    case Permission::ManageChannels:
    case Permission::Export:
    case Permission::ReadAudit:
        return Role::Chief;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
        return Role::Admin;
    }
    return Role::Admin;
}

bool Permissions::allows(Role role, Permission permission)
{
    return static_cast<int>(role) >= static_cast<int>(leastRole(permission));
}

bool Permissions::owns(const User &user, const Article &article)
{
    return user.id != 0 && article.createdById == user.id;
}

QString Permissions::actionName(Permission permission)
{
    switch (permission) {
    case Permission::WriteArticles:
        return tr("write articles");
    case Permission::EditOthers:
        return tr("edit other people's articles");
    case Permission::Review:
        return tr("approve, return or withdraw articles");
    case Permission::CurateFrontPage:
        return tr("arrange the front page (headline, slides, recommended)");
    case Permission::ManageChannels:
        return tr("manage channels and tags");
    case Permission::Export:
        return tr("export the site");
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::ManageSettings:
        return tr("change the site settings");
    case Permission::ReadAudit:
        return tr("read the audit log");
    }
    return {};
}

Status Permissions::require(const User &user, Permission permission)
{
    if (!user.active)
        return Error(Error::Kind::Denied,
                     tr("%1's account is deactivated.").arg(user.name));
    if (allows(user.role, permission))
        return {};
    return Error(Error::Kind::Denied,
                 tr("%1 (%2) cannot %3: that takes the role %4.")
                         .arg(user.name, Roles::displayName(user.role),
                              actionName(permission),
                              Roles::displayName(leastRole(permission))));
}

} // namespace Newsdesk
