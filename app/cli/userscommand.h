#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

class Library;

// newsdesk users --library LIB (list [--json] | add NAME --role editor|chief|admin
//                               [--password-stdin] | passwd NAME [--password-stdin]
//                               | deactivate NAME | activate NAME) [--as USER]
//
// Lists the people of a library or changes them through UserAdmin (the same checks and audit
// entries as the window). Who acts: --as ADMIN, whose password is in NEWSDESK_PASSWORD (so
// that standard input stays free for the new password); without --as, only while the library
// has no administrator with a password yet (a new library), as its first administrator. A
// new password comes from one line of standard input with --password-stdin, or else from
// NEWSDESK_PASSWORD when no --as takes that. `passwd NAME --as NAME` changes one's own
// password: the old one in NEWSDESK_PASSWORD, the new one on standard input.
class UsersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::UsersCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int list(Library &library, bool json);
    // The person the change is made as: --as, or the local operator of a new library.
    static Result<User> actor(Library &library, const QString &as);
    static QString helpText();
};

} // namespace Newsdesk
