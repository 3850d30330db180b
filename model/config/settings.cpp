#include "settings.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUrl>
#include <QVariantMap>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView name;
    QMetaType type;
    int intDefault = 0; // the default of an int key; other keys default to their type's default
};

// The one table of keys, their names in the file and their types.
// clang-format off
constexpr KeyInfo keyTable[] = {
    {Settings::Key::Language,               "ui/language"_L1,              QMetaType::fromType<QString>()},
    {Settings::Key::LastLibrary,            "library/last"_L1,             QMetaType::fromType<QString>()},
    {Settings::Key::RecentLibraries,        "library/recent"_L1,           QMetaType::fromType<QStringList>()},
    {Settings::Key::LibraryUsers,           "library/users"_L1,            QMetaType::fromType<QVariantMap>()},
    {Settings::Key::MainWindowGeometry,     "window/geometry"_L1,          QMetaType::fromType<QByteArray>()},
    {Settings::Key::MainWindowState,        "window/state"_L1,             QMetaType::fromType<QByteArray>()},
    {Settings::Key::LibrarySplitterState,   "window/librarySplitter"_L1,   QMetaType::fromType<QByteArray>()},
    {Settings::Key::ArticleListHeaderState, "window/articleListHeader"_L1, QMetaType::fromType<QByteArray>()},
    {Settings::Key::SavedSearches,          "library/savedSearches"_L1,    QMetaType::fromType<QVariantMap>()},
    {Settings::Key::MediaMaxSide,           "media/maxSide"_L1,            QMetaType::fromType<int>(), Settings::DefaultMediaMaxSide},
    {Settings::Key::ExportTargets,          "export/targets"_L1,           QMetaType::fromType<QVariantMap>()},
    {Settings::Key::LastServer,             "server/last"_L1,              QMetaType::fromType<QString>()},
};
// clang-format on
static_assert(std::size(keyTable) == std::size_t(Settings::Key::LastServer) + 1,
              "every Settings::Key needs a row in keyTable");

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &entry : keyTable) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             u"newsdesk"_s, u"newsdesk"_s))
{
}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    const QVariant fallback = entry.type == QMetaType::fromType<int>() ? QVariant(entry.intDefault)
                                                                       : QVariant(entry.type);
    QVariant stored = m_settings->value(entry.name, fallback);
    if (stored.metaType() != fallback.metaType() && !stored.convert(fallback.metaType()))
        return fallback;
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(info(key).name, value);
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(info(key).name))
        return;
    m_settings->remove(info(key).name);
    Q_EMIT changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

int Settings::mediaMaxSide() const
{
    const int side = value(Key::MediaMaxSide).toInt();
    return side < MinMediaMaxSide ? DefaultMediaMaxSide : std::min(side, MaxMediaMaxSide);
}

void Settings::setMediaMaxSide(int pixels)
{
    setValue(Key::MediaMaxSide, std::clamp(pixels, MinMediaMaxSide, MaxMediaMaxSide));
}

void Settings::noteLibraryOpened(const QString &location)
{
    QStringList recent = recentLibraries();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > MaxRecentLibraries)
        recent.removeLast();
    setValue(Key::RecentLibraries, recent);
    setValue(Key::LastLibrary, location);
}

void Settings::forgetRecentLibrary(const QString &location)
{
    QStringList recent = recentLibraries();
    if (recent.removeAll(location) > 0)
        setValue(Key::RecentLibraries, recent);
}

void Settings::clearRecentLibraries()
{
    setValue(Key::RecentLibraries, QStringList());
}

QString Settings::userForLibrary(const QString &location) const
{
    return value(Key::LibraryUsers).toMap().value(location).toString();
}

void Settings::setUserForLibrary(const QString &location, const QString &user)
{
    QVariantMap users = value(Key::LibraryUsers).toMap();
    users.insert(location, user);
    setValue(Key::LibraryUsers, users);
}

QString Settings::exportTarget(const QString &location) const
{
    return value(Key::ExportTargets).toMap().value(location).toString();
}

void Settings::setExportTarget(const QString &location, const QString &target)
{
    QVariantMap targets = value(Key::ExportTargets).toMap();
    if (target.isEmpty())
        targets.remove(location);
    else
        targets.insert(location, target);
    setValue(Key::ExportTargets, targets);
}

void Settings::setLastServer(const QString &url)
{
    // As Library::location() names a server library.
    setValue(Key::LastServer, QUrl(url).toDisplayString(QUrl::RemovePassword));
}

} // namespace Newsdesk

QList<Newsdesk::SavedSearch> Newsdesk::Settings::savedSearches(const QString &location) const
{
    QList<SavedSearch> searches;
    const QVariantList stored = value(Key::SavedSearches).toMap().value(location).toList();
    for (const QVariant &entry : stored) {
        const QVariantMap map = entry.toMap();
        searches.append(
                {map.value(u"name"_s).toString(),
                 QJsonDocument::fromJson(map.value(u"filter"_s).toString().toUtf8()).object()});
    }
    return searches;
}

void Newsdesk::Settings::saveSearch(const QString &location, const SavedSearch &search)
{
    QList<SavedSearch> searches = savedSearches(location);
    searches.removeIf([&](const SavedSearch &s) { return s.name == search.name; });
    searches.append(search);
    QVariantList stored;
    for (const SavedSearch &s : std::as_const(searches)) {
        stored.append(QVariantMap {
                {u"name"_s, s.name},
                {u"filter"_s,
                 QString::fromUtf8(QJsonDocument(s.filter).toJson(QJsonDocument::Compact))}});
    }
    QVariantMap all = value(Key::SavedSearches).toMap();
    all.insert(location, stored);
    setValue(Key::SavedSearches, all);
}

void Newsdesk::Settings::removeSavedSearch(const QString &location, const QString &name)
{
    QVariantMap all = value(Key::SavedSearches).toMap();
    QVariantList stored = all.value(location).toList();
    stored.removeIf([&](const QVariant &entry) {
        return entry.toMap().value(u"name"_s).toString() == name;
    });
    all.insert(location, stored);
    setValue(Key::SavedSearches, all);
}
