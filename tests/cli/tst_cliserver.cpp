#include "cliprocess.h"
#include "postgresserver.h"
#include "storage/changefeed.h"
#include "storage/library.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

using Run = Test::CliRun;

// The command line on a newsroom server (issue 8), each command its own process as on
// separate desktops: the owner provisions the library and the people's logins; an editor
// writes and submits; the chief editor, connected as himself, approves and exports; neither can
// act as the other.
class TestCliServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createDatabase(u"newsroom"_s), qPrintable(m_server.error()));
    }

    void init_provisionsTheLibrary_andAgainUpdatesIt()
    {
        Run run = newsdesk({u"init"_s, u"--library"_s, ownerUrl()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"newsdesk_owner"_s));
        run = newsdesk({u"init"_s, u"--library"_s, ownerUrl()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"up to date"_s));
    }

    void usersAdd_createsLogins()
    {
        for (const auto &[name, role] :
             {std::pair {u"林晓"_s, u"editor"_s}, std::pair {u"北风"_s, u"chief"_s}}) {
            const Run run = newsdesk({u"users"_s, u"--library"_s, ownerUrl(), u"add"_s, name,
                                      u"--role"_s, role, u"--password-stdin"_s},
                                     passwordOf(name).toUtf8() + '\n');
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        // They log in as themselves now, and only with their password.
        Run run = newsdesk({u"users"_s, u"--library"_s, urlOf(u"林晓"_s), u"list"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"北风"_s));
        run = newsdesk(
                {u"users"_s, u"--library"_s, urlOf(u"林晓"_s, u"wrong-password"_s), u"list"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains(u"wrong-password"_s));
        // An editor cannot add people.
        run = newsdesk({u"users"_s, u"--library"_s, urlOf(u"林晓"_s), u"add"_s, u"黑客"_s,
                        u"--role"_s, u"admin"_s, u"--password-stdin"_s},
                       "hacker-password\n");
        QCOMPARE(run.exitCode, 1);
    }

    void roundTrip_acrossProcesses()
    {
        // 林晓's desktop writes an article.
        Result<std::unique_ptr<Library>> desk = Library::open(urlOf(u"林晓"_s));
        QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message()));
        Library &library = *desk.value();
        Article a;
        a.title = u"跨进程的稿件"_s;
        a.body = u"<p>两台电脑，一个数据库。</p>"_s;
        a.channelId = library.channels().all().value().constFirst().id;
        const User linxiao = library.users().byName(u"林晓"_s).value();
        const Result<qint64> id = Workflow(library, linxiao).create(a);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        const QString article = QString::number(id.value());
        // The desktop listens: another process's changes reach it live.
        ChangeFeed feed(library);
        QSignalSpy changed(&feed, &ChangeFeed::articlesChanged);

        Run run = newsdesk(
                {u"submit"_s, u"--library"_s, urlOf(u"林晓"_s), u"--as"_s, u"林晓"_s, article});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(changed.wait(2000));
        QVERIFY(changed.constLast().constFirst().value<QSet<qint64>>().contains(id.value()));
        changed.clear();
        // The editor may not approve, nor act as the chief editor.
        run = newsdesk(
                {u"approve"_s, u"--library"_s, urlOf(u"林晓"_s), u"--as"_s, u"林晓"_s, article});
        QCOMPARE(run.exitCode, 1);
        run = newsdesk(
                {u"approve"_s, u"--library"_s, urlOf(u"林晓"_s), u"--as"_s, u"北风"_s, article}, {},
                passwordOf(u"北风"_s));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"connect as 北风"_s), qPrintable(run.err));

        run = newsdesk(
                {u"approve"_s, u"--library"_s, urlOf(u"北风"_s), u"--as"_s, u"北风"_s, article});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(changed.wait(2000));
        // The editor's desktop reads the approval made elsewhere.
        QCOMPARE(library.articles().byId(id.value()).value().status, ArticleStatus::Approved);
        QCOMPARE(library.articles().byId(id.value()).value().approvedByName, u"北风"_s);

        const QString out = m_dir.filePath(u"site"_s);
        run = newsdesk({u"export"_s, u"--library"_s, urlOf(u"北风"_s), u"--as"_s, u"北风"_s,
                        u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(out + u"/index.html"_s));
        run = newsdesk({u"search"_s, u"--library"_s, urlOf(u"林晓"_s), u"进程"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"跨进程的稿件"_s), qPrintable(run.out));
    }

private:
    static QString passwordOf(const QString &name) { return name + u"-secret-2026"_s; }
    QString ownerUrl() const { return m_server.url(u"newsroom"_s); }

    QString urlOf(const QString &name, const QString &password = {}) const
    {
        QUrl url(ownerUrl());
        url.setUserName(name);
        url.setPassword(password.isEmpty() ? passwordOf(name) : password);
        return url.toString();
    }

    Run newsdesk(const QStringList &arguments, const QByteArray &input = {},
                 const QString &password = {})
    {
        return Test::runNewsdesk(QStringLiteral(NEWSDESK_BINARY), arguments,
                                 m_dir.filePath(u"config"_s), input, password);
    }

    QTemporaryDir m_dir;
    Test::PostgresServer m_server;
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
