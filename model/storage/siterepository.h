#pragma once

#include "core/result.h"
#include "core/sitesettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

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
    // Stores settings as they are (the demo and tests); people's edits go through save().
    Status setSettings(const SiteSettings &settings);

    // What save() changed: the audit entry's detail, and a notice per ad slot whose HTML lost
    // something to the allow-list ("sidebar: Removed 1 script.").
    struct SaveReport
    {
        QStringList changes; // "site.name", "ad slot sidebar", ...
        QStringList notices;
    };
    // The Site Settings dialog's save: checks and normalises settings and the complete list of
    // ad slots (SiteSettingsCheck), cleans each slot's HTML to the article allow-list
    // (Sanitizer: templates insert it as it is), and stores both in one transaction, deleting
    // slots missing from the list, with an audit entry "site.settings" by userId (0: nobody
    // known). Nothing is written when a value is refused; the error names the field.
    Result<SaveReport> save(const SiteSettings &settings, const QList<AdSlot> &slots,
                            qint64 userId);

    Result<QList<AdSlot>> adSlots() const;
    // Inserts the slot, or replaces the one with the same key.
    Result<qint64> saveAdSlot(const AdSlot &slot);

private:
    Database &m_database;
};

} // namespace Newsdesk
