#include "staticfileserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Newsdesk::Test {

namespace {
// Request heads above this are refused: a test client never sends one.
constexpr qsizetype MaxHead = 16 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}
} // namespace

StaticFileServer::StaticFileServer(const QString &root, const QString &sitePath, QObject *parent)
    : QObject(parent)
    , m_root(QDir(root).canonicalPath())
    , m_sitePath(sitePath.endsWith(u'/') ? sitePath : sitePath + u'/')
{
    connect(&m_server, &QTcpServer::newConnection, this, &StaticFileServer::accept);
}

bool StaticFileServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StaticFileServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(m_sitePath));
}

QByteArray StaticFileServer::contentType(const QString &path)
{
    static const QHash<QString, QByteArray> types = {
            {u"html"_s, "text/html; charset=utf-8"},
            {u"htm"_s, "text/html; charset=utf-8"},
            {u"css"_s, "text/css; charset=utf-8"},
            {u"js"_s, "text/javascript; charset=utf-8"},
            {u"mjs"_s, "text/javascript; charset=utf-8"},
            {u"json"_s, "application/json"},
            {u"xml"_s, "application/xml; charset=utf-8"},
            {u"txt"_s, "text/plain; charset=utf-8"},
            {u"jpg"_s, "image/jpeg"},
            {u"jpeg"_s, "image/jpeg"},
            {u"png"_s, "image/png"},
            {u"gif"_s, "image/gif"},
            {u"svg"_s, "image/svg+xml"},
            {u"webp"_s, "image/webp"},
            {u"ico"_s, "image/x-icon"},
            {u"woff2"_s, "font/woff2"},
    };
    return types.value(QFileInfo(path).suffix().toLower(), "application/octet-stream");
}

void StaticFileServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void StaticFileServer::read(QTcpSocket *socket)
{
    // The head is complete at the first empty line; a GET has no body to wait for.
    QByteArray &head = m_pending[socket];
    head += socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > MaxHead) {
            send(socket, 400, "text/plain; charset=utf-8", "request head too long\n", false);
            m_pending.remove(socket);
        }
        return;
    }
    const QList<QByteArray> request = head.left(head.indexOf("\r\n")).split(' ');
    m_pending.remove(socket);
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1.")) {
        send(socket, 400, "text/plain; charset=utf-8", "bad request line\n", false);
        return;
    }
    answer(socket, request.at(0), request.at(1));
}

void StaticFileServer::answer(QTcpSocket *socket, const QByteArray &method,
                              const QByteArray &target)
{
    const bool head = method == "HEAD";
    if (method != "GET" && !head) {
        m_log.append(u"405 "_s + QString::fromUtf8(target));
        send(socket, 405, "text/plain; charset=utf-8", "GET only\n", false);
        return;
    }
    const QString path = resolve(target);
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        m_log.append(u"200 "_s + QString::fromUtf8(target));
        send(socket, 200, contentType(path), file.readAll(), head);
        return;
    }
    m_log.append(u"404 "_s + QString::fromUtf8(target));
    QFile notFound(m_root + u"/404.html"_s); // what a server configured for the bundle sends
    if (notFound.open(QIODevice::ReadOnly))
        send(socket, 404, contentType(notFound.fileName()), notFound.readAll(), head);
    else
        send(socket, 404, "text/plain; charset=utf-8", "not found\n", head);
}

// The file a request target names inside the root, or "" when it names none (a folder
// without index.html, or a path that would leave the root).
QString StaticFileServer::resolve(const QByteArray &target) const
{
    QByteArray path = target;
    if (const qsizetype cut = path.indexOf('?'); cut >= 0)
        path.truncate(cut);
    if (const qsizetype cut = path.indexOf('#'); cut >= 0)
        path.truncate(cut);
    QString decoded = QUrl::fromPercentEncoding(path);
    if (!decoded.startsWith(m_sitePath))
        return {};
    decoded = decoded.mid(m_sitePath.size() - 1);
    if (decoded.endsWith(u'/'))
        decoded += u"index.html"_s;
    const QString file = QDir::cleanPath(m_root + decoded);
    if (!file.startsWith(m_root + u'/') || !QFileInfo(file).isFile())
        return {};
    return file;
}

void StaticFileServer::send(QTcpSocket *socket, int status, const QByteArray &type,
                            const QByteArray &body, bool head)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
            + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n";
    if (!head)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Newsdesk::Test
