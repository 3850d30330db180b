#include "siteadmin.h"

#include "storage/library.h"
#include "workflow/permissions.h"

namespace Newsdesk {

SiteAdmin::SiteAdmin(Library &library, User user)
    : m_library(library)
    , m_user(std::move(user))
{
}

Result<SiteRepository::SaveReport> SiteAdmin::save(const SiteSettings &settings,
                                                   const QList<AdSlot> &slots)
{
    if (Status allowed = Permissions::require(m_user, Permission::ManageSettings); !allowed)
        return allowed.error();
    return m_library.site().save(settings, slots, m_user.id);
}

} // namespace Newsdesk
