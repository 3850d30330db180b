#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QList>

namespace Newsdesk {

class Database;

// Reads and writes the people of a library, their roles and password hashes. No checks of
// who may do what here: that is UserAdmin's (model/workflow), which also writes the audit.
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
    Result<User> byId(qint64 id) const;
    // passwordHash is an encoded hash (Passwords::hash), or empty for no password.
    Result<qint64> add(const QString &name, Role role, const QString &passwordHash = {});
    Status setRole(qint64 id, Role role);
    // An empty hash removes the password.
    Status setPasswordHash(qint64 id, const QString &passwordHash);
    Status setActive(qint64 id, bool active);
    // The stored hash, empty when the account has no password.
    Result<QString> passwordHash(qint64 id) const;
    // How many active administrators there are (the last one may not go).
    Result<int> activeAdminCount() const;

private:
    Status update(const QString &sql, const QVariantList &values, qint64 id);

    Database &m_database;
};

} // namespace Newsdesk
