#include "digest.h"

#include <openssl/evp.h>

namespace Newsdesk {

struct Digest::Context
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(context); }
    void reset() { EVP_DigestInit_ex(context, EVP_sha256(), nullptr); }
};

Digest::Digest()
    : m_context(std::make_unique<Context>())
{
    m_context->reset();
}

Digest::~Digest() = default;

Digest &Digest::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m_context->context, bytes.data(), size_t(bytes.size()));
    return *this;
}

Digest &Digest::add(const QString &text)
{
    add(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    // A separator that UTF-16 text cannot hold unpaired, so "ab" + "c" differs from "a" + "bc".
    static const char separator[2] = {'\xff', '\xff'};
    return add(QByteArrayView(separator, 2));
}

Digest &Digest::add(qint64 number)
{
    return add(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
}

QByteArray Digest::result()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->context, reinterpret_cast<unsigned char *>(out.data()), &size);
    out.resize(int(size));
    m_context->reset();
    return out;
}

QByteArray Digest::sha256(QByteArrayView bytes)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(bytes.data(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(out.data()),
               &size, EVP_sha256(), nullptr);
    return out;
}

QString Digest::sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(sha256(bytes).toHex());
}

} // namespace Newsdesk
