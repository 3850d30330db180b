#include "config/settings.h"
#include "storage/serverlocation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The parts of a PostgreSQL library's location: built from the connect dialog's fields, taken
// apart again, shown as user@host/db, and kept without the password.
class TestServerLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayNameOf_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("server") << u"postgresql://lin@db.example:5432/newsroom"_s
                                << u"lin@db.example/newsroom"_s;
        QTest::newRow("other port") << u"postgresql://lin@db.example:6543/newsroom"_s
                                    << u"lin@db.example:6543/newsroom"_s;
        QTest::newRow("no port") << u"postgres://lin@db.example/newsroom"_s
                                 << u"lin@db.example/newsroom"_s;
        QTest::newRow("password hidden") << u"postgresql://lin:secret@db.example/newsroom"_s
                                         << u"lin@db.example/newsroom"_s;
        QTest::newRow("chinese user") << u"postgresql://%E6%9E%97%E6%99%93@127.0.0.1/newsroom"_s
                                      << u"林晓@127.0.0.1/newsroom"_s;
        QTest::newRow("no user") << u"postgresql://db.example/newsroom"_s
                                 << u"db.example/newsroom"_s;
        QTest::newRow("file") << u"/home/lin/Documents/newsroom.newsdesk"_s
                              << u"newsroom.newsdesk"_s;
    }

    void displayNameOf()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(ServerLocation::displayNameOf(location), shown);
    }

    void parse_notAServer_isNothing_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("file") << u"/tmp/newsroom.newsdesk"_s;
        QTest::newRow("relative file") << u"postgresql.newsdesk"_s;
        QTest::newRow("no host") << u"postgresql:///newsroom"_s;
        QTest::newRow("no database") << u"postgresql://lin@db.example:5432/"_s;
        QTest::newRow("other scheme") << u"mysql://lin@db.example/newsroom"_s;
    }

    void parse_notAServer_isNothing()
    {
        QFETCH(QString, location);
        QVERIFY(!ServerLocation::parse(location));
    }

    void url_roundTripsEveryPart_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::newRow("plain") << u"lin"_s << u"pw"_s << u"newsroom"_s;
        QTest::newRow("chinese") << u"林晓"_s << u"密码"_s << u"新闻"_s;
        QTest::newRow("delimiters") << u"a@b"_s << u"p@ss:w/o%rd#?"_s << u"news room"_s;
    }

    void url_roundTripsEveryPart()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        ServerLocation server;
        server.host = u"db.example"_s;
        server.port = 6543;
        server.database = database;
        server.user = user;
        server.password = password;

        const std::optional<ServerLocation> back =
                ServerLocation::parse(server.url(ServerLocation::Password::Include));
        QVERIFY(back);
        QCOMPARE(back->host, server.host);
        QCOMPARE(back->port, 6543);
        QCOMPARE(back->database, database);
        QCOMPARE(back->user, user);
        QCOMPARE(back->password, password);

        const QString withoutPassword = server.url();
        QVERIFY(!withoutPassword.contains(u"pw"_s) && !withoutPassword.contains(u"p%40ss"_s));
        QCOMPARE(ServerLocation::parse(withoutPassword)->password, QString());
        QCOMPARE(ServerLocation::parse(withoutPassword)->user, user);
    }

    void withoutPassword_dropsOnlyThePassword()
    {
        QCOMPARE(ServerLocation::withoutPassword(u"postgresql://lin:secret@db.example:5432/news"_s),
                 u"postgresql://lin@db.example:5432/news"_s);
        QCOMPARE(ServerLocation::withoutPassword(u"/tmp/a:b@c.newsdesk"_s),
                 u"/tmp/a:b@c.newsdesk"_s);
    }

    void settings_lastServer_neverKeepsThePassword()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            Settings settings(file);
            settings.setLastServer(u"postgresql://lin:secret@db.example:5432/news"_s);
            QCOMPARE(settings.lastServer(), u"postgresql://lin@db.example:5432/news"_s);
            settings.sync();
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray contents = written.readAll();
        QVERIFY(contents.contains("db.example"));
        QVERIFY(!contents.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
