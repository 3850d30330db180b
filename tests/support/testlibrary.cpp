#include "testlibrary.h"

#include "demo/demolibrary.h"
#include "postgresserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

bool onPostgres()
{
    return qEnvironmentVariable("NEWSDESK_TEST_BACKEND") == u"postgres"_s;
}

PostgresServer *sharedPostgres()
{
    static PostgresServer server;
    static bool started = false;
    static QString failure;
    if (!started && failure.isEmpty()) {
        started = server.start();
        if (!started)
            failure = server.error();
    }
    if (!started) {
        QTest::qFail(qPrintable(u"PostgreSQL test server: "_s + failure), __FILE__, __LINE__);
        return nullptr;
    }
    return &server;
}

namespace {
// A database for a library called name (lower case letters, digits and _ only, and unique).
QString databaseFor(const QString &name)
{
    static int created = 0;
    QString database = u"lib%1_"_s.arg(++created);
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            database += c;
        else if (!database.endsWith(u'_'))
            database += u'_';
    }
    return database.left(48); // room for the group roles, DB_editor and so on
}
} // namespace

QString createLibrary(const QTemporaryDir &dir, const QString &name, bool demo, int articles)
{
    QString path = dir.filePath(name);
    if (onPostgres()) {
        PostgresServer *server = sharedPostgres();
        if (!server)
            return {};
        const QString database = databaseFor(name);
        if (!server->createDatabase(database)) {
            QTest::qFail(qPrintable(server->error()), __FILE__, __LINE__);
            return {};
        }
        path = server->url(database);
    }
    const Status created = Library::create(path, [&](Library &library) {
        return demo ? DemoLibrary::populateDemo(library, articles)
                    : DemoLibrary::populateEmpty(library, u"admin"_s);
    });
    if (!created)
        QTest::qFail(qPrintable(created.error().message()), __FILE__, __LINE__);
    return path;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    Result<std::unique_ptr<Library>> opened = Library::open(path);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened.value());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(bytes) == bytes.size();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Newsdesk::Test
