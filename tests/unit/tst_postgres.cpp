#include "postgresserver.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The first step of the shared newsroom (issue 8): a real PostgreSQL server of Debian's
// packages, started for the test as an unprivileged user, and the library schema's migrations
// bringing an empty database to the current version, with articles written and read back.
class TestPostgres final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createDatabase(u"newsroom"_s), qPrintable(m_server.error()));
    }

    void open_badUrl_namesItWithoutThePassword()
    {
        const Result<std::unique_ptr<Database>> bad =
                Database::openPostgres(u"postgresql://editor:secret@"_s);
        QVERIFY(!bad);
        QVERIFY(!bad.error().message().contains(u"secret"_s));
        const Result<std::unique_ptr<Database>> refused = Database::openPostgres(
                u"postgresql://nobody:secret@127.0.0.1:%1/missing"_s.arg(m_server.port()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(u"127.0.0.1"_s),
                 qPrintable(refused.error().message()));
        QVERIFY(!refused.error().message().contains(u"secret"_s));
    }

    void migrations_bringAnEmptyDatabaseToTheCurrentSchema()
    {
        Result<std::unique_ptr<Database>> db = Database::openPostgres(m_server.url(u"newsroom"_s));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        Migrator migrator(*db.value());
        QCOMPARE(migrator.storedVersion().value(), 0);
        const Status migrated = migrator.migrate();
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message()));
        QCOMPARE(migrator.storedVersion().value(), Migrator::currentVersion());
        // Again: nothing to do.
        QVERIFY(Migrator(*db.value()).migrate());
        for (const QString &table : {u"articles"_s, u"revisions"_s, u"audit_log"_s,
                                     u"leases"_s, u"users"_s}) {
            const Result<QVariant> count = db.value()->scalar(
                    u"SELECT count(*) FROM information_schema.tables WHERE table_name = ?"_s,
                    {table});
            QVERIFY2(count && count.value().toInt() == 1, qPrintable(table));
        }
    }

    void usersAndChannels_areWrittenAndReadBack()
    {
        Result<std::unique_ptr<Database>> db = Database::openPostgres(m_server.url(u"newsroom"_s));
        QVERIFY(db);
        Database &database = *db.value();
        const Result<qint64> user = UserRepository(database).add(u"林晓"_s, Role::Editor);
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message()));
        QCOMPARE(UserRepository(database).byName(u"林晓"_s).value().role, Role::Editor);
        QCOMPARE(UserRepository(database).add(u"林晓"_s, Role::Chief).error().kind(),
                 Error::Kind::AlreadyExists);
        Channel home;
        home.name = u"首页"_s;
        const Result<qint64> homeId = ChannelRepository(database).add(home);
        QVERIFY2(homeId, qPrintable(homeId ? QString() : homeId.error().message()));
        Channel news;
        news.name = u"资讯"_s;
        news.parentId = homeId.value();
        news.slug = ChannelRepository::slugFor(news.name);
        const Result<qint64> newsId = ChannelRepository(database).add(news);
        QVERIFY2(newsId, qPrintable(newsId ? QString() : newsId.error().message()));
        const QList<Channel> all = ChannelRepository(database).all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).slug, u"zixun"_s);
        // Articles need the PostgreSQL search index, which issue 8 builds next.
    }

private:
    Test::PostgresServer m_server;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
