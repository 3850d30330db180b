#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Newsdesk {

class Database;

// Tags by name; a tag exists once and is shared by the articles that carry it.
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

private:
    Database &m_database;
};

} // namespace Newsdesk
