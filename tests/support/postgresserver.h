#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Newsdesk::Test {

// A PostgreSQL server of Debian's packages for one test: initdb into a temporary folder, then
// a server on a free loopback port with its socket in that folder, stopped and deleted with
// the object. initdb refuses to run as root, so as root the server runs as the unprivileged
// user postgres (runuser); otherwise as the current user. The superuser logs in over
// loopback without a password, every other role with its password (scram-sha-256).
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Starts the server; false with error() saying why (binaries missing, initdb failed, …).
    bool start();
    QString error() const { return m_error; }
    int port() const { return m_port; }
    // The superuser the cluster was created with.
    static QString superuser() { return QStringLiteral("newsdesk_owner"); }
    // Creates a database owned by the superuser; false with error() on failure.
    bool createDatabase(const QString &name);
    // postgresql://newsdesk_owner@127.0.0.1:PORT/name
    QString url(const QString &database) const;

    // Debian's PostgreSQL server binaries (initdb, pg_ctl), or empty when not installed.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
    bool writeHbaConf();
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_error;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace Newsdesk::Test
