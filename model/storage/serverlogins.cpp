#include "serverlogins.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
const QString RoleExists = u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s;
const QString IsMember = u"SELECT count(*) > 0 FROM pg_auth_members m "
                         "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                         "WHERE g.rolname = ? AND u.rolname = ?"_s;

QString roleSuffix(Role role)
{
    switch (role) {
    case Role::Editor:
        return u"_editor"_s;
    case Role::Chief:
        return u"_chief"_s;
    case Role::Admin:
        return u"_admin"_s;
    }
    return u"_editor"_s;
}
} // namespace

bool ServerLogins::applies() const
{
    return m_database.dialect() == Database::Dialect::Postgres;
}

Result<QString> ServerLogins::groupRole(Role role) const
{
    Result<QVariant> database = m_database.scalar(u"SELECT current_database()"_s);
    if (!database)
        return database.error();
    return QString(database.value().toString() + roleSuffix(role));
}

Result<QString> ServerLogins::sessionLogin() const
{
    Result<QVariant> login = m_database.scalar(u"SELECT session_user"_s);
    if (!login)
        return login.error();
    return login.value().toString();
}

Result<bool> ServerLogins::connectedAsOwner() const
{
    if (!applies())
        return false;
    Result<QVariant> trusted = m_database.scalar(u"SELECT newsdesk_trusted()"_s);
    if (!trusted)
        return trusted.error();
    return trusted.value().toBool();
}

Result<bool> ServerLogins::exists(const QString &name) const
{
    Result<QVariant> count = m_database.scalar(RoleExists, {name});
    if (!count)
        return count.error();
    return count.value().toInt() > 0;
}

Result<bool> ServerLogins::inLibraryGroup(const QString &name) const
{
    for (const Role role : {Role::Editor, Role::Chief, Role::Admin}) {
        Result<QString> group = groupRole(role);
        if (!group)
            return group.error();
        Result<QVariant> member = m_database.scalar(IsMember, {group.value(), name});
        if (!member)
            return member.error();
        if (member.value().toBool())
            return true;
    }
    return false;
}

Result<QString> ServerLogins::scram(const QString &name, const QString &password) const
{
    const QVariant handle = m_database.driver()->handle();
    // Qt's PostgreSQL driver hands out its PGconn* (struct pg_conn) as a QVariant.
    const QByteArray type = handle.typeName();
    PGconn *connection = handle.isValid() && (type == "pg_conn*" || type == "PGconn*")
            ? *static_cast<PGconn *const *>(handle.constData())
            : nullptr;
    if (!connection)
        return Error(Error::Kind::Failed,
                     tr("%1: no PostgreSQL connection to hash a password with.")
                             .arg(m_database.location()));
    char *encrypted = PQencryptPasswordConn(connection, password.toUtf8().constData(),
                                            name.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return Error(Error::Kind::Failed,
                     tr("%1 could not hash the password of %2: %3")
                             .arg(m_database.location(), name,
                                  QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString verifier = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return verifier;
}

Status ServerLogins::runFormatted(const QString &pattern, const QStringList &arguments)
{
    QString marks;
    QVariantList values {pattern};
    for (const QString &argument : arguments) {
        marks += u", ?::text"_s;
        values.append(argument);
    }
    Result<QVariant> statement =
            m_database.scalar(u"SELECT format(?::text"_s + marks + u')', values);
    if (!statement)
        return statement.error();
    return m_database.execute(statement.value().toString());
}

Status ServerLogins::create(const QString &name, Role role, const QString &password)
{
    Result<bool> existing = exists(name);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        if (Status s = runFormatted(u"CREATE ROLE %I LOGIN"_s, {name}); !s)
            return s;
    }
    if (Status s = setRole(name, role); !s)
        return s;
    if (password.isEmpty())
        return {};
    Result<QString> verifier = scram(name, password);
    if (!verifier)
        return verifier.error();
    return runFormatted(u"ALTER ROLE %I LOGIN PASSWORD %L"_s, {name, verifier.value()});
}

Status ServerLogins::setRole(const QString &name, Role role)
{
    for (const Role other : {Role::Editor, Role::Chief, Role::Admin}) {
        Result<QString> group = groupRole(other);
        if (!group)
            return group.error();
        Result<QVariant> member = m_database.scalar(IsMember, {group.value(), name});
        if (!member)
            return member.error();
        if ((other == role) == member.value().toBool())
            continue;
        const QString pattern = other == role ? u"GRANT %I TO %I"_s : u"REVOKE %I FROM %I"_s;
        if (Status s = runFormatted(pattern, {group.value(), name}); !s)
            return s;
    }
    return {};
}

Status ServerLogins::setPassword(const QString &name, Role role, const QString &password)
{
    Result<bool> existing = exists(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return create(name, role, password);
    // A login is the whole server's: someone of another library on this server joins this
    // one's group when they have none of its groups yet.
    Result<bool> member = inLibraryGroup(name);
    if (!member)
        return member.error();
    if (!member.value()) {
        if (Status s = setRole(name, role); !s)
            return s;
    }
    // Anyone may change their own login's password; nothing else is touched.
    Result<QString> verifier = scram(name, password);
    if (!verifier)
        return verifier.error();
    return runFormatted(u"ALTER ROLE %I PASSWORD %L"_s, {name, verifier.value()});
}

Status ServerLogins::setLoginAllowed(const QString &name, bool allowed)
{
    Result<bool> existing = exists(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return {};
    return runFormatted(allowed ? u"ALTER ROLE %I LOGIN"_s : u"ALTER ROLE %I NOLOGIN"_s, {name});
}

} // namespace Newsdesk
