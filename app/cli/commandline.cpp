#include "commandline.h"

#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/initcommand.h"
#include "cli/reviewcommand.h"
#include "cli/searchcommand.h"
#include "cli/userscommand.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
    std::fflush(stream);
}

bool isHelp(const QString &argument)
{
    return argument == u"--help"_s || argument == u"-h"_s || argument == u"help"_s;
}

bool isVersion(const QString &argument)
{
    return argument == u"--version"_s || argument == u"-v"_s;
}
} // namespace

QList<CommandLine::Subcommand> CommandLine::subcommands()
{
    return {
            {u"init"_s, u"--library LIB [--demo] [--articles N]"_s,
             tr("create a library, optionally with the demo newsroom"), &InitCommand::run},
            {u"import"_s,
             u"--library LIB [--channel PATH] [--as USER] [--submit] [--dry-run] PATH..."_s,
             tr("import articles from portal pages, Markdown or text files, folders and "
                "archives"),
             &ImportCommand::run},
            {u"export"_s, u"--library LIB --out DIR|FILE.zip [--incremental] [--base-url URL]"_s,
             tr("export the portal site bundle"), &ExportCommand::run},
            {u"search"_s, u"--library LIB [--limit N] [--json] [--rebuild] QUERY"_s,
             tr("search the articles of a library"), &SearchCommand::run},
            {u"submit"_s, u"--library LIB --as USER ID..."_s, tr("submit articles for review"),
             &ReviewCommand::submit},
            {u"approve"_s, u"--library LIB --as USER (ID... | --all-submitted)"_s,
             tr("approve submitted articles"), &ReviewCommand::approve},
            {u"return"_s, u"--library LIB --as USER --comment TEXT ID..."_s,
             tr("return submitted articles to their editors with a comment"),
             &ReviewCommand::returnToAuthor},
            {u"users"_s,
             u"--library LIB (list | add NAME --role editor|chief|admin [--password-stdin]) "
             "[--as USER]"_s,
             tr("list or add the people of a library (also: passwd, deactivate, activate)"),
             &UsersCommand::run},
    };
}

QString CommandLine::usage()
{
    QString text = tr("Usage:") + u'\n';
    text += u"  newsdesk [--library LIB]\n"_s;
    text += u"      "_s + tr("open the editor (the default library when LIB is not given)") + u'\n';
    for (const Subcommand &command : subcommands()) {
        text += u"  newsdesk "_s + command.name + u' ' + command.synopsis + u'\n';
        text += u"      "_s + command.summary + u'\n';
    }
    text += u"  newsdesk --help | --version\n\n"_s;
    text += tr("LIB is an SQLite library file or a postgresql:// URL. Run "
               "\"newsdesk SUBCOMMAND --help\" for the options of a subcommand.")
            + u'\n';
    text += tr("Exit status: 0 on success, 1 on failure, 2 on a usage error.") + u'\n';
    return text;
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return isHelp(first) || isVersion(first) || !first.startsWith(u'-');
}

void CommandLine::print(const QString &text)
{
    writeTo(stdout, text);
}

int CommandLine::fail(const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    writeTo(stderr, u"newsdesk: "_s + line);
    return Failure;
}

int CommandLine::usageError(const QString &subcommand, const QString &message)
{
    QString text = u"newsdesk: "_s + message + u"\n\n"_s;
    bool found = false;
    for (const Subcommand &command : subcommands()) {
        if (command.name == subcommand) {
            text += tr("Usage:") + u" newsdesk "_s + command.name + u' ' + command.synopsis + u'\n';
            found = true;
        }
    }
    if (!found)
        text += usage();
    writeTo(stderr, text);
    return UsageError;
}

bool CommandLine::parse(QCommandLineParser &parser, const QString &subcommand,
                        const QStringList &arguments, int *exit)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exit = usageError(subcommand, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        for (const Subcommand &command : subcommands()) {
            if (command.name == subcommand) {
                print(tr("Usage:") + u" newsdesk "_s + command.name + u' ' + command.synopsis
                      + u"\n"_s + command.summary + u"\n\n"_s + tr("Options:") + u'\n'
                      + parser.helpText().section(u'\n', 3));
            }
        }
        *exit = Success;
        return false;
    }
    return true;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (isHelp(first)) {
        print(tr("Newsdesk %1: a desktop newsroom editor that publishes a static portal site.")
                      .arg(QStringLiteral(NEWSDESK_VERSION))
              + u"\n\n"_s + usage());
        return Success;
    }
    if (isVersion(first)) {
        print(u"newsdesk "_s + QStringLiteral(NEWSDESK_VERSION));
        return Success;
    }
    for (const Subcommand &command : subcommands()) {
        if (command.name != first)
            continue;
        const QStringList rest = arguments.mid(1); // the subcommand name plays argv[0]
        if (!command.run) {
            if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
                print(tr("Usage:") + u" newsdesk "_s + command.name + u' ' + command.synopsis
                      + u'\n' + command.summary);
                return Success;
            }
            return fail(tr("the %1 subcommand is not available in this version of Newsdesk yet.")
                                .arg(command.name));
        }
        return command.run(rest);
    }
    return usageError(QString(), tr("unknown subcommand \"%1\".").arg(first));
}

} // namespace Newsdesk
