#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>

class QSqlDriver;
class QSqlError;

namespace Newsdesk {

// One connection to a library's database, and the only door to SQL: statements are prepared
// with bound values, every execution is checked, and failures come back as Error values that
// name the library. Writes of several rows go through transaction(), which nests (savepoints).
// A Database belongs to the thread that opened it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Database)

public:
    enum class Dialect { Sqlite, Postgres };

    struct SqliteOptions
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path,
                                                        const SqliteOptions &options);
    // A PostgreSQL database at a postgresql://USER[:PASSWORD]@HOST[:PORT]/DB URL (Qt's QPSQL
    // driver). Messages name the URL without its password.
    static Result<std::unique_ptr<Database>> openPostgres(const QString &url);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    Dialect dialect() const { return m_dialect; }
    // The file path or URL (without password) that messages name.
    const QString &location() const { return m_location; }

    // Qt's driver of the connection (for notifications and the native handle).
    QSqlDriver *driver() const;

    // Prepares sql, binds the values in order to its '?' placeholders and executes it.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) const;
    // Like run(), but keeps the prepared statement for the next call with the same sql. For
    // hot paths; the caller must be done with the result before the same sql runs again.
    Result<QSqlQuery *> runCached(const QString &sql, const QVariantList &values = {});
    // Runs an INSERT ... RETURNING id (prepared once per connection) and gives the new id.
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    // Runs sql that returns one row and one column (e.g. SELECT count(*)).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;
    // Executes a statement without bound values (schema changes, pragmas).
    Status execute(const QString &sql) const;

    // Runs work inside a transaction (or a savepoint when one is already open): commits when
    // work returns success, rolls back when it fails and returns its error. On PostgreSQL a
    // transaction that lost to another (deadlock, serialization failure) runs again, a few
    // times, before its error is returned.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Runs work, which inserts many rows into table, with the table's secondary indexes
    // dropped and rebuilt afterwards (building an index once is much cheaper than updating it
    // row by row). Must run inside a transaction, so a failure restores the indexes too.
    Status withIndexesDeferred(const QString &table, const std::function<Status()> &work);

    // The translated error for a failed statement; context says what was being done.
    Error errorFor(const QSqlError &error) const;

private:
    Database(QSqlDatabase connection, Dialect dialect, QString location);
    Status bindAndExec(QSqlQuery &query, const QVariantList &values) const;
    Status transactionOnce(const std::function<Status()> &work);
    // SQLite steps through results row by row. Qt's PostgreSQL driver does that too for
    // forward-only queries, but then allows one open result per connection: there, a result is
    // read whole, so that callers may run a statement while reading another's rows.
    bool forwardOnly() const { return m_dialect == Dialect::Sqlite; }

    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_location;
    int m_transactionDepth = 0;
    // Set by errorFor() when PostgreSQL failed a statement to resolve a deadlock or a
    // serialization failure: the transaction may succeed when run again.
    mutable bool m_lostToAnother = false;
    QHash<QString, QSqlQuery> m_cache;
};

} // namespace Newsdesk
