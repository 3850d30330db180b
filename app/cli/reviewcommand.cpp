#include "reviewcommand.h"

#include "cli/commandline.h"
#include "cli/signincli.h"
#include "storage/library.h"
#include "workflow/workflow.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Newsdesk {

int ReviewCommand::submit(const QStringList &arguments)
{
    return run(WorkflowAction::Submit, arguments);
}

int ReviewCommand::approve(const QStringList &arguments)
{
    return run(WorkflowAction::Approve, arguments);
}

int ReviewCommand::returnToAuthor(const QStringList &arguments)
{
    return run(WorkflowAction::Return, arguments);
}

int ReviewCommand::run(WorkflowAction action, const QStringList &arguments)
{
    const QString name = Transitions::key(action); // "submit", "approve", "return"
    QCommandLineParser parser;
    const QCommandLineOption library(u"library"_s, tr("The library."), u"LIB"_s);
    const QCommandLineOption as(u"as"_s, tr("Who does it (a user of the library)."), u"USER"_s);
    const QCommandLineOption passwordStdin(
            u"password-stdin"_s,
            tr("Read USER's password from one line of standard input (else from %1).")
                    .arg(QString::fromLatin1(SignInCli::PasswordVariable)));
    const QCommandLineOption comment(u"comment"_s,
                                     tr("What the author should change (required)."),
                                     u"TEXT"_s);
    const QCommandLineOption allSubmitted(u"all-submitted"_s,
                                          tr("Approve every article waiting for review."));
    parser.addOptions({library, as, passwordStdin});
    if (action == WorkflowAction::Return)
        parser.addOption(comment);
    if (action == WorkflowAction::Approve)
        parser.addOption(allSubmitted);
    parser.addPositionalArgument(u"ID"_s, tr("The id of an article (newsdesk search shows ids)."),
                                 u"ID..."_s);
    int exit = CommandLine::Success;
    if (!CommandLine::parse(parser, name, arguments, &exit))
        return exit;

    const QString location = parser.value(library);
    if (location.isEmpty())
        return CommandLine::usageError(name, tr("--library LIB is required."));
    if (parser.value(as).isEmpty())
        return CommandLine::usageError(name, tr("--as USER is required: say who does it."));
    const bool all = action == WorkflowAction::Approve && parser.isSet(allSubmitted);
    QList<qint64> ids;
    for (const QString &argument : parser.positionalArguments()) {
        bool numeric = false;
        const qint64 id = argument.toLongLong(&numeric);
        if (!numeric || id <= 0)
            return CommandLine::usageError(name,
                                           tr("\"%1\" is not an article id.").arg(argument));
        if (!ids.contains(id))
            ids.append(id);
    }
    if (all && !ids.isEmpty())
        return CommandLine::usageError(name, tr("give article ids or --all-submitted, not both."));
    if (!all && ids.isEmpty())
        return CommandLine::usageError(name, action == WorkflowAction::Approve
                                                     ? tr("give article ids or --all-submitted.")
                                                     : tr("give the ids of the articles."));
    if (action == WorkflowAction::Return && parser.value(comment).trimmed().isEmpty())
        return CommandLine::usageError(
                name, tr("--comment TEXT is required: tell the author what to change."));

    Result<std::unique_ptr<Library>> opened = Library::open(location);
    if (!opened)
        return CommandLine::fail(opened.error().message());
    Library &lib = *opened.value();
    Result<User> user = SignInCli::actingUser(lib, parser.value(as),
                                              parser.isSet(passwordStdin)
                                                      ? SignInCli::PasswordSource::Stdin
                                                      : SignInCli::PasswordSource::Environment);
    if (!user)
        return CommandLine::fail(user.error().message());
    if (all) {
        Result<QList<ReviewQueueEntry>> waiting = lib.review().queue();
        if (!waiting)
            return CommandLine::fail(waiting.error().message());
        for (const ReviewQueueEntry &entry : std::as_const(waiting.value()))
            ids.append(entry.articleId);
        if (ids.isEmpty()) {
            CommandLine::print(tr("No article is waiting for review."));
            return CommandLine::Success;
        }
    }
    Workflow workflow(lib, user.value());
    Result<QList<Article>> done = workflow.applyAll(
            action, ids, action == WorkflowAction::Return ? parser.value(comment) : QString());
    if (!done)
        return CommandLine::fail(done.error().message());
    for (const Article &a : done.value()) {
        const QString line = action == WorkflowAction::Submit ? tr("Submitted %1 \"%2\".")
                : action == WorkflowAction::Approve             ? tr("Approved %1 \"%2\".")
                                                                : tr("Returned %1 \"%2\".");
        CommandLine::print(line.arg(a.id).arg(a.title));
    }
    return CommandLine::Success;
}

} // namespace Newsdesk
