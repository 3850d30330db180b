#include "userrepository.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString SelectUsers = u"SELECT id, name, role, password_hash IS NOT NULL, active, "
                            "created_at FROM users"_s;
const QString InsertUser = u"INSERT INTO users (name, role, password_hash, created_at) "
                           "VALUES (?, ?, NULLIF(?, ''), ?) RETURNING id"_s;
const QString UpdateRole = u"UPDATE users SET role = ? WHERE id = ?"_s;
const QString UpdatePasswordHash = u"UPDATE users SET password_hash = NULLIF(?, '') WHERE id = ?"_s;
const QString UpdateActive = u"UPDATE users SET active = ? WHERE id = ?"_s;
const QString SelectPasswordHash = u"SELECT password_hash FROM users WHERE id = ?"_s;
const QString CountActiveAdmins =
        u"SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"_s;

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

Result<User> UserRepository::byId(qint64 id) const
{
    Result<QSqlQuery> query = m_database.run(SelectUsers + u" WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no user number %1 in %2.").arg(id).arg(m_database.location()));
    return userFrom(query.value());
}

Result<qint64> UserRepository::add(const QString &name, Role role, const QString &passwordHash)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Kind::Invalid, tr("A user needs a name."));
    if (byName(trimmed))
        return Error(Error::Kind::AlreadyExists,
                     tr("A user named \"%1\" already exists in %2.")
                             .arg(trimmed, m_database.location()));
    return m_database.insert(InsertUser, {trimmed, Roles::key(role), passwordHash,
                                          SqlValues::fromTime(SqlValues::now())});
}

Status UserRepository::update(const QString &sql, const QVariantList &values, qint64 id)
{
    Result<QSqlQuery> query = m_database.run(sql, values);
    if (!query)
        return query.error();
    if (query.value().numRowsAffected() == 0)
        return Error(Error::Kind::NotFound,
                     tr("There is no user number %1 in %2.").arg(id).arg(m_database.location()));
    return {};
}

Status UserRepository::setRole(qint64 id, Role role)
{
    return update(UpdateRole, {Roles::key(role), id}, id);
}

Status UserRepository::setPasswordHash(qint64 id, const QString &passwordHash)
{
    return update(UpdatePasswordHash, {passwordHash, id}, id);
}

Status UserRepository::setActive(qint64 id, bool active)
{
    return update(UpdateActive, {active ? 1 : 0, id}, id);
}

Result<QString> UserRepository::passwordHash(qint64 id) const
{
    Result<QSqlQuery> query = m_database.run(SelectPasswordHash, {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(Error::Kind::NotFound,
                     tr("There is no user number %1 in %2.").arg(id).arg(m_database.location()));
    return query.value().value(0).toString();
}

Result<int> UserRepository::activeAdminCount() const
{
    Result<QVariant> count = m_database.scalar(CountActiveAdmins);
    if (!count)
        return count.error();
    return count.value().toInt();
}


} // namespace Newsdesk
