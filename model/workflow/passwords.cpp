#include "passwords.h"

#include <sodium.h>

#include <QByteArray>

#include <algorithm>

namespace Newsdesk {

namespace {
// A UTF-8 copy of a password that wipes itself: QByteArray frees without clearing.
class SecretBytes final
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(SecretBytes)

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};
} // namespace

bool Passwords::initialise()
{
    // sodium_init() is thread-safe and idempotent; run it once all the same.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Status Passwords::check(const QString &password)
{
    // Characters as people count them: 密码 is two, not six UTF-8 bytes.
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength)
        return Error(Error::Kind::Invalid,
                     tr("A password needs at least %1 characters; this one has %2.")
                             .arg(MinimumLength)
                             .arg(length));
    return {};
}

Result<QString> Passwords::hash(const QString &password)
{
    if (Status s = check(password); !s)
        return s.error();
    if (!initialise())
        return Error(Error::Kind::Failed, tr("The password library (libsodium) cannot start."));
    const SecretBytes secret(password);
    char encoded[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(encoded, secret.data(), secret.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error(Error::Kind::Failed,
                     tr("Not enough memory to hash the password (Argon2id needs %1 MiB).")
                             .arg(crypto_pwhash_MEMLIMIT_INTERACTIVE / (1024 * 1024)));
    }
    return QString::fromLatin1(encoded);
}

bool Passwords::verify(const QString &stored, const QString &password)
{
    if (stored.isEmpty() || !initialise())
        return false;
    const QByteArray encoded = stored.toLatin1();
    if (encoded.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    // The function takes a whole crypto_pwhash_STRBYTES buffer, NUL-terminated.
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::copy(encoded.cbegin(), encoded.cend(), buffer);
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(buffer, secret.data(), secret.size()) == 0;
}

} // namespace Newsdesk
