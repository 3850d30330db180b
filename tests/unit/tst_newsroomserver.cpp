#include "demo/demolibrary.h"
#include "import/importrun.h"
#include "postgresserver.h"
#include "storage/library.h"
#include "workflow/useradmin.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

// A shared newsroom on PostgreSQL (issue 8): people log in as themselves, and the database
// holds them to the workflow even when they type SQL; concurrent saves and leases; lost
// transactions run again.
class TestNewsroomServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createDatabase(u"newsroom"_s), qPrintable(m_server.error()));
        const Status created = Library::create(m_server.url(u"newsroom"_s), [](Library &l) {
            return DemoLibrary::populateEmpty(l, Test::PostgresServer::superuser());
        });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        m_owner = open(m_server.url(u"newsroom"_s));
        QVERIFY(m_owner);
        const User admin = m_owner->users().byName(Test::PostgresServer::superuser()).value();
        UserAdmin people(*m_owner, admin);
        for (const auto &[name, role] : {std::pair {u"林晓"_s, Role::Editor},
                                         std::pair {u"小李"_s, Role::Editor},
                                         std::pair {u"北风"_s, Role::Chief}}) {
            const Result<User> added = people.add(name, role, passwordOf(name));
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        }
        m_channel = m_owner->channels().all().value().constFirst().id;

        m_linxiao = connectAs(u"林晓"_s);
        m_xiaoli = connectAs(u"小李"_s);
        m_beifeng = connectAs(u"北风"_s);
        QVERIFY(m_linxiao && m_xiaoli && m_beifeng);
        m_draft = write(*m_linxiao, u"林晓的草稿"_s);
        m_submitted = write(*m_linxiao, u"林晓送审的稿件"_s);
        m_others = write(*m_xiaoli, u"小李的稿件"_s);
        QVERIFY(m_draft > 0 && m_submitted > 0 && m_others > 0);
        const Result<Article> submitted = workflow(*m_linxiao).submit(m_submitted);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message()));
    }

    void login_wrongPassword_isRefusedWithoutShowingIt()
    {
        const Result<std::unique_ptr<Library>> wrong =
                Library::open(urlFor(u"林晓"_s, u"not-the-password"_s));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message().contains(u"林晓"_s)
                         || wrong.error().message().contains(u"%E6%9E%97"_s),
                 qPrintable(wrong.error().message()));
        QVERIFY(!wrong.error().message().contains(u"not-the-password"_s));
    }

    void login_ofSomeoneOutsideTheLibrary_isToldSo()
    {
        QVERIFY(m_owner->database().execute(
                u"CREATE ROLE outsider LOGIN PASSWORD 'outsider-password'"_s));
        const Result<std::unique_ptr<Library>> outsider =
                Library::open(urlFor(u"outsider"_s, u"outsider-password"_s));
        QVERIFY(!outsider);
        QCOMPARE(outsider.error().kind(), Error::Kind::Denied);
        QVERIFY2(outsider.error().message().contains(u"outsider is not one of this library"_s),
                 qPrintable(outsider.error().message()));
    }

    void login_isThePerson()
    {
        const Result<QVariant> login = m_linxiao->database().scalar(u"SELECT session_user"_s);
        QCOMPARE(login.value().toString(), u"林晓"_s);
        // Not the owner: the rules apply.
        QCOMPARE(m_linxiao->database().scalar(u"SELECT newsdesk_trusted()"_s).value().toBool(),
                 false);
        QCOMPARE(m_linxiao->database().scalar(u"SELECT newsdesk_rank()"_s).value().toInt(), 1);
        QCOMPARE(m_beifeng->database().scalar(u"SELECT newsdesk_rank()"_s).value().toInt(), 2);
    }

    void editorSql_breakingTheRules_isRefused_data()
    {
        QTest::addColumn<QString>("sql");
        // %1 their draft, %2 their submitted article, %3 someone else's, %4 the chief
        // editor's id, %5 their own id, %6 a channel.
        QTest::newRow("approve") << u"UPDATE articles SET status = 'approved' WHERE id = %1"_s;
        QTest::newRow("approve submitted")
                << u"UPDATE articles SET status = 'approved', approved_by = %4 WHERE id = %2"_s;
        QTest::newRow("edit while submitted") << u"UPDATE articles SET title = 'x' WHERE id = %2"_s;
        QTest::newRow("edit another's") << u"UPDATE articles SET title = 'x' WHERE id = %3"_s;
        QTest::newRow("take another's") << u"UPDATE articles SET created_by = %5 WHERE id = %3"_s;
        QTest::newRow("front page") << u"UPDATE articles SET flags = flags | 1 WHERE id = %1"_s;
        QTest::newRow("weight") << u"UPDATE articles SET weight = 99 WHERE id = %1"_s;
        QTest::newRow("return") << u"UPDATE articles SET status = 'returned' WHERE id = %1"_s;
        QTest::newRow("insert approved")
                << u"INSERT INTO articles (title, channel_id, status, created_by, created_at, "
                   "updated_at) VALUES ('x', %6, 'approved', %5, 0, 0)"_s;
        QTest::newRow("insert as another")
                << u"INSERT INTO articles (title, channel_id, created_by, created_at, "
                   "updated_at) VALUES ('x', %6, %4, 0, 0)"_s;
        QTest::newRow("delete article") << u"DELETE FROM articles WHERE id = %1"_s;
        QTest::newRow("delete revisions") << u"DELETE FROM revisions WHERE article_id = %1"_s;
        QTest::newRow("rewrite revision")
                << u"UPDATE revisions SET snapshot = '{}' WHERE article_id = %1"_s;
        QTest::newRow("delete audit") << u"DELETE FROM audit_log"_s;
        QTest::newRow("rewrite audit") << u"UPDATE audit_log SET detail = ''"_s;
        QTest::newRow("forge audit")
                << u"INSERT INTO audit_log (at, user_id, action) VALUES (0, %4, 'approve')"_s;
        QTest::newRow("forge revision")
                << u"INSERT INTO revisions (article_id, version, saved_by, saved_at, "
                   "content_hash, snapshot) VALUES (%3, 99, %5, 0, '', '{}')"_s;
        QTest::newRow("delete comments") << u"DELETE FROM review_comments"_s;
        QTest::newRow("become chief") << u"GRANT newsroom_chief TO \"林晓\""_s;
        QTest::newRow("add a person")
                << u"INSERT INTO users (name, role, created_at) VALUES ('x', 'admin', 0)"_s;
        QTest::newRow("promote self") << u"UPDATE users SET role = 'admin' WHERE id = %5"_s;
        QTest::newRow("site settings") << u"DELETE FROM site_settings"_s;
        QTest::newRow("channels") << u"UPDATE channels SET name = 'x'"_s;
        QTest::newRow("forge import")
                << u"INSERT INTO import_sources (key, article_id, content_hash, imported_at, "
                   "imported_by) VALUES ('file:/x', %3, '', 0, %5)"_s;
        QTest::newRow("import as another")
                << u"INSERT INTO import_sources (key, article_id, content_hash, imported_at, "
                   "imported_by) VALUES ('file:/y', %1, '', 0, %4)"_s;
    }

    void editorSql_breakingTheRules_isRefused()
    {
        QFETCH(QString, sql);
        QString statement = sql;
        const QList<qint64> values {m_draft, m_submitted, m_others, idOf(u"北风"_s),
                                    idOf(u"林晓"_s), m_channel};
        for (qsizetype i = 0; i < values.size(); ++i)
            statement.replace(u"%"_s + QString::number(i + 1), QString::number(values.at(i)));
        const qint64 revisions = count(u"revisions"_s);
        const qint64 audit = count(u"audit_log"_s);
        const Status done = m_linxiao->database().execute(statement);
        QVERIFY2(!done, qPrintable(statement));
        QCOMPARE(done.error().kind(), Error::Kind::Denied);
        QVERIFY(!done.error().message().isEmpty());
        QCOMPARE(count(u"revisions"_s), revisions);
        QCOMPARE(count(u"audit_log"_s), audit);
        QCOMPARE(m_owner->articles().byId(m_submitted).value().status, ArticleStatus::Submitted);
        QCOMPARE(m_owner->articles().byId(m_others).value().title, u"小李的稿件"_s);
    }

    void editorSql_withinTheRules_isAllowed()
    {
        // Their own draft's text, through SQL: the rules are about what, not how.
        QVERIFY(m_linxiao->database().execute(
                u"UPDATE articles SET subtitle = 'sql' WHERE id = %1"_s.arg(m_draft)));
        QCOMPARE(m_owner->articles().byId(m_draft).value().subtitle, u"sql"_s);
    }

    void editor_imports_andImportsAgain()
    {
        QTemporaryDir source;
        QFile page(source.filePath(u"page.txt"_s));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("服务器上导入的稿件\n\n正文。\n");
        page.close();
        ImportRun::Options options;
        options.paths = {source.path()};
        const User editor = m_owner->users().byName(u"林晓"_s).value();
        Result<ImportReport> first = ImportRun::runToEnd(*m_linxiao, editor, options);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QCOMPARE(first.value().count(ImportReport::Outcome::Imported), 1);
        const qint64 id = first.value().entries.first().articleId;
        QCOMPARE(m_owner->articles().byId(id).value().createdById, editor.id);

        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("服务器上导入的稿件\n\n改过的正文。\n");
        page.close();
        Result<ImportReport> again = ImportRun::runToEnd(*m_linxiao, editor, options);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE(again.value().count(ImportReport::Outcome::Updated), 1);
        QCOMPARE(m_owner->articles().byId(id).value().body, u"<p>改过的正文。</p>"_s);
    }

    void chief_approvesButCannotRewriteHistory()
    {
        const Result<Article> approved = workflow(*m_beifeng).approve(m_submitted);
        QVERIFY2(approved, qPrintable(approved ? QString() : approved.error().message()));
        QCOMPARE(m_owner->articles().byId(m_submitted).value().status, ArticleStatus::Approved);
        for (const QString &sql : {u"DELETE FROM revisions"_s, u"UPDATE audit_log SET at = 0"_s,
                                   u"DELETE FROM articles WHERE id = %1"_s.arg(m_submitted)}) {
            const Status done = m_beifeng->database().execute(sql);
            QVERIFY2(!done, qPrintable(sql));
            QCOMPARE(done.error().kind(), Error::Kind::Denied);
        }
        // Editors cannot touch the approved article but through a staged edit of their own.
        const Status live = m_linxiao->database().execute(
                u"UPDATE articles SET status = 'draft' WHERE id = %1"_s.arg(m_submitted));
        QCOMPARE(live.error().kind(), Error::Kind::Denied);
    }

    void concurrentSaves_secondIsAConflict_andNothingIsLost()
    {
        std::unique_ptr<Library> otherDesk = connectAs(u"林晓"_s);
        QVERIFY(otherDesk);
        Article first = m_linxiao->articles().byId(m_draft).value();
        Article second = otherDesk->articles().byId(m_draft).value();
        first.title = u"第一台电脑的标题"_s;
        second.title = u"第二台电脑的标题"_s;
        QVERIFY(workflow(*m_linxiao).save(first));
        const Result<Article> conflict = workflow(*otherDesk).save(second);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind(), Error::Kind::Conflict);
        QCOMPARE(m_owner->articles().byId(m_draft).value().title, u"第一台电脑的标题"_s);
        // The second desk's text is still theirs to keep as a copy.
        second.id = 0;
        second.version = 1;
        const Result<qint64> copy = workflow(*otherDesk).create(second);
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message()));
        QCOMPARE(m_owner->articles().byId(copy.value()).value().title, u"第二台电脑的标题"_s);
    }

    void lease_isHeld_andOnlyAChiefTakesItOver()
    {
        QVERIFY(workflow(*m_linxiao).takeLease(m_draft));
        const Result<Lease> other = workflow(*m_xiaoli).takeLease(m_draft);
        QVERIFY(!other);
        QCOMPARE(other.error().kind(), Error::Kind::Conflict);
        const Status stolen = m_xiaoli->database().execute(
                u"UPDATE leases SET user_id = %1 WHERE article_id = %2"_s.arg(
                        QString::number(idOf(u"小李"_s)), QString::number(m_draft)));
        QCOMPARE(stolen.error().kind(), Error::Kind::Denied);
        const Result<Lease> taken = workflow(*m_beifeng).takeOverLease(m_draft);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message()));
        QCOMPARE(taken.value().userId, idOf(u"北风"_s));
        // The editor who lost it cannot save over the chief editor now.
        Article mine = m_linxiao->articles().byId(m_draft).value();
        mine.summary = u"被接管后"_s;
        QCOMPARE(workflow(*m_linxiao).save(mine).error().kind(), Error::Kind::Conflict);
    }

    void lostTransaction_runsAgain()
    {
        std::unique_ptr<Library> other = open(m_server.url(u"newsroom"_s));
        const int before = weightOf(m_draft);
        int attempts = 0;
        const Status done = m_owner->database().transaction([&]() -> Status {
            ++attempts;
            interfereOnce(*other, attempts == 1);
            return weightPlusTen();
        });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
        QCOMPARE(attempts, 2);
        QCOMPARE(weightOf(m_draft), before + 1 + 10);
    }

    void alwaysLosing_isReportedAfterAFewAttempts()
    {
        std::unique_ptr<Library> other = open(m_server.url(u"newsroom"_s));
        const int before = weightOf(m_draft);
        int attempts = 0;
        const Status done = m_owner->database().transaction([&]() -> Status {
            ++attempts;
            interfereOnce(*other, true);
            return weightPlusTen();
        });
        QVERIFY(!done);
        QCOMPARE(done.error().kind(), Error::Kind::Locked);
        QCOMPARE(attempts, 4);
        QCOMPARE(weightOf(m_draft), before + 4);
    }

private:
    static QString passwordOf(const QString &name) { return name + u"-password-2026"_s; }

    QString urlFor(const QString &name, const QString &password) const
    {
        QUrl url(m_server.url(u"newsroom"_s));
        url.setUserName(name);
        url.setPassword(password);
        return url.toString();
    }

    static std::unique_ptr<Library> open(const QString &url)
    {
        Result<std::unique_ptr<Library>> opened = Library::open(url);
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message()));
            return nullptr;
        }
        return std::move(opened.value());
    }

    std::unique_ptr<Library> connectAs(const QString &name)
    {
        return open(urlFor(name, passwordOf(name)));
    }

    qint64 idOf(const QString &name) const { return m_owner->users().byName(name).value().id; }

    Workflow workflow(Library &library) const
    {
        const QString login =
                library.database().scalar(u"SELECT session_user"_s).value().toString();
        return Workflow(library, library.users().byName(login).value());
    }

    qint64 write(Library &library, const QString &title)
    {
        Article a;
        a.title = title;
        a.body = u"<p>正文</p>"_s;
        a.channelId = m_channel;
        const Result<qint64> id = workflow(library).create(a);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id ? id.value() : 0;
    }

    qint64 count(const QString &table) const
    {
        return m_owner->database().scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
    }

    int weightOf(qint64 id) const
    {
        return m_owner->database()
                .scalar(u"SELECT weight FROM articles WHERE id = ?"_s, {id})
                .value()
                .toInt();
    }

    // Inside a serializable transaction of the owner's connection: reads the draft, and when
    // interfere is set, another connection changes it first, so that this transaction loses.
    void interfereOnce(Library &other, bool interfere)
    {
        QVERIFY(m_owner->database().execute(u"SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"_s));
        QVERIFY(m_owner->database().scalar(u"SELECT weight FROM articles WHERE id = ?"_s,
                                           {m_draft}));
        if (interfere)
            QVERIFY(other.database().execute(
                    u"UPDATE articles SET weight = weight + 1 WHERE id = %1"_s.arg(m_draft)));
    }

    Status weightPlusTen()
    {
        Result<QSqlQuery> q = m_owner->database().run(
                u"UPDATE articles SET weight = weight + 10 WHERE id = ?"_s, {m_draft});
        return q ? Status() : Status(q.error());
    }

    Test::PostgresServer m_server;
    std::unique_ptr<Library> m_owner;
    std::unique_ptr<Library> m_linxiao;
    std::unique_ptr<Library> m_xiaoli;
    std::unique_ptr<Library> m_beifeng;
    qint64 m_channel = 0;
    qint64 m_draft = 0;
    qint64 m_submitted = 0;
    qint64 m_others = 0;
};

QTEST_GUILESS_MAIN(TestNewsroomServer)
#include "tst_newsroomserver.moc"
