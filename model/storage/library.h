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

// An open library: one database connection and the repositories over it. Opening checks the
// file before SQLite writes to it, so a bad file is reported and left as it was; creating
// builds the new library beside its final name and moves it into place only when complete.
class Library final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Library)

public:
    struct Options
    {
        int busyTimeoutMs = 5000;
    };
    using Populate = std::function<Status(Library &)>;

    static Result<std::unique_ptr<Library>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Library>> open(const QString &path) { return open(path, {}); }
    // Creates a library at path (which must not exist), filled by populate when given.
    static Status create(const QString &path, const Populate &populate = {});

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
