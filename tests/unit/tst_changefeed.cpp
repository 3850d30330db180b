#include "demo/demolibrary.h"
#include "postgresserver.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "storage/userrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// The live newsroom (issue 8, point 5): what one desktop commits reaches the others' ChangeFeed
// within a second. On PostgreSQL two connections to one database play two desktops and the
// feed hears the server's notifications; on SQLite two connections to one file, and the feed
// polls data_version.
class TestChangeFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("table");
        QTest::addColumn<qint64>("id");
        using T = ChangeFeed::Table;
        QTest::newRow("article") << u"articles 42"_s << true << int(T::Articles) << qint64(42);
        QTest::newRow("lease") << u"leases 7"_s << true << int(T::Leases) << qint64(7);
        QTest::newRow("comment") << u"review_comments 3"_s << true << int(T::ReviewComments)
                                 << qint64(3);
        QTest::newRow("channel") << u"channels 1"_s << true << int(T::Channels) << qint64(1);
        QTest::newRow("tag") << u"tags 9"_s << true << int(T::Tags) << qint64(9);
        QTest::newRow("user") << u"users 2"_s << true << int(T::Users) << qint64(2);
        QTest::newRow("settings") << u"site_settings 0"_s << true << int(T::SiteSettings)
                                  << qint64(0);
        QTest::newRow("empty") << QString() << false << 0 << qint64(0);
        QTest::newRow("no id") << u"articles"_s << false << 0 << qint64(0);
        QTest::newRow("word id") << u"articles x"_s << false << 0 << qint64(0);
        QTest::newRow("negative") << u"articles -1"_s << false << 0 << qint64(0);
        QTest::newRow("two ids") << u"articles 5 6"_s << false << 0 << qint64(0);
        QTest::newRow("unknown table") << u"revisions 5"_s << false << 0 << qint64(0);
        QTest::newRow("upper case") << u"ARTICLES 5"_s << false << 0 << qint64(0);
        QTest::newRow("two spaces") << u"articles  5"_s << false << 0 << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, payload);
        QFETCH(bool, valid);
        const std::optional<ChangeFeed::Notice> notice = ChangeFeed::parse(payload);
        QCOMPARE(notice.has_value(), valid);
        if (valid) {
            QFETCH(int, table);
            QFETCH(qint64, id);
            QCOMPARE(int(notice->table), table);
            QCOMPARE(notice->id, id);
        }
    }

    // SQLite: another connection's commit is seen at the next poll, "anything may have
    // changed"; this connection's own commits are not announced.
    void sqlite_otherConnectionsCommit_isAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"shared.newsdesk"_s);
        QVERIFY(Library::create(
                path, [](Library &l) { return DemoLibrary::populateEmpty(l, u"admin"_s); }));
        std::unique_ptr<Library> mine = open(path);
        std::unique_ptr<Library> theirs = open(path);
        QVERIFY(mine && theirs);
        ChangeFeed feed(*mine);
        QVERIFY(feed.isLive());
        QSignalSpy articles(&feed, &ChangeFeed::articlesChanged);
        QSignalSpy changed(&feed, &ChangeFeed::changed);

        // Nothing happened yet.
        feed.poll();
        QCOMPARE(changed.count(), 0);
        // Written here: not news to this desktop.
        QVERIFY(mine->users().add(u"mine"_s, Role::Editor));
        feed.poll();
        QCOMPARE(changed.count(), 0);

        const qint64 article = createArticle(*theirs);
        QVERIFY(article > 0);
        // The feed's own timer finds it within PollMs.
        QVERIFY(articles.wait(ChangeFeed::PollMs + 1000));
        QCOMPARE(articles.count(), 1);
        QVERIFY(articles.at(0).at(0).value<QSet<qint64>>().isEmpty()); // which: unknown
        QCOMPARE(changed.count(), 1);
        const auto batch = changed.at(0).at(0).value<ChangeFeed::Changes>();
        QVERIFY(batch.everything);
        QVERIFY(batch.articles && batch.leases && batch.channels && batch.users);
        // Seen once.
        feed.poll();
        QCOMPARE(changed.count(), 1);
    }

    void postgres_articleSavedByOneDesktop_reachesTheOther()
    {
        QVERIFY(startServer());
        ChangeFeed feed(*m_theirs);
        QVERIFY(feed.isLive());
        QSignalSpy articles(&feed, &ChangeFeed::articlesChanged);
        QSignalSpy leases(&feed, &ChangeFeed::leasesChanged);

        const qint64 id = createArticle(*m_mine);
        QVERIFY(id > 0);
        QVERIFY(articles.wait(1000));
        QCOMPARE(articles.count(), 1);
        QCOMPARE(articles.at(0).at(0).value<QSet<qint64>>(), QSet<qint64> {id});
        QCOMPARE(leases.count(), 0);

        // A save: the same article again.
        Result<Article> stored = m_mine->articles().byId(id);
        QVERIFY(stored);
        Article edited = stored.value();
        edited.title = u"改过的标题"_s;
        QVERIFY(m_mine->articles().save(edited, m_admin, u"save"_s));
        QVERIFY(articles.wait(1000));
        QCOMPARE(articles.at(1).at(0).value<QSet<qint64>>(), QSet<qint64> {id});
    }

    void postgres_ownChanges_areNotAnnouncedUnlessAsked()
    {
        QVERIFY(startServer());
        ChangeFeed feed(*m_mine);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        QVERIFY(createArticle(*m_mine) > 0);
        QVERIFY(!changed.wait(ChangeFeed::MaxDelayMs + 300));

        feed.setAnnounceOwnChanges(true);
        const qint64 id = createArticle(*m_mine);
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.at(0).at(0).value<ChangeFeed::Changes>().articleIds, QSet<qint64> {id});
    }

    void postgres_burst_coalescesIntoOneBatch()
    {
        QVERIFY(startServer());
        ChangeFeed feed(*m_theirs);
        QSignalSpy articles(&feed, &ChangeFeed::articlesChanged);
        QSignalSpy leases(&feed, &ChangeFeed::leasesChanged);
        QSignalSpy channels(&feed, &ChangeFeed::channelsChanged);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        // A thousand changes in one statement, and more of other kinds right after.
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', 'articles ' || g) "
                                       "FROM generate_series(1, 1000) AS g"_s));
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', 'leases ' || g) "
                                       "FROM generate_series(1, 3) AS g"_s));
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', 'channels 4')"_s));
        QVERIFY(changed.wait(1000));
        // Nothing more comes after the batch.
        QTest::qWait(ChangeFeed::MaxDelayMs + 200);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(articles.count(), 1);
        QCOMPARE(articles.at(0).at(0).value<QSet<qint64>>().size(), 1000);
        QCOMPARE(leases.count(), 1);
        QCOMPARE(leases.at(0).at(0).value<QSet<qint64>>(), (QSet<qint64> {1, 2, 3}));
        QCOMPARE(channels.count(), 1);
    }

    void postgres_malformedPayload_isIgnored()
    {
        QVERIFY(startServer());
        ChangeFeed feed(*m_theirs);
        QSignalSpy articles(&feed, &ChangeFeed::articlesChanged);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        for (const QString &payload : {u"garbage"_s, u"articles"_s, u"articles x"_s,
                                       u"nosuchtable 5"_s, u""_s, u"articles 5 6"_s}) {
            QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', ?)"_s,
                                           {payload}));
        }
        QVERIFY(!changed.wait(ChangeFeed::MaxDelayMs + 300));
        // Another channel is none of the feed's business either.
        QSqlDriver *driver = m_theirs->database().driver();
        QVERIFY(driver->subscribeToNotification(u"something_else"_s));
        QSignalSpy heard(driver, &QSqlDriver::notification);
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('something_else', 'articles 1')"_s));
        QVERIFY(!changed.wait(ChangeFeed::MaxDelayMs + 300));
        QCOMPARE(heard.count(), 1); // it did arrive
        QVERIFY(driver->unsubscribeFromNotification(u"something_else"_s));
        // It still hears what is well formed.
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', 'users 2')"_s));
        QVERIFY(changed.wait(1000));
        QCOMPARE(articles.count(), 0);
        QVERIFY(changed.at(0).at(0).value<ChangeFeed::Changes>().users);
    }

    // A batch due while this desktop is half-way through its own transaction (a dialog's event
    // loop inside it) waits for the transaction to end: nobody reloads inside it.
    void postgres_batchDueInsideOwnTransaction_waitsForItsEnd()
    {
        QVERIFY(startServer());
        ChangeFeed feed(*m_theirs);
        QSignalSpy changed(&feed, &ChangeFeed::changed);
        QVERIFY(m_mine->database().run(u"SELECT pg_notify('newsdesk_changes', 'tags 3')"_s));
        // Delivered to the driver once the connection next reads, then gathered.
        QTRY_VERIFY_WITH_TIMEOUT(m_theirs->database().scalar(u"SELECT 1"_s)
                                         && feed.findChild<QTimer *>()->isActive(),
                                 1000);
        bool heardInside = true;
        QVERIFY(m_theirs->database().transaction([&]() -> Status {
            QTest::qWait(ChangeFeed::MaxDelayMs + 200);
            heardInside = changed.count() > 0;
            return {};
        }));
        QVERIFY(!heardInside);
        QVERIFY(changed.wait(1000));
        QVERIFY(changed.at(0).at(0).value<ChangeFeed::Changes>().tags);
    }

    void cleanupTestCase()
    {
        m_mine.reset();
        m_theirs.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<Library> open(const QString &location)
    {
        Result<std::unique_ptr<Library>> opened = Library::open(location);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    // The server, a library in it and two desktops' connections, once for the test case.
    bool startServer()
    {
        if (m_mine)
            return true;
        if (m_server)
            return false; // it failed before
        m_server = std::make_unique<Test::PostgresServer>();
        if (!m_server->start() || !m_server->createDatabase(u"live"_s)) {
            qWarning("%s", qPrintable(m_server->error()));
            return false;
        }
        const QString url = m_server->url(u"live"_s);
        const Status created = Library::create(
                url, [](Library &l) { return DemoLibrary::populateEmpty(l, u"admin"_s); });
        if (!created) {
            qWarning("%s", qPrintable(created.error().message()));
            return false;
        }
        m_theirs = open(url);
        m_mine = open(url);
        if (!m_mine || !m_theirs)
            return false;
        m_admin = m_mine->users().byName(u"admin"_s).value().id;
        return true;
    }

    qint64 createArticle(Library &library)
    {
        Article article;
        article.title = u"稿子 %1"_s.arg(++m_articles);
        article.body = u"<p>正文。</p>"_s;
        article.channelId = library.channels().all().value().constFirst().id;
        const qint64 admin = library.users().byName(u"admin"_s).value().id;
        const Result<qint64> id = library.articles().create(article, admin);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id ? id.value() : 0;
    }

    std::unique_ptr<Test::PostgresServer> m_server;
    std::unique_ptr<Library> m_mine;
    std::unique_ptr<Library> m_theirs;
    qint64 m_admin = 0;
    int m_articles = 0;
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
