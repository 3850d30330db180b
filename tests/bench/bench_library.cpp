// Library benchmarks: demo generation, opening, and the foundation's library view queries on
// a large demo library. Prints a Markdown table of medians; run through `make bench`.
//
//   bench_library [ARTICLES] [--keep DIR]
//
// ARTICLES defaults to 100000 (the brief's library size).

#include "demo/demolibrary.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void row(const char *what, double value, const char *unit)
{
    std::printf("| %s | %.1f %s |\n", what, value, unit);
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
    std::fprintf(stderr, "bench_library: %s\n", qPrintable(error.message()));
    std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int articles = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir temp;
    const QString path = QDir(temp.path()).filePath(u"bench.newsdesk"_s);

    std::printf("Library benchmark, %d generated articles\n\n", articles);
    std::printf("| measure | median |\n|---|---|\n");

    QElapsedTimer timer;
    timer.start();
    const Status created = Library::create(
            path, [&](Library &library) { return DemoLibrary::populateDemo(library, articles); });
    if (!created)
        die(created.error());
    const double createSeconds = double(timer.elapsed()) / 1000.0;
    row("init --demo: seconds", createSeconds, "s");
    row("init --demo: articles per second", articles / createSeconds, "/s");
    row("library file size", double(QFileInfo(path).size()) / (1024.0 * 1024.0), "MiB");

    row("open (checks + migrations), 7 runs",
        medianMs(7,
                 [&] {
                     if (!Library::open(path))
                         die(Library::open(path).error());
                 }),
        "ms");

    Result<std::unique_ptr<Library>> opened = Library::open(path);
    if (!opened)
        die(opened.error());
    Library &library = *opened.value();
    row("channel tree with counts, 7 runs",
        medianMs(7,
                 [&] {
                     (void)library.channels().all();
                     (void)library.articles().countsByChannel();
                 }),
        "ms");
    row("list every article (simple model), 3 runs",
        medianMs(3, [&] { (void)library.articles().list({}); }), "ms");
    ArticleQuery firstScreen;
    firstScreen.limit = 50;
    row("list the newest 50 articles, 7 runs",
        medianMs(7, [&] { (void)library.articles().list(firstScreen); }), "ms");
    row("load one article with tags, 101 runs",
        medianMs(101, [&] { (void)library.articles().byId(1); }), "ms");
    row("peak resident memory", double(peakRssKb()) / 1024.0, "MiB");
    return 0;
}
