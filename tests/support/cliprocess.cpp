#include "cliprocess.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

CliRun runNewsdesk(const QString &binary, const QStringList &arguments, const QString &configDir,
                   const QByteArray &input, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configDir);
    env.remove(u"NEWSDESK_PASSWORD"_s);
    env.remove(u"PGPASSWORD"_s);
    if (!password.isEmpty())
        env.insert(u"NEWSDESK_PASSWORD"_s, password);
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        QTest::qFail("newsdesk did not finish", __FILE__, __LINE__);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Newsdesk::Test
