#include "user.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsdesk::Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Editor:
        return u"editor"_s;
    case Role::Chief:
        return u"chief"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> fromKey(const QString &key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Editor:
        return QCoreApplication::translate("Newsdesk::Role", "Editor");
    case Role::Chief:
        return QCoreApplication::translate("Newsdesk::Role", "Chief editor");
    case Role::Admin:
        return QCoreApplication::translate("Newsdesk::Role", "Administrator");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Editor, Role::Chief, Role::Admin};
}

} // namespace Newsdesk::Roles
