#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Newsdesk {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions: an export hashes
// every file it writes (the manifest lists them), several hundred megabytes for a large site,
// at a few times the speed of QCryptographicHash's portable code.
class Digest final
{
public:
    Digest();
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    Digest &add(QByteArrayView bytes);
    Digest &add(const QByteArray &bytes) { return add(QByteArrayView(bytes)); }
    Digest &add(const QString &text); // its UTF-16 code units, then a separator
    Digest &add(qint64 number);
    // The 32-byte SHA-256 of everything added; the digest starts over.
    QByteArray result();

    static QByteArray sha256(QByteArrayView bytes);
    static QString sha256Hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Newsdesk
