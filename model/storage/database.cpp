#include "database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"newsdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode {
    SqliteIoErr = 10,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};
} // namespace

Database::Database(QSqlDatabase connection, Dialect dialect, QString location)
    : m_connectionName(connection.connectionName())
    , m_dialect(dialect)
    , m_location(std::move(location))
{
}

Database::~Database()
{
    m_cache.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path,
                                                       const SqliteOptions &options)
{
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(connectOptions);
    std::unique_ptr<Database> database(new Database(db, Dialect::Sqlite, path));
    if (!db.open())
        return database->errorFor(db.lastError());
    return database;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)
        || url.host().isEmpty() || url.path().size() < 2)
        return Error(Error::Kind::Invalid,
                     tr("\"%1\" is not a PostgreSQL address like "
                        "postgresql://user@host:5432/newsroom.")
                             .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
    const QString location = url.toDisplayString(QUrl::RemovePassword);
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid())
        return Error(Error::Kind::Failed,
                     tr("Qt's PostgreSQL driver is not installed (Debian package "
                        "libqt6sql6-psql); %1 cannot be opened.")
                             .arg(location));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    std::unique_ptr<Database> database(new Database(db, Dialect::Postgres, location));
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        db = QSqlDatabase(); // the connection is removed with database: no copy may remain
        return Error(Error::Kind::Failed, tr("Cannot connect to %1: %2").arg(location, reason));
    }
    return database;
}

QSqlDriver *Database::driver() const
{
    return QSqlDatabase::database(m_connectionName, false).driver();
}

Status Database::bindAndExec(QSqlQuery &query, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt binds a null QString as SQL NULL; text columns want '' for "no text".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        return errorFor(query.lastError());
    return {};
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(forwardOnly());
    if (!query.prepare(sql))
        return errorFor(query.lastError());
    if (Status status = bindAndExec(query, values); !status)
        return status.error();
    return query;
}

Result<QSqlQuery *> Database::runCached(const QString &sql, const QVariantList &values)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.setForwardOnly(forwardOnly());
        if (!query.prepare(sql))
            return errorFor(query.lastError());
        it = m_cache.insert(sql, std::move(query));
    }
    QSqlQuery &query = it.value();
    query.finish();
    if (Status status = bindAndExec(query, values); !status)
        return status.error();
    return &query;
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> query = runCached(sql, values);
    if (!query)
        return query.error();
    QSqlQuery &q = *query.value();
    if (!q.next())
        return errorFor(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) const
{
    Result<QSqlQuery> query = run(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next()) {
        if (query.value().lastError().isValid())
            return errorFor(query.value().lastError());
        return QVariant();
    }
    return query.value().value(0);
}

Status Database::execute(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return errorFor(query.lastError());
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    const QString savepoint = u"nd_sp%1"_s.arg(m_transactionDepth);
    const bool outermost = m_transactionDepth == 0;
    // IMMEDIATE takes SQLite's write lock up front, so a busy library is reported at the start
    // (after the busy timeout) instead of failing half-way when a read turns into a write.
    const QString begin = outermost
            ? (m_dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)
            : u"SAVEPOINT "_s + savepoint;
    if (Status status = execute(begin); !status)
        return status;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        Status committed = execute(outermost ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + savepoint);
        if (committed)
            return {};
        result = committed;
    }
    if (outermost) {
        (void)execute(u"ROLLBACK"_s);
    } else {
        (void)execute(u"ROLLBACK TO SAVEPOINT "_s + savepoint);
        (void)execute(u"RELEASE SAVEPOINT "_s + savepoint);
    }
    return result;
}

Status Database::withIndexesDeferred(const QString &table, const std::function<Status()> &work)
{
    if (m_dialect != Dialect::Sqlite || !inTransaction())
        return work();
    Result<QSqlQuery> indexes = run(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = ? AND sql IS NOT NULL"_s,
                                    {table});
    if (!indexes)
        return indexes.error();
    QList<std::pair<QString, QString>> saved;
    while (indexes.value().next())
        saved.append({indexes.value().value(0).toString(), indexes.value().value(1).toString()});
    for (const auto &[name, sql] : saved) {
        if (Status dropped = execute(u"DROP INDEX \"%1\""_s.arg(name)); !dropped)
            return dropped;
    }
    Status result = work();
    for (const auto &[name, sql] : saved) {
        if (Status created = execute(sql); !created && result)
            result = created;
    }
    return result;
}

Error Database::errorFor(const QSqlError &error) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (m_dialect == Dialect::Sqlite) {
        bool numeric = false;
        const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
        if (numeric) {
            switch (code) {
            case SqliteBusy:
            case SqliteLocked:
                return {Error::Kind::Locked,
                        tr("%1 is locked by another program (%2). Try again when that program "
                           "has finished with it.")
                                .arg(m_location, detail)};
            case SqliteReadOnly:
                return {Error::Kind::ReadOnly,
                        tr("%1 cannot be written (%2). Check the permissions of the file and its "
                           "folder.")
                                .arg(m_location, detail)};
            case SqliteCorrupt:
                return {Error::Kind::Corrupt,
                        tr("%1 is damaged (%2). Restore it from a backup.")
                                .arg(m_location, detail)};
            case SqliteNotADb:
                return {Error::Kind::NotALibrary,
                        tr("%1 is not a Newsdesk library: it is not an SQLite database (%2).")
                                .arg(m_location, detail)};
            case SqliteFull:
                return {Error::Kind::Io,
                        tr("%1 cannot be written: the disk is full (%2).").arg(m_location, detail)};
            case SqliteIoErr:
            case SqliteCantOpen:
                return {Error::Kind::Io,
                        tr("%1 cannot be read or written (%2).").arg(m_location, detail)};
            default:
                break;
            }
        }
    }
    return {Error::Kind::Database, tr("Database error in %1: %2").arg(m_location, detail)};
}

} // namespace Newsdesk
