#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace Newsdesk {

// A named library filter kept for one library (ArticleFilter as JSON).
struct SavedSearch
{
    QString name;
    QJsonObject filter;
};

// The desktop's preferences (not the library's site settings): every key, its default and its
// type in one table, typed accessors, and a signal when a value changes. Tests point it at a
// file of their own.
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        Language, // "" follows the system; otherwise "zh_CN" or "en"
        LastLibrary, // the library opened last
        RecentLibraries, // most recent first
        LibraryUsers, // library location -> the person who last worked in it
        MainWindowGeometry,
        MainWindowState,
        LibrarySplitterState,
        ArticleListHeaderState,
        SavedSearches, // library location -> [{name, filter}]
        MediaMaxSide, // imported images are downscaled to this longest side (pixels)
        ExportTargets, // library location -> the folder or .zip its site was exported to last
        LastServer, // the newsroom server connected to last: its URL, never with a password
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentLibraries = 10;
    static constexpr int DefaultMediaMaxSide = 2560;
    static constexpr int MinMediaMaxSide = 320;
    static constexpr int MaxMediaMaxSide = 16384;

    // The user's settings file in the platform's configuration location.
    explicit Settings(QObject *parent = nullptr);
    // Settings kept in the INI file at filePath.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    QString fileName() const;
    void sync();

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }

    // The longest side of an imported image, in pixels (larger ones are downscaled); always
    // within [MinMediaMaxSide, MaxMediaMaxSide].
    int mediaMaxSide() const;
    void setMediaMaxSide(int pixels);

    QString lastLibrary() const { return value(Key::LastLibrary).toString(); }
    QStringList recentLibraries() const { return value(Key::RecentLibraries).toStringList(); }
    // Moves location to the top of the recent list and makes it the last library.
    void noteLibraryOpened(const QString &location);
    void forgetRecentLibrary(const QString &location);
    void clearRecentLibraries();

    QString userForLibrary(const QString &location) const;
    void setUserForLibrary(const QString &location, const QString &user);

    // Where the site of the library at location was exported to last (a folder or a .zip);
    // empty when it never was.
    QString exportTarget(const QString &location) const;
    void setExportTarget(const QString &location, const QString &target);

    // The server the connect dialog offers: postgresql://user@host:port/db of the last
    // connection. Any password in url is dropped, never written to the file.
    QString lastServer() const { return value(Key::LastServer).toString(); }
    void setLastServer(const QString &url);

    QByteArray bytes(Key key) const { return value(key).toByteArray(); }

    QList<SavedSearch> savedSearches(const QString &location) const;
    // Adds search, replacing one of the same name.
    void saveSearch(const QString &location, const SavedSearch &search);
    void removeSavedSearch(const QString &location, const QString &name);

Q_SIGNALS:
    void changed(Newsdesk::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Newsdesk
