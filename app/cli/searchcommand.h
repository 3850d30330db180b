#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Newsdesk {

class Library;

// newsdesk search --library LIB [--limit N] [--json] [--rebuild] QUERY
//
// Prints the best matches of QUERY (title matches first), or rebuilds the search index.
class SearchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::SearchCommand)

public:
    static constexpr int DefaultLimit = 20;

    static int run(const QStringList &arguments);

private:
    static int rebuild(Library &library);
    static int search(Library &library, const QString &query, int limit, bool json);
};

} // namespace Newsdesk
