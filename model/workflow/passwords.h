#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Newsdesk {

// Password hashes for people's accounts: Argon2id through libsodium's crypto_pwhash_str, so
// the stored string is the standard encoded form ("$argon2id$v=19$m=...,t=...,p=1$salt$hash")
// with its own salt and parameters, and never the password. Temporary byte copies of a
// password are wiped before they are freed.
class Passwords final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Passwords)

public:
    static constexpr int MinimumLength = 8; // characters (not bytes)

    // Ok, or Error::Kind::Invalid saying what the rule is.
    static Status check(const QString &password);
    // The encoded Argon2id hash of password (checked first), or an error when libsodium
    // cannot start or runs out of memory.
    static Result<QString> hash(const QString &password);
    // Whether password matches stored (an encoded hash); false for anything malformed.
    static bool verify(const QString &stored, const QString &password);

private:
    static bool initialise();
};

} // namespace Newsdesk
