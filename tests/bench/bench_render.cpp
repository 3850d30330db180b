// Render benchmarks: SiteData for a generated demo library, then every page of the site: each
// page of every live article, every channel and tag list page, the home page. Prints a
// Markdown table; run through `make bench`.
//
//   bench_render [ARTICLES] [LIBRARY] [--out DIR]
//
// ARTICLES defaults to 100000. With LIBRARY, the generated library is kept there and reused
// (bench_library's library can be given). With --out, the pages, the theme's assets and the
// media are written to DIR as a site bundle (to look at them; writing is not measured).

#include "demo/demolibrary.h"
#include "render/renderer.h"
#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
void row(const char *what, double value, const char *unit)
{
    std::printf("| %s | %.2f %s |\n", what, value, unit);
}

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

[[noreturn]] void die(const Error &error)
{
    std::fprintf(stderr, "bench_render: %s\n", qPrintable(error.message()));
    std::exit(1);
}

void write(const QString &root, const QString &path, const QByteArray &bytes)
{
    const QString target = QDir(root).filePath(path);
    QDir().mkpath(QFileInfo(target).path());
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        die(Error(Error::Kind::Io, u"cannot write %1"_s.arg(target)));
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// CPU time of the process: what a page costs, whatever else the machine is doing.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString out;
    if (const qsizetype at = args.indexOf(u"--out"_s); at >= 0 && at + 1 < args.size()) {
        out = args.at(at + 1);
        args.remove(at, 2);
    }
    const int articles = !args.isEmpty() ? args.at(0).toInt() : 100000;
    QTemporaryDir temp;
    const QString path =
            args.size() > 1 ? args.at(1) : QDir(temp.path()).filePath(u"bench.newsdesk"_s);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench_render: generating %d demo articles into %s\n", articles,
                     qPrintable(path));
        const Status created = Library::create(path, [&](Library &library) {
            return DemoLibrary::populateDemo(library, articles);
        });
        if (!created)
            die(created.error());
    }
    Result<std::unique_ptr<Library>> opened = Library::open(path);
    if (!opened)
        die(opened.error());
    Library &library = *opened.value();

    std::printf("Render benchmark, library %s (%lld articles)\n\n",
                qPrintable(QFileInfo(path).fileName()), library.articles().count().valueOr(0));
    std::printf("| measure | value |\n|---|---|\n");

    QElapsedTimer timer;
    timer.start();
    Result<Theme> theme = Theme::loadDefault();
    if (!theme)
        die(theme.error());
    row("load and compile the default theme", seconds(timer) * 1000, "ms");

    QList<double> loads, loadsCpu;
    std::shared_ptr<const SiteData> site;
    for (int i = 0; i < 3; ++i) {
        timer.restart();
        const double cpuStart = cpuSeconds();
        Result<std::shared_ptr<const SiteData>> loaded = SiteData::load(library);
        if (!loaded)
            die(loaded.error());
        loads.append(seconds(timer));
        loadsCpu.append(cpuSeconds() - cpuStart);
        site = loaded.value();
    }
    std::sort(loads.begin(), loads.end());
    std::sort(loadsCpu.begin(), loadsCpu.end());
    row("SiteData::load (settings, channels, live index, media, blocks), median of 3",
        loads.at(1) * 1000, "ms");
    row("SiteData::load, CPU time, median of 3", loadsCpu.at(1) * 1000, "ms");
    std::printf("| live articles | %lld |\n", qint64(site->articles().size()));

    Renderer renderer(std::move(theme.value()), site);
    qint64 articlePages = 0, bytes = 0;
    double renderSeconds = 0, renderCpu = 0;
    QList<double> perPage;
    timer.restart();
    const double streamCpuStart = cpuSeconds();
    const Status visited = library.publication().forEachLive(site->asOf(), [&](const Article &a) {
        QElapsedTimer pageTimer;
        pageTimer.start();
        const double cpuStart = cpuSeconds();
        const int count = Renderer::articlePageCount(a);
        for (int n = 1; n <= count; ++n) {
            Result<RenderedPage> page = renderer.articlePage(a, n);
            if (!page)
                return Status(page.error());
            ++articlePages;
            bytes += page.value().html.size();
            if (!out.isEmpty())
                write(out, page.value().path, page.value().html);
        }
        const double s = seconds(pageTimer);
        renderSeconds += s;
        renderCpu += cpuSeconds() - cpuStart;
        perPage.append(s / count);
        return Status();
    });
    if (!visited)
        die(visited.error());
    const double total = seconds(timer);
    const double totalCpu = cpuSeconds() - streamCpuStart;
    std::sort(perPage.begin(), perPage.end());
    std::printf("| article pages rendered | %lld (%.1f MiB) |\n", articlePages,
                double(bytes) / 1048576.0);
    row("article pages: load (streamed) + render, total", total, "s");
    row("article pages per second, load + render", double(articlePages) / total, "/s");
    row("article pages per CPU second, load + render", double(articlePages) / totalCpu, "/s");
    row("article pages per second, render only", double(articlePages) / renderSeconds, "/s");
    row("article pages per CPU second, render only", double(articlePages) / renderCpu, "/s");
    if (!perPage.isEmpty()) {
        row("render one article page, median", perPage.at(perPage.size() / 2) * 1e6, "µs");
        row("render one article page, p99", perPage.at(perPage.size() * 99 / 100) * 1e6, "µs");
    }

    timer.restart();
    const double listCpuStart = cpuSeconds();
    qint64 listPages = 0;
    for (const SiteChannel &channel : site->channels()) {
        for (int n = 0; n <= renderer.channelPageCount(channel.channel.id); ++n) {
            Result<RenderedPage> page = channel.channel.isRoot()
                    ? renderer.homePage()
                    : renderer.channelPage(channel.channel.id, n);
            if (!page)
                die(page.error());
            ++listPages;
            if (!out.isEmpty())
                write(out, page.value().path, page.value().html);
        }
    }
    for (const SiteTag &tag : site->tags()) {
        for (int n = 0; n <= renderer.tagPageCount(tag.name); ++n) {
            Result<RenderedPage> page = renderer.tagPage(tag.name, n);
            if (!page)
                die(page.error());
            ++listPages;
            if (!out.isEmpty())
                write(out, page.value().path, page.value().html);
        }
    }
    const double listSeconds = seconds(timer);
    const double listCpu = cpuSeconds() - listCpuStart;
    std::printf("| home, channel and tag list pages | %lld |\n", listPages);
    row("list pages per second", double(listPages) / listSeconds, "/s");
    row("list pages per CPU second", double(listPages) / listCpu, "/s");
    std::printf("| peak resident memory | %ld MiB |\n", peakRssKb() / 1024);

    if (!out.isEmpty()) {
        write(out, SitePaths::NotFoundPage, renderer.notFoundPage().value().html);
        for (const QString &asset : renderer.theme().assets())
            write(out, SitePaths::ThemeFolder + asset, renderer.theme().asset(asset).value());
        for (qint64 id = 1;; ++id) {
            Result<Media> media = library.media().byId(id);
            if (!media)
                break;
            write(out, SitePaths::media(media.value()), library.media().data(id).value());
        }
        std::fprintf(stderr, "bench_render: wrote the site to %s\n", qPrintable(out));
    }
    return 0;
}
