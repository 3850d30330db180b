#include "changefeed.h"

#include "storage/library.h"
#include "storage/serverschema.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString DataVersion = u"PRAGMA data_version"_s;

std::optional<ChangeFeed::Table> tableNamed(QStringView name)
{
    using Table = ChangeFeed::Table;
    static const QList<std::pair<QString, Table>> tables {
            {u"articles"_s, Table::Articles},
            {u"leases"_s, Table::Leases},
            {u"review_comments"_s, Table::ReviewComments},
            {u"channels"_s, Table::Channels},
            {u"tags"_s, Table::Tags},
            {u"users"_s, Table::Users},
            {u"site_settings"_s, Table::SiteSettings}};
    for (const auto &[known, table] : tables) {
        if (name == known)
            return table;
    }
    return std::nullopt;
}
} // namespace

ChangeFeed::ChangeFeed(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_coalesce(new QTimer(this))
{
    qRegisterMetaType<Changes>();
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ChangeFeed::flush);
    if (library.database().dialect() == Database::Dialect::Postgres) {
        listen();
        return;
    }
    // Another connection's commit moves data_version; this connection's own commits do not.
    m_dataVersion = library.database().scalar(DataVersion).valueOr(QVariant(-1)).toLongLong();
    m_poll = new QTimer(this);
    m_poll->setInterval(PollMs);
    connect(m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll->start();
    m_live = true;
}

ChangeFeed::~ChangeFeed()
{
    if (m_live && m_library.database().dialect() == Database::Dialect::Postgres) {
        if (QSqlDriver *driver = m_library.database().driver()) {
            disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
            if (driver->isOpen())
                driver->unsubscribeFromNotification(
                        QString::fromLatin1(ServerSchema::ChangeChannel));
        }
    }
}

void ChangeFeed::listen()
{
    QSqlDriver *driver = m_library.database().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
    m_live = driver->subscribeToNotification(QString::fromLatin1(ServerSchema::ChangeChannel));
    if (!m_live)
        disconnect(driver, &QSqlDriver::notification, this, &ChangeFeed::notified);
}

std::optional<ChangeFeed::Notice> ChangeFeed::parse(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<Table> table = tableNamed(parts.at(0));
    bool numeric = false;
    const qint64 id = parts.at(1).toLongLong(&numeric);
    if (!table || !numeric || id < 0)
        return std::nullopt;
    return Notice {*table, id};
}

void ChangeFeed::notified(const QString &name, QSqlDriver::NotificationSource source,
                          const QVariant &payload)
{
    if (name != QLatin1StringView(ServerSchema::ChangeChannel))
        return;
    if (source == QSqlDriver::SelfSource && !m_announceOwn)
        return;
    // A payload that is not "TABLE ID" (someone's pg_notify by hand, a newer schema's table)
    // is not worth a reload.
    if (const std::optional<Notice> notice = parse(payload.toString()))
        note(*notice);
}

void ChangeFeed::note(const Notice &notice)
{
    switch (notice.table) {
    case Table::Articles:
        m_pending.articles = true;
        m_pending.articleIds.insert(notice.id);
        break;
    case Table::Leases:
        m_pending.leases = true;
        m_pending.leaseArticleIds.insert(notice.id);
        break;
    case Table::ReviewComments:
        m_pending.review = true;
        m_pending.reviewArticleIds.insert(notice.id);
        break;
    case Table::Channels:
        m_pending.channels = true;
        break;
    case Table::Tags:
        m_pending.tags = true;
        break;
    case Table::Users:
        m_pending.users = true;
        break;
    case Table::SiteSettings:
        m_pending.settings = true;
        break;
    }
    schedule();
}

void ChangeFeed::schedule()
{
    // Wait for a quiet moment, but not for ever while changes keep coming.
    if (!m_coalesce->isActive())
        m_pendingSince.start();
    const qint64 left = MaxDelayMs - m_pendingSince.elapsed();
    m_coalesce->start(int(std::clamp<qint64>(left, 0, CoalesceMs)));
}

void ChangeFeed::poll()
{
    Database &db = m_library.database();
    // Not in the middle of this desktop's own transaction, which sees its own snapshot.
    if (db.dialect() != Database::Dialect::Sqlite || db.inTransaction())
        return;
    const Result<QVariant> version = db.scalar(DataVersion);
    if (!version)
        return; // a busy moment; asked again at the next poll
    const qint64 now = version.value().toLongLong();
    if (now == m_dataVersion)
        return;
    m_dataVersion = now;
    m_pending.articles = m_pending.leases = m_pending.review = true;
    m_pending.channels = m_pending.tags = m_pending.users = m_pending.settings = true;
    m_pending.everything = true;
    m_pending.articleIds.clear();
    m_pending.leaseArticleIds.clear();
    m_pending.reviewArticleIds.clear();
    flush();
}

void ChangeFeed::flush()
{
    m_coalesce->stop();
    if (m_pending.isEmpty())
        return;
    // Called from an event loop nested in this desktop's own transaction (a dialog asking
    // something half-way): whoever reloads would read inside it. Later.
    if (m_library.database().inTransaction()) {
        m_coalesce->start(CoalesceMs);
        return;
    }
    Changes changes = std::exchange(m_pending, Changes());
    // "Unknown which" wins over a list of some.
    if (changes.everything) {
        changes.articleIds.clear();
        changes.leaseArticleIds.clear();
        changes.reviewArticleIds.clear();
    }
    if (changes.articles)
        Q_EMIT articlesChanged(changes.articleIds);
    if (changes.leases)
        Q_EMIT leasesChanged(changes.leaseArticleIds);
    if (changes.review)
        Q_EMIT reviewChanged(changes.reviewArticleIds);
    if (changes.channels)
        Q_EMIT channelsChanged();
    if (changes.tags)
        Q_EMIT tagsChanged();
    if (changes.users)
        Q_EMIT usersChanged();
    if (changes.settings)
        Q_EMIT settingsChanged();
    Q_EMIT changed(changes);
}

} // namespace Newsdesk
