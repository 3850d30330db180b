#pragma once

#include "core/result.h"
#include "recovery/recoveryentry.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Newsdesk {

class Database;

// A small SQLite file of unsaved edits (Paths::recoveryStore()), apart from every library so
// that a damaged or locked library never blocks it. Editors write an entry a moment after
// typing pauses, and remove it when the article is saved or the edits are discarded; what is
// left after a crash is offered back when its library is opened. Entries are keyed by library
// location and article (or draft) key. Every write is one transaction with synchronous=FULL,
// so an entry that write() acknowledged survives a crash of the application or the machine.
class RecoveryStore final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::RecoveryStore)

public:
    // Opens (or creates) the store at path. A file that is not a recovery store or is damaged
    // is reported, and left as it is.
    static Result<std::unique_ptr<RecoveryStore>> open(const QString &path);
    // Renames the file at path (and its -wal and -shm files) out of the way, so that a new
    // store can start there, and returns the new name. Nothing is deleted.
    static Result<QString> setAside(const QString &path);

    ~RecoveryStore();
    Q_DISABLE_COPY_MOVE(RecoveryStore)

    const QString &path() const { return m_path; }

    // Adds entry, or replaces the entry with the same library and key.
    Status write(const RecoveryEntry &entry);
    // The entries of a library, oldest first.
    Result<QList<RecoveryEntry>> entries(const QString &library) const;
    Result<int> count(const QString &library) const;
    // Removes an entry; removing one that is not there is not an error.
    Status remove(const QString &library, const QString &key);

    static QString articleKey(qint64 articleId);
    static QString newDraftKey();

private:
    RecoveryStore(std::unique_ptr<Database> database, QString path);
    Status configure();
    Error unusable(const Error &error) const;

    std::unique_ptr<Database> m_database;
    QString m_path;
};

} // namespace Newsdesk
