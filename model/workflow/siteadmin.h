#pragma once

#include "core/result.h"
#include "core/sitesettings.h"
#include "core/user.h"
#include "storage/siterepository.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Library;

// The site's settings and ad slots, changed by administrators only
// (Permission::ManageSettings), whichever entry point asks.
class SiteAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SiteAdmin)

public:
    SiteAdmin(Library &library, User user);

    // SiteRepository::save as the administrator.
    Result<SiteRepository::SaveReport> save(const SiteSettings &settings,
                                            const QList<AdSlot> &slots);

private:
    Library &m_library;
    User m_user;
};

} // namespace Newsdesk
