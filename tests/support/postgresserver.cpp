#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

namespace {
int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}
} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QDir versions(u"/usr/lib/postgresql"_s);
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                 QDir::Name | QDir::Reversed);
    for (const QString &version : found) {
        const QString bin = versions.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    if (m_asPostgresUser)
        process.start(u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"%1 failed (exit %2): %3"_s.arg(program)
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        m_error = u"PostgreSQL's server is not installed (Debian package postgresql)"_s;
        return false;
    }
    const bool root = ::geteuid() == 0;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/newsdesk-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    m_data = m_dir->filePath(u"data"_s);
    // As root, the folder becomes the unprivileged server's (chown as root, then the rest
    // as postgres).
    if (root && !run(u"chown"_s, {u"postgres:postgres"_s, m_dir->path()}))
        return false;
    m_asPostgresUser = root;
    if (!run(bin + u"/initdb"_s,
             {u"-D"_s, m_data, u"-U"_s, superuser(), u"--auth=trust"_s, u"-E"_s, u"UTF8"_s,
              u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
        return false;
    // The owner logs in without a password over loopback; everybody else with theirs, as in
    // a newsroom's server.
    if (!writeHbaConf())
        return false;
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = u"no free loopback port"_s;
        return false;
    }
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s
                                    .arg(m_port)
                                    .arg(m_dir->path());
    if (!run(bin + u"/pg_ctl"_s,
             {u"-D"_s, m_data, u"-o"_s, options, u"-l"_s, m_dir->filePath(u"server.log"_s),
              u"-w"_s, u"start"_s}))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::writeHbaConf()
{
    const QString path = m_data + u"/pg_hba.conf"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.write("local all all trust\n"
               "host all " + superuser().toUtf8() + " 127.0.0.1/32 trust\n"
               "host all all 127.0.0.1/32 scram-sha-256\n");
    file.close();
    return !m_asPostgresUser || run(u"chown"_s, {u"postgres:postgres"_s, path});
}

bool PostgresServer::createDatabase(const QString &name)
{
    const QString bin = binDir();
    return run(bin + u"/../bin/createdb"_s,
               {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s, superuser(),
                name});
}

QString PostgresServer::url(const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(superuser()).arg(m_port).arg(database);
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    run(binDir() + u"/pg_ctl"_s, {u"-D"_s, m_data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

} // namespace Newsdesk::Test
