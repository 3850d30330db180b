#include "library.h"

#include "storage/libraryfile.h"
#include "storage/migrations.h"
#include "storage/serverlocation.h"
#include "storage/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// PRAGMA application_id of a Newsdesk library: "NWSD".
constexpr int ApplicationId = 0x4E575344;
const QString InsertMeta = u"INSERT INTO newsdesk_meta (key, value) VALUES (?, ?)"_s;

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}
} // namespace

Library::Library(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_articles(*m_database)
    , m_articleList(*m_database)
    , m_channels(*m_database)
    , m_users(*m_database)
    , m_tags(*m_database)
    , m_media(*m_database)
    , m_site(*m_database)
    , m_history(*m_database)
    , m_publication(*m_database)
    , m_review(*m_database)
{
}

Library::~Library() = default;

Status Library::inspect(const QString &path, const Options &options)
{
    // A read-only connection cannot change the file, whatever it turns out to be.
    Result<std::unique_ptr<Database>> opened =
            Database::openSqlite(path, {.readOnly = true, .busyTimeoutMs = options.busyTimeoutMs});
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    Result<int> version = Migrator(db).storedVersion();
    if (!version)
        return version.error();
    if (version.value() == 0) {
        return Error(Error::Kind::NotALibrary,
                     tr("%1 is an SQLite database but not a Newsdesk library.").arg(path));
    }
    if (version.value() > Migrator::currentVersion())
        return Migrator::newerSchemaError(path, version.value());
    return {};
}

Status Library::configure(Database &db)
{
    // A 32 MiB page cache (the default is 2 MiB) keeps the indexes of a 100,000-article
    // library in memory and lets large transactions finish without spilling to the journal.
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
          u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = -32768"_s}) {
        if (Status status = db.execute(pragma); !status)
            return status;
    }
    return {};
}

bool Library::isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
            || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Status Library::writeMeta(Database &db)
{
    return db.transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> rows {
                {u"library_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"created_at"_s, SqlValues::now().toString(Qt::ISODate)},
                {u"created_by_version"_s, QStringLiteral(NEWSDESK_VERSION)}};
        for (const auto &[key, value] : rows) {
            if (Result<QSqlQuery> q = db.run(InsertMeta, {key, value}); !q)
                return q.error();
        }
        return {};
    });
}

Result<std::unique_ptr<Library>> Library::openServer(const QString &url)
{
    Result<std::unique_ptr<Database>> opened = Database::openPostgres(url);
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    Result<int> version = Migrator(db).storedVersion();
    if (!version && version.error().kind() == Error::Kind::Denied) {
        return Error(Error::Kind::Denied,
                     tr("%1: %2 is not one of this library's people (their login has none of "
                        "its roles). The database's owner adds them with \"newsdesk users "
                        "--library … passwd %2\" or \"add\".")
                             .arg(db.location(),
                                  ServerLocation::parse(url).value_or(ServerLocation()).user));
    }
    if (!version)
        return version.error();
    if (version.value() == 0) {
        return Error(Error::Kind::NotALibrary,
                     tr("%1 is not a Newsdesk library yet. Its owner creates one there with "
                        "\"newsdesk init --library %1\".")
                             .arg(db.location()));
    }
    if (version.value() < Migrator::currentVersion()) {
        // Only the owner may change the schema; everybody else is told who can.
        if (Status migrated = Migrator(db).migrate(); !migrated) {
            return Error(migrated.error().kind(),
                         tr("%1 has library format %2 and this Newsdesk needs %3; the "
                            "database's owner updates it with \"newsdesk init --library %1\". "
                            "(%4)")
                                 .arg(db.location())
                                 .arg(version.value())
                                 .arg(Migrator::currentVersion())
                                 .arg(migrated.error().message()));
        }
    } else if (Status current = Migrator(db).migrate(); !current) {
        return current.error();
    }
    return std::unique_ptr<Library>(new Library(std::move(opened.value())));
}

Status Library::createServer(const QString &url, const Populate &populate)
{
    Result<std::unique_ptr<Database>> opened = Database::openPostgres(url);
    if (!opened)
        return opened.error();
    std::unique_ptr<Library> library(new Library(std::move(opened.value())));
    Database &db = library->database();
    // PostgreSQL changes its schema in transactions: the library appears complete or not at
    // all.
    return db.transaction([&]() -> Status {
        Result<int> version = Migrator(db).storedVersion();
        if (!version)
            return version.error();
        if (version.value() != 0) {
            return Error(Error::Kind::AlreadyExists,
                         tr("%1 already holds a Newsdesk library; it was left as it is.")
                                 .arg(db.location()));
        }
        if (Status s = Migrator(db).migrate(); !s)
            return s;
        if (Status s = writeMeta(db); !s)
            return s;
        return populate ? populate(*library) : Status();
    });
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, const Options &options)
{
    if (isServerLocation(path))
        return openServer(path);
    if (Status status = LibraryFile::checkOpenable(path); !status)
        return status.error();
    if (Status status = inspect(path, options); !status)
        return status.error();
    Result<std::unique_ptr<Database>> opened =
            Database::openSqlite(path, {.readOnly = false, .busyTimeoutMs = options.busyTimeoutMs});
    if (!opened)
        return opened.error();
    if (Status status = configure(*opened.value()); !status)
        return status.error();
    if (Status status = Migrator(*opened.value()).migrate(); !status)
        return status.error();
    return std::unique_ptr<Library>(new Library(std::move(opened.value())));
}

Status Library::create(const QString &path, const Populate &populate)
{
    if (isServerLocation(path))
        return createServer(path, populate);
    if (Status status = LibraryFile::checkCreatable(path); !status)
        return status;
    const QFileInfo target(path);
    QString partial;
    {
        // Reserve a unique name beside the target, on the same filesystem, so that the final
        // rename is atomic.
        QTemporaryFile file(target.absolutePath() + u"/."_s + target.fileName()
                            + u".XXXXXX.creating"_s);
        file.setAutoRemove(false);
        if (!file.open()) {
            return Error(Error::Kind::Io,
                         tr("Cannot create %1: %2.").arg(path, file.errorString()));
        }
        partial = file.fileName();
    }

    Status built = [&]() -> Status {
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(partial, {});
        if (!opened)
            return opened.error();
        std::unique_ptr<Library> library(new Library(std::move(opened.value())));
        Database &db = library->database();
        // Nobody else sees the file until it is renamed into place, and a failure deletes
        // it: build it with the rollback journal in memory and without syncing, then switch
        // to the library's settings and sync once at the end.
        for (const QString &pragma :
             {u"PRAGMA application_id = %1"_s.arg(ApplicationId), u"PRAGMA journal_mode = MEMORY"_s,
              u"PRAGMA synchronous = OFF"_s, u"PRAGMA foreign_keys = ON"_s,
              u"PRAGMA cache_size = -65536"_s}) {
            if (Status s = db.execute(pragma); !s)
                return s;
        }
        if (Status s = Migrator(db).migrate(); !s)
            return s;
        if (Status meta = writeMeta(db); !meta)
            return meta;
        if (populate) {
            if (Status s = populate(*library); !s)
                return s;
        }
        return configure(db);
    }();
    // The library is closed here, so SQLite has folded its journal back into the file; make
    // it durable before it takes its name.
    if (built && !syncFile(partial))
        built = Error(Error::Kind::Io,
                      tr("Cannot create %1: writing it to disk failed.").arg(path));
    if (built && !QFile::rename(partial, path)) {
        built = Error(Error::Kind::AlreadyExists,
                      tr("Cannot create %1: something else created that file meanwhile; it was "
                         "left as it is.")
                              .arg(path));
    }
    if (!built)
        removeDatabaseFiles(partial);
    return built;
}

} // namespace Newsdesk
