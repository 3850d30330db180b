#include "core/media.h"
#include "import/importchannels.h"
#include "import/importrun.h"
#include "import/importscanner.h"
#include "storage/importsourcerepository.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(Test::writeFile(path, bytes), qPrintable(path));
}

void writeImage(const QString &path, Qt::GlobalColor color)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(color);
    QVERIFY(image.save(path, "PNG"));
}

const ImportReport::Entry *entryFor(const ImportReport &report, const QString &suffix)
{
    for (const ImportReport::Entry &entry : report.entries) {
        if (entry.item.endsWith(suffix))
            return &entry;
    }
    return nullptr;
}

qint64 countOf(Library &library, const QString &table)
{
    return library.database().scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
}
} // namespace

// The import pipeline on a library (ImportRun: scanner, preparer, writer): what becomes an
// article, re-imports, channels, images, dry runs, refusals and cancelling. The readers of
// each format have suites of their own (tst_htmlpagereader, tst_markdownreader).
class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = Test::createLibrary(m_dir, u"import"_s, true, 5);
        m_library = Test::openLibrary(m_location);
        QVERIFY(m_library);
        m_editor = m_library->users().byName(u"林晓"_s).value();
        m_chief = m_library->users().byName(u"北风"_s).value();
    }

    void scan_folders_findsPagesAndPassesOverTheRest()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"a.txt"_s), "一\n\n正文\n");
        writeFile(source.filePath(u"news/b.md"_s), "# 二\n");
        writeFile(source.filePath(u"news/c.HTML"_s), "<h1>三</h1>");
        writeFile(source.filePath(u".git/d.txt"_s), "hidden\n");
        writeFile(source.filePath(u"style.css"_s), "p {}");
        writeImage(source.filePath(u"news/p.png"_s), Qt::red);
        QVERIFY(QFile::link(source.filePath(u"a.txt"_s), source.filePath(u"link.txt"_s)));
        Result<ImportScanner::Scan> scan = ImportScanner::scan({source.path()});
        QVERIFY2(scan, scan ? "" : qPrintable(scan.error().message()));
        QStringList found;
        for (const ImportItem &item : scan.value().items)
            found.append(QDir(source.path()).relativeFilePath(item.path));
        QCOMPARE(found, (QStringList {u"a.txt"_s, u"news/b.md"_s, u"news/c.HTML"_s}));
        QCOMPARE(scan.value().items.at(1).format, ImportFormat::Markdown);
        QCOMPARE(scan.value().items.at(1).folders, QStringList {u"news"_s});
        QCOMPARE(scan.value().items.at(2).format, ImportFormat::Html);
        QCOMPARE(scan.value().otherFiles, 2);
        QCOMPARE(scan.value().skipped.size(), 1);
        QVERIFY(scan.value().skipped.first().reason.contains(u"symbolic link"_s));

        Result<ImportScanner::Scan> missing = ImportScanner::scan({source.filePath(u"nope"_s)});
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(u"nope"_s));
    }

    void text_importedAsDraftsOfThePerson_withTheirHistory()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"harbour.txt"_s), "港口夜航新规出台\n\n第一段。\n第二行。\n\n第二段。\n");
        const ImportReport report = run(m_editor, {source.path()});
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 1);
        const ImportReport::Entry &entry = report.entries.first();
        QCOMPARE(entry.title, u"港口夜航新规出台"_s);
        const Article article = m_library->articles().byId(entry.articleId).value();
        QCOMPARE(article.status, ArticleStatus::Draft);
        QCOMPARE(article.createdById, m_editor.id);
        QCOMPARE(article.body, u"<p>第一段。<br>第二行。</p>\n<p>第二段。</p>"_s);
        const QString action = m_library->database()
                                       .scalar(u"SELECT action FROM audit_log WHERE article_id = ? "
                                               "ORDER BY id LIMIT 1"_s,
                                               {entry.articleId})
                                       .value()
                                       .toString();
        QCOMPARE(action, u"import"_s);
    }

    void reimport_unchangedUpdatedAndCopies()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"one.txt"_s), "一号稿\n\n原文。\n");
        writeFile(source.filePath(u"two.txt"_s), "二号稿\n\n原文。\n");
        ImportReport first = run(m_editor, {source.path()});
        QCOMPARE(first.count(ImportReport::Outcome::Imported), 2);
        const qint64 id = entryFor(first, u"one.txt"_s)->articleId;
        const qint64 articles = countOf(*m_library, u"articles"_s);

        ImportReport again = run(m_editor, {source.path()});
        QCOMPARE(again.count(ImportReport::Outcome::Unchanged), 2);
        QCOMPARE(countOf(*m_library, u"articles"_s), articles);

        writeFile(source.filePath(u"one.txt"_s), "一号稿(修订)\n\n改过的正文。\n");
        const int version = m_library->articles().byId(id).value().version;
        ImportReport changed = run(m_editor, {source.path()});
        QCOMPARE(changed.count(ImportReport::Outcome::Updated), 1);
        QCOMPARE(entryFor(changed, u"one.txt"_s)->articleId, id);
        const Article updated = m_library->articles().byId(id).value();
        QCOMPARE(updated.title, u"一号稿(修订)"_s);
        QCOMPARE(updated.body, u"<p>改过的正文。</p>"_s);
        QCOMPARE(updated.version, version + 1);
        QCOMPARE(countOf(*m_library, u"articles"_s), articles);

        // The same bytes under another name, elsewhere: the article imported before.
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(source.filePath(u"two.txt"_s), elsewhere.filePath(u"copy.txt"_s)));
        ImportReport copy = run(m_editor, {elsewhere.path()});
        QCOMPARE(copy.count(ImportReport::Outcome::Unchanged), 1);
        QCOMPARE(copy.entries.first().articleId, entryFor(first, u"two.txt"_s)->articleId);
        QVERIFY(copy.entries.first().reason.contains(u"two.txt"_s));
        QCOMPARE(countOf(*m_library, u"articles"_s), articles);
    }

    void reimport_trashedArticle_isSkippedWithTheReason()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"gone.txt"_s), "将被删除的稿件\n\n正文。\n");
        const qint64 id = run(m_editor, {source.path()}).entries.first().articleId;
        QVERIFY(Workflow(*m_library, m_editor).trash(id));
        writeFile(source.filePath(u"gone.txt"_s), "将被删除的稿件\n\n新的正文。\n");
        const ImportReport report = run(m_editor, {source.path()});
        QCOMPARE(report.count(ImportReport::Outcome::Skipped), 1);
        QVERIFY2(report.entries.first().reason.contains(u"trash"_s),
                 qPrintable(report.entries.first().reason));
    }

    void dryRun_writesNothing()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"dry.txt"_s), "试运行的稿件\n\n正文。\n");
        writeImage(source.filePath(u"dry.png"_s), Qt::blue);
        writeFile(source.filePath(u"page.html"_s),
                  "<html><body><article><h1>试运行的网页</h1><p>正文有图。</p>"
                  "<img src=\"dry.png\"></article></body></html>");
        const QStringList tables {u"articles"_s, u"revisions"_s, u"audit_log"_s,
                                  u"import_sources"_s, u"media"_s, u"channels"_s};
        QList<qint64> before;
        for (const QString &table : tables)
            before.append(countOf(*m_library, table));
        ImportRun::Options options;
        options.write.dryRun = true;
        const ImportReport report = run(m_chief, {source.path()}, options);
        QVERIFY(report.dryRun);
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 2);
        QVERIFY(report.summary().contains(u"nothing was written"_s));
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(countOf(*m_library, tables.at(i)), before.at(i));
    }

    void channelOption_putsEverythingThere()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"hot.txt"_s), "热点稿件\n\n正文。\n");
        ImportRun::Options options;
        options.write.channelPath = u"资讯 > 热点"_s;
        const ImportReport report = run(m_editor, {source.path()}, options);
        const Article article = m_library->articles().byId(report.entries.first().articleId).value();
        QCOMPARE(article.channelId, channelId(u"zixun/redian"_s));

        options.write.channelPath = u"资讯/没有这个"_s;
        const qint64 articles = countOf(*m_library, u"articles"_s);
        ImportRun::Options bad = options;
        bad.paths = {source.path()};
        Result<ImportReport> failed = ImportRun::runToEnd(*m_library, m_editor, bad);
        QVERIFY(!failed);
        QVERIFY(failed.error().message().contains(u"资讯/没有这个"_s));
        QCOMPARE(countOf(*m_library, u"articles"_s), articles);
    }

    void channels_place_data()
    {
        QTest::addColumn<bool>("chief");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QStringList>("folders");
        QTest::addColumn<QString>("expected"); // slug path
        QTest::addColumn<QString>("note");
        QTest::newRow("breadcrumb") << false << QStringList {u"资讯"_s, u"热点"_s} << QStringList()
                                    << u"zixun/redian"_s << QString();
        QTest::newRow("with home") << false << QStringList {u"首页"_s, u"资讯"_s, u"国内"_s}
                                   << QStringList() << u"zixun/guonei"_s << QString();
        QTest::newRow("below the top") << false << QStringList {u"热点"_s} << QStringList()
                                       << u"zixun/redian"_s << QString();
        QTest::newRow("by slug") << false << QStringList {u"keji"_s, u"shuma"_s} << QStringList()
                                 << u"keji/shuma"_s << QString();
        QTest::newRow("editor, missing") << false << QStringList {u"资讯"_s, u"地方新闻"_s}
                                         << QStringList() << u"zixun"_s
                                         << u"only chief editors may add channels"_s;
        QTest::newRow("folders") << false << QStringList()
                                 << QStringList {u"content"_s, u"tiyu"_s, u"2017"_s}
                                 << u"tiyu"_s << QString();
        QTest::newRow("nothing") << false << QStringList() << QStringList {u"misc"_s}
                                 << u"zixun"_s << u"names no channel"_s;
    }

    void channels_place()
    {
        QFETCH(bool, chief);
        QFETCH(QStringList, path);
        QFETCH(QStringList, folders);
        QFETCH(QString, expected);
        QFETCH(QString, note);
        ImportChannels channels(*m_library, chief ? m_chief : m_editor, false);
        QVERIFY(channels.load());
        Result<ImportChannels::Placement> placed = channels.place(path, folders);
        QVERIFY(placed);
        QCOMPARE(placed.value().channelId, channelId(expected));
        if (note.isEmpty())
            QVERIFY2(placed.value().note.isEmpty(), qPrintable(placed.value().note));
        else
            QVERIFY2(placed.value().note.contains(note), qPrintable(placed.value().note));
    }

    void channels_chiefEditor_addsMissingChannels()
    {
        ImportChannels dry(*m_library, m_chief, true);
        QVERIFY(dry.load());
        const qint64 count = countOf(*m_library, u"channels"_s);
        QCOMPARE(dry.place({u"资讯"_s, u"专题报道"_s}, {}).value().added, u"资讯 > 专题报道"_s);
        QCOMPARE(dry.place({u"博客"_s}, {}).value().added, u"博客"_s); // under the home channel
        QCOMPARE(countOf(*m_library, u"channels"_s), count);

        ImportChannels channels(*m_library, m_chief, false);
        QVERIFY(channels.load());
        Result<ImportChannels::Placement> placed = channels.place({u"资讯"_s, u"专题报道"_s}, {});
        QVERIFY(placed);
        QCOMPARE(placed.value().added, u"资讯 > 专题报道"_s);
        const Channel added = m_library->channels().byId(placed.value().channelId).value();
        QCOMPARE(added.name, u"专题报道"_s);
        QCOMPARE(added.slug, u"zhuantibaodao"_s);
        QCOMPARE(added.parentId, channelId(u"zixun"_s));
        QCOMPARE(channels.place({u"资讯"_s, u"专题报道"_s}, {}).value().channelId, added.id);
        QCOMPARE(countOf(*m_library, u"channels"_s), count + 1);
    }

    void channels_find()
    {
        ImportChannels channels(*m_library, m_editor, false);
        QVERIFY(channels.load());
        QCOMPARE(channels.find(u"资讯/热点"_s).value(), channelId(u"zixun/redian"_s));
        QCOMPARE(channels.find(u"zixun/redian"_s).value(), channelId(u"zixun/redian"_s));
        QCOMPARE(channels.find(u"首页 > 科技"_s).value(), channelId(u"keji"_s));
        QVERIFY(!channels.find(u"科技/没有"_s));
        QVERIFY(!channels.find(QString()));
    }

    void images_besideThePage_becomeMedia_remoteOnesAreListed()
    {
        QTemporaryDir site;
        writeImage(site.filePath(u"news/img/photo.png"_s), Qt::green);
        writeImage(site.filePath(u"uploads/allimg/logo.png"_s), Qt::yellow);
        writeImage(m_dir.filePath(u"outside.png"_s), Qt::cyan);
        writeFile(site.filePath(u"news/page.html"_s),
                  "<html><head><title>有图的网页</title></head><body><article><h1>有图的网页</h1>"
                  "<p>第一段文字,足够长的一段正文。</p>"
                  "<p><img src=\"img/photo.png\" alt=\"照片\"></p>"
                  "<p><img src=\"/uploads/allimg/logo.png\"></p>"
                  "<p><img src=\"../../outside.png\"></p>"
                  "<p><img src=\"https://images.example.com/remote.jpg\"></p>"
                  "<p>第二段文字,足够长的一段正文。</p></article></body></html>");
        const qint64 media = countOf(*m_library, u"media"_s);
        const ImportReport report = run(m_editor, {site.path()});
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 1);
        const ImportReport::Entry &entry = report.entries.first();
        QCOMPARE(entry.remoteImages, QStringList {u"https://images.example.com/remote.jpg"_s});
        const Article article = m_library->articles().byId(entry.articleId).value();
        QCOMPARE(countOf(*m_library, u"media"_s), media + 2);
        QCOMPARE(article.body.count(u"src=\"media:"_s), 2);
        QVERIFY(!article.body.contains(u"outside"_s));
        QVERIFY(!article.body.contains(u"media:9000"_s)); // no placeholder left
        QVERIFY(article.body.contains(u"https://images.example.com/remote.jpg"_s));
        QVERIFY(entry.notes.join(u' ').contains(u"not found"_s));
    }

    void xssPage_importsAsHarmlessTextAndMarkup()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"xss.html"_s),
                  "<html><head><title>XSS</title><script>alert(1)</script></head><body>"
                  "<article><h1 onclick=\"alert(2)\">危险的网页</h1>"
                  "<p>正文<img src=x onerror=alert(3)>继续</p>"
                  "<p><a href=\"javascript:alert(4)\">链接</a> <a href=\"jav&#x09;ascript:alert(5)\">二</a></p>"
                  "<svg onload=alert(6)><circle/></svg><iframe src=\"https://evil.example\"></iframe>"
                  "<p style=\"background:url(javascript:alert(7))\">样式</p>"
                  "<form action=\"https://evil.example\"><input name=q></form>"
                  "<p>最后一段正文,足够长。</p></article></body></html>");
        const ImportReport report = run(m_editor, {source.path()});
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 1);
        const Article article =
                m_library->articles().byId(report.entries.first().articleId).value();
        for (const QString &bad : {u"<script"_s, u"onerror"_s, u"onclick"_s, u"onload"_s,
                                   u"javascript"_s, u"<iframe"_s, u"<svg"_s, u"style="_s,
                                   u"<form"_s, u"<input"_s, u"alert"_s})
            QVERIFY2(!article.body.contains(bad, Qt::CaseInsensitive), qPrintable(article.body));
        QVERIFY(article.body.contains(u"链接"_s));
        QVERIFY(article.body.contains(u"最后一段正文"_s));
        QVERIFY(report.entries.first().notes.join(u' ').contains(u"Removed"_s));
    }

    void cancel_keepsWhatWasImported_andImportingAgainContinues()
    {
        QTemporaryDir source;
        for (int i = 0; i < 12; ++i)
            writeFile(source.filePath(u"batch/%1.txt"_s.arg(i, 2, 10, QChar(u'0'))),
                      u"第%1篇\n\n正文。\n"_s.arg(i).toUtf8());
        ImportRun::Options options;
        options.paths = {source.path()};
        options.batchSize = 2;
        ImportRun importRun(*m_library, m_editor, options);
        connect(&importRun, &ImportRun::progress, &importRun, [&importRun](int done) {
            if (done == 3)
                importRun.cancel();
        });
        QSignalSpy finished(&importRun, &ImportRun::finished);
        importRun.start();
        QVERIFY(finished.wait(20000));
        const ImportReport &report = importRun.report();
        QVERIFY(report.cancelled);
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 3);
        QVERIFY(report.summary().contains(u"continues"_s));

        const ImportReport rest = run(m_editor, {source.path()});
        QCOMPARE(rest.count(ImportReport::Outcome::Unchanged), 3);
        QCOMPARE(rest.count(ImportReport::Outcome::Imported), 9);
    }

    void submit_submitsTheImportedArticles()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"submit.txt"_s), "送审的稿件\n\n正文。\n");
        ImportRun::Options options;
        options.write.submit = true;
        const ImportReport report = run(m_editor, {source.path()}, options);
        const Article article = m_library->articles().byId(report.entries.first().articleId).value();
        QCOMPARE(article.status, ArticleStatus::Submitted);
    }

    void archive_isImportedFromItsEntries()
    {
        QTemporaryDir source;
        writeFile(source.filePath(u"pages/zipped.txt"_s), "压缩包里的稿件\n\n正文。\n");
        const QString archive = source.filePath(u"pages.tar.gz"_s);
        QCOMPARE(QProcess::execute(u"tar"_s, {u"-czf"_s, archive, u"-C"_s, source.path(),
                                              u"pages"_s}),
                 0);
        const ImportReport report = run(m_editor, {archive});
        QCOMPARE(report.count(ImportReport::Outcome::Imported), 1);
        QCOMPARE(report.entries.first().item, archive + u"!pages/zipped.txt"_s);
        const ImportReport again = run(m_editor, {archive});
        QCOMPARE(again.count(ImportReport::Outcome::Unchanged), 1);
    }

private:
    ImportReport run(const User &user, const QStringList &paths, ImportRun::Options options = {})
    {
        options.paths = paths;
        Result<ImportReport> report = ImportRun::runToEnd(*m_library, user, options);
        if (!report) {
            QTest::qFail(qPrintable(report.error().message()), __FILE__, __LINE__);
            return {};
        }
        return report.value();
    }

    qint64 channelId(const QString &slugPath)
    {
        qint64 parent = 0;
        const QList<Channel> all = m_library->channels().all().value();
        for (const Channel &channel : all) {
            if (channel.isRoot())
                parent = channel.id;
        }
        for (const QString &slug : slugPath.split(u'/')) {
            qint64 next = 0;
            for (const Channel &channel : all) {
                if (channel.parentId == parent && channel.slug == slug)
                    next = channel.id;
            }
            parent = next;
        }
        return parent;
    }

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Library> m_library;
    User m_editor;
    User m_chief;
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
