// The exporter: a golden bundle of the fixed render library, determinism, what is published,
// atomicity under a forced write failure and a cancel, incremental == full, refused targets,
// and the .zip. Regenerate the golden manifest after an intended change with
//   NEWSDESK_UPDATE_GOLDENS=1 ctest -R tst_exporter

#include "export/exporter.h"
#include "export/manifest.h"
#include "export/ziparchive.h"
#include "renderfixture.h"
#include "demo/demonewsroom.h"
#include "workflow/articlebatch.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace Newsdesk;
using Newsdesk::Test::RenderFixture;

namespace {
const QString BaseUrl = u"https://news.example.com/"_s;

// Every file under root (hidden ones too) with the SHA-256 of its bytes.
std::map<QString, QByteArray> tree(const QString &root)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.emplace(path.mid(root.size() + 1),
                          QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

std::map<QString, QByteArray> zipTree(const QString &zip)
{
    std::map<QString, QByteArray> files;
    Result<std::unique_ptr<ZipReader>> reader = ZipReader::open(zip);
    if (!reader)
        return files;
    QString path;
    QByteArray bytes;
    while (true) {
        Result<bool> more = reader.value()->next(&path, &bytes);
        if (!more || !more.value())
            break;
        files.emplace(path, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    return files;
}

// Hidden folders the exporter left beside a target.
QStringList leftovers(const QString &folder)
{
    QStringList hidden;
    for (const QString &name :
         QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.startsWith(u'.') && name.contains(u".newsdesk-"_s))
            hidden.append(name);
    }
    return hidden;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ExportOptions options(const QString &target, bool incremental = false)
{
    ExportOptions o;
    o.target = target;
    o.incremental = incremental;
    o.asOf = RenderFixture::AsOf;
    o.baseUrl = BaseUrl;
    return o;
}

QString describe(const Result<ExportSummary> &result)
{
    return result ? u"ok"_s : result.error().message();
}
} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RenderFixture m_fixture;
    std::unique_ptr<Library> m_library;

    User chief() const
    {
        return m_library->users().byName(DemoNewsroom::ChiefEditor).value();
    }

    ExportSummary exportTo(const ExportOptions &o)
    {
        Result<ExportSummary> result = Exporter::run(*m_library, o);
        if (!result) {
            QTest::qFail(qPrintable(result.error().message()), __FILE__, __LINE__);
            return {};
        }
        return result.value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_fixture = RenderFixture::create(m_dir);
        m_library = Test::openLibrary(m_fixture.path);
        QVERIFY(m_library);
    }

    void cleanup() { m_library.reset(); }

    void goldenBundle()
    {
        const QString out = m_dir.filePath(u"site"_s);
        const ExportSummary summary = exportTo(options(out));
        QCOMPARE(summary.incremental, false);
        QVERIFY(summary.written > 20);
        QCOMPARE(summary.unchanged, 0);
        QVERIFY2(summary.warnings.isEmpty(), qPrintable(summary.warnings.join(u'\n')));

        // The manifest lists exactly the files of the bundle, with their SHA-256 and size.
        const QByteArray json = readFile(out + u"/manifest.json"_s);
        Result<Manifest> manifest = Manifest::fromJson(json, u"manifest.json"_s);
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message()));
        std::map<QString, QByteArray> files = tree(out);
        QCOMPARE(files.erase(u"manifest.json"_s), size_t(1));
        QCOMPARE(files.size(), manifest.value().files.size());
        for (const auto &[path, file] : manifest.value().files) {
            QVERIFY2(files.count(path), qPrintable(path));
            QCOMPARE(files.at(path).toHex(), file.sha256.toLatin1());
            QCOMPARE(QFileInfo(out + u'/' + path).size(), file.size);
        }
        // The pages a portal needs are there.
        for (const QString &path : {u"index.html"_s, u"404.html"_s, u"zixun/redian/index.html"_s,
                                    u"zixun/redian/list_1.html"_s, u"theme/style.css"_s}) {
            QVERIFY2(files.count(path), qPrintable(path));
        }
        // The reference article's page names the chief editor and its photo is in the bundle.
        const auto &articles = manifest.value().articles;
        QVERIFY(articles.contains(m_fixture.referenceId));
        const QString reference = articles.value(m_fixture.referenceId).pages.first();
        QVERIFY(QString::fromUtf8(readFile(out + u'/' + reference)).contains(u"责任编辑"_s));
        QCOMPARE(articles.value(m_fixture.multiPageId).pages.size(), 3);
        for (qint64 media : articles.value(m_fixture.multiPageId).media) {
            Result<Media> m = m_library->media().byId(media);
            QVERIFY(m);
            QVERIFY(files.count(
                    u"media/%1/%2.jpg"_s.arg(m.value().sha256.left(2), m.value().sha256)));
        }
        // Drafts never reach the bundle.
        QVERIFY(!articles.contains(m_fixture.draftId));

        const QString golden = QStringLiteral(NEWSDESK_TEST_DATA) + u"/export/manifest.json"_s;
        if (qEnvironmentVariableIsSet("NEWSDESK_UPDATE_GOLDENS")) {
            QFile file(golden);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        QCOMPARE(QString::fromUtf8(json), QString::fromUtf8(readFile(golden)));
    }

    void deterministic()
    {
        const QString a = m_dir.filePath(u"a"_s), b = m_dir.filePath(u"b"_s);
        ExportOptions first = options(a);
        first.markPublished = false;
        first.threads = 1;
        ExportOptions second = options(b);
        second.markPublished = false;
        second.threads = 4;
        exportTo(first);
        exportTo(second);
        QCOMPARE(tree(a), tree(b));
        const QString zipA = m_dir.filePath(u"a.zip"_s), zipB = m_dir.filePath(u"b.zip"_s);
        ExportOptions zipFirst = options(zipA), zipSecond = options(zipB);
        zipFirst.markPublished = zipSecond.markPublished = false;
        exportTo(zipFirst);
        exportTo(zipSecond);
        QCOMPARE(readFile(zipA), readFile(zipB));
        // The zip holds what the folder holds.
        QCOMPARE(zipTree(zipA), tree(a));
    }

    void publishesApprovedArticlesAndWithdrawsNotices()
    {
        // One article waits approved, one was withdrawn.
        Result<Article> approved = m_library->articles().byId(m_fixture.headlineId);
        QVERIFY(approved);
        approved.value().status = ArticleStatus::Approved;
        QVERIFY(RenderFixture::saveApproved(*m_library, approved.value()));
        Result<Article> withdrawn = m_library->articles().byId(m_fixture.multiPageId);
        QVERIFY(withdrawn);
        withdrawn.value().status = ArticleStatus::Withdrawn;
        QVERIFY(RenderFixture::saveApproved(*m_library, withdrawn.value()));

        const QString out = m_dir.filePath(u"site"_s);
        const ExportSummary summary = exportTo(options(out));
        QCOMPARE(summary.published, QList<qint64> {m_fixture.headlineId});
        Result<Article> now = m_library->articles().byId(m_fixture.headlineId);
        QVERIFY(now);
        QCOMPARE(now.value().status, ArticleStatus::Published);
        QCOMPARE(now.value().version, approved.value().version + 2);
        Result<QList<AuditEntry>> audit = m_library->history().auditFor(m_fixture.headlineId);
        QVERIFY(audit);
        QCOMPARE(audit.value().constLast().action, u"publish"_s);
        QVERIFY(audit.value().constLast().detail.contains(out));

        // The withdrawn article's URL keeps a short notice, no longer its text.
        Result<Manifest> manifest =
                Manifest::fromJson(readFile(out + u"/manifest.json"_s), u"manifest"_s);
        QVERIFY(manifest);
        QVERIFY(!manifest.value().articles.contains(m_fixture.multiPageId));
        bool found = false;
        for (const auto &[path, file] : manifest.value().files) {
            const QString html = QString::fromUtf8(readFile(out + u'/' + path));
            if (html.contains(u"page-withdrawn"_s)) {
                found = true;
                QVERIFY(html.contains(u"本文已撤稿"_s));
                QVERIFY(html.contains(u"三页长文"_s));
                QVERIFY(!html.contains(u"第一页的正文"_s));
                QVERIFY(html.contains(u"<meta name=\"robots\" content=\"noindex"_s));
            }
        }
        QVERIFY(found);

        // The next incremental export finds the published article unchanged.
        const ExportSummary again = exportTo(options(out, true));
        QVERIFY(again.incremental);
        QCOMPARE(again.written, 0);
        QCOMPARE(again.removed, 0);
        QVERIFY(again.published.isEmpty());
    }

    void failedWriteLeavesThePreviousBundle_data()
    {
        QTest::addColumn<bool>("zip");
        QTest::addColumn<bool>("incremental");
        QTest::newRow("folder, full") << false << false;
        QTest::newRow("folder, incremental") << false << true;
        QTest::newRow("zip, full") << true << false;
        QTest::newRow("zip, incremental") << true << true;
    }

    void failedWriteLeavesThePreviousBundle()
    {
        QFETCH(bool, zip);
        QFETCH(bool, incremental);
        const QString out = m_dir.filePath(zip ? u"site.zip"_s : u"site"_s);
        exportTo(options(out));
        const auto before =
                zip ? std::map<QString, QByteArray> {{u""_s, readFile(out)}} : tree(out);
        // Something changes, so the incremental export has pages to write.
        QVERIFY(RenderFixture::publishOneMore(*m_library, m_fixture));

        std::atomic_int writes {0};
        ExportOptions failing = options(out, incremental);
        failing.beforeWrite = [&](const QString &path) -> Status {
            if (writes.fetch_add(1) == 3)
                return Error(Error::Kind::Io,
                             u"Cannot write %1: No space left on device."_s.arg(path));
            return {};
        };
        Result<ExportSummary> result = Exporter::run(*m_library, failing);
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(u"No space left on device"_s),
                 qPrintable(result.error().message()));
        const auto after = zip ? std::map<QString, QByteArray> {{u""_s, readFile(out)}} : tree(out);
        QVERIFY(before == after);
        QCOMPARE(leftovers(m_dir.path()), QStringList());
        // Nothing was marked published either: the new article is still as it was saved.
        QVERIFY(exportTo(options(out, incremental)).written > 0);
    }

    void cancelLeavesThePreviousBundle()
    {
        const QString out = m_dir.filePath(u"site"_s);
        exportTo(options(out));
        const auto before = tree(out);
        std::atomic_bool cancel {false};
        int calls = 0;
        Result<ExportSummary> result = Exporter::run(
                *m_library, options(out),
                [&](const ExportProgress &p) {
                    if (p.phase == ExportProgress::Phase::Rendering && ++calls == 2)
                        cancel = true;
                },
                &cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Cancelled);
        QVERIFY(before == tree(out));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void incrementalEqualsFull()
    {
        const QString incremental = m_dir.filePath(u"incremental"_s);
        const QString full = m_dir.filePath(u"full"_s);
        ExportOptions first = options(incremental);
        exportTo(first);

        // Edit an article's title and tags, publish a new one, move one to the trash.
        Result<Article> edited = m_library->articles().byId(m_fixture.referenceId);
        QVERIFY(edited);
        edited.value().title += u"(更新)"_s;
        edited.value().tags.append(u"新标签"_s);
        QVERIFY(RenderFixture::saveApproved(*m_library, edited.value()));
        QVERIFY(RenderFixture::publishOneMore(*m_library, m_fixture));
        ArticleBatch batch(m_library->database(), chief());
        QVERIFY(batch.moveToTrash({m_fixture.headlineId}));

        const ExportSummary summary = exportTo(options(incremental, true));
        QVERIFY(summary.incremental);
        QVERIFY(summary.written > 0);
        QVERIFY(summary.removed > 0); // the trashed article's pages
        exportTo(options(full));
        QCOMPARE(tree(incremental), tree(full));

        // Nothing changed since: nothing is written.
        const ExportSummary again = exportTo(options(incremental, true));
        QCOMPARE(again.written, 0);
        QCOMPARE(again.removed, 0);
        QCOMPARE(tree(incremental), tree(full));

        // The same through a zip.
        const QString zip = m_dir.filePath(u"site.zip"_s);
        exportTo(options(zip));
        QVERIFY(RenderFixture::publishOneMore(*m_library, m_fixture));
        QVERIFY(exportTo(options(zip, true)).written > 0);
        exportTo(options(full));
        QCOMPARE(zipTree(zip), tree(full));
    }

    void incrementalRewritesOnlyWhatChanged()
    {
        const QString out = m_dir.filePath(u"site"_s);
        const ExportSummary first = exportTo(options(out));
        // A change to the second page of a three-page article: only that page differs (its
        // other pages are rendered again, and found unchanged).
        Result<Article> paged = m_library->articles().byId(m_fixture.multiPageId);
        QVERIFY(paged);
        paged.value().body.replace(u"第二页的正文。"_s, u"第二页的正文,改过了。"_s);
        QVERIFY(RenderFixture::saveApproved(*m_library, paged.value()));
        const QByteArray page1 =
                readFile(out + u'/'
                         + Manifest::fromJson(readFile(out + u"/manifest.json"_s), u"m"_s)
                                   .value()
                                   .articles.value(m_fixture.multiPageId)
                                   .pages.first());
        const ExportSummary summary = exportTo(options(out, true));
        QCOMPARE(summary.written, 2); // the page, and sitemap.xml with the article's lastmod
        QCOMPARE(summary.removed, 0);
        QCOMPARE(summary.unchanged, first.files - 3); // all but those and the manifest
        Result<Manifest> manifest =
                Manifest::fromJson(readFile(out + u"/manifest.json"_s), u"manifest"_s);
        QVERIFY(manifest);
        const QStringList pages = manifest.value().articles.value(m_fixture.multiPageId).pages;
        QCOMPARE(readFile(out + u'/' + pages.first()), page1);
        QVERIFY(QString::fromUtf8(readFile(out + u'/' + pages.at(1))).contains(u"改过了"_s));
    }

    void refusesTargetsItMustNotReplace()
    {
        // A folder with other files in it is never replaced.
        const QString foreign = m_dir.filePath(u"documents"_s);
        QDir().mkpath(foreign);
        QFile note(foreign + u"/notes.txt"_s);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        Result<ExportSummary> result = Exporter::run(*m_library, options(foreign));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::AlreadyExists);
        QVERIFY2(result.error().message().contains(foreign), qPrintable(describe(result)));
        QCOMPARE(readFile(foreign + u"/notes.txt"_s), QByteArray("keep me"));

        // A file that is not a .zip.
        result = Exporter::run(*m_library, options(foreign + u"/notes.txt"_s));
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(u"notes.txt"_s), qPrintable(describe(result)));

        // A folder whose parent does not exist.
        const QString nowhere = m_dir.filePath(u"no/such/folder/site"_s);
        result = Exporter::run(*m_library, options(nowhere));
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(m_dir.filePath(u"no/such/folder"_s)),
                 qPrintable(describe(result)));
        QCOMPARE(leftovers(m_dir.path()), QStringList());
    }

    void warnsWithoutBaseUrl()
    {
        ExportOptions o = options(m_dir.filePath(u"site"_s));
        o.baseUrl.clear();
        Result<SiteSettings> settings = m_library->site().settings();
        QVERIFY(settings);
        settings.value().baseUrl.clear();
        QVERIFY(m_library->site().setSettings(settings.value()));
        const ExportSummary summary = exportTo(o);
        QCOMPARE(summary.warnings.size(), 1);
        QVERIFY(summary.warnings.first().contains(u"base URL"_s));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
