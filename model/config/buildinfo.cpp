#include "buildinfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <archive.h>
#include <cmark-gfm.h>
#include <dtl/variables.hpp>
#include <libpq-fe.h>
#include <sodium.h>
#include <toml++/impl/version.h>
#include <unicode/uvernum.h>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

const auto SqliteVersionSql = u"select sqlite_version()"_s;

// SQLite as Qt's driver links it, asked through a throwaway in-memory database (the ui holds
// no SQL, and the driver may bring its own SQLite rather than the system's).
QString sqliteVersion()
{
    const QString connection = u"newsdesk-buildinfo-"_s + QUuid::createUuid().toString();
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(SqliteVersionSql) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

QString pqVersion()
{
    // PQlibVersion(): major * 10000 + minor since PostgreSQL 10.
    const int v = PQlibVersion();
    return u"%1.%2"_s.arg(v / 10000).arg(v % 10000);
}

QString archiveVersion()
{
    // "libarchive 3.6.2": the number only.
    return QString::fromUtf8(archive_version_string()).section(u' ', 1, 1);
}

} // namespace

QString BuildInfo::version()
{
    return QStringLiteral(NEWSDESK_VERSION);
}

QString BuildInfo::licence()
{
#ifdef NEWSDESK_LICENSE
    return QStringLiteral(NEWSDESK_LICENSE);
#else
    return u"MIT"_s;
#endif
}

QList<BuildInfo::LibraryInfo> BuildInfo::libraries()
{
    return {
            {u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0"_s},
            {u"SQLite"_s, sqliteVersion(), u"Public domain"_s},
            {u"ICU"_s, QStringLiteral(U_ICU_VERSION), u"Unicode-3.0"_s},
            {u"libarchive"_s, archiveVersion(), u"BSD-2-Clause"_s},
            {u"Gumbo"_s, QStringLiteral(NEWSDESK_GUMBO_VERSION), u"Apache-2.0"_s},
            {u"cmark-gfm"_s, QString::fromUtf8(cmark_version_string()), u"BSD-2-Clause"_s},
            {u"yaml-cpp"_s, QStringLiteral(NEWSDESK_YAMLCPP_VERSION), u"MIT"_s},
            {u"toml++"_s, u"%1.%2.%3"_s.arg(TOML_LIB_MAJOR).arg(TOML_LIB_MINOR).arg(TOML_LIB_PATCH),
             u"MIT"_s},
            {u"Kainjow Mustache"_s, QString(), u"BSL-1.0"_s},
            {u"dtl"_s, QString::fromStdString(dtl::version), u"BSD-3-Clause"_s},
            {u"libsodium"_s, QString::fromUtf8(sodium_version_string()), u"ISC"_s},
            {u"libpq"_s, pqVersion(), u"PostgreSQL"_s},
    };
}

QString BuildInfo::report()
{
    QString text = u"Newsdesk %1 (%2)\n"_s.arg(version(), licence());
    for (const LibraryInfo &library : libraries())
        text += u"%1 %2\n"_s.arg(library.name,
                                 library.version.isEmpty() ? u"-"_s : library.version);
    return text;
}

} // namespace Newsdesk
