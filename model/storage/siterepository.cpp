#include "siterepository.h"

#include "storage/database.h"

#include <QHash>

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
