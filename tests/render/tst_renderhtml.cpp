// The default theme's pages are valid HTML: the Nu HTML Checker (npm vnu-jar, run with Java)
// checks every kind of page of the fixture library. Skipped, saying why, when Java or the jar
// is missing (`make test` installs both: default-jre-headless and `npm ci`).

#include "render/renderer.h"
#include "render/sitedata.h"
#include "renderfixture.h"
#include "storage/library.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsdesk;
using Newsdesk::Test::RenderFixture;

class TestRenderHtml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultTheme_pagesAreValidHtml()
    {
        const QString java = QStandardPaths::findExecutable(u"java"_s);
        const QString jar =
                QStringLiteral(NEWSDESK_SOURCE_DIR) + u"/node_modules/vnu-jar/build/dist/vnu.jar"_s;
        if (java.isEmpty())
            QSKIP("java is not installed (Debian package default-jre-headless)");
        if (!QFile::exists(jar))
            QSKIP(qPrintable(u"%1 is missing: run `npm ci` in the source folder"_s.arg(jar)));

        QTemporaryDir dir;
        const RenderFixture fixture = RenderFixture::create(dir);
        std::unique_ptr<Library> library = Test::openLibrary(fixture.path);
        QVERIFY(library);
        SiteData::Options options;
        options.asOf = RenderFixture::AsOf;
        Renderer renderer(Theme::loadDefault().value(), SiteData::load(*library, options).value());

        QList<RenderedPage> pages;
        for (qint64 id : {fixture.referenceId, fixture.multiPageId, fixture.headlineId}) {
            const Article a = library->articles().byId(id).value();
            for (int n = 1; n <= Renderer::articlePageCount(a); ++n)
                pages.append(renderer.articlePage(a, n).value());
        }
        pages.append(renderer.channelIndex(fixture.hotChannelId).value());
        pages.append(renderer.channelPage(fixture.hotChannelId, 2).value());
        pages.append(renderer.homePage().value());
        pages.append(renderer.tagIndex(u"扶贫"_s).value());
        pages.append(renderer.notFoundPage().value());
        pages.append(renderer.searchPage().value());
        pages.append({u"error.html"_s, Renderer::errorPage(Error(Error::Kind::Invalid, u"<x>"_s))});

        QStringList files;
        const QDir out(dir.filePath(u"site"_s));
        for (const RenderedPage &page : std::as_const(pages)) {
            const QString path = out.filePath(page.path);
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(page.html);
            files.append(path);
        }

        QProcess vnu;
        vnu.setProcessChannelMode(QProcess::MergedChannels);
        vnu.start(java, QStringList {u"-jar"_s, jar, u"--errors-only"_s} + files);
        QVERIFY(vnu.waitForFinished(240'000));
        const QString report = QString::fromUtf8(vnu.readAll());
        QVERIFY2(vnu.exitStatus() == QProcess::NormalExit && vnu.exitCode() == 0,
                 qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestRenderHtml)
#include "tst_renderhtml.moc"
