#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// One versioned step of the schema. Statements use dialect tokens ({id}, {bigint}, {blob},
// {text}) so that the same steps bring an empty SQLite file or PostgreSQL database to the
// current schema. What one engine does its own way (SQLite's FTS5 full-text index, PostgreSQL's
// tsvector) goes into that dialect's own list, run after the shared statements; a dialect
// whose list is still empty gets nothing for that feature yet. A step may end with C++ work
// (filling a new index from existing rows), run in the step's transaction.
struct Migration
{
    int version = 0;
    const char *description = "";
    QStringList statements; // every dialect
    QStringList sqliteStatements;
    QStringList postgresStatements;
    Status (*after)(Database &database) = nullptr;

    // The statements for one dialect, shared ones first, tokens not yet expanded.
    QStringList statementsFor(Database::Dialect dialect) const
    {
        return statements
                + (dialect == Database::Dialect::Sqlite ? sqliteStatements : postgresStatements);
    }
};

// Applies the schema steps of the library format, each in its own transaction, and records
// the version reached in newsdesk_meta.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Migrator)

public:
    explicit Migrator(Database &database)
        : m_database(database)
    {
    }

    static int currentVersion();
    static const QList<Migration> &steps();
    static QString expand(const QString &statement, Database::Dialect dialect);
    // The error for a library whose schema version is newer than this build reads.
    static Error newerSchemaError(const QString &location, int storedVersion);

    // The schema version stored in the library; 0 for an empty database.
    Result<int> storedVersion() const;
    // Migrates from the stored version to targetVersion (default: current).
    Status migrate(int targetVersion = -1);

private:
    Status apply(const Migration &step);

    Database &m_database;
};

} // namespace Newsdesk
