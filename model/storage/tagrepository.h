#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Newsdesk {

class Database;

struct TagUsage
{
    qint64 id = 0;
    QString name;
    int articles = 0; // articles carrying it, the trash included
};

// Tags by name; a tag exists once and is shared by the articles that carry it. Renaming,
// merging and deleting change every article that carries the tag at once (and its search
// index row) and are written to the audit log; they return the ids of the articles changed.
class TagRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::TagRepository)

public:
    explicit TagRepository(Database &database)
        : m_database(database)
    {
    }

    // The id of the tag called name, adding the tag when it is new.
    Result<qint64> ensure(const QString &name);
    // Every tag name, alphabetically.
    Result<QStringList> names() const;
    Result<QList<TagUsage>> usage() const;

    Result<qint64> create(const QString &name, qint64 userId);
    // Fails with AlreadyExists when newName is taken (merge instead).
    Result<QList<qint64>> rename(qint64 id, const QString &newName, qint64 userId);
    // Folds the tags ids into the tag called into (created when new).
    Result<QList<qint64>> merge(const QList<qint64> &ids, const QString &into, qint64 userId);
    Result<QList<qint64>> remove(qint64 id, qint64 userId);

private:
    Result<QString> nameOf(qint64 id) const;
    Result<QList<qint64>> articlesWith(const QList<qint64> &tagIds) const;
    Status audit(qint64 userId, const QString &action, const QString &detail);
    Status reindex(const QList<qint64> &articleIds);

    Database &m_database;
};

} // namespace Newsdesk
