#include "importcommand.h"

#include "cli/commandline.h"
#include "cli/progress.h"
#include "cli/signincli.h"
#include "config/paths.h"
#include "import/importrun.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
QString outcomeKey(ImportReport::Outcome outcome)
{
    switch (outcome) {
    case ImportReport::Outcome::Imported:
        return u"imported"_s;
    case ImportReport::Outcome::Updated:
        return u"updated"_s;
    case ImportReport::Outcome::Unchanged:
        return u"unchanged"_s;
    case ImportReport::Outcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QJsonObject toJson(const ImportReport &report)
{
    QJsonArray items;
    for (const ImportReport::Entry &entry : report.entries) {
        items.append(QJsonObject {{u"item"_s, entry.item},
                                  {u"outcome"_s, outcomeKey(entry.outcome)},
                                  {u"article"_s, entry.articleId},
                                  {u"title"_s, entry.title},
                                  {u"reason"_s, entry.reason},
                                  {u"notes"_s, QJsonArray::fromStringList(entry.notes)},
                                  {u"remoteImages"_s,
                                   QJsonArray::fromStringList(entry.remoteImages)}});
    }
    return {{u"dryRun"_s, report.dryRun},
            {u"cancelled"_s, report.cancelled},
            {u"imported"_s, report.count(ImportReport::Outcome::Imported)},
            {u"updated"_s, report.count(ImportReport::Outcome::Updated)},
            {u"unchanged"_s, report.count(ImportReport::Outcome::Unchanged)},
            {u"skipped"_s, report.count(ImportReport::Outcome::Skipped)},
            {u"otherFiles"_s, report.otherFiles},
            {u"addedChannels"_s, QJsonArray::fromStringList(report.createdChannels)},
            {u"items"_s, items}};
}

// Who imports: --as, else the person a server login is, else the computer's user when the
// library has them without a password.
Result<User> importer(Library &library, const QString &as, bool passwordStdin)
{
    if (!as.isEmpty())
        return SignInCli::actingUser(library, as,
                                     passwordStdin ? SignInCli::PasswordSource::Stdin
                                                   : SignInCli::PasswordSource::Environment);
    Result<std::optional<User>> connected = SignInCli::connectedUser(library);
    if (!connected)
        return connected.error();
    if (connected.value())
        return *connected.value();
    Result<User> local = library.users().byName(Paths::loginName());
    if (local && local.value().active && !local.value().hasPassword)
        return local;
    return Error(Error::Kind::Invalid,
                 ImportCommand::tr("say who imports with --as USER (the articles become their "
                                   "drafts)."));
}
} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    const QString name = u"import"_s;
    QCommandLineParser parser;
    const QCommandLineOption library(u"library"_s, tr("The library to import into."), u"LIB"_s);
    const QCommandLineOption channel(
            u"channel"_s,
            tr("Put every article in this channel: names or slugs from the top, such as "
               "资讯/热点 (else where each page's breadcrumb or categories say)."),
            u"PATH"_s);
    const QCommandLineOption as(
            u"as"_s,
            tr("Import as this person: the articles become their drafts (the password in %1, "
               "or on standard input with --password-stdin).")
                    .arg(QString::fromLatin1(SignInCli::PasswordVariable)),
            u"USER"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           tr("Read the password of --as from standard input."));
    const QCommandLineOption submit(u"submit"_s,
                                    tr("Submit the articles for review (not those their file "
                                       "marks as drafts)."));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Read everything and report what would happen; write "
                                       "nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print the report as a JSON object."));
    parser.addOptions({library, channel, as, passwordStdin, submit, dryRun, json});
    parser.addPositionalArgument(u"PATH"_s,
                                 tr("Files, folders (read recursively) and .zip or .tar.gz "
                                    "archives of portal pages (.html), Markdown (.md) and text "
                                    "(.txt)."),
                                 u"PATH..."_s);
    int exit = CommandLine::Success;
    if (!CommandLine::parse(parser, name, arguments, &exit))
        return exit;
    const QString location = parser.value(library);
    if (location.isEmpty())
        return CommandLine::usageError(name, tr("--library LIB is required."));
    if (parser.positionalArguments().isEmpty())
        return CommandLine::usageError(name, tr("give the files, folders or archives to import."));

    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    Result<User> user = importer(*opened.value(), parser.value(as), parser.isSet(passwordStdin));
    if (!user) {
        if (user.error().kind() == Error::Kind::Invalid)
            return CommandLine::usageError(name, user.error().message());
        return CommandLine::fail(user.error().message());
    }

    ImportRun::Options options;
    options.paths = parser.positionalArguments();
    options.write.channelPath = parser.value(channel);
    options.write.submit = parser.isSet(submit);
    options.write.dryRun = parser.isSet(dryRun);
    Progress progress(parser.isSet(dryRun) ? tr("Reading") : tr("Importing"));
    Result<ImportReport> report =
            ImportRun::runToEnd(*opened.value(), user.value(), options,
                                [&progress](int done, int total) { progress.update(done, total); });
    progress.finish();
    if (!report)
        return CommandLine::fail(report.error().message());
    if (parser.isSet(json)) {
        CommandLine::print(QString::fromUtf8(
                QJsonDocument(toJson(report.value())).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        CommandLine::print(report.value().toText());
    }
    return CommandLine::Success;
}

} // namespace Newsdesk
