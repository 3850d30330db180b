#include "cliprocess.h"
#include "demo/demonewsroom.h"
#include "storage/library.h"
#include "testlibrary.h"
#include "workflow/signin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

using Run = Test::CliRun;

// The newsdesk command line as automation sees it: exit codes, one-line errors, usage.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void help_listsEverySubcommandOfTheBrief()
    {
        const Run run = newsdesk({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const QString &command : {u"init"_s, u"import"_s, u"export"_s, u"search"_s,
                                       u"submit"_s, u"approve"_s, u"return"_s, u"users"_s})
            QVERIFY2(run.out.contains(u"newsdesk "_s + command + u' '), qPrintable(command));
        QVERIFY(run.out.contains(u"--all-submitted"_s));
        QVERIFY(run.out.contains(u"--password-stdin"_s));
        QVERIFY(run.err.isEmpty());
    }

    void version_printsTheVersion()
    {
        const Run run = newsdesk({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), u"newsdesk "_s + QStringLiteral(NEWSDESK_VERSION));
    }

    void unknownSubcommand_exits2WithUsage()
    {
        const Run run = newsdesk({u"publish"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(u"newsdesk: unknown subcommand \"publish\"."_s));
        QVERIFY(run.err.contains(u"newsdesk init"_s));
        QVERIFY(run.out.isEmpty());
    }

    void init_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no library") << QStringList {u"init"_s} << u"--library LIB is required"_s;
        QTest::newRow("unknown option")
                << QStringList {u"init"_s, u"--library"_s, u"x"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("articles not a number")
                << QStringList {u"init"_s,   u"--library"_s,  u"x"_s,
                                u"--demo"_s, u"--articles"_s, u"many"_s}
                << u"\"many\""_s;
        QTest::newRow("negative articles") << QStringList {u"init"_s,   u"--library"_s,  u"x"_s,
                                                           u"--demo"_s, u"--articles"_s, u"-5"_s}
                                           << u"--articles"_s;
        QTest::newRow("articles without demo")
                << QStringList {u"init"_s, u"--library"_s, u"x"_s, u"--articles"_s, u"5"_s}
                << u"only applies with --demo"_s;
        QTest::newRow("stray argument")
                << QStringList {u"init"_s, u"--library"_s, u"x"_s, u"extra"_s} << u"\"extra\""_s;
    }

    void init_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = newsdesk(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Usage: newsdesk init"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x"_s)));
    }

    void init_demo_createsTheDemoNewsroom()
    {
        const QString path = m_dir.filePath(u"demo.newsdesk"_s);
        const Run run =
                newsdesk({u"init"_s, u"--library"_s, path, u"--demo"_s, u"--articles"_s, u"30"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(path));
        // Progress goes to stderr as plain lines when stderr is not a terminal.
        QVERIFY2(run.err.contains(u"100% (30/30)"_s), qPrintable(run.err));
        std::unique_ptr<Library> library = Test::openLibrary(path);
        QVERIFY(library);
        QCOMPARE(library->articles().count().value(), 31);
        QCOMPARE(library->articles().byId(1).value().source, u"央视网"_s);
    }

    void init_defaultArticleCount_is200()
    {
        const QString path = m_dir.filePath(u"default.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, path, u"--demo"_s}).exitCode, 0);
        QCOMPARE(Test::openLibrary(path)->articles().count().value(), 201);
    }

    void init_withoutDemo_createsAnEmptyLibrary()
    {
        const QString path = m_dir.filePath(u"empty.newsdesk"_s);
        const Run run = newsdesk({u"init"_s, u"--library"_s, path});
        QCOMPARE(run.exitCode, 0);
        std::unique_ptr<Library> library = Test::openLibrary(path);
        QVERIFY(library);
        QCOMPARE(library->articles().count().value(), 0);
        QCOMPARE(library->users().all().value().size(), 1);
    }

    void init_existingLibrary_exits1AndLeavesItUntouched()
    {
        const QString path = m_dir.filePath(u"existing.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, path}).exitCode, 0);
        const QByteArray before = Test::fileHash(path);
        const Run run = newsdesk({u"init"_s, u"--library"_s, path, u"--demo"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(u"newsdesk: "_s + path + u" already exists"_s));
        QCOMPARE(Test::fileHash(path), before);
    }

    void init_missingFolder_exits1NamingIt()
    {
        const QString path = m_dir.filePath(u"no/such/dir/lib.newsdesk"_s);
        const Run run = newsdesk({u"init"_s, u"--library"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"does not exist"_s));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void init_unreachableServer_exits1WithoutThePassword()
    {
        const Run run = newsdesk(
                {u"init"_s, u"--library"_s, u"postgresql://chief:secret@127.0.0.1:1/news"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"127.0.0.1"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"secret"_s));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void init_help_exits0()
    {
        const Run run = newsdesk({u"init"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--articles"_s));
    }

    void import_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString library = m_dir.filePath(u"import-usage.newsdesk"_s);
        QTest::newRow("no library") << QStringList {u"import"_s, u"a.txt"_s} << u"--library"_s;
        QTest::newRow("no paths") << QStringList {u"import"_s, u"--library"_s, library}
                                  << u"give the files"_s;
        QTest::newRow("unknown option")
                << QStringList {u"import"_s, u"--library"_s, library, u"--bogus"_s, u"a.txt"_s}
                << u"bogus"_s;
    }

    void import_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = newsdesk(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Usage: newsdesk import"_s));
    }

    void import_textFiles_importThenUnchangedThenUpdated()
    {
        const QString library = importLibrary();
        QTemporaryDir source;
        writeFile(source.filePath(u"one.txt"_s), "港口夜航新规出台\n\n第一段。\n\n第二段。\n");
        writeFile(source.filePath(u"sub/two.txt"_s), "山村小学迎来新校舍\n\n正文。\n");
        const QStringList import {u"import"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s,
                                  u"--json"_s, source.path()};
        Run run = newsdesk(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"imported"_s).toInt(), 2);
        const QJsonArray items = report.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"title"_s).toString(), u"港口夜航新规出台"_s);
        QVERIFY(items.at(0).toObject().value(u"article"_s).toInteger() > 0);

        const Run found = newsdesk({u"search"_s, u"--library"_s, library, u"夜航新规"_s});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains(u"港口夜航新规出台"_s), qPrintable(found.out));

        run = newsdesk(import);
        report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"unchanged"_s).toInt(), 2);
        QCOMPARE(report.value(u"imported"_s).toInt(), 0);

        writeFile(source.filePath(u"one.txt"_s), "港口夜航新规出台\n\n改过的第一段。\n");
        run = newsdesk(QStringList(import) << u"--dry-run"_s);
        report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(report.value(u"dryRun"_s).toBool());
        QCOMPARE(report.value(u"updated"_s).toInt(), 1);
        run = newsdesk(import);
        report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"updated"_s).toInt(), 1);
        QCOMPARE(report.value(u"unchanged"_s).toInt(), 1);

        // Plain output: one line per item and the summary.
        run = newsdesk({u"import"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s, source.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Imported 0, updated 0; 2 unchanged, 0 skipped."_s),
                 qPrintable(run.out));
    }

    void import_refusals_exit1_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing path") << QStringList {m_dir.filePath(u"nowhere"_s)}
                                      << u"does not exist"_s;
        QTest::newRow("unknown channel")
                << QStringList {u"--channel"_s, u"资讯/没有这个"_s, m_dir.path()}
                << u"no channel “资讯/没有这个”"_s;
    }

    void import_refusals_exit1()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        const Run run = newsdesk(QStringList {u"import"_s, u"--library"_s, importLibrary(),
                                              u"--as"_s, u"林晓"_s}
                                 + extra);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void import_archiveWithALink_isRefusedBeforeAnyWrite()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"page.txt"_s), "链接档案里的稿件\n\n正文。\n");
        QVERIFY(QFile::link(u"/etc/passwd"_s, source.filePath(u"passwd.txt"_s)));
        const QString archive = source.filePath(u"evil.tar.gz"_s);
        QCOMPARE(QProcess::execute(u"tar"_s, {u"-czf"_s, archive, u"-C"_s, source.path(),
                                              u"page.txt"_s, u"passwd.txt"_s}),
                 0);
        const QString library = importLibrary();
        const Run run = newsdesk({u"import"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s,
                                  archive});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"passwd.txt"_s) && run.err.contains(u"symbolic link"_s),
                 qPrintable(run.err));
        const Run found = newsdesk({u"search"_s, u"--library"_s, library, u"链接档案"_s});
        QVERIFY2(!found.out.contains(u"链接档案里的稿件"_s), qPrintable(found.out));
    }

    void workflow_submitReturnApprove_asTheNamedPeople()
    {
        const QString library = m_dir.filePath(u"workflow.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, library, u"--demo"_s, u"--articles"_s,
                           u"30"_s})
                         .exitCode,
                 0);
        // A draft written by 林晓: the demo gives each article its author's account.
        std::unique_ptr<Library> lib = Test::openLibrary(library);
        const qint64 editorId = lib->users().byName(u"林晓"_s).value().id;
        qint64 draft = 0;
        for (const ArticleSummary &a : lib->articles().list({}).value()) {
            const Article whole = lib->articles().byId(a.id).value();
            if (whole.status == ArticleStatus::Draft && whole.createdById == editorId
                && !whole.isTrashed())
                draft = a.id;
        }
        lib.reset();
        QVERIFY(draft > 0);
        const QString id = QString::number(draft);
        const QString demo = DemoNewsroom::DemoPassword;

        // Usage errors: no --as, return without a comment, ids and --all-submitted together.
        QCOMPARE(newsdesk({u"submit"_s, u"--library"_s, library, id}).exitCode, 2);
        QCOMPARE(
                newsdesk({u"return"_s, u"--library"_s, library, u"--as"_s, u"北风"_s, id}, {}, demo)
                        .exitCode,
                2);
        QCOMPARE(newsdesk({u"approve"_s, u"--library"_s, library, u"--as"_s, u"北风"_s, id,
                           u"--all-submitted"_s},
                          {}, demo)
                         .exitCode,
                 2);

        Run run = newsdesk({u"submit"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s, id});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Submitted "_s + id), qPrintable(run.out));
        // An editor cannot approve; a wrong password is refused; one line each.
        run = newsdesk({u"approve"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s, id});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"cannot approve"_s), qPrintable(run.err));
        run = newsdesk({u"approve"_s, u"--library"_s, library, u"--as"_s, u"北风"_s, id}, {},
                       u"wrong-password"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"password"_s), qPrintable(run.err));

        run = newsdesk({u"return"_s, u"--library"_s, library, u"--as"_s, u"北风"_s, u"--comment"_s,
                        u"请补充数据来源"_s, id},
                       {}, demo);
        QCOMPARE(run.exitCode, 0);
        // Returned: approving it now is refused, and nothing changes.
        run = newsdesk({u"approve"_s, u"--library"_s, library, u"--as"_s, u"北风"_s,
                        u"--password-stdin"_s, id},
                       demo.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not waiting for review"_s), qPrintable(run.err));
        QCOMPARE(
                newsdesk({u"submit"_s, u"--library"_s, library, u"--as"_s, u"林晓"_s, id}).exitCode,
                0);
        run = newsdesk(
                {u"approve"_s, u"--library"_s, library, u"--as"_s, u"北风"_s, u"--all-submitted"_s},
                {}, demo);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Approved "_s + id), qPrintable(run.out));

        lib = Test::openLibrary(library);
        const Article approved = lib->articles().byId(draft).value();
        QCOMPARE(approved.status, ArticleStatus::Approved);
        QCOMPARE(approved.approvedByName, u"北风"_s);
        QVERIFY(lib->review().queue().value().isEmpty());
        QCOMPARE(lib->history().comments(draft).value().constLast().body, u"请补充数据来源"_s);
    }

    void export_asAnEditor_isRefused()
    {
        const QString library = m_dir.filePath(u"export-as.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, library, u"--demo"_s, u"--articles"_s,
                           u"10"_s})
                         .exitCode,
                 0);
        const Run run = newsdesk({u"export"_s, u"--library"_s, library, u"--out"_s,
                                  m_dir.filePath(u"as-editor"_s), u"--as"_s, u"林晓"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"export"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"as-editor"_s)));
    }

    void export_writesTheBundleAndSaysWhatItDid()
    {
        const QString library = m_dir.filePath(u"export.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, library, u"--demo"_s, u"--articles"_s,
                           u"20"_s})
                         .exitCode,
                 0);
        const QString out = m_dir.filePath(u"site"_s);
        Run run = newsdesk({u"export"_s, u"--library"_s, library, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Exported"_s) && run.out.contains(out), qPrintable(run.out));
        QVERIFY(QFile::exists(out + u"/index.html"_s));
        QVERIFY(QFile::exists(out + u"/manifest.json"_s));

        run = newsdesk({u"export"_s, u"--library"_s, library, u"--out"_s, out, u"--incremental"_s,
                        u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(u"incremental"_s).toBool(), true);
        QCOMPARE(summary.value(u"written"_s).toInt(), 0);
        QVERIFY(summary.value(u"unchanged"_s).toInt() > 20);

        // A folder of other files is refused and left alone.
        const QString foreign = m_dir.filePath(u"foreign"_s);
        QDir().mkpath(foreign);
        QFile keep(foreign + u"/keep.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        run = newsdesk({u"export"_s, u"--library"_s, library, u"--out"_s, foreign});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(foreign), qPrintable(run.err));
        QVERIFY(QFile::exists(foreign + u"/keep.txt"_s));
    }

    void export_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList {u"--library"_s, u"x"_s} << u"--out"_s;
        QTest::newRow("no library") << QStringList {u"--out"_s, u"site"_s} << u"--library"_s;
        QTest::newRow("relative base URL")
                << QStringList {u"--library"_s, u"x"_s,          u"--out"_s,
                                u"s"_s,         u"--base-url"_s, u"news/"_s}
                << u"\"news/\""_s;
        QTest::newRow("threads") << QStringList {u"--library"_s, u"x"_s,         u"--out"_s,
                                                 u"s"_s,         u"--threads"_s, u"0"_s}
                                 << u"--threads"_s;
    }

    void export_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = newsdesk(QStringList {u"export"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void search_json_findsTheReferenceArticle()
    {
        const Run run =
                newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"--json"_s, u"扶贫"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QVERIFY(hits.size() <= 20);
        double previous = 1e9;
        bool found = false;
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            for (const QString &key :
                 {u"id"_s, u"title"_s, u"channel"_s, u"status"_s, u"snippet"_s, u"score"_s})
                QVERIFY2(hit.contains(key), qPrintable(key));
            QVERIFY(hit.value(u"snippet"_s).toString().contains(u"<mark>"_s));
            QVERIFY(hit.value(u"score"_s).toDouble() <= previous);
            previous = hit.value(u"score"_s).toDouble();
            if (hit.value(u"id"_s).toInteger() == 1) {
                found = true;
                QCOMPARE(hit.value(u"title"_s).toString(),
                         u"一年来,习近平推动东西扶贫协作再上新台阶"_s);
                QCOMPARE(hit.value(u"channel"_s).toString(), u"首页 > 资讯 > 热点"_s);
                QCOMPARE(hit.value(u"status"_s).toString(), u"published"_s);
                QVERIFY(hit.value(u"snippet"_s).toString().contains(u"<mark>扶贫</mark>"_s));
                QVERIFY(hit.value(u"score"_s).toDouble() >= 1.0); // a title match
            }
        }
        QVERIFY(found);
    }

    void search_severalWords_areOneQuery()
    {
        const Run run = newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"--json"_s,
                                  u"--limit"_s, u"5"_s, u"扶贫"_s, u"新台阶"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty() && hits.size() <= 5);
        QCOMPARE(hits.first().toObject().value(u"id"_s).toInteger(), 1);
    }

    void search_noHits_exits0()
    {
        const Run json =
                newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"--json"_s, u"火星人"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out.trimmed(), u"[]"_s);
        const Run plain = newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"火星人"_s});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(u"火星人"_s));
    }

    void search_plain_printsOneHitPerLineWithItsSnippet()
    {
        const Run run = newsdesk(
                {u"search"_s, u"--library"_s, searchLibrary(), u"--limit"_s, u"3"_s, u"扶贫"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // a line per hit, then its snippet
        bool found = false;
        for (qsizetype i = 0; i < lines.size(); i += 2) {
            QVERIFY2(!lines.at(i).startsWith(u' '), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i + 1).startsWith(u"    "_s), qPrintable(lines.at(i + 1)));
            QVERIFY2(lines.at(i + 1).contains(u"【扶贫】"_s), qPrintable(lines.at(i + 1)));
            QVERIFY(!lines.at(i + 1).contains(u"<mark>"_s));
            if (lines.at(i).startsWith(u"1  "_s)) {
                found = true;
                QCOMPARE(
                        lines.at(i),
                        u"1  Published  首页 > 资讯 > 热点  一年来,习近平推动东西扶贫协作再上新台阶"_s);
            }
        }
        QVERIFY(found);
    }

    void search_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no query") << QStringList {u"--library"_s, u"x"_s}
                                  << u"QUERY (or --rebuild)"_s;
        QTest::newRow("blank query") << QStringList {u"--library"_s, u"x"_s, u"  "_s} << u"QUERY"_s;
        QTest::newRow("no library") << QStringList {u"扶贫"_s} << u"--library LIB is required"_s;
        QTest::newRow("limit zero")
                << QStringList {u"--library"_s, u"x"_s, u"--limit"_s, u"0"_s, u"扶贫"_s}
                << u"--limit"_s;
        QTest::newRow("limit not a number")
                << QStringList {u"--library"_s, u"x"_s, u"--limit"_s, u"many"_s, u"扶贫"_s}
                << u"\"many\""_s;
        QTest::newRow("rebuild with a query")
                << QStringList {u"--library"_s, u"x"_s, u"--rebuild"_s, u"扶贫"_s}
                << u"--rebuild"_s;
    }

    void search_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = newsdesk(QStringList {u"search"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(u"Usage: newsdesk search --library LIB [--limit N] [--json] "
                                 "[--rebuild] QUERY"_s));
        QVERIFY(run.out.isEmpty());
    }

    void search_missingLibrary_exits1()
    {
        const Run run = newsdesk(
                {u"search"_s, u"--library"_s, m_dir.filePath(u"missing.newsdesk"_s), u"扶贫"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.contains(u"missing.newsdesk"_s));
    }

    void search_rebuild_showsProgressAndKeepsResults()
    {
        const Run run = newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"--rebuild"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"100% (31/31)"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"31 articles"_s));
        const Run search =
                newsdesk({u"search"_s, u"--library"_s, searchLibrary(), u"--json"_s, u"扶贫"_s});
        QVERIFY(search.out.contains(u"\"id\": 1,"_s));
    }

    void search_help_exits0()
    {
        const Run run = newsdesk({u"search"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--rebuild"_s));
        QVERIFY(run.out.contains(u"QUERY"_s));
    }

    void users_list_showsRolesAndPasswords()
    {
        const QString path = usersLibrary(u"list"_s);
        const Run run = newsdesk({u"users"_s, u"--library"_s, path, u"list"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"北风\tchief\tyes\tyes"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"林晓\teditor\tno\tyes"_s));
        QVERIFY(run.out.contains(u"admin\tadmin\tyes\tyes"_s));
        const Run json = newsdesk({u"users"_s, u"--library"_s, path, u"list"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.first().toObject().value(u"name"_s).toString(), u"北风"_s);
        QCOMPARE(array.first().toObject().value(u"role"_s).toString(), u"chief"_s);
        QCOMPARE(array.first().toObject().value(u"password"_s).toBool(), true);
    }

    void users_add_asAdminWithPasswords_addsAChief()
    {
        const QString path = usersLibrary(u"add"_s);
        const Run run =
                newsdesk({u"users"_s, u"--library"_s, path, u"add"_s, u"老陈"_s, u"--role"_s,
                          u"chief"_s, u"--password-stdin"_s, u"--as"_s, u"admin"_s},
                         "chen-secret-1\n", u"newsdesk-demo"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        std::unique_ptr<Library> library = Test::openLibrary(path);
        const User chen = library->users().byName(u"老陈"_s).value();
        QCOMPARE(chen.role, Role::Chief);
        QVERIFY(chen.hasPassword);
        QVERIFY(SignIn::authenticate(*library, u"老陈"_s, u"chen-secret-1"_s));
        // The admin's password is not the new user's.
        QVERIFY(!SignIn::authenticate(*library, u"老陈"_s, u"newsdesk-demo"_s));
    }

    void users_add_refusals_exit1_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        const QStringList chief {u"add"_s, u"老陈"_s, u"--role"_s, u"chief"_s};
        QTest::newRow("no --as where admins have passwords")
                << chief + QStringList {u"--password-stdin"_s} << QByteArray("chen-secret-1\n")
                << QString() << u"--as"_s;
        QTest::newRow("wrong admin password")
                << chief + QStringList {u"--password-stdin"_s, u"--as"_s, u"admin"_s}
                << QByteArray("chen-secret-1\n") << u"wrong-password"_s << u"Wrong password"_s;
        QTest::newRow("admin password missing")
                << chief + QStringList {u"--password-stdin"_s, u"--as"_s, u"admin"_s}
                << QByteArray("chen-secret-1\n") << QString() << u"NEWSDESK_PASSWORD"_s;
        QTest::newRow("editor acting")
                << chief + QStringList {u"--password-stdin"_s, u"--as"_s, u"林晓"_s}
                << QByteArray("chen-secret-1\n") << QString() << u"manage users"_s;
        QTest::newRow("chief without password")
                << chief + QStringList {u"--as"_s, u"admin"_s} << QByteArray() << u"newsdesk-demo"_s
                << u"need a password"_s;
        QTest::newRow("short password")
                << chief + QStringList {u"--password-stdin"_s, u"--as"_s, u"admin"_s}
                << QByteArray("short\n") << u"newsdesk-demo"_s << u"at least 8"_s;
    }

    void users_add_refusals_exit1()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, password);
        QFETCH(QString, message);
        const QString path = usersLibrary(u"refusals"_s);
        const Run run = newsdesk(QStringList {u"users"_s, u"--library"_s, path} + arguments, input,
                                 password);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(!Test::openLibrary(path)->users().byName(u"老陈"_s));
    }

    void users_newLibrary_localOperatorSetsTheAdminPassword()
    {
        const QString path = m_dir.filePath(u"users-new.newsdesk"_s);
        QCOMPARE(newsdesk({u"init"_s, u"--library"_s, path}).exitCode, 0);
        const QString admin = Test::openLibrary(path)->users().all().value().first().name;
        Run run = newsdesk(
                {u"users"_s, u"--library"_s, path, u"add"_s, u"小李"_s, u"--role"_s, u"editor"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = newsdesk(
                {u"users"_s, u"--library"_s, path, u"passwd"_s, admin, u"--password-stdin"_s},
                "first-admin-pw\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Now the library has an administrator with a password: --as is required.
        run = newsdesk({u"users"_s, u"--library"_s, path, u"deactivate"_s, u"小李"_s});
        QCOMPARE(run.exitCode, 1);
        run = newsdesk(
                {u"users"_s, u"--library"_s, path, u"deactivate"_s, u"小李"_s, u"--as"_s, admin},
                {}, u"first-admin-pw"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!Test::openLibrary(path)->users().byName(u"小李"_s).value().active);
    }

    void users_usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList {};
        QTest::newRow("unknown action") << QStringList {u"remove"_s, u"x"_s};
        QTest::newRow("add without role") << QStringList {u"add"_s, u"x"_s};
        QTest::newRow("bad role") << QStringList {u"add"_s, u"x"_s, u"--role"_s, u"boss"_s};
        QTest::newRow("add without name") << QStringList {u"add"_s, u"--role"_s, u"editor"_s};
        QTest::newRow("json on add")
                << QStringList {u"add"_s, u"x"_s, u"--role"_s, u"editor"_s, u"--json"_s};
    }

    void users_usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        const Run run = newsdesk(
                QStringList {u"users"_s, u"--library"_s, m_dir.filePath(u"nothing.newsdesk"_s)}
                + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Usage: newsdesk users"_s));
    }

    void users_help_documentsWhoMayAct()
    {
        const Run run = newsdesk({u"users"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--password-stdin"_s));
        QVERIFY(run.out.contains(u"NEWSDESK_PASSWORD"_s));
        QVERIFY(run.out.contains(u"--as"_s));
    }

private:
    // A demo library (no generated articles) of its own for each users test.
    QString usersLibrary(const QString &name)
    {
        const QString path = m_dir.filePath(u"users-%1.newsdesk"_s.arg(name));
        if (!QFile::exists(path)) {
            const Run run = newsdesk(
                    {u"init"_s, u"--library"_s, path, u"--demo"_s, u"--articles"_s, u"0"_s});
            if (run.exitCode != 0)
                QTest::qFail(qPrintable(run.err), __FILE__, __LINE__);
        }
        return path;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QVERIFY2(Test::writeFile(path, bytes), qPrintable(path));
    }

    // A demo library with 5 generated articles for the import tests, created once.
    QString importLibrary()
    {
        const QString path = m_dir.filePath(u"import.newsdesk"_s);
        if (!QFile::exists(path)) {
            const Run run = newsdesk(
                    {u"init"_s, u"--library"_s, path, u"--demo"_s, u"--articles"_s, u"5"_s});
            if (run.exitCode != 0)
                QTest::qFail(qPrintable(run.err), __FILE__, __LINE__);
        }
        return path;
    }

    // A demo library with 30 generated articles, created once.
    QString searchLibrary()
    {
        const QString path = m_dir.filePath(u"search.newsdesk"_s);
        if (!QFile::exists(path)) {
            const Run run = newsdesk(
                    {u"init"_s, u"--library"_s, path, u"--demo"_s, u"--articles"_s, u"30"_s});
            if (run.exitCode != 0)
                QTest::qFail(qPrintable(run.err), __FILE__, __LINE__);
        }
        return path;
    }

    // Runs newsdesk with input on its standard input and password (when not empty) in
    // NEWSDESK_PASSWORD.
    Run newsdesk(const QStringList &arguments, const QByteArray &input = {},
                 const QString &password = {})
    {
        return Test::runNewsdesk(QStringLiteral(NEWSDESK_BINARY), arguments,
                                 m_dir.filePath(u"config"_s), input, password);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
