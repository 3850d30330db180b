#pragma once

#include "core/result.h"
#include "storage/articlelistrepository.h"
#include "storage/articlerepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/mediarepository.h"
#include "storage/publicationrepository.h"
#include "storage/reviewrepository.h"
#include "storage/siterepository.h"
#include "storage/tagrepository.h"
#include "storage/userrepository.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Newsdesk {

// An open library: one database connection and the repositories over it. A library is an
// SQLite file or a PostgreSQL database (a postgresql://USER@HOST:PORT/DB location, see
// docs/postgresql.md). Opening checks a file before SQLite writes to it, so a bad file is
// reported and left as it was; creating builds a new file beside its final name and moves it
// into place only when complete, and a new PostgreSQL library in one transaction.
class Library final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Library)

public:
    struct Options
    {
        int busyTimeoutMs = 5000;
    };
    using Populate = std::function<Status(Library &)>;

    static Result<std::unique_ptr<Library>> open(const QString &location,
                                                 const Options &options);
    static Result<std::unique_ptr<Library>> open(const QString &location)
    {
        return open(location, {});
    }
    // Creates a library at location (a file that must not exist, or an empty PostgreSQL
    // database), filled by populate when given.
    static Status create(const QString &location, const Populate &populate = {});
    // Whether location names a PostgreSQL database (postgresql:// or postgres://) rather
    // than a file.
    static bool isServerLocation(const QString &location);

    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    const QString &location() const { return m_database->location(); }
    Database &database() { return *m_database; }

    ArticleRepository &articles() { return m_articles; }
    ArticleListRepository &articleList() { return m_articleList; }
    ChannelRepository &channels() { return m_channels; }
    UserRepository &users() { return m_users; }
    TagRepository &tags() { return m_tags; }
    MediaRepository &media() { return m_media; }
    SiteRepository &site() { return m_site; }
    HistoryRepository &history() { return m_history; }
    PublicationRepository &publication() { return m_publication; }
    ReviewRepository &review() { return m_review; }

private:
    explicit Library(std::unique_ptr<Database> database);
    static Status inspect(const QString &path, const Options &options);
    static Status configure(Database &database);
    static Result<std::unique_ptr<Library>> openServer(const QString &url);
    static Status createServer(const QString &url, const Populate &populate);
    static Status writeMeta(Database &database);

    std::unique_ptr<Database> m_database;
    ArticleRepository m_articles;
    ArticleListRepository m_articleList;
    ChannelRepository m_channels;
    UserRepository m_users;
    TagRepository m_tags;
    MediaRepository m_media;
    SiteRepository m_site;
    HistoryRepository m_history;
    PublicationRepository m_publication;
    ReviewRepository m_review;
};

} // namespace Newsdesk
