// The site bundle as readers get it: the demo newsroom exported with the built `newsdesk`
// binary (`init --demo --articles 60`, then `export` to a folder and to a .zip), then checked
// with the tools a web developer would use. Every page passes the Nu HTML Checker; the feeds
// and the sitemap are well-formed and point at pages of the bundle; no internal link, image
// or script is broken; served by a plain static server on a loopback port, the home, channel,
// article, tag, search and 404 pages open in headless Chromium (playwright-core driving
// Debian's chromium) without a console error or a failed request, with screenshots kept in
// the build folder (tests/export-artifacts/); the .zip holds the folder's files.
//
// Checks needing an absent tool (Java and the vnu jar, node, chromium, playwright-core) are
// skipped saying which; `make test` installs them all.

#include "bundlelinks.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "staticfileserver.h"
#include "storage/library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace Newsdesk;
namespace BundleLinks = Newsdesk::Test::BundleLinks;

namespace {
// Under a folder, as a newsroom that publishes below its domain's root would.
const QString BaseUrl = u"https://example.org/news/"_s;
const QString SitePath = u"/news/"_s;

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 240'000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        return {-1, u"%1 did not finish: %2"_s.arg(program, process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The entries of a .zip that are files, by libarchive, or an error message.
std::pair<QStringList, QString> zipEntries(const QString &path)
{
    archive *zip = archive_read_new();
    archive_read_support_format_zip(zip);
    QStringList entries;
    QString error;
    if (archive_read_open_filename(zip, QFile::encodeName(path).constData(), 64 * 1024)
        != ARCHIVE_OK) {
        error = QString::fromUtf8(archive_error_string(zip));
    } else {
        archive_entry *entry = nullptr;
        int status = ARCHIVE_OK;
        while ((status = archive_read_next_header(zip, &entry)) == ARCHIVE_OK) {
            if (archive_entry_filetype(entry) == AE_IFREG)
                entries.append(QString::fromUtf8(archive_entry_pathname_utf8(entry)));
            archive_read_data_skip(zip);
        }
        if (status != ARCHIVE_EOF)
            error = QString::fromUtf8(archive_error_string(zip));
    }
    archive_read_free(zip);
    entries.sort();
    return {entries, error};
}

// Reads a feed or sitemap; returns the URLs it lists (item links, sitemap locations) and
// sets error on the first problem.
QStringList readXml(const QString &path, const QStringList &roots, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList urls;
    QString document;
    QStringList open;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (document.isEmpty())
                document = xml.name().toString();
            open.append(xml.name().toString());
            const QString parent = open.size() > 1 ? open.at(open.size() - 2) : QString();
            if ((xml.name() == u"link"_s && parent == u"item"_s) || xml.name() == u"loc"_s) {
                urls.append(xml.readElementText()); // reads past the end element
                open.removeLast();
            }
        } else if (xml.isEndElement()) {
            open.removeLast();
        }
    }
    if (xml.hasError())
        *error = u"%1 line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    else if (!roots.contains(document))
        *error = u"%1: the document element is <%2>, not <%3>"_s.arg(path, document,
                                                                     roots.join(u"> or <"_s));
    return urls;
}
} // namespace

class TestBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"demo.newsdesk"_s);
        m_bundle = m_dir.filePath(u"site"_s);
        m_zip = m_dir.filePath(u"site.zip"_s);
        const QString newsdesk = QStringLiteral(NEWSDESK_BINARY);
        Run made =
                run(newsdesk,
                    {u"init"_s, u"--library"_s, m_library, u"--demo"_s, u"--articles"_s, u"60"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.output));
        Run exported = run(newsdesk,
                           {u"export"_s, u"--library"_s, m_library, u"--out"_s, m_bundle,
                            u"--base-url"_s, BaseUrl});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.output));
        Run zipped = run(newsdesk,
                         {u"export"_s, u"--library"_s, m_library, u"--out"_s, m_zip,
                          u"--base-url"_s, BaseUrl});
        QVERIFY2(zipped.exitCode == 0, qPrintable(zipped.output));
        m_files = filesUnder(m_bundle);
        QVERIFY(m_files.contains(SitePaths::HomePage));
        QVERIFY(m_files.contains(SitePaths::NotFoundPage));
    }

    void pages_passTheNuHtmlChecker()
    {
        const QString java = QStandardPaths::findExecutable(u"java"_s);
        const QString jar =
                QStringLiteral(NEWSDESK_SOURCE_DIR) + u"/node_modules/vnu-jar/build/dist/vnu.jar"_s;
        if (java.isEmpty())
            QSKIP("java is not installed (Debian package default-jre-headless)");
        if (!QFile::exists(jar))
            QSKIP(qPrintable(u"%1 is missing: run `npm ci` in the source folder"_s.arg(jar)));
        const Run vnu =
                run(java, {u"-jar"_s, jar, u"--errors-only"_s, u"--skip-non-html"_s, m_bundle});
        QVERIFY2(vnu.exitCode == 0, qPrintable(vnu.output.left(20'000)));
    }

    void feedsAndSitemap_areWellFormedAndPointIntoTheBundle()
    {
        QStringList feeds;
        for (const QString &file : std::as_const(m_files)) {
            if (file == u"rss.xml"_s || file.endsWith(u"/rss.xml"_s))
                feeds.append(file);
        }
        QVERIFY2(feeds.contains(u"rss.xml"_s), "the site's feed rss.xml is missing");
        QVERIFY2(feeds.size() > 1, "no channel has a feed (*/rss.xml)");
        QVERIFY2(m_files.contains(u"sitemap.xml"_s), "sitemap.xml is missing");

        QStringList problems;
        const auto check = [&](const QString &file, const QStringList &documentElements) {
            QString error;
            const QStringList urls =
                    readXml(QDir(m_bundle).filePath(file), documentElements, &error);
            if (!error.isEmpty())
                problems.append(error);
            else if (urls.isEmpty())
                problems.append(file + u" lists nothing"_s);
            for (const QString &url : urls) {
                if (!url.startsWith(BaseUrl))
                    problems.append(u"%1: %2 is not under the base URL"_s.arg(file, url));
                else if (BundleLinks::resolve(m_bundle, {}, url.mid(BaseUrl.size())).isEmpty())
                    problems.append(u"%1: %2 is not in the bundle"_s.arg(file, url));
            }
        };
        for (const QString &feed : std::as_const(feeds))
            check(feed, {u"rss"_s});
        // A large site's sitemap is an index of numbered parts (sitemap-1.xml ...).
        check(u"sitemap.xml"_s, {u"urlset"_s, u"sitemapindex"_s});
        static const QRegularExpression part(u"^sitemap-\\d+\\.xml$"_s);
        for (const QString &file : std::as_const(m_files)) {
            if (part.match(file).hasMatch())
                check(file, {u"urlset"_s});
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void internalLinks_allResolve()
    {
        QStringList broken;
        int pages = 0, links = 0;
        for (const QString &file : std::as_const(m_files)) {
            if (!file.endsWith(u".html"_s))
                continue;
            ++pages;
            const BundleLinks::Page page = BundleLinks::read(m_bundle, file);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            for (const QString &link : page.links) {
                if (BundleLinks::isExternal(link))
                    continue;
                ++links;
                if (BundleLinks::resolve(m_bundle, file, link, SitePath).isEmpty())
                    broken.append(u"%1: %2"_s.arg(file, link));
            }
        }
        qInfo("%d pages, %d internal links, %lld broken", pages, links, qint64(broken.size()));
        QVERIFY(pages > 60);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 30).join(u'\n')));
    }

    void servedBundle_opensInChromiumWithoutErrors()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const QString chromium = u"/usr/bin/chromium"_s;
        const QString source = QStringLiteral(NEWSDESK_SOURCE_DIR);
        if (node.isEmpty())
            QSKIP("node is not installed (Debian package nodejs)");
        if (!QFile::exists(chromium))
            QSKIP("/usr/bin/chromium is missing (Debian package chromium)");
        if (!QFile::exists(source + u"/node_modules/playwright-core/package.json"_s))
            QSKIP("node_modules/playwright-core is missing: run `npm ci` in the source folder");

        Test::StaticFileServer server(m_bundle, SitePath);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        const QStringList pages = samplePages();
        QVERIFY(!QTest::currentTestFailed());
        QStringList arguments {source + u"/tests/export/browser-check.mjs"_s, u"--screenshot"_s,
                               QStringLiteral(NEWSDESK_ARTIFACTS_DIR)};
        for (const QString &page : pages)
            arguments.append(server.url().resolved(QUrl(page)).toString(QUrl::FullyEncoded));
        arguments << u"--search"_s
                  << server.url().resolved(QUrl(searchPage())).toString(QUrl::FullyEncoded)
                        + u"?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"扶贫"_s));
        arguments
                << u"--not-found"_s
                << server.url().resolved(QUrl(u"no/such/page.html"_s)).toString(QUrl::FullyEncoded);
        QDir(QStringLiteral(NEWSDESK_ARTIFACTS_DIR)).removeRecursively();

        // The server answers from this thread's event loop: wait with one running.
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&browser, &QProcess::finished);
        browser.start(node, arguments);
        QVERIFY2(browser.waitForStarted(), qPrintable(browser.errorString()));
        QVERIFY2(finished.wait(240'000), "the browser check did not finish in 4 minutes");
        const QString report = QString::fromUtf8(browser.readAll());
        qInfo("%s", qPrintable(report.trimmed()));
        QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
                 qPrintable(report + u"\nrequests:\n"_s + server.log().join(u'\n')));
    }

    void zip_holdsTheFolderFiles()
    {
        const auto [entries, error] = zipEntries(m_zip);
        QVERIFY2(error.isEmpty(), qPrintable(u"%1: %2"_s.arg(m_zip, error)));
        QStringList missing, extra;
        for (const QString &file : std::as_const(m_files)) {
            if (!entries.contains(file))
                missing.append(file);
        }
        for (const QString &entry : entries) {
            if (!m_files.contains(entry))
                extra.append(entry);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in the .zip: "_s + missing.mid(0, 20).join(u", "_s)));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(u"only in the .zip: "_s + extra.mid(0, 20).join(u", "_s)));
    }

private:
    // The home page, the reference article's channel, the reference article (一年来,习近平
    // 推动东西扶贫协作再上新台阶) and its first tag, found as the exporter placed them.
    QStringList samplePages()
    {
        Result<std::unique_ptr<Library>> library = Library::open(m_library);
        if (!library) {
            QTest::qFail(qPrintable(library.error().message()), __FILE__, __LINE__);
            return {};
        }
        Result<std::shared_ptr<const SiteData>> loaded = SiteData::load(*library.value());
        if (!loaded) {
            QTest::qFail(qPrintable(loaded.error().message()), __FILE__, __LINE__);
            return {};
        }
        const SiteData &site = *loaded.value();
        int reference = -1;
        for (int i = 0; i < site.articles().size(); ++i) {
            if (site.articles().at(i).title.startsWith(u"一年来,习近平推动"_s))
                reference = i;
        }
        if (reference < 0) {
            QTest::qFail("the reference article is not live in the demo library", __FILE__,
                         __LINE__);
            return {};
        }
        const SiteArticle &article = site.articles().at(reference);
        QStringList pages {u"./"_s, site.channel(article.channelId)->indexPage,
                           site.pathOf(reference)};
        if (!article.tags.isEmpty())
            pages.append(SitePaths::tagIndex(site.tag(article.tags.first())->slug));
        for (const QString &page : std::as_const(pages)) {
            if (page != u"./"_s && !m_files.contains(page))
                QTest::qFail(qPrintable(page + u" is not in the bundle"_s), __FILE__, __LINE__);
        }
        return pages;
    }

    QString searchPage() const { return u"search.html"_s; }

    QTemporaryDir m_dir;
    QString m_library;
    QString m_bundle;
    QString m_zip;
    QStringList m_files;
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
