// Edits one live article of a library the way the editor saves it (ArticleRepository::save:
// a new version, a revision, an audit entry), so an incremental export has one article to
// republish (tests/bench/export_vs_hugo.sh).
//
//   bench_touch LIBRARY [ID]
//
// Without ID, the newest live article: the one on the most pages (home page blocks, its
// channel's index, its tags, the feeds). The title gains a "·" or loses it, so repeated runs
// keep changing it. Prints the id edited.

#include "core/approvedcontent.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_touch: %s\n", qPrintable(message));
    std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2) {
        std::fprintf(stderr, "usage: bench_touch LIBRARY [ID]\n");
        return 2;
    }
    Result<std::unique_ptr<Library>> opened = Library::open(args.at(0));
    if (!opened)
        die(opened.error().message());
    Library &library = *opened.value();

    qint64 id = args.size() > 1 ? args.at(1).toLongLong() : 0;
    if (id <= 0) {
        Result<QList<SiteArticle>> live =
                library.publication().live(QDateTime::currentDateTimeUtc());
        if (!live)
            die(live.error().message());
        if (live.value().isEmpty())
            die(u"%1 has no live article to edit"_s.arg(args.at(0)));
        id = live.value().constLast().id;
    }
    Result<Article> loaded = library.articles().byId(id);
    if (!loaded)
        die(loaded.error().message());
    Article a = loaded.value();
    static const QString mark = u" ·"_s;
    a.title = a.title.endsWith(mark) ? a.title.chopped(mark.size()) : a.title + mark;
    const qint64 user = a.approvedById ? a.approvedById : a.createdById;
    // An edit a chief editor approved: saved, and the approval pinned to it.
    Result<ArticleRepository::Saved> saved = library.articles().saveRecorded(a, user, u"save"_s);
    if (!saved)
        die(saved.error().message());
    const Article &now = saved.value().article;
    if (Status pinned = library.articles().pinApproval(now.id, saved.value().revision.id,
                                                        ApprovedContent::hash(now));
        !pinned)
        die(pinned.error().message());
    std::printf("%lld\n", id);
    return 0;
}
