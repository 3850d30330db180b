#include "initcommand.h"

#include "cli/commandline.h"
#include "cli/progress.h"
#include "config/paths.h"
#include "demo/demolibrary.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/serverlocation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsdesk {

int InitCommand::run(const QStringList &arguments)
{
    const QString name = u"init"_s;
    QCommandLineParser parser;
    const QCommandLineOption library(
            u"library"_s,
            tr("The library to create: a new file, or an empty PostgreSQL database "
               "(postgresql://OWNER@HOST:PORT/DB, run by its owner; on a database that already "
               "holds a library, init brings its format up to date)."),
            u"LIB"_s);
    const QCommandLineOption demo(u"demo"_s, tr("Fill it with the demo newsroom."));
    const QCommandLineOption articles(
            u"articles"_s,
            tr("How many articles to generate for the demo newsroom (default %1).")
                    .arg(DemoLibrary::DefaultArticleCount),
            u"N"_s);
    parser.addOptions({library, demo, articles});
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
    int count = DemoLibrary::DefaultArticleCount;
    if (parser.isSet(articles)) {
        if (!parser.isSet(demo))
            return CommandLine::usageError(name, tr("--articles only applies with --demo."));
        bool numeric = false;
        count = parser.value(articles).toInt(&numeric);
        if (!numeric || count < 0 || count > DemoLibrary::MaxArticleCount) {
            return CommandLine::usageError(
                    name,
                    tr("--articles needs a whole number from 0 to %1, not \"%2\".")
                            .arg(DemoLibrary::MaxArticleCount)
                            .arg(parser.value(articles)));
        }
    }
    const bool server = Library::isServerLocation(location);
    // On a server, the administrator is the database owner's login, who runs init.
    const QString adminName = server
            ? ServerLocation::parse(location).value_or(ServerLocation()).user
            : Paths::loginName();
    if (server && adminName.isEmpty())
        return CommandLine::usageError(
                name, tr("name the database's owner in the address: postgresql://OWNER@HOST/DB."));

    QElapsedTimer timer;
    timer.start();
    Progress progress(tr("Generating demo articles"));
    const Status created = Library::create(location, [&](Library &lib) {
        if (!parser.isSet(demo))
            return DemoLibrary::populateEmpty(lib, adminName);
        return DemoLibrary::populateDemo(
                lib, count, [&](qint64 done, qint64 total) { progress.update(done, total); });
    });
    progress.finish();
    if (!created && server && created.error().kind() == Error::Kind::AlreadyExists
        && !parser.isSet(demo))
        return updateServer(location);
    if (!created)
        return CommandLine::fail(created.error().message());
    const QString path = server ? ServerLocation::withoutPassword(location)
                                : QFileInfo(location).absoluteFilePath();
    if (parser.isSet(demo)) {
        CommandLine::print(tr("Created %1 with the demo newsroom and %n generated article(s) "
                              "in %2 s.",
                              "", count)
                                   .arg(path)
                                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    } else {
        CommandLine::print(tr("Created the empty library %1 with the administrator \"%2\".")
                                   .arg(path, adminName));
    }
    if (server)
        CommandLine::print(tr("Give each person a login with \"newsdesk users --library %1 add "
                              "NAME --role editor|chief|admin --password-stdin\" (or users passwd "
                              "NAME for the people already listed).")
                                   .arg(path));
    return CommandLine::Success;
}

int InitCommand::updateServer(const QString &location)
{
    // init on a server library brings its schema to this version's (only its owner may).
    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    CommandLine::print(tr("%1 already holds a Newsdesk library; its format is up to date (%2).")
                               .arg(opened.value()->location())
                               .arg(Migrator::currentVersion()));
    return CommandLine::Success;
}

} // namespace Newsdesk
