#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace Newsdesk {

// The `newsdesk SUBCOMMAND ...` interface of the product brief. Exit status 0 on success, 1 on
// failure with a one-line reason on stderr, 2 on a usage error with the usage on stderr.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    struct Subcommand
    {
        QString name;
        QString synopsis; // the options after the name
        QString summary; // translated one-line description
        int (*run)(const QStringList &arguments) = nullptr; // nullptr: not available yet
    };

    // Whether the arguments ask for the command line rather than the editor window: a
    // subcommand (known or not), --help or --version.
    static bool wantsCommandLine(const QStringList &arguments);
    static int run(const QStringList &arguments);

    static QList<Subcommand> subcommands();
    static QString usage();

    // Helpers for subcommands.
    static int fail(const QString &message);
    static int usageError(const QString &subcommand, const QString &message);
    static void print(const QString &text);
    // Parses arguments (starting with the subcommand name); on --help prints it and returns
    // Success through *exit, on a bad option returns UsageError through *exit.
    static bool parse(QCommandLineParser &parser, const QString &subcommand,
                      const QStringList &arguments, int *exit);
};

} // namespace Newsdesk
