#pragma once

#include "core/result.h"
#include "core/sitesettings.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Database;

// Reads and writes the site settings and ad slots stored in the library.
class SiteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SiteRepository)

public:
    explicit SiteRepository(Database &database)
        : m_database(database)
    {
    }

    Result<SiteSettings> settings() const;
    Status setSettings(const SiteSettings &settings);

    Result<QList<AdSlot>> adSlots() const;
    // Inserts the slot, or replaces the one with the same key.
    Result<qint64> saveAdSlot(const AdSlot &slot);

private:
    Database &m_database;
};

} // namespace Newsdesk
