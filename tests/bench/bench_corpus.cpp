// Writes the live articles of a Newsdesk library as a Hugo content folder, so Hugo can build
// the same site the export builds (tests/bench/export_vs_hugo.sh; the theme and config are in
// tests/bench/hugo/).
//
//   bench_corpus LIBRARY DIR
//
// DIR/content/<channel path>/<id>.md per live article: YAML front matter (title, date, tags,
// summary, recommended (推荐) and clicks for the sidebar's blocks, and url: the article's
// Newsdesk path, so both sites have the same URLs) and the canonical HTML body passed through
// as raw HTML (the config sets goldmark's unsafe mode), its media:ID images pointing at
// /media/…; DIR/content/<channel path>/_index.md per channel (its list pages);
// DIR/static/media/… the library's images, as the export copies them.

#include "render/sitedata.h"
#include "render/sitepaths.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringBuilder>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsdesk;

namespace {
[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_corpus: %s\n", qPrintable(message));
    std::exit(1);
}

void write(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        die(u"cannot create the folder of %1"_s.arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        die(u"cannot write %1: %2"_s.arg(path, file.errorString()));
}

// A YAML double-quoted scalar (the JSON spelling, which YAML reads as it is).
QString quoted(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' % c;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString contentFolder(const QString &root, const QString &channelPath)
{
    const QString content = root + u"/content"_s;
    return channelPath.isEmpty() ? content : content + u'/' + channelPath;
}

QString markdown(const SiteData &site, const Article &a, int index)
{
    QStringList tags;
    for (const QString &tag : a.tags)
        tags.append(quoted(tag));
    // media:ID images point at the copies under static/ (Hugo copies them to the site).
    static const QRegularExpression mediaSource(u"src=\"media:(\\d+)\""_s);
    QString body;
    qsizetype copied = 0;
    for (QRegularExpressionMatchIterator it = mediaSource.globalMatch(a.body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        body += QStringView(a.body).mid(copied, match.capturedStart() - copied);
        body += u"src=\"/"_s % site.mediaPath(match.captured(1).toLongLong()) % u'"';
        copied = match.capturedEnd();
    }
    body += QStringView(a.body).mid(copied);
    return u"---\n"_s % u"title: "_s % quoted(a.title) % u"\ndate: "_s
            % a.publishAt.toUTC().toString(Qt::ISODate) % u"\ntags: ["_s % tags.join(u", "_s)
            % u"]\nsummary: "_s % quoted(a.summary) % u"\nrecommended: "_s
            % (a.flags.testFlag(ArticleFlag::Recommended) ? u"true"_s : u"false"_s)
            % u"\nclicks: "_s % QString::number(a.clicks) % u"\nurl: "_s
            % quoted(u"/"_s + site.pathOf(index)) % u"\n---\n\n"_s % body % u'\n';
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_corpus LIBRARY DIR\n");
        return 2;
    }
    const QString root = QDir(args.at(1)).absolutePath();
    Result<std::unique_ptr<Library>> opened = Library::open(args.at(0));
    if (!opened)
        die(opened.error().message());
    Library &library = *opened.value();
    Result<std::shared_ptr<const SiteData>> loaded = SiteData::load(library);
    if (!loaded)
        die(loaded.error().message());
    const SiteData &site = *loaded.value();

    QElapsedTimer timer;
    timer.start();
    for (const SiteChannel &channel : site.channels()) {
        if (channel.channel.isRoot())
            continue;
        write(contentFolder(root, channel.path) + u"/_index.md"_s,
              (u"---\ntitle: "_s % quoted(channel.channel.name) % u"\nweight: "_s
               % QString::number(channel.channel.sortOrder) % u"\n---\n"_s)
                      .toUtf8());
    }
    int articles = 0;
    const Status visited = library.publication().forEachLive(site.asOf(), [&](const Article &a) {
        const int index = site.indexOf(a.id);
        const SiteChannel *channel = site.channel(a.channelId);
        if (index < 0 || !channel)
            return Status(); // went live between the two reads
        write(contentFolder(root, channel->path) + u'/' + QString::number(a.id) + u".md"_s,
              markdown(site, a, index).toUtf8());
        ++articles;
        return Status();
    });
    if (!visited)
        die(visited.error().message());

    Result<QList<Media>> media = library.publication().mediaIndex();
    if (!media)
        die(media.error().message());
    for (const Media &m : media.value()) {
        Result<QByteArray> data = library.media().data(m.id);
        if (!data)
            die(data.error().message());
        write(root + u"/static/"_s + SitePaths::media(m), data.value());
    }
    std::fprintf(stderr, "bench_corpus: %d articles, %lld images written to %s in %.1f s\n",
                 articles, qint64(media.value().size()), qPrintable(root),
                 double(timer.elapsed()) / 1000.0);
    return 0;
}
