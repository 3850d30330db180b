#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Newsdesk::Test {

// What a run of the command line gave: its exit code (-1 when it crashed or hung) and output.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built newsdesk binary with arguments as automation would: in English, its settings
// in configDir, input on its standard input, password (when not empty) in NEWSDESK_PASSWORD,
// and no password inherited from the environment (NEWSDESK_PASSWORD, PGPASSWORD).
CliRun runNewsdesk(const QString &binary, const QStringList &arguments, const QString &configDir,
                   const QByteArray &input = {}, const QString &password = {});

} // namespace Newsdesk::Test
