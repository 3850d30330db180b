#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Database;

// Reads and writes the people of a library and their roles.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::UserRepository)

public:
    explicit UserRepository(Database &database)
        : m_database(database)
    {
    }

    Result<QList<User>> all() const;
    Result<User> byName(const QString &name) const;
    Result<qint64> add(const QString &name, Role role);

private:
    Database &m_database;
};

} // namespace Newsdesk
