#pragma once

#include <QStringList>

namespace Newsdesk {

// What a PostgreSQL library has beyond the tables both backends share (schema step 4, see
// docs/postgresql.md): change notifications for the desktops (LISTEN newsdesk_changes), and
// the newsroom's rules enforced by the database itself.
class ServerSchema final
{
public:
    // The channel every change is announced on. Each payload is "TABLE ID": the table
    // (articles, leases, review_comments, channels, tags, users, site_settings) and the id of the
    // row changed (for leases and review comments the article's; 0 for tables without ids).
    static constexpr const char *ChangeChannel = "newsdesk_changes";

    // The statements of schema step 4 on PostgreSQL. Its grants cover the tables that exist
    // then: a later step that adds a table grants it to the group roles (and gives it row
    // policies) itself.
    static QStringList statements();
    // Step 5 on PostgreSQL: the import ledger (import_sources) for the group roles. Editors
    // record imports of articles they may write; rows are never deleted but with the article.
    static QStringList importStatements();
};

} // namespace Newsdesk
