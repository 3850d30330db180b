#include "recoverystore.h"

#include "core/articlejson.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// "NWRC": what the file is, for tools and for telling it from a library.
constexpr qint64 ApplicationId = 0x4E575243;

const QString CreateTable = u"CREATE TABLE IF NOT EXISTS recovery ("
                            "library TEXT NOT NULL, "
                            "entry_key TEXT NOT NULL, "
                            "article_id INTEGER NOT NULL, "
                            "base_version INTEGER NOT NULL, "
                            "snapshot TEXT NOT NULL, "
                            "saved_at INTEGER NOT NULL, "
                            "PRIMARY KEY (library, entry_key))"_s;
const QString Upsert = u"INSERT INTO recovery (library, entry_key, article_id, base_version, "
                       "snapshot, saved_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (library, entry_key) DO UPDATE SET "
                       "article_id = excluded.article_id, base_version = excluded.base_version, "
                       "snapshot = excluded.snapshot, saved_at = excluded.saved_at"_s;
const QString SelectEntries = u"SELECT entry_key, base_version, snapshot, saved_at "
                              "FROM recovery WHERE library = ? ORDER BY saved_at, entry_key"_s;
const QString CountEntries = u"SELECT count(*) FROM recovery WHERE library = ?"_s;
const QString DeleteEntry = u"DELETE FROM recovery WHERE library = ? AND entry_key = ?"_s;
} // namespace

RecoveryStore::RecoveryStore(std::unique_ptr<Database> database, QString path)
    : m_database(std::move(database))
    , m_path(std::move(path))
{
}

RecoveryStore::~RecoveryStore() = default;

Result<std::unique_ptr<RecoveryStore>> RecoveryStore::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error(Error::Kind::Invalid,
                     tr("The recovery store %1 is a folder, not a file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return Error(
                Error::Kind::Io,
                tr("Cannot create the folder %1 for the recovery store.").arg(info.absolutePath()));
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path, {});
    if (!opened)
        return Error(opened.error().kind(),
                     tr("The recovery store %1 cannot be opened: %2")
                             .arg(path, opened.error().message()));
    std::unique_ptr<RecoveryStore> store(new RecoveryStore(std::move(opened.value()), path));
    if (Status configured = store->configure(); !configured)
        return configured.error();
    return store;
}

Status RecoveryStore::configure()
{
    Result<QVariant> id = m_database->scalar(u"PRAGMA application_id"_s);
    if (!id)
        return unusable(id.error());
    if (id.value().toLongLong() != ApplicationId) {
        Result<QVariant> tables = m_database->scalar(u"SELECT count(*) FROM sqlite_master"_s);
        if (!tables)
            return unusable(tables.error());
        if (id.value().toLongLong() != 0 || tables.value().toInt() != 0)
            return Error(
                    Error::Kind::Invalid,
                    tr("%1 is not a Newsdesk recovery store; it was left as it is.").arg(m_path));
        if (Status set = m_database->execute(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
            !set)
            return unusable(set.error());
    }
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s}) {
        if (Status set = m_database->execute(pragma); !set)
            return unusable(set.error());
    }
    if (Status created = m_database->execute(CreateTable); !created)
        return unusable(created.error());
    return {};
}

Error RecoveryStore::unusable(const Error &error) const
{
    switch (error.kind()) {
    case Error::Kind::Corrupt:
    case Error::Kind::NotALibrary:
        return Error(Error::Kind::Corrupt,
                     tr("The recovery store %1 is damaged or is not an SQLite file.").arg(m_path));
    default:
        return Error(error.kind(),
                     tr("The recovery store %1 cannot be used: %2").arg(m_path, error.message()));
    }
}

Result<QString> RecoveryStore::setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString target = u"%1.broken-%2"_s.arg(path, stamp);
    if (!QFile::rename(path, target))
        return Error(
                Error::Kind::Io,
                tr("Cannot move the recovery store %1 out of the way to %2.").arg(path, target));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

Status RecoveryStore::write(const RecoveryEntry &entry)
{
    const QByteArray snapshot = ArticleJson::snapshot(entry.article);
    const QDateTime savedAt =
            entry.savedAt.isValid() ? entry.savedAt : QDateTime::currentDateTimeUtc();
    const Status status = m_database->transaction([&]() -> Status {
        Result<QSqlQuery *> q = m_database->runCached(
                Upsert,
                {entry.library, entry.key, entry.article.id, entry.baseVersion,
                 QString::fromUtf8(snapshot), savedAt.toSecsSinceEpoch()});
        if (!q)
            return q.error();
        q.value()->finish();
        return {};
    });
    return status ? status : Status(unusable(status.error()));
}

Result<QList<RecoveryEntry>> RecoveryStore::entries(const QString &library) const
{
    Result<QSqlQuery> q = m_database->run(SelectEntries, {library});
    if (!q)
        return unusable(q.error());
    QList<RecoveryEntry> entries;
    while (q.value().next()) {
        RecoveryEntry entry;
        entry.library = library;
        entry.key = q.value().value(0).toString();
        entry.baseVersion = q.value().value(1).toInt();
        Result<Article> article =
                ArticleJson::fromSnapshot(q.value().value(2).toString().toUtf8(),
                                          tr("the recovery store %1 (%2)").arg(m_path, entry.key));
        if (!article)
            return article.error();
        entry.article = article.value();
        entry.savedAt = QDateTime::fromSecsSinceEpoch(q.value().value(3).toLongLong(), Qt::UTC);
        entries.append(entry);
    }
    return entries;
}

Result<int> RecoveryStore::count(const QString &library) const
{
    Result<QVariant> count = m_database->scalar(CountEntries, {library});
    if (!count)
        return unusable(count.error());
    return count.value().toInt();
}

Status RecoveryStore::remove(const QString &library, const QString &key)
{
    const Status status = m_database->transaction([&]() -> Status {
        Result<QSqlQuery> q = m_database->run(DeleteEntry, {library, key});
        return q ? Status() : Status(q.error());
    });
    return status ? status : Status(unusable(status.error()));
}

QString RecoveryStore::articleKey(qint64 articleId)
{
    return u"article:%1"_s.arg(articleId);
}

QString RecoveryStore::newDraftKey()
{
    return u"draft:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Newsdesk
