// Search benchmarks on a large demo library: what the index costs (creating the library,
// rebuilding the index, disk) and what a search takes (p50 and p99 over a mix of Chinese and
// English queries, limit 50, snippets included). Prints Markdown tables; run through
// `make bench`.
//
//   bench_search [ARTICLES] [--library PATH|postgresql://OWNER@HOST:PORT/DB]
//
// A postgresql:// library (an empty database, or one this benchmark filled before) measures
// the server's tsvector index instead (see docs/postgresql.md).
//
// ARTICLES defaults to 100000. With --library, PATH is reused when it exists (generating
// 100,000 articles takes about a minute) and created there otherwise; a library written before
// search gets its index when first opened, which the first open measures.

#include "demo/demolibrary.h"
#include "search/searchindex.h"
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
constexpr int Limit = 50;
constexpr int Rounds = 15;

struct QueryClass
{
    const char *name;
    QStringList queries;
};

const QList<QueryClass> &queryMix()
{
    static const QList<QueryClass> mix {
            {"Chinese, 1 character", {u"扶"_s, u"的"_s, u"贫"_s, u"网"_s}},
            {"Chinese, 2 characters",
             {u"扶贫"_s, u"小康"_s, u"乡村"_s, u"教育"_s, u"发展"_s, u"经济"_s, u"文化"_s,
              u"科技"_s, u"手机"_s, u"足球"_s}},
            {"Chinese, 3 characters", {u"东西部"_s, u"博物馆"_s, u"马拉松"_s}},
            {"Chinese, 4 characters",
             {u"脱贫攻坚"_s, u"乡村振兴"_s, u"人工智能"_s, u"量子通信"_s, u"扶贫协作"_s,
              u"全面小康"_s, u"东西协作"_s}},
            {"English word", {u"poverty"_s, u"economy"_s, u"officials"_s, u"milestone"_s}},
            {"English prefix", {u"pov"_s, u"rev"_s, u"eco"_s}},
            {"English phrase",
             {u"\"rural revitalisation\""_s, u"\"green energy\""_s, u"cross-border"_s,
              u"\"public health\""_s}},
            {"Mixed", {u"5G应用"_s, u"扶贫 2017"_s}},
    };
    return mix;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(
            qsizetype(p * double(values.size()) + 0.999999) - 1, 0, values.size() - 1);
    return values.at(rank);
}

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const Error &error)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(error.message()));
    std::exit(1);
}

double tableMiB(Database &db, const QString &pattern)
{
    Result<QVariant> bytes = db.dialect() == Database::Dialect::Sqlite
            ? db.scalar(u"SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?"_s, {pattern})
            : db.scalar(u"SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                        "WHERE c.relkind = 'r' AND c.relname LIKE ?"_s,
                        {pattern});
    return bytes ? bytes.value().toDouble() / (1024.0 * 1024.0) : -1.0;
}

// Runs the query mix and prints one row per class and one for all queries.
void searchTable(SearchIndex &index, const char *title)
{
    std::printf("\n%s (limit %d, %d rounds, milliseconds)\n\n", title, Limit, Rounds);
    std::printf("| queries | hits (first query) | p50 | p99 | max |\n|---|---|---|---|---|\n");
    for (const QueryClass &c : queryMix()) { // warm the page cache
        for (const QString &query : c.queries)
            (void)index.search(query, Limit);
    }
    QList<double> all;
    for (const QueryClass &c : queryMix()) {
        QList<double> times;
        qsizetype firstHits = 0;
        for (int round = 0; round < Rounds; ++round) {
            for (const QString &query : c.queries) {
                Result<QList<SearchHit>> hits = QList<SearchHit>();
                times.append(elapsedMs([&] { hits = index.search(query, Limit); }));
                if (!hits)
                    die(hits.error());
                if (round == 0 && query == c.queries.first())
                    firstHits = hits.value().size();
            }
        }
        all += times;
        std::printf("| %s (%s, …) | %lld | %.2f | %.2f | %.2f |\n", c.name,
                    qPrintable(c.queries.first()), static_cast<long long>(firstHits),
                    percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0));
    }
    std::printf("| **all %lld searches** | | **%.2f** | **%.2f** | %.2f |\n",
                static_cast<long long>(all.size()), percentile(all, 0.5), percentile(all, 0.99),
                percentile(all, 1.0));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString path;
    if (const qsizetype at = args.indexOf(u"--library"_s); at >= 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
        args.remove(at, 2);
    }
    const int articles = args.isEmpty() ? 100000 : args.first().toInt();
    QTemporaryDir temp;
    if (path.isEmpty())
        path = QDir(temp.path()).filePath(u"bench.newsdesk"_s);

    std::printf("Search benchmark, %d generated articles\n\n", articles);
    std::printf("| measure | value |\n|---|---|\n");
    const bool server = Library::isServerLocation(path);
    const bool fresh = server ? !Library::open(path) : !QFileInfo::exists(path);
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        const Status created = Library::create(path, [&](Library &library) {
            return DemoLibrary::populateDemo(library, articles);
        });
        if (!created)
            die(created.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("| init --demo with the search index | %.1f s (%.0f articles/s) |\n", seconds,
                    articles / seconds);
    } else {
        std::printf("| init --demo | (reused %s) |\n", qPrintable(path));
    }

    // The first open applies pending migrations: for a library written before search (schema
    // version 1) that is filling the index.
    Result<std::unique_ptr<Library>> opened = Error();
    const double firstOpenMs = elapsedMs([&] { opened = Library::open(path); });
    if (!opened)
        die(opened.error());
    opened = Error();
    const double openMs = elapsedMs([&] { opened = Library::open(path); });
    if (!opened)
        die(opened.error());
    Library &library = *opened.value();
    Database &db = library.database();
    SearchIndex index(db);
    std::printf("| first open (with migrations) | %.1f ms |\n", firstOpenMs);
    std::printf("| open the library | %.1f ms |\n", openMs);
    if (server) {
        std::printf("| database size | %.0f MiB |\n",
                    db.scalar(u"SELECT pg_database_size(current_database())"_s)
                                    .value()
                                    .toDouble()
                            / (1024.0 * 1024.0));
        std::printf("| search_index (tsvector with its GIN index) | %.0f MiB |\n",
                    tableMiB(db, u"search_index"_s));
    } else {
        std::printf("| library file size | %.0f MiB |\n",
                    double(QFileInfo(path).size()) / (1024.0 * 1024.0));
        std::printf("| search_index (FTS5 index) | %.0f MiB |\n",
                    tableMiB(db, u"search_index%"_s));
        std::printf("| search_documents (indexed text, compressed) | %.0f MiB |\n",
                    tableMiB(db, u"search_documents"_s));
    }

    searchTable(index, "Search, index as built by init --demo");

    std::printf("\n| list model filter (all matching ids) | ms |\n|---|---|\n");
    for (const QString &query : {u"扶贫"_s, u"的"_s, u"东西协作"_s}) {
        const SqlFragment filter = *SearchIndex::matchFilter(db.dialect(), query);
        qint64 count = 0;
        const double ms = elapsedMs([&] {
            count = db.scalar(u"SELECT count(*) FROM articles WHERE id IN ("_s + filter.sql + u')',
                              filter.values)
                            .value()
                            .toLongLong();
        });
        std::printf("| count(*) of articles matching %s (%lld) | %.1f |\n", qPrintable(query),
                    static_cast<long long>(count), ms);
    }

    double rebuildMs = elapsedMs([&] {
        if (Status rebuilt = index.rebuild(); !rebuilt)
            die(rebuilt.error());
    });
    std::printf("\n| measure | value |\n|---|---|\n");
    std::printf("| rebuild the index (%lld articles) | %.1f s |\n",
                static_cast<long long>(library.articles().count().valueOr(0)), rebuildMs / 1000.0);
    std::printf("| search_index after rebuild | %.0f MiB |\n", tableMiB(db, u"search_index%"_s));
    searchTable(index, "Search, index as left by rebuild");
    return 0;
}
