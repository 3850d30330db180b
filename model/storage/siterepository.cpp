#include "siterepository.h"

#include "core/sitesettingscheck.h"
#include "html/sanitizer.h"
#include "storage/database.h"
#include "storage/historyrepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectSettings = u"SELECT key, value FROM site_settings"_s;
const QString UpsertSetting = u"INSERT INTO site_settings (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s;
const QString SelectAdSlots = u"SELECT id, key, name, content, enabled FROM ad_slots ORDER BY id"_s;
const QString UpsertAdSlot =
        u"INSERT INTO ad_slots (key, name, content, enabled) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET name = excluded.name, content = excluded.content, "
        "enabled = excluded.enabled RETURNING id"_s;
const QString DeleteAdSlot = u"DELETE FROM ad_slots WHERE key = ?"_s;

// The keys of site_settings; one place so that nothing else spells them.
namespace Key {
const QString Name = u"site.name"_s;
const QString BaseUrl = u"site.base_url"_s;
const QString Language = u"site.language"_s;
const QString Footer = u"site.footer"_s;
const QString Theme = u"site.theme"_s;
} // namespace Key
} // namespace

Result<SiteSettings> SiteRepository::settings() const
{
    Result<QSqlQuery> query = m_database.run(SelectSettings);
    if (!query)
        return query.error();
    QHash<QString, QString> values;
    while (query.value().next())
        values.insert(query.value().value(0).toString(), query.value().value(1).toString());
    SiteSettings s;
    s.name = values.value(Key::Name);
    s.baseUrl = values.value(Key::BaseUrl);
    s.language = values.value(Key::Language, u"zh-CN"_s);
    s.footer = values.value(Key::Footer);
    s.theme = values.value(Key::Theme);
    return s;
}

Status SiteRepository::setSettings(const SiteSettings &s)
{
    const QList<std::pair<QString, QString>> values {{Key::Name, s.name},
                                                     {Key::BaseUrl, s.baseUrl},
                                                     {Key::Language, s.language},
                                                     {Key::Footer, s.footer},
                                                     {Key::Theme, s.theme}};
    return m_database.transaction([&]() -> Status {
        for (const auto &[key, value] : values) {
            if (Result<QSqlQuery> q = m_database.run(UpsertSetting, {key, value}); !q)
                return q.error();
        }
        return {};
    });
}

Result<SiteRepository::SaveReport> SiteRepository::save(const SiteSettings &settings,
                                                        const QList<AdSlot> &slots, qint64 userId)
{
    Result<SiteSettings> checked = SiteSettingsCheck::normalized(settings);
    if (!checked)
        return checked.error();
    Result<QList<AdSlot>> checkedSlots = SiteSettingsCheck::adSlots(slots);
    if (!checkedSlots)
        return checkedSlots.error();
    const SiteSettings &s = checked.value();
    QList<AdSlot> cleaned = checkedSlots.value();
    SaveReport report;
    for (AdSlot &slot : cleaned) {
        const Sanitizer::Result clean = Sanitizer::clean(slot.content);
        slot.content = clean.html;
        if (const QString summary = clean.report.summary(); !summary.isEmpty())
            report.notices.append(tr("%1: %2").arg(slot.key, summary));
    }

    Result<SiteSettings> before = this->settings();
    if (!before)
        return before.error();
    Result<QList<AdSlot>> slotsBefore = adSlots();
    if (!slotsBefore)
        return slotsBefore.error();
    const SiteSettings &old = before.value();
    const QList<std::pair<QString, bool>> fields {{Key::Name, old.name != s.name},
                                                  {Key::BaseUrl, old.baseUrl != s.baseUrl},
                                                  {Key::Language, old.language != s.language},
                                                  {Key::Footer, old.footer != s.footer},
                                                  {Key::Theme, old.theme != s.theme}};
    for (const auto &[key, changed] : fields) {
        if (changed)
            report.changes.append(key);
    }
    QStringList removed;
    for (const AdSlot &was : slotsBefore.value()) {
        const auto now = std::find_if(cleaned.cbegin(), cleaned.cend(),
                                      [&](const AdSlot &slot) { return slot.key == was.key; });
        if (now == cleaned.cend()) {
            removed.append(was.key);
            report.changes.append(tr("ad slot %1 removed").arg(was.key));
        } else if (now->name != was.name || now->content != was.content
                   || now->enabled != was.enabled) {
            report.changes.append(tr("ad slot %1").arg(was.key));
        }
    }
    for (const AdSlot &slot : std::as_const(cleaned)) {
        const bool existed = std::any_of(slotsBefore.value().cbegin(), slotsBefore.value().cend(),
                                         [&](const AdSlot &was) { return was.key == slot.key; });
        if (!existed)
            report.changes.append(tr("ad slot %1 added").arg(slot.key));
    }
    if (report.changes.isEmpty())
        return report;

    const Status stored = m_database.transaction([&]() -> Status {
        if (Status written = setSettings(s); !written)
            return written;
        for (const QString &key : std::as_const(removed)) {
            if (Result<QSqlQuery> q = m_database.run(DeleteAdSlot, {key}); !q)
                return q.error();
        }
        for (const AdSlot &slot : std::as_const(cleaned)) {
            if (Result<qint64> id = saveAdSlot(slot); !id)
                return id.error();
        }
        Result<qint64> entry = HistoryRepository(m_database)
                                       .audit({0,
                                               {},
                                               userId,
                                               u"site.settings"_s,
                                               0,
                                               report.changes.join(u", "_s)});
        if (!entry)
            return entry.error();
        return {};
    });
    if (!stored)
        return stored.error();
    return report;
}

Result<QList<AdSlot>> SiteRepository::adSlots() const
{
    Result<QSqlQuery> query = m_database.run(SelectAdSlots);
    if (!query)
        return query.error();
    QList<AdSlot> result;
    QSqlQuery &q = query.value();
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toBool()});
    }
    return result;
}

Result<qint64> SiteRepository::saveAdSlot(const AdSlot &slot)
{
    if (slot.key.trimmed().isEmpty())
        return Error(Error::Kind::Invalid, tr("An ad slot needs a key."));
    return m_database.insert(UpsertAdSlot,
                             {slot.key, slot.name, slot.content, slot.enabled ? 1 : 0});
}

} // namespace Newsdesk
