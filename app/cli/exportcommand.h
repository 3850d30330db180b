#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

// newsdesk export --library LIB --out DIR|FILE.zip [--incremental] [--base-url URL]
//                 [--threads N] [--json]
class ExportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace Newsdesk
