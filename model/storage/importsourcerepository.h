#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Newsdesk {

class Database;

// One outside item brought in by an import, and the article it became.
struct ImportSource
{
    QString key; // "url:https://…" or "file:/abs/path" (see Importer)
    qint64 articleId = 0;
    QString contentHash; // SHA-256 of the item's bytes, lower-case hex
    QDateTime importedAt;
    qint64 importedBy = 0;
};

// The import ledger (table import_sources): what was imported as which article, so that a
// second import of the same item updates its article. Rows go with their article.
class ImportSourceRepository final
{
public:
    explicit ImportSourceRepository(Database &database)
        : m_database(database)
    {
    }

    Result<std::optional<ImportSource>> byKey(const QString &key) const;
    // The earliest import of these bytes whose article still exists, if any.
    Result<std::optional<ImportSource>> byHash(const QString &contentHash) const;
    // Adds the item, or points an existing key at its (new) article, hash and time.
    Status record(const ImportSource &source);

private:
    Database &m_database;
};

} // namespace Newsdesk
