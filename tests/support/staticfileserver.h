#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Newsdesk::Test {

// Serves a folder over HTTP on a loopback port, as a plain static web server would serve a
// site bundle, at sitePath ("/news/" for a site whose base URL is https://example.org/news/;
// anything outside it is missing): GET (and HEAD) only, a Content-Type by file extension, "folder/"
// as "folder/index.html", and a missing file answered with the folder's 404.html and status 404.
// Requests are answered from the event loop of the thread that owns the server, so a test
// waits for its client with an event loop running (QSignalSpy::wait, QTRY_*), not with a
// blocking wait. One request per connection (Connection: close).
class StaticFileServer final : public QObject
{
    Q_OBJECT

public:
    explicit StaticFileServer(const QString &root, const QString &sitePath = QStringLiteral("/"),
                              QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StaticFileServer)

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    QString errorString() const { return m_server.errorString(); }
    // "http://127.0.0.1:PORT" + sitePath; resolve bundle paths against it.
    QUrl url() const;
    // Requests answered so far, as "STATUS /path".
    const QStringList &log() const { return m_log; }

    static QByteArray contentType(const QString &path);

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &method, const QByteArray &target);
    void send(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body,
              bool head);
    QString resolve(const QByteArray &target) const;

    QString m_root;
    QString m_sitePath;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending; // request heads being read
    QStringList m_log;
};

} // namespace Newsdesk::Test
