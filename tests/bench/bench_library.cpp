// Library benchmarks: demo generation, opening, and the foundation's library view queries on
// a large demo library. Prints a Markdown table of medians; run through `make bench`.
//
//   bench_library [ARTICLES] [LIBRARY]
//
// ARTICLES defaults to 100000 (the brief's library size). With LIBRARY, the generated library
// is kept there and reused by later runs (generation is then not measured).

#include "demo/demolibrary.h"
#include "library/articletablemodel.h"
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
    const QString path =
            args.size() > 2 ? args.at(2) : QDir(temp.path()).filePath(u"bench.newsdesk"_s);
    const bool reuse = QFileInfo::exists(path);

    std::printf("Library benchmark, %d generated articles\n\n", articles);
    std::printf("| measure | median |\n|---|---|\n");

    if (!reuse) {
        QElapsedTimer timer;
        timer.start();
        const Status created = Library::create(path, [&](Library &library) {
            return DemoLibrary::populateDemo(library, articles);
        });
        if (!created)
            die(created.error());
        const double createSeconds = double(timer.elapsed()) / 1000.0;
        row("init --demo: seconds", createSeconds, "s");
        row("init --demo: articles per second", articles / createSeconds, "/s");
    }
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
    // The library view's first screen: channel counts, the row count and the rows a window
    // shows, through the same model the view uses.
    row("first screen of the library view (channel counts, row count, 50 rows), 7 runs",
        medianMs(7,
                 [&] {
                     (void)library.articles().countsByChannel();
                     ArticleTableModel model;
                     model.setLibrary(&library);
                     for (int r = 0; r < 50; ++r)
                         (void)model.index(r, ArticleTableModel::TitleColumn).data();
                 }),
        "ms");
    ArticleTableModel model;
    model.setLibrary(&library);
    const auto firstRows = [&] {
        for (int r = 0; r < 50; ++r)
            (void)model.index(r, ArticleTableModel::TitleColumn).data();
    };
    QList<double> sorts;
    for (int column = 0; column < ArticleTableModel::ColumnCount; ++column) {
        if (!ArticleTableModel::sortKeyFor(column))
            continue;
        for (bool descending : {false, true}) {
            const double ms = medianMs(5, [&] {
                model.setArticleSort({*ArticleTableModel::sortKeyFor(column), !descending});
                model.setArticleSort({*ArticleTableModel::sortKeyFor(column), descending});
                firstRows();
            });
            sorts.append(ms / 2.0);
            std::printf("|   sort by column %d %s | %.1f ms |\n", column,
                        descending ? "descending" : "ascending", ms / 2.0);
        }
    }
    std::sort(sorts.begin(), sorts.end());
    row("re-sort (median over every sortable column and direction)", sorts.at(sorts.size() / 2),
        "ms");
    row("re-sort (slowest column and direction)", sorts.constLast(), "ms");
    model.setArticleSort({});
    row("jump to row 90,000 (a window deep in the list), 7 runs",
        medianMs(7,
                 [&] {
                     model.refresh();
                     (void)model.index(90000 % std::max(1, model.rowCount()), 0).data();
                 }),
        "ms");
    ArticleFilter filter;
    filter.status = ArticleStatus::Published;
    filter.source = u"新华社"_s;
    filter.publishedFrom = QDate::currentDate().addYears(-1);
    row("combined filter (status + source + date) and its first screen, 7 runs",
        medianMs(7,
                 [&] {
                     model.setFilter(filter);
                     firstRows();
                 }),
        "ms");
    // A search typed into the library view: the matches counted, sorted by relevance, and
    // the first screen of rows with their snippets.
    for (const QString &query : {u"扶贫"_s, u"乡村振兴"_s, u"东西协作"_s, u"poverty"_s,
                                 u"\"rural revitalisation\""_s, u"扶贫 教育"_s}) {
        ArticleFilter search;
        search.search = query;
        const double ms = medianMs(7, [&] {
            model.setQuery(search, {ArticleSortKey::Relevance, true});
            for (int r = 0; r < 50; ++r)
                (void)model.index(r, ArticleTableModel::MatchColumn).data();
        });
        std::printf("| library view search `%s`: %d matches, count + first 50 rows with snippets "
                    "| %.1f ms |\n",
                    qPrintable(query), model.rowCount(), ms);
    }
    row("load one article with tags, 101 runs",
        medianMs(101, [&] { (void)library.articles().byId(1); }), "ms");
    row("peak resident memory", double(peakRssKb()) / 1024.0, "MiB");
    return 0;
}
