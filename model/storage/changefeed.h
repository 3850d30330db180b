#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSqlDriver>

#include <optional>

class QTimer;

namespace Newsdesk {

class Library;

// What other desktops changed in the library, as it happens. On PostgreSQL it listens on the
// library's own connection for the notifications schema step 4 sends at every commit
// (ServerSchema::ChangeChannel, payloads "TABLE ID"); on SQLite, where several desktops on one
// machine may share a file, it polls PRAGMA data_version, which moves when another connection
// commits, and then cannot say what changed. Notifications are gathered for a moment
// (CoalesceMs after the last one, at most MaxDelayMs after the first) and then announced once
// per kind, so a burst of a thousand rows causes one reload, not a thousand.
//
// Changes this desktop made itself are not announced by default: the views already refreshed
// after making them (and SQLite's data_version does not move for them anyway).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    enum class Table { Articles, Leases, ReviewComments, Channels, Tags, Users, SiteSettings };

    // One gathered batch. An empty id set with its flag set means "some, unknown which".
    struct Changes
    {
        bool articles = false;
        QSet<qint64> articleIds;
        bool leases = false;
        QSet<qint64> leaseArticleIds;
        bool review = false;
        QSet<qint64> reviewArticleIds;
        bool channels = false;
        bool tags = false;
        bool users = false;
        bool settings = false;
        // Anything may have changed (SQLite): every flag is set and every id set empty.
        bool everything = false;

        bool isEmpty() const
        {
            return !articles && !leases && !review && !channels && !tags && !users && !settings;
        }
    };

    struct Notice
    {
        Table table = Table::Articles;
        qint64 id = 0;
    };

    static constexpr int CoalesceMs = 150;
    static constexpr int MaxDelayMs = 500;
    static constexpr int PollMs = 1000;

    // Starts following library, which must outlive the feed.
    explicit ChangeFeed(Library &library, QObject *parent = nullptr);
    ~ChangeFeed() override;
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    // Whether changes are followed (false when the PostgreSQL connection refused to LISTEN).
    bool isLive() const { return m_live; }
    // Also announce the changes of this desktop's own connection (for tests).
    void setAnnounceOwnChanges(bool announce) { m_announceOwn = announce; }

    // A notification payload "TABLE ID"; nullopt when it is not one.
    static std::optional<Notice> parse(const QString &payload);

    // Checks SQLite's data_version now (the feed does it every PollMs).
    void poll();
    // Announces what was gathered now instead of after the short wait.
    void flush();

Q_SIGNALS:
    // Each batch: the typed signals for what it holds, then changed() with all of it.
    void articlesChanged(const QSet<qint64> &ids);
    void leasesChanged(const QSet<qint64> &articleIds);
    void reviewChanged(const QSet<qint64> &articleIds);
    void channelsChanged();
    void tagsChanged();
    void usersChanged();
    void settingsChanged();
    void changed(const Newsdesk::ChangeFeed::Changes &changes);

private:
    void listen();
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    void note(const Notice &notice);
    void schedule();

    Library &m_library;
    QTimer *m_coalesce = nullptr;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_pendingSince;
    Changes m_pending;
    qint64 m_dataVersion = -1;
    bool m_live = false;
    bool m_announceOwn = false;
};

} // namespace Newsdesk

Q_DECLARE_METATYPE(Newsdesk::ChangeFeed::Changes)
