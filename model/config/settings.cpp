#include "settings.h"

#include <QSettings>
#include <QVariantMap>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
struct KeyInfo
{
    Settings::Key key;
    QLatin1StringView name;
    QVariant (*defaultValue)();
};

// The one table of keys, their names in the file and their defaults.
const std::array<KeyInfo, 8> keyTable {{
        {Settings::Key::Language, "ui/language"_L1,
         [] {
             return QVariant(QString());
         }},
        {Settings::Key::LastLibrary, "library/last"_L1,
         [] {
             return QVariant(QString());
         }},
        {Settings::Key::RecentLibraries, "library/recent"_L1,
         [] {
             return QVariant(QStringList());
         }},
        {Settings::Key::LibraryUsers, "library/users"_L1,
         [] {
             return QVariant(QVariantMap());
         }},
        {Settings::Key::MainWindowGeometry, "window/geometry"_L1,
         [] {
             return QVariant(QByteArray());
         }},
        {Settings::Key::MainWindowState, "window/state"_L1,
         [] {
             return QVariant(QByteArray());
         }},
        {Settings::Key::LibrarySplitterState, "window/librarySplitter"_L1,
         [] {
             return QVariant(QByteArray());
         }},
        {Settings::Key::ArticleListHeaderState, "window/articleListHeader"_L1,
         [] {
             return QVariant(QByteArray());
         }},
}};

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
    const QVariant fallback = entry.defaultValue();
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

} // namespace Newsdesk
