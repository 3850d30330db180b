// The site-wide files of an export (SiteFiles): feeds, sitemap, robots.txt and the search
// index for a site of ARTICLES generated live articles (titles, summaries and tags of demo
// size, spread over a channel tree like the demo's). Prints a Markdown table of the median of
// RUNS runs of each; run through `make bench`.
//
//   bench_sitefiles [ARTICLES] [RUNS] [--out DIR]     defaults: 10000 articles, 9 runs
//
// With --out, the files are also written to DIR (to look at them; not measured).

#include "export/sitefiles.h"
#include "render/sitedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
std::shared_ptr<const SiteData> generatedSite(int articles)
{
    SiteSettings settings;
    settings.name = u"老辰光"_s;
    settings.baseUrl = u"https://www.laochenguang.example/"_s;
    settings.language = u"zh-CN"_s;
    QList<Channel> channels;
    Channel root;
    root.id = 1;
    root.name = u"首页"_s;
    channels.append(root);
    // Six top-level channels with three sub-channels each.
    for (int top = 0; top < 6; ++top) {
        Channel c;
        c.id = 10 + top;
        c.parentId = 1;
        c.slug = u"top%1"_s.arg(top);
        c.name = u"栏目%1"_s.arg(top);
        channels.append(c);
        for (int sub = 0; sub < 3; ++sub) {
            Channel s;
            s.id = 100 + top * 10 + sub;
            s.parentId = c.id;
            s.slug = u"sub%1"_s.arg(sub);
            s.name = u"子栏目%1-%2"_s.arg(top).arg(sub);
            channels.append(s);
        }
    }
    QList<SiteArticle> list;
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 1; i <= articles; ++i) {
        SiteArticle a;
        a.id = i;
        a.channelId = 100 + (i % 6) * 10 + (i % 3);
        a.title = u"第%1条:东西部扶贫协作推动乡村振兴再上新台阶"_s.arg(i);
        a.summary =
                u"东西部扶贫协作和对口支援,是推动区域协调发展、协同发展、共同发展的大战略,"
                "是加强区域合作、优化产业布局、拓展对内对外开放新空间的大布局。第%1条。"_s.arg(i);
        a.tags = QStringList {u"扶贫"_s, u"标签%1"_s.arg(i % 200)};
        a.publishAt = start.addSecs(qint64(i) * 900);
        a.updatedAt = a.publishAt.addSecs(i % 2 ? 60 : -60);
        list.append(a);
    }
    SiteData::Options options;
    options.asOf = start.addYears(10);
    return SiteData::build(settings, {}, channels, std::move(list), {}, options);
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median wall and CPU time: on a shared machine the CPU time says what the work costs.
std::pair<double, double> medianMs(int runs, const std::function<qsizetype()> &work,
                                   qsizetype &bytes)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        bytes = work();
        cpu.append(threadCpuMs() - cpuStart);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

qsizetype total(const QList<BundleFile> &files)
{
    qsizetype bytes = 0;
    for (const BundleFile &file : files)
        bytes += file.bytes.size();
    return bytes;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    QString out;
    if (const qsizetype at = args.indexOf(u"--out"_s); at >= 0 && at + 1 < args.size()) {
        out = args.at(at + 1);
        args.remove(at, 2);
    }
    const int articles = args.size() > 1 ? args.at(1).toInt() : 10'000;
    const int runs = std::max(1, args.size() > 2 ? args.at(2).toInt() : 9);
    const std::shared_ptr<const SiteData> site = generatedSite(articles);

    std::printf("| site files, %d articles (median of %d) | time | CPU time | size |\n"
                "|---|---|---|---|\n",
                articles, runs);
    const auto report = [&](const char *what, const std::function<qsizetype()> &work) {
        qsizetype bytes = 0;
        const auto [wall, cpu] = medianMs(runs, work, bytes);
        std::printf("| %s | %.2f ms | %.2f ms | %.0f KB |\n", what, wall, cpu,
                    double(bytes) / 1024);
    };
    report("feeds (site + 24 channels)", [&] { return total(SiteFiles::feeds(*site)); });
    report("sitemap", [&] { return total(SiteFiles::sitemaps(*site)); });
    report("robots.txt", [&] { return SiteFiles::robots(*site).bytes.size(); });
    report("search index", [&] { return SiteFiles::searchIndex(*site).bytes.size(); });
    if (!out.isEmpty()) {
        QList<BundleFile> files = SiteFiles::feeds(*site);
        files += SiteFiles::sitemaps(*site);
        files += {SiteFiles::robots(*site), SiteFiles::searchIndex(*site)};
        for (const BundleFile &file : std::as_const(files)) {
            const QString path = QDir(out).filePath(file.path);
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(file.bytes) != file.bytes.size()) {
                std::fprintf(stderr, "bench_sitefiles: cannot write %s\n", qPrintable(path));
                return 1;
            }
        }
    }
    return 0;
}
