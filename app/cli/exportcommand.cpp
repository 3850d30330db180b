#include "exportcommand.h"

#include "cli/commandline.h"
#include "cli/signincli.h"
#include "cli/progress.h"
#include "config/paths.h"
#include "export/exporter.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QJsonObject toJson(const ExportSummary &summary)
{
    QJsonArray published;
    for (qint64 id : summary.published)
        published.append(id);
    QJsonObject phases;
    for (const auto &[name, seconds] : summary.phases)
        phases.insert(name, seconds);
    return QJsonObject {
            {u"phases"_s, phases},
            {u"target"_s, summary.target},
            {u"zip"_s, summary.zip},
            {u"incremental"_s, summary.incremental},
            {u"articles"_s, summary.articles},
            {u"files"_s, summary.files},
            {u"written"_s, summary.written},
            {u"unchanged"_s, summary.unchanged},
            {u"removed"_s, summary.removed},
            {u"bytesWritten"_s, double(summary.bytesWritten)},
            {u"published"_s, published},
            {u"warnings"_s, QJsonArray::fromStringList(summary.warnings)},
            {u"seconds"_s, summary.seconds},
    };
}
} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    const QString name = u"export"_s;
    QCommandLineParser parser;
    const QCommandLineOption library(u"library"_s, tr("The library to export."), u"LIB"_s);
    const QCommandLineOption out(
            u"out"_s,
            tr("The bundle: a folder (new, empty, or a previous export), or a file ending "
               "in .zip."),
            u"DIR|FILE.zip"_s);
    const QCommandLineOption incremental(
            u"incremental"_s,
            tr("Rewrite only what changed since the previous export in the same place."));
    const QCommandLineOption baseUrl(
            u"base-url"_s,
            tr("The site's address for feeds, the sitemap and the 404 page, instead of the "
               "site setting."),
            u"URL"_s);
    const QCommandLineOption threads(u"threads"_s,
                                     tr("Rendering threads (default: one per core, here %1).")
                                             .arg(QThread::idealThreadCount()),
                                     u"N"_s);
    const QCommandLineOption json(u"json"_s, tr("Print what was done as a JSON object."));
    const QCommandLineOption as(
            u"as"_s,
            tr("Export as this person (a chief editor or admin; the password in %1, or on "
               "standard input with --password-stdin). Without it the export runs as the "
               "local operator and publishes only what chief editors approved.")
                    .arg(QString::fromLatin1(SignInCli::PasswordVariable)),
            u"USER"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           tr("Read the password of --as from standard input."));
    parser.addOptions({library, out, incremental, baseUrl, threads, json, as, passwordStdin});
    int exit = CommandLine::Success;
    if (!CommandLine::parse(parser, name, arguments, &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLine::usageError(
                name, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    const QString location = parser.value(library);
    if (location.isEmpty())
        return CommandLine::usageError(name, tr("--library LIB is required."));
    if (parser.value(out).isEmpty())
        return CommandLine::usageError(name, tr("--out DIR|FILE.zip is required."));

    ExportOptions options;
    options.target = parser.value(out);
    options.incremental = parser.isSet(incremental);
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            || url.host().isEmpty()) {
            return CommandLine::usageError(
                    name,
                    tr("--base-url needs an absolute http or https address such as "
                       "https://news.example.com/, not \"%1\".")
                            .arg(parser.value(baseUrl)));
        }
        options.baseUrl = url.toString();
    }
    if (parser.isSet(threads)) {
        bool numeric = false;
        options.threads = parser.value(threads).toInt(&numeric);
        if (!numeric || options.threads < 1 || options.threads > 256) {
            return CommandLine::usageError(
                    name,
                    tr("--threads needs a whole number from 1 to 256, not \"%1\".")
                            .arg(parser.value(threads)));
        }
    }

    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    if (!parser.value(as).isEmpty()) {
        Result<User> user = SignInCli::actingUser(*opened.value(), parser.value(as),
                                                  parser.isSet(passwordStdin)
                                                          ? SignInCli::PasswordSource::Stdin
                                                          : SignInCli::PasswordSource::Environment);
        if (!user)
            return CommandLine::fail(user.error().message());
        options.user = user.value();
    } else if (Result<User> user = opened.value()->users().byName(Paths::loginName()); user) {
        options.userId = user.value().id; // for the audit log only
    }

    Progress progress(tr("Exporting"));
    Result<ExportSummary> result =
            Exporter::run(*opened.value(), options, [&](const ExportProgress &p) {
                if (p.phase == ExportProgress::Phase::Rendering && p.total > 0)
                    progress.update(p.done, p.total);
            });
    progress.finish();
    if (!result)
        return CommandLine::fail(result.error().message());
    const ExportSummary &summary = result.value();
    for (const QString &warning : summary.warnings)
        std::fprintf(stderr, "%s\n", qPrintable(tr("warning: %1").arg(warning)));
    if (parser.isSet(json)) {
        CommandLine::print(
                QString::fromUtf8(QJsonDocument(toJson(summary)).toJson(QJsonDocument::Indented))
                        .trimmed());
        return CommandLine::Success;
    }
    CommandLine::print(tr("Exported %n article(s) to %1 in %2 s.", "", summary.articles)
                               .arg(summary.target)
                               .arg(summary.seconds, 0, 'f', 2));
    CommandLine::print(tr("Files: %1 written (%2 MB), %3 unchanged, %4 removed; %5 in the bundle.")
                               .arg(summary.written)
                               .arg(megabytes(summary.bytesWritten))
                               .arg(summary.unchanged)
                               .arg(summary.removed)
                               .arg(summary.files));
    if (!summary.published.isEmpty()) {
        CommandLine::print(
                tr("%n approved article(s) marked published.", "", int(summary.published.size())));
    }
    return CommandLine::Success;
}

} // namespace Newsdesk
