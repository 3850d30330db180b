#include "searchcommand.h"

#include "cli/commandline.h"
#include "cli/progress.h"
#include "search/searchindex.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// "首页 > 资讯 > 热点" for every channel id.
Result<QHash<qint64, QString>> channelPaths(Library &library)
{
    Result<QList<Channel>> channels = library.channels().all();
    if (!channels)
        return channels.error();
    QHash<qint64, QString> paths;
    for (const Channel &channel : channels.value()) { // parents come before their children
        const QString parent = paths.value(channel.parentId);
        paths.insert(channel.id,
                     parent.isEmpty() ? channel.name : parent + u" > "_s + channel.name);
    }
    return paths;
}

// A snippet for a terminal: the marked words in 【】, the HTML escapes undone.
QString terminalText(QString snippet)
{
    snippet.replace(u"<mark>"_s, u"【"_s).replace(u"</mark>"_s, u"】"_s);
    snippet.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    return snippet.replace(u"&amp;"_s, u"&"_s);
}
} // namespace

int SearchCommand::run(const QStringList &arguments)
{
    const QString name = u"search"_s;
    QCommandLineParser parser;
    const QCommandLineOption library(u"library"_s, tr("The library to search."), u"LIB"_s);
    const QCommandLineOption limit(
            u"limit"_s, tr("The most articles to list (default %1).").arg(DefaultLimit), u"N"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the hits as a JSON array."));
    const QCommandLineOption rebuildIndex(u"rebuild"_s,
                                          tr("Rebuild the search index instead of searching."));
    parser.addOptions({library, limit, json, rebuildIndex});
    parser.addPositionalArgument(
            u"QUERY"_s,
            tr("What to look for: Chinese words (扶贫), English words or their beginnings "
               "(pov), \"an exact phrase\". An article must contain every term."));
    int exit = CommandLine::Success;
    if (!CommandLine::parse(parser, name, arguments, &exit))
        return exit;

    const QString location = parser.value(library);
    if (location.isEmpty())
        return CommandLine::usageError(name, tr("--library LIB is required."));
    const QString query = parser.positionalArguments().join(u' ');
    if (parser.isSet(rebuildIndex) && !query.isEmpty())
        return CommandLine::usageError(name, tr("--rebuild takes no query."));
    if (!parser.isSet(rebuildIndex) && query.trimmed().isEmpty())
        return CommandLine::usageError(name, tr("a QUERY (or --rebuild) is required."));
    int count = DefaultLimit;
    if (parser.isSet(limit)) {
        bool numeric = false;
        count = parser.value(limit).toInt(&numeric);
        if (!numeric || count < 1 || count > SearchIndex::MaxLimit) {
            return CommandLine::usageError(name,
                                           tr("--limit needs a whole number from 1 to %1, not "
                                              "\"%2\".")
                                                   .arg(SearchIndex::MaxLimit)
                                                   .arg(parser.value(limit)));
        }
    }
    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    if (parser.isSet(rebuildIndex))
        return rebuild(*opened.value());
    return search(*opened.value(), query, count, parser.isSet(json));
}

int SearchCommand::rebuild(Library &library)
{
    QElapsedTimer timer;
    timer.start();
    qint64 articles = 0;
    Progress progress(tr("Rebuilding the search index"));
    const Status rebuilt = SearchIndex(library.database()).rebuild([&](qint64 done, qint64 total) {
        articles = total;
        progress.update(done, total);
    });
    progress.finish();
    if (!rebuilt)
        return CommandLine::fail(rebuilt.error().message());
    CommandLine::print(
            tr("Rebuilt the search index of %1: %n article(s) in %2 s.", "", int(articles))
                    .arg(library.location())
                    .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return CommandLine::Success;
}

int SearchCommand::search(Library &library, const QString &query, int limit, bool json)
{
    Result<QList<SearchHit>> hits = SearchIndex(library.database()).search(query, limit);
    if (!hits)
        return CommandLine::fail(hits.error().message());
    Result<QHash<qint64, QString>> paths = channelPaths(library);
    if (!paths)
        return CommandLine::fail(paths.error().message());

    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            array.append(QJsonObject {
                    {u"id"_s, hit.id},
                    {u"title"_s, hit.title},
                    {u"channel"_s, paths.value().value(hit.channelId)},
                    {u"channelId"_s, hit.channelId},
                    {u"status"_s, ArticleStatuses::key(hit.status)},
                    {u"trashed"_s, hit.trashed},
                    {u"titleMatch"_s, hit.titleMatch},
                    {u"snippet"_s, hit.snippet},
                    {u"score"_s, std::round(hit.score * 10000.0) / 10000.0},
            });
        }
        // Qt writes an empty array as "[\n]"; "[]" is what tools expect.
        CommandLine::print(array.isEmpty() ? u"[]"_s
                                           : QString::fromUtf8(QJsonDocument(array).toJson(
                                                   QJsonDocument::Indented)));
        return CommandLine::Success;
    }
    if (hits.value().isEmpty()) {
        CommandLine::print(tr("No articles match \"%1\".").arg(query));
        return CommandLine::Success;
    }
    QString text;
    for (const SearchHit &hit : hits.value()) {
        const QString status = hit.trashed
                ? tr("%1, in the trash").arg(ArticleStatuses::displayName(hit.status))
                : ArticleStatuses::displayName(hit.status);
        text += QString::number(hit.id) + u"  "_s + status + u"  "_s
                + paths.value().value(hit.channelId) + u"  "_s + hit.title + u"\n    "_s
                + terminalText(hit.snippet) + u'\n';
    }
    CommandLine::print(text);
    return CommandLine::Success;
}

} // namespace Newsdesk
