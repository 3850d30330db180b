#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// newsdesk import --library LIB [--channel PATH] [--as USER] [--submit] [--dry-run] [--json]
//                 PATH...
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace Newsdesk
