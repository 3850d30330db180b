#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Newsdesk {

// An image stored once by the SHA-256 of its bytes, with what a figure needs around it.
struct Media
{
    qint64 id = 0;
    QString sha256; // lower-case hex of the bytes
    QString mimeType;
    QString fileName; // the name it was added under
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    QString caption;
    QString credit;
    QString alt;
    QDateTime createdAt;
};

} // namespace Newsdesk
