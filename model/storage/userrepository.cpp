#include "userrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectUsers = u"SELECT id, name, role, password_hash IS NOT NULL, active, "
                            "created_at FROM users"_s;
const QString InsertUser =
        u"INSERT INTO users (name, role, created_at) VALUES (?, ?, ?) RETURNING id"_s;

User userFrom(const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toLongLong();
    user.name = q.value(1).toString();
    user.role = Roles::fromKey(q.value(2).toString()).value_or(Role::Editor);
    user.hasPassword = q.value(3).toBool();
    user.active = q.value(4).toBool();
    user.createdAt = SqlValues::toTime(q.value(5));
    return user;
}
} // namespace

Result<QList<User>> UserRepository::all() const
{
    Result<QSqlQuery> query = m_database.run(SelectUsers + u" ORDER BY id"_s);
    if (!query)
        return query.error();
    QList<User> users;
    while (query.value().next())
        users.append(userFrom(query.value()));
    return users;
}

Result<User> UserRepository::byName(const QString &name) const
{
    Result<QSqlQuery> query = m_database.run(SelectUsers + u" WHERE name = ?"_s, {name});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no user named \"%1\" in %2.").arg(name, m_database.location()));
    return userFrom(query.value());
}

Result<qint64> UserRepository::add(const QString &name, Role role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A user needs a name."));
    if (byName(trimmed))
        return Error(Error::Kind::AlreadyExists,
                     tr("A user named \"%1\" already exists in %2.")
                             .arg(trimmed, m_database.location()));
    return m_database.insert(InsertUser,
                             {trimmed, Roles::key(role), SqlValues::fromTime(SqlValues::now())});
}

} // namespace Newsdesk
