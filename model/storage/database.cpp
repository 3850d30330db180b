#include "database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"newsdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Whether a failed connection is the server refusing the login: a wrong or missing password
// (SQLSTATE 28P01 invalid_password, 28000 invalid_authorization_specification). Qt's driver
// reports no SQLSTATE for a connection that never opened, so libpq's messages are checked too.
bool isAuthenticationFailure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"28P01"_s || code == u"28000"_s)
        return true;
    const QString text = error.text();
    return text.contains(u"password authentication failed"_s, Qt::CaseInsensitive)
            || text.contains(u"no password supplied"_s, Qt::CaseInsensitive);
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

// PostgreSQL's SQLSTATE codes the application treats specially.
const QString PgSerializationFailure = u"40001"_s;
const QString PgDeadlock = u"40P01"_s;
const QString PgInsufficientPrivilege = u"42501"_s;
// A transaction that lost to another (serialization failure, deadlock) runs again this many
// times in all before the error is reported.
constexpr int TransactionAttempts = 4;
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
    db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    // libpq waits for an unreachable host as long as TCP does (minutes) by default.
    db.setConnectOptions(u"connect_timeout=15"_s);
    std::unique_ptr<Database> database(new Database(db, Dialect::Postgres, location));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        // libpq's own words, without the driver's "QPSQL: Unable to connect" after them.
        const QString reason =
                (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
        db = QSqlDatabase(); // the connection is removed with database: no copy may remain
        if (isAuthenticationFailure(error)) {
            // libpq's message names neither the server nor the password; this one names
            // the first, never the second.
            const QString user = url.userName(QUrl::FullyDecoded);
            const QString server = u"%1:%2"_s.arg(url.host()).arg(url.port(5432));
            const QString databaseName = url.path(QUrl::FullyDecoded).mid(1);
            return Error(Error::Kind::Unauthenticated,
                         reason.contains(u"no password supplied"_s, Qt::CaseInsensitive)
                                 ? tr("The PostgreSQL server %1 needs the password of %2 "
                                      "(database %3).")
                                           .arg(server, user, databaseName)
                                 : tr("The PostgreSQL server %1 did not accept the password of "
                                      "%2 (database %3).")
                                           .arg(server, user, databaseName));
        }
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
    if (m_transactionDepth > 0 || m_dialect != Dialect::Postgres)
        return transactionOnce(work);
    // PostgreSQL resolves a deadlock or a serialization failure by failing one of the
    // transactions; running it again is the documented remedy. Only whole transactions are
    // repeated, and work reads everything it relies on inside the transaction.
    Status result;
    for (int attempt = 1; attempt <= TransactionAttempts; ++attempt) {
        m_lostToAnother = false;
        result = transactionOnce(work);
        if (result || !m_lostToAnother)
            return result;
    }
    return Error(Error::Kind::Locked,
                 tr("%1 was too busy: the change lost to others %2 times (%3). Try again.")
                         .arg(m_location)
                         .arg(TransactionAttempts)
                         .arg(result.error().message()));
}

Status Database::transactionOnce(const std::function<Status()> &work)
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
    if (m_dialect == Dialect::Postgres) {
        const QString state = error.nativeErrorCode();
        if (state == PgSerializationFailure || state == PgDeadlock) {
            m_lostToAnother = true;
            return {Error::Kind::Locked,
                    tr("%1 is busy with another change (%2).").arg(m_location, detail)};
        }
        if (state == PgInsufficientPrivilege) {
            QString reason = detail;
            reason.remove(QRegularExpression(u"^ERROR:\\s*"_s));
            return {Error::Kind::Denied,
                    tr("%1 refused the change: %2").arg(m_location, reason.trimmed())};
        }
    }
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
